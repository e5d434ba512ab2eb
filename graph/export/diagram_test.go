package export_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/export/exporttest"
)

// renderers are the renderers this machine has: wasm always, native when
// Graphviz is on PATH (which CI, NEWSGRAPH_CI=1, requires).
func renderers(t testing.TB) []string {
	if export.NativeGraphviz() == "" {
		if os.Getenv("NEWSGRAPH_CI") != "" {
			t.Fatal("no Graphviz dot on PATH: install Debian's graphviz to test the native renderer")
		}
		t.Logf("no Graphviz dot on PATH: the native renderer is not tested")
		return []string{export.RendererWasm}
	}
	return []string{export.RendererWasm, export.RendererNative}
}

// diagramDOT writes the DOT text of the diagram of sg.
func diagramDOT(t testing.TB, sg *graph.Subgraph, opts export.Options) (string, export.DiagramInfo) {
	t.Helper()
	d, err := export.DiagramOf(sg, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := d.WriteDOT(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String(), d.Info()
}

// dotEdge matches the edge statements of WriteDOT.
var dotEdge = regexp.MustCompile(`(?m)^\t"([^"]+)" -> "([^"]+)" \[label="((?:[^"\\]|\\.)*)"([^\n]*)\];$`)

func TestDiagramMaxNodes(t *testing.T) {
	sg := syntheticSubgraph(60, 90)
	tests := []struct {
		name       string
		max        int
		wantNodes  int
		wantLegend string
	}{
		{"default cap above the selection", 0, 60, ""},
		{"cap", 20, 20, "left out: 40 entities and "},
		{"no cap", -1, 60, ""},
		{"cap of one", 1, 1, "left out: 59 entities and 90 relations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dot, info := diagramDOT(t, sg, export.Options{MaxNodes: tt.max})
			if got := len(nodeIDs(dot)); got != tt.wantNodes || info.Entities != tt.wantNodes {
				t.Errorf("got %d nodes (info: %d), want %d", got, info.Entities, tt.wantNodes)
			}
			if info.SelectedEntities != 60 || info.SelectedRelations != 90 {
				t.Errorf("got selected %d entities and %d relations, want 60 and 90", info.SelectedEntities, info.SelectedRelations)
			}
			if tt.wantLegend == "" && strings.Contains(dot, "left out") {
				t.Errorf("the legend says something was left out")
			}
			if tt.wantLegend != "" && !strings.Contains(dot, tt.wantLegend) {
				t.Errorf("the legend does not say %q", tt.wantLegend)
			}
			if got := info.OmittedEntities(); got != 60-tt.wantNodes {
				t.Errorf("got %d entities left out, want %d", got, 60-tt.wantNodes)
			}
			for _, m := range dotEdge.FindAllStringSubmatch(dot, -1) {
				if !slices.Contains(nodeIDs(dot), m[1]) || !slices.Contains(nodeIDs(dot), m[2]) {
					t.Errorf("edge %s -> %s has an end not drawn", m[1], m[2])
				}
			}
		})
	}
}

// TestDiagramImportance checks which entities a cap keeps.
func TestDiagramImportance(t *testing.T) {
	e := func(name string, mentions int) graph.EntityInfo {
		return graph.EntityInfo{ID: "person/" + name, Type: graph.Person, Name: name, Mentions: mentions}
	}
	r := func(s, o string) graph.Edge {
		return graph.Edge{Subject: "person/" + s, Predicate: graph.MetWith, Object: "person/" + o, Statements: 1, Confidence: 1}
	}
	// focus - a - b - c, focus - quiet; famous alone; hub related to
	// four others.
	sg := &graph.Subgraph{
		Entities: []graph.EntityInfo{e("focus", 1), e("a", 2), e("b", 50), e("c", 1), e("quiet", 1), e("famous", 400),
			e("hub", 3), e("h1", 1), e("h2", 1), e("h3", 1), e("h4", 1)},
		Edges: []graph.Edge{r("focus", "a"), r("a", "b"), r("b", "c"), r("focus", "quiet"),
			r("hub", "h1"), r("hub", "h2"), r("hub", "h3"), r("hub", "h4")},
	}
	tests := []struct {
		name  string
		focus []string
		max   int
		want  []string
	}{
		// Relations weigh more than mentions: the hub and the well
		// mentioned b before the famous entity with no relation, which
		// comes before the less mentioned a.
		{"no focus", nil, 2, []string{"b", "hub"}},
		{"no focus, more", nil, 3, []string{"b", "famous", "hub"}},
		// With a focus, entities are kept connected to it, nearest and
		// most important first: b only through a.
		{"focus", []string{"person/focus"}, 3, []string{"a", "b", "focus"}},
		{"focus, tight", []string{"person/focus"}, 2, []string{"a", "focus"}},
		{"focus, the rest by score", []string{"person/focus"}, 6, []string{"a", "b", "c", "focus", "hub", "quiet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := export.Options{MaxNodes: tt.max, Selection: graph.Selection{Focus: tt.focus}}
			dot, _ := diagramDOT(t, sg, opts)
			var got []string
			for _, id := range nodeIDs(dot) {
				got = append(got, strings.TrimPrefix(id, "person/"))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDiagramMergedEdges checks that the relations between two entities
// are drawn as one line listing them.
func TestDiagramMergedEdges(t *testing.T) {
	a, b := "person/alice", "person/bob"
	ent := func(id string) graph.EntityInfo {
		return graph.EntityInfo{ID: id, Type: graph.Person, Name: strings.TrimPrefix(id, "person/"), Mentions: 1}
	}
	rel := func(s string, p graph.Predicate, o string, n int) graph.Edge {
		return graph.Edge{Subject: s, Predicate: p, Object: o, Statements: n, Confidence: 0.9}
	}
	tests := []struct {
		name                      string
		edges                     []graph.Edge
		tail, head, label, extras string
	}{
		{"one", []graph.Edge{rel(a, graph.DeputyOf, b, 1)}, a, b, "deputy_of", ", tooltip="},
		{"same direction", []graph.Edge{rel(b, graph.ServesUnder, a, 1), rel(b, graph.DeputyOf, a, 3)}, b, a, `deputy_of\nserves_under`, ", penwidth=3, tooltip="},
		{"with a symmetric one", []graph.Edge{rel(a, graph.MetWith, b, 1), rel(b, graph.DeputyOf, a, 1)}, b, a, `deputy_of\nmet_with`, ", penwidth=2, tooltip="},
		{"symmetric only", []graph.Edge{rel(b, graph.MetWith, a, 1), rel(a, graph.AlliedWith, b, 1)}, a, b, `allied_with\nmet_with`, ", dir=none, penwidth=2, tooltip="},
		{"both ways", []graph.Edge{rel(a, graph.DeputyOf, b, 1), rel(b, graph.ServesUnder, a, 1)}, a, b, `deputy_of\n← serves_under`, ", dir=both, penwidth=2, tooltip="},
		{"possibly the same", []graph.Edge{rel(a, graph.PossiblySameAs, b, 0)}, a, b, "possibly_same_as", ", dir=none, style=dashed, tooltip="},
		{"many statements", []graph.Edge{rel(a, graph.DeputyOf, b, 1000)}, a, b, "deputy_of", ", penwidth=6, tooltip="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := &graph.Subgraph{Entities: []graph.EntityInfo{ent(a), ent(b)}, Edges: tt.edges}
			dot, info := diagramDOT(t, sg, export.Options{})
			ms := dotEdge.FindAllStringSubmatch(dot, -1)
			if len(ms) != 1 || info.Edges != 1 || info.Relations != len(tt.edges) {
				t.Fatalf("got %d lines (info: %d lines, %d relations), want 1 line of %d relations:\n%s", len(ms), info.Edges, info.Relations, len(tt.edges), dot)
			}
			m := ms[0]
			if m[1] != tt.tail || m[2] != tt.head || m[3] != tt.label || !strings.HasPrefix(m[4], tt.extras) {
				t.Errorf("got %s -> %s [label=%q%s], want %s -> %s [label=%q%s...", m[1], m[2], m[3], m[4], tt.tail, tt.head, tt.label, tt.extras)
			}
			for _, r := range tt.edges {
				if want := fmt.Sprintf("%s %s %s", strings.TrimPrefix(r.Subject, "person/"), r.Predicate, strings.TrimPrefix(r.Object, "person/")); !strings.Contains(m[4], want) {
					t.Errorf("the tooltip does not say %q: %s", want, m[4])
				}
			}
		})
	}
}

// denseSubgraph relates every two of n entities: n(n-1)/2 lines.
func denseSubgraph(n int) *graph.Subgraph {
	sg := syntheticSubgraph(n, 0)
	for i, a := range sg.Entities {
		for _, b := range sg.Entities[i+1:] {
			sg.Edges = append(sg.Edges, graph.Edge{Subject: a.ID, Predicate: graph.MetWith, Object: b.ID, Statements: 1, Confidence: 1})
		}
	}
	return sg
}

func TestDiagramLayoutBySize(t *testing.T) {
	tests := []struct {
		name         string
		sg           *graph.Subgraph
		layout, want string
		auto         bool
	}{
		{"small", syntheticSubgraph(40, 60), "", "dot", true},
		{"auto by name", syntheticSubgraph(40, 60), "AUTO", "dot", true},
		{"many entities", syntheticSubgraph(export.AutoDotMaxEntities+1, 10), "", "sfdp", true},
		{"many lines", denseSubgraph(18), "", "sfdp", true}, // 153 lines
		{"given", syntheticSubgraph(40, 60), "neato", "neato", false},
		{"given dot, large", syntheticSubgraph(300, 600), "dot", "dot", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dot, info := diagramDOT(t, tt.sg, export.Options{Layout: tt.layout})
			if info.Layout != tt.want || info.AutoLayout != tt.auto {
				t.Errorf("got layout %s (auto %v), want %s (auto %v)", info.Layout, info.AutoLayout, tt.want, tt.auto)
			}
			if !strings.Contains(dot, "graph [layout="+tt.want+",") {
				t.Errorf("the DOT text does not ask for layout %s", tt.want)
			}
			legend := "layout " + tt.want
			if tt.auto {
				legend += " (chosen by size)"
			}
			if !strings.Contains(dot, legend+";") {
				t.Errorf("the legend does not say %q", legend)
			}
		})
	}
}

// TestDiagramOptionErrors checks the options a diagram refuses.
func TestDiagramOptionErrors(t *testing.T) {
	sg := syntheticSubgraph(3, 2)
	tests := []struct {
		name string
		opts export.Options
		want string
	}{
		{"layout", export.Options{Layout: "spring"}, `unknown layout "spring"`},
		{"renderer", export.Options{Renderer: "gpu"}, `unknown renderer "gpu"`},
		{"cluster", export.Options{Cluster: "colour"}, `unknown cluster kind "colour"`},
		{"doc clusters without the store", export.Options{Cluster: export.ClusterDoc}, "need the store"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := export.DiagramOf(sg, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one saying %s", err, tt.want)
			}
		})
	}
}

// TestDiagramNoOverlap draws a synthetic graph of 300 entities with every
// renderer and layout but dot (which never overlaps nodes), with and
// without clusters, and checks that no two node shapes of the SVG
// overlap, and that clusters hold their members and no one else.
func TestDiagramNoOverlap(t *testing.T) {
	if testing.Short() {
		t.Skip("draws 300 entities several times")
	}
	type tcase struct {
		layout, cluster string
		relations       int // among the 300 entities
	}
	cases := []tcase{{"auto", "none", 450}, {"sfdp", export.ClusterType, 450}, {"neato", "none", 450}, {"fdp", "none", 450}, {"circo", "none", 450},
		{"sfdp", "none", 40}} // most without relations, drawn in a box of their own
	for _, r := range renderers(t) {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s/%s/%s/%d", r, c.layout, c.cluster, c.relations), func(t *testing.T) {
				sg := syntheticSubgraph(300, c.relations)
				d, err := export.DiagramOf(sg, export.Options{Layout: c.layout, Renderer: r, Cluster: c.cluster})
				if err != nil {
					t.Fatal(err)
				}
				var svg bytes.Buffer
				start := time.Now()
				if err := d.Render(context.Background(), &svg, "svg"); err != nil {
					t.Fatal(err)
				}
				t.Logf("%s in %v", d.Info(), time.Since(start).Round(time.Millisecond))
				checkNoOverlap(t, svg.Bytes(), len(sg.Entities))
				if c.relations < 100 {
					checkUnrelatedBox(t, svg.Bytes(), sg)
				}
				if c.cluster == "none" {
					return
				}
				clusters, err := exporttest.ClusterBoxes(svg.Bytes())
				if err != nil {
					t.Fatal(err)
				}
				if len(clusters) != len(graph.EntityTypes) {
					t.Errorf("got %d clusters, want one per type", len(clusters))
				}
				nodes, _ := exporttest.NodeBoxes(svg.Bytes())
				for _, n := range nodes {
					in, touching := 0, 0
					for _, c := range clusters {
						if c.Contains(n) {
							in++
						}
						if c.Overlaps(n) {
							touching++
						}
					}
					if in != 1 || touching != 1 {
						t.Errorf("node %s is inside %d clusters and overlaps %d, want 1 and 1", n.ID, in, touching)
					}
				}
				if ov := exporttest.Overlapping(clusters); len(ov) > 0 {
					t.Errorf("clusters overlap: %v", ov)
				}
			})
		}
	}
}

// checkUnrelatedBox checks that the entities of sg without relations are
// in the box "cluster_unrelated" of the SVG, and the others outside it.
func checkUnrelatedBox(t *testing.T, svg []byte, sg *graph.Subgraph) {
	t.Helper()
	linked := map[string]bool{}
	for _, e := range sg.Edges {
		linked[e.Subject], linked[e.Object] = true, true
	}
	clusters, err := exporttest.ClusterBoxes(svg)
	if err != nil {
		t.Fatal(err)
	}
	if len(clusters) != 1 || clusters[0].ID != "cluster_unrelated" {
		t.Fatalf("got clusters %v, want cluster_unrelated alone", clusters)
	}
	nodes, _ := exporttest.NodeBoxes(svg)
	for _, n := range nodes {
		if in := clusters[0].Contains(n); in == linked[n.ID] || !in && clusters[0].Overlaps(n) {
			t.Errorf("node %s (related: %v) is inside the box of entities without relations: %v, overlaps it: %v", n.ID, linked[n.ID], in, clusters[0].Overlaps(n))
		}
	}
}

// checkNoOverlap checks that the SVG draws n nodes and that no two of
// their shapes overlap.
func checkNoOverlap(t *testing.T, svg []byte, n int) {
	t.Helper()
	boxes, err := exporttest.NodeBoxes(svg)
	if err != nil {
		t.Fatal(err)
	}
	if len(boxes) != n {
		t.Errorf("got %d nodes, want %d", len(boxes), n)
	}
	if ov := exporttest.Overlapping(boxes); len(ov) > 0 {
		t.Errorf("%d pairs of nodes overlap, such as %v", len(ov), ov[:min(len(ov), 5)])
	}
}

// TestDiagramStable checks that the same diagram is drawn the same way
// twice: the force-directed layouts start from a fixed seed and overlap
// removal is deterministic.
func TestDiagramStable(t *testing.T) {
	sg := syntheticSubgraph(150, 200)
	for _, r := range renderers(t) {
		for _, layout := range []string{"auto", "dot"} {
			t.Run(r+"/"+layout, func(t *testing.T) {
				var svgs [2][]byte
				for i := range svgs {
					d, err := export.DiagramOf(sg, export.Options{Renderer: r, Layout: layout, MaxNodes: 120})
					if err != nil {
						t.Fatal(err)
					}
					var buf bytes.Buffer
					if err := d.Render(context.Background(), &buf, "svg"); err != nil {
						t.Fatal(err)
					}
					svgs[i] = buf.Bytes()
				}
				if !bytes.Equal(svgs[0], svgs[1]) {
					t.Errorf("two drawings differ (%d and %d bytes)", len(svgs[0]), len(svgs[1]))
				}
			})
		}
	}
}

// TestDiagramRenderDeadline checks that a diagram that cannot be drawn
// in time says how to draw less.
func TestDiagramRenderDeadline(t *testing.T) {
	d, err := export.DiagramOf(syntheticSubgraph(300, 450), export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	var out bytes.Buffer
	err = d.Render(ctx, &out, "svg")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got error %v, want a deadline error", err)
	}
	for _, want := range []string{"sfdp layout of 300 entities", "did not finish in time", "--focus", "--max-nodes"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q: %v", want, err)
		}
	}
	if out.Len() > 0 {
		t.Errorf("got %d bytes of output, want none", out.Len())
	}
}

// TestDiagramClusters checks the clusters by type and by document, in the
// DOT text and drawn.
func TestDiagramClusters(t *testing.T) {
	st := newFixtureStore(t)
	tests := []struct {
		name, cluster, layout string
		want                  []string
	}{
		{"by type", export.ClusterType, "dot", []string{"subgraph cluster_0 {\n\t\tlabel=\"Person\";", `label="Agreement";`}},
		{"by document", export.ClusterDoc, "dot", []string{`label="talks.txt"; tooltip="Talks in Brussels\ndocs/talks.txt\ndoc/`, `label="alliance.txt";`}},
		{"by type, sfdp", export.ClusterType, "sfdp", []string{`label="Person";`, "cluster_hub_0 -> \"person/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := export.Options{Cluster: tt.cluster, Layout: tt.layout}
			d, err := export.NewDiagram(context.Background(), st, opts)
			if err != nil {
				t.Fatal(err)
			}
			var dot bytes.Buffer
			if err := d.WriteDOT(&dot); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(dot.String(), w) {
					t.Errorf("DOT lacks %q:\n%s", w, dot.String())
				}
			}
			if got := len(nodeIDs(dot.String())); got != len(fixtureNames) {
				t.Errorf("got %d nodes, want %d, each once", got, len(fixtureNames))
			}
			var svg bytes.Buffer
			if err := d.Render(context.Background(), &svg, "svg"); err != nil {
				t.Fatal(err)
			}
			checkNoOverlap(t, svg.Bytes(), len(fixtureNames))
			if n := strings.Count(svg.String(), `class="cluster"`); n < 2 {
				t.Errorf("got %d clusters drawn, want at least 2", n)
			}
		})
	}
}

// TestDiagramPNG draws a two-pass diagram as PNG with each renderer.
func TestDiagramPNG(t *testing.T) {
	for _, r := range renderers(t) {
		t.Run(r, func(t *testing.T) {
			d, err := export.DiagramOf(syntheticSubgraph(40, 40), export.Options{Layout: "sfdp", Renderer: r})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := d.Render(context.Background(), &buf, "png"); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
				t.Errorf("got %.8q, want a PNG", buf.Bytes())
			}
			if got := d.Info().Renderer; got != r {
				t.Errorf("got renderer %q, want %q", got, r)
			}
		})
	}
}

// BenchmarkDiagramRender draws a synthetic graph of 300 entities and 450
// relations as SVG with each renderer.
func BenchmarkDiagramRender(b *testing.B) {
	sg := syntheticSubgraph(300, 450)
	for _, r := range renderers(b) {
		b.Run(r, func(b *testing.B) {
			d, err := export.DiagramOf(sg, export.Options{Renderer: r})
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := d.Render(context.Background(), &buf, "svg"); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
