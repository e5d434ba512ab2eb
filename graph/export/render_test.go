package export_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// svgNodes parses an SVG written by Graphviz and returns the title (the
// DOT node ID) of every <g class="node"> and all the text it shows.
func svgNodes(t *testing.T, svg []byte) (nodes []string, texts []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string // element names, with "node" for node groups
	inTitle, inText := false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			name := el.Name.Local
			for _, a := range el.Attr {
				if name == "g" && a.Name.Local == "class" && a.Value == "node" {
					name = "node"
				}
			}
			stack = append(stack, name)
			inTitle = el.Name.Local == "title" && len(stack) > 1 && stack[len(stack)-2] == "node"
			inText = el.Name.Local == "text"
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			inTitle, inText = false, false
		case xml.CharData:
			switch {
			case inTitle:
				nodes = append(nodes, string(el))
			case inText:
				texts = append(texts, string(el))
			}
		}
	}
	return nodes, texts
}

func TestSVG(t *testing.T) {
	st := newFixtureStore(t)
	for _, layout := range export.Layouts() {
		t.Run(layout, func(t *testing.T) {
			var buf bytes.Buffer
			err := export.Write(context.Background(), &buf, st, export.Options{Format: "svg", Layout: layout, Title: "Fixture & co"})
			if err != nil {
				t.Fatal(err)
			}
			nodes, texts := svgNodes(t, buf.Bytes())
			if got, want := len(nodes), len(fixtureNames); got != want {
				t.Errorf("got %d node groups, want %d (one per entity): %v", got, want, nodes)
			}
			for _, id := range nodes {
				if _, ok := fixtureNames[id]; !ok {
					t.Errorf("node %q is not an entity of the fixture", id)
				}
			}
			all := strings.Join(texts, "\n")
			for id, name := range fixtureNames {
				if !strings.Contains(all, name) {
					t.Errorf("SVG does not show the name of %s, %q", id, name)
				}
			}
			for _, want := range []string{"Fixture & co", "Person", "Agreement", "leader_of", "borders"} {
				if !strings.Contains(all, want) {
					t.Errorf("SVG does not show %q", want)
				}
			}
		})
	}
}

func TestPNG(t *testing.T) {
	st := newFixtureStore(t)
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, st, export.Options{Format: "png"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("got %q..., want the PNG signature", buf.Bytes()[:min(8, buf.Len())])
	}
	img, err := png.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 200 || b.Dy() < 100 {
		t.Errorf("got a %dx%d image, want a readable size", b.Dx(), b.Dy())
	}
}

// TestRenderDeadline checks that rendering gives up when its context ends
// and says how to draw less.
func TestRenderDeadline(t *testing.T) {
	var dot bytes.Buffer
	if err := export.WriteDOT(&dot, syntheticSubgraph(400, 800), export.Options{}); err != nil {
		t.Fatal(err)
	}
	t.Run("expired", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
		defer cancel()
		<-ctx.Done()
		var out bytes.Buffer
		err := export.Render(ctx, &out, dot.Bytes(), "svg", "dot")
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "--focus") {
			t.Errorf("got error %v, want a deadline error suggesting --focus", err)
		}
		if out.Len() > 0 {
			t.Errorf("got %d bytes of output, want none", out.Len())
		}
	})
	t.Run("during layout", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		start := time.Now()
		var out bytes.Buffer
		err := export.Render(ctx, &out, dot.Bytes(), "svg", "dot")
		if err == nil {
			t.Skip("the layout finished within 20ms")
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got error %v, want a deadline error", err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("Render returned %v after its deadline, want at once", d)
		}
	})
}

func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name, dot, format, layout, want string
	}{
		{"bad format", "digraph {}", "pdf", "dot", "only svg and png"},
		{"bad layout", "digraph {}", "svg", "twopi", "unknown layout"},
		{"bad dot", "digraph { a -> }", "svg", "dot", "parse dot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := export.Render(context.Background(), io.Discard, []byte(tt.dot), tt.format, tt.layout)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one saying %s", err, tt.want)
			}
		})
	}
}

// TestEmptySelection draws a diagram of nothing: the legend alone.
func TestEmptySelection(t *testing.T) {
	st := newFixtureStore(t)
	var buf bytes.Buffer
	sel := graph.Selection{Types: []graph.Type{graph.Agreement}, Predicates: []graph.Predicate{graph.Borders}}
	if err := export.Write(context.Background(), &buf, st, export.Options{Format: "svg", Selection: sel}); err != nil {
		t.Fatal(err)
	}
	nodes, _ := svgNodes(t, buf.Bytes())
	if len(nodes) != 2 {
		t.Errorf("got nodes %v, want the two agreements without edges", nodes)
	}
}

// TestUnrelatedGrid checks that entities without relations are gathered
// in columns by the dot layout, and still drawn once each.
func TestUnrelatedGrid(t *testing.T) {
	sg := syntheticSubgraph(40, 12)
	var dot bytes.Buffer
	if err := export.WriteDOT(&dot, sg, export.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dot.String(), "subgraph cluster_unrelated {") || !strings.Contains(dot.String(), "{rank=same;") {
		t.Fatalf("no grid of unrelated entities:\n%s", dot.String())
	}
	var svg bytes.Buffer
	if err := export.Render(context.Background(), &svg, dot.Bytes(), "svg", "dot"); err != nil {
		t.Fatal(err)
	}
	nodes, texts := svgNodes(t, svg.Bytes())
	if len(nodes) != len(sg.Entities) {
		t.Errorf("got %d nodes, want %d", len(nodes), len(sg.Entities))
	}
	if !strings.Contains(strings.Join(texts, "\n"), "entities without relations") {
		t.Errorf("the box of unrelated entities has no label")
	}
	for _, layout := range []string{"sfdp", "neato"} {
		dot.Reset()
		if err := export.WriteDOT(&dot, sg, export.Options{Layout: layout}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(dot.String(), "cluster_unrelated") {
			t.Errorf("%s: got the grid of unrelated entities, want it only for dot", layout)
		}
	}
}
