package export_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestDOTGolden compares the DOT text of the fixture with
// testdata/NAME.dot.golden; go test -update rewrites them.
func TestDOTGolden(t *testing.T) {
	st := newFixtureStore(t)
	tests := []struct {
		name string
		opts export.Options
	}{
		{"whole", export.Options{Title: `Fixture <two documents> & "quotes"`}},
		{"focus_lavrov", export.Options{Selection: graph.Selection{Focus: []string{lavrov}, Hops: 1}}},
		{"countries_sfdp", export.Options{Layout: "sfdp", Selection: graph.Selection{Types: []graph.Type{graph.Country, graph.Place}}}},
		{"confident_circo", export.Options{Layout: "circo", Selection: graph.Selection{MinConfidence: 0.8, Predicates: []graph.Predicate{graph.LeaderOf, graph.Borders, graph.PartyTo}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			tt.opts.Format = "dot"
			if err := export.Write(context.Background(), &buf, st, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".dot.golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("DOT differs from %s (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// TestDOTContent checks what the diagram says, independently of the
// golden files.
func TestDOTContent(t *testing.T) {
	st := newFixtureStore(t)
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, st, export.Options{}); err != nil {
		t.Fatal(err)
	}
	dot := buf.String()
	tests := []struct {
		name, want string
	}{
		{"person shape", `"person/sergey_lavrov" [label="Sergey Lavrov", shape=ellipse`},
		{"organization shape", `"organization/nato" [label="NATO", shape=box, style="filled,rounded"`},
		{"country shape", `"country/russia" [label="Russia", shape=hexagon`},
		{"place shape", `"place/crimea" [label="Crimea", shape=house`},
		{"agreement shape", `[label="Minsk \"II\" Protocol", shape=note`},
		{"escaped alias", `also: Minsk\\2`},
		{"titles in tooltip", `title: deputy foreign minister`},
		{"directed edge", `"person/alexander_grushko" -> "person/sergey_lavrov" [label="deputy_of", tooltip=`},
		{"symmetric edge", `"country/russia" -> "country/ukraine" [label="borders", dir=none`},
		{"legend", `<td bgcolor="#d9ecf8" color="#0072b2">Person</td><td border="0" align="right">4</td>`},
		{"totals", `12 entities, 15 relations`},
		{"layout", `rankdir=LR`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(dot, tt.want) {
				t.Errorf("DOT lacks %s\n%s", tt.want, dot)
			}
		})
	}
}

// TestFocus checks that a focus keeps only the neighbourhood.
func TestFocus(t *testing.T) {
	st := newFixtureStore(t)
	tests := []struct {
		name  string
		sel   graph.Selection
		nodes []string
	}{
		{"lavrov 1 hop", graph.Selection{Focus: []string{lavrov}, Hops: 1}, []string{lavrov, grushko, russia, nato}},
		{"lavrov 0 hops", graph.Selection{Focus: []string{lavrov}}, []string{lavrov}},
		{"kyiv 2 hops", graph.Selection{Focus: []string{kyiv}, Hops: 2}, []string{kyiv, ukraine, russia, nato, minsk}},
		{"kyiv 2 hops places and countries", graph.Selection{Focus: []string{kyiv}, Hops: 2, Types: []graph.Type{graph.Place, graph.Country}}, []string{kyiv, ukraine, russia}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := export.Write(context.Background(), &buf, st, export.Options{Selection: tt.sel}); err != nil {
				t.Fatal(err)
			}
			got := nodeIDs(buf.String())
			if fmt.Sprint(got) != fmt.Sprint(sorted(tt.nodes)) {
				t.Errorf("got nodes %v, want %v", got, sorted(tt.nodes))
			}
		})
	}
}

// nodeIDs lists the node statements of DOT text written by WriteDOT.
func nodeIDs(dot string) []string {
	var ids []string
	for _, line := range strings.Split(dot, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, `"`) && !strings.Contains(line, " -> ") {
			ids = append(ids, line[1:strings.Index(line[1:], `"`)+1])
		}
	}
	return sorted(ids)
}

func sorted(xs []string) []string {
	return slices.Sorted(slices.Values(xs))
}

func TestWriteErrors(t *testing.T) {
	st := newFixtureStore(t)
	tests := []struct {
		name string
		opts export.Options
		want string
	}{
		{"unknown format", export.Options{Format: "xls"}, `unknown format "xls"`},
		{"unknown layout", export.Options{Format: "svg", Layout: "spring"}, `unknown layout "spring"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := export.Write(context.Background(), &bytes.Buffer{}, st, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one saying %s", err, tt.want)
			}
		})
	}
}

func TestFormatLookup(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"graph.svg", "svg"},
		{"out/GRAPH.PNG", "png"},
		{"g.gv", "dot"},
		{"g.dot", "dot"},
		{"g.nq", "nquads"},
		{"g.jsonld", "jsonld"},
		{"g.graphml", "graphml"},
		{"g.gml", "gml"},
		{"g.txt", ""},
		{"graph", ""},
	}
	for _, tt := range tests {
		f, ok := export.FormatForFile(tt.file)
		if got := f.Name; got != tt.want || ok != (tt.want != "") {
			t.Errorf("FormatForFile(%q): got %q, %v, want %q", tt.file, got, ok, tt.want)
		}
	}
	for _, name := range export.FormatNames() {
		if f, ok := export.FormatByName(strings.ToUpper(name)); !ok || f.Name != name {
			t.Errorf("FormatByName(%q): got %q, %v", strings.ToUpper(name), f.Name, ok)
		}
	}
}

// BenchmarkWriteDOT writes the DOT text of a synthetic graph of 300
// entities and 600 relations.
func BenchmarkWriteDOT(b *testing.B) {
	sg := syntheticSubgraph(300, 600)
	var buf bytes.Buffer
	if err := export.WriteDOT(&buf, sg, export.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		if err := export.WriteDOT(&buf, sg, export.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticSubgraph makes n entities of all types and m relations between
// them, the same every time.
func syntheticSubgraph(n, m int) *graph.Subgraph {
	sg := &graph.Subgraph{}
	for i := range n {
		t := graph.EntityTypes[i%len(graph.EntityTypes)]
		name := fmt.Sprintf("%s %03d", t, i)
		sg.Entities = append(sg.Entities, graph.EntityInfo{
			ID: graph.EntityID(t, name), Type: t, Name: name,
			Aliases: []string{fmt.Sprintf("E%d", i)}, Titles: []string{"envoy"},
			Mentions: 1 + i%7, Documents: 1 + i%3,
		})
	}
	for j := range m {
		s := sg.Entities[(j*7)%n]
		o := sg.Entities[(j*13+1)%n]
		if s.ID == o.ID {
			o = sg.Entities[(j*13+2)%n]
		}
		sg.Edges = append(sg.Edges, graph.Edge{
			Subject: s.ID, Predicate: graph.Relations[j%len(graph.Relations)], Object: o.ID,
			Statements: 1 + j%3, Confidence: 0.5 + float64(j%5)/10, Documents: []string{"doc/1"},
		})
	}
	return sg
}
