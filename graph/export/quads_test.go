package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// readNQuads parses N-Quads with cayleygraph/quad's reader, leaving
// literals as written (typed literals keep their datatype IRI).
func readNQuads(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(data), true)
	defer r.Close()
	var qs []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return qs
		}
		if err != nil {
			t.Fatalf("reading back N-Quads: %v", err)
		}
		qs = append(qs, q)
	}
}

// fullIRI reports whether every IRI of v (the datatype of a typed literal
// too) is a full http(s) IRI.
func fullIRI(v quad.Value) bool {
	isFull := func(s string) bool {
		return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
	}
	switch v := v.(type) {
	case quad.IRI:
		return isFull(string(v))
	case quad.TypedString:
		return isFull(string(v.Type))
	case quad.TypedStringer:
		return isFull(string(v.TypedString().Type))
	}
	return true
}

func exportBytes(t *testing.T, st *graph.Store, opts export.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, st, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestNQuads(t *testing.T) {
	st := newFixtureStore(t)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	qs := readNQuads(t, exportBytes(t, st, export.Options{Format: "nquads"}))
	if got, want := int64(len(qs)), stats.Quads; got != want {
		t.Errorf("got %d quads, want %d (the store's)", got, want)
	}
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil && !fullIRI(v) {
				t.Fatalf("quad %v: %v is not a full http(s) IRI", q, v)
			}
		}
		// Only an entity's type and name are shared by all documents.
		if p := string(q.Predicate.(quad.IRI)); q.Label == nil && p != graph.NS+"name" && p != graph.NS+"surname" && p != "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" {
			t.Fatalf("quad %v has no document label", q)
		}
	}
	// Round trip: the quads read back, compacted, are the store's.
	want := map[string]bool{}
	err = st.EachQuad(context.Background(), func(q quad.Quad) error {
		want[q.String()] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		c := quad.Quad{Subject: compact(q.Subject), Predicate: compact(q.Predicate), Object: compact(q.Object), Label: compact(q.Label)}
		if !want[c.String()] {
			t.Errorf("quad %v (compacted %v) is not in the store", q, c)
		}
	}
}

func compact(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return graph.Compact(v)
	case quad.TypedString:
		if p, err := v.ParseValue(); err == nil {
			return p
		}
	}
	return v
}

func TestJSONLD(t *testing.T) {
	st := newFixtureStore(t)
	data := exportBytes(t, st, export.Options{Format: "jsonld"})
	var doc []map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("JSON-LD is not a JSON array of graphs: %v\n%s", err, data)
	}
	graphs := map[string]bool{}
	for _, g := range doc {
		id, _ := g["@id"].(string)
		graphs[id] = true
	}
	for _, f := range fixtureFacts() {
		if id := string(graph.Expand(quad.IRI(f.Doc.ID))); !graphs[id] {
			t.Errorf("no named graph %s for the document; have %v", id, graphs)
		}
	}
	if !bytes.Contains(data, []byte(graph.NS+"person/sergey_lavrov")) {
		t.Errorf("JSON-LD lacks the full IRI of Lavrov")
	}
}

func TestGraphML(t *testing.T) {
	st := newFixtureStore(t)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	data := exportBytes(t, st, export.Options{Format: "graphml"})
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data string `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	if got, want := int64(len(doc.Graph.Edges)), stats.Quads; got != want {
		t.Errorf("got %d edges, want one per quad, %d", got, want)
	}
	found := false
	for _, n := range doc.Graph.Nodes {
		if n.Data == "<"+graph.NS+"person/sergey_lavrov>" {
			found = true
		}
	}
	if !found {
		t.Errorf("GraphML has no node for Lavrov's full IRI")
	}
}

func TestGML(t *testing.T) {
	st := newFixtureStore(t)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	data := string(exportBytes(t, st, export.Options{Format: "gml"}))
	if !strings.Contains(data, "graph [") {
		t.Errorf("GML has no graph:\n%s", data)
	}
	if got, want := int64(strings.Count(data, "edge [")), stats.Quads; got != want {
		t.Errorf("got %d edges, want one per quad, %d", got, want)
	}
}

// TestQuadSelection checks that a selection exports the quads about the
// selected entities only.
func TestQuadSelection(t *testing.T) {
	st := newFixtureStore(t)
	tests := []struct {
		name     string
		sel      graph.Selection
		entities []string
		// edges are the relations expected, as "subject predicate object".
		edges []string
	}{
		{
			name:     "focus lavrov",
			sel:      graph.Selection{Focus: []string{lavrov}, Hops: 1},
			entities: []string{lavrov, grushko, russia, nato},
			edges: []string{
				"person/alexander_grushko deputy_of person/sergey_lavrov",
				"person/sergey_lavrov met_with organization/nato",
				"person/sergey_lavrov official_of country/russia",
			},
		},
		{
			name:     "confident borders",
			sel:      graph.Selection{Predicates: []graph.Predicate{graph.Borders}, MinConfidence: 0.88},
			entities: sorted(keys(fixtureNames)),
			edges:    []string{"country/russia borders country/ukraine"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := readNQuads(t, exportBytes(t, st, export.Options{Format: "nquads", Selection: tt.sel}))
			typed := map[string]graph.Type{}
			var edges []string
			stmtSubjects := map[string]string{}
			docs := map[string]bool{}
			for _, q := range qs {
				s, p := compactString(q.Subject), compactString(q.Predicate)
				switch {
				case q.Predicate == graph.Expand(graph.TypePredicate):
					typed[s] = graph.Type(compactString(q.Object))
				case graph.Predicate(p).IsRelation():
					edges = append(edges, s+" "+p+" "+compactString(q.Object))
				case p == string(graph.Subject):
					stmtSubjects[s] = compactString(q.Object)
				}
				docs[compactString(q.Label)] = true
			}
			var ents []string
			for id, ty := range typed {
				switch ty {
				case graph.Document:
					if !docs[id] {
						t.Errorf("document %s is written but no quad comes from it", id)
					}
				case graph.Statement:
					if s := stmtSubjects[id]; !slices.Contains(tt.entities, s) {
						t.Errorf("statement %s is about %s, which is not selected", id, s)
					}
				default:
					ents = append(ents, id)
				}
			}
			if got, want := strings.Join(sorted(ents), " "), strings.Join(sorted(tt.entities), " "); got != want {
				t.Errorf("got entities %s, want %s", got, want)
			}
			if got, want := strings.Join(slices.Compact(sorted(edges)), "\n"), strings.Join(sorted(tt.edges), "\n"); got != want {
				t.Errorf("got edges\n%s\nwant\n%s", got, want)
			}
			for _, q := range qs {
				for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
					if !fullIRI(v) {
						t.Fatalf("quad %v: %v is not a full IRI", q, v)
					}
				}
			}
		})
	}
}

func compactString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(graph.Compact(iri))
	}
	if v == nil {
		return ""
	}
	return v.String()
}

func keys(m map[string]string) []string {
	return slices.Collect(maps.Keys(m))
}

// BenchmarkNQuads streams the fixture store as N-Quads.
func BenchmarkNQuads(b *testing.B) {
	st := newFixtureStore(b)
	ctx := context.Background()
	var buf bytes.Buffer
	if err := export.Write(ctx, &buf, st, export.Options{Format: "nquads"}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		if err := export.Write(ctx, &buf, st, export.Options{Format: "nquads"}); err != nil {
			b.Fatal(err)
		}
	}
}
