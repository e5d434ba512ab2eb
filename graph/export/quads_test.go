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
	entities := map[string]bool{}
	for _, id := range keys(fixtureNames) {
		entities[graph.NS+id] = true
	}
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil && !fullIRI(v) {
				t.Fatalf("quad %v: %v is not a full http(s) IRI", q, v)
			}
		}
		// Only what an entity is (type, name) is shared by all documents.
		if q.Label == nil && !entities[string(q.Subject.(quad.IRI))] {
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
		if strings.HasPrefix(string(v.Type), graph.NS) {
			return graph.CompactQuad(quad.Quad{Object: v}).Object // ng:surname
		}
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

// TestGraphMLQuads checks the quad-shaped GraphML of cayleygraph/quad.
func TestGraphMLQuads(t *testing.T) {
	st := newFixtureStore(t)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	data := exportBytes(t, st, export.Options{Format: "graphml-quads"})
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

// storeLines returns the quads of the store, as stored, one string each.
func storeLines(t *testing.T, st *graph.Store, sel graph.Selection) []string {
	t.Helper()
	var out []string
	err := export.EachQuad(context.Background(), st, sel, func(q quad.Quad) error {
		out = append(out, quadLine(q))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sorted(out)
}

func quadLine(q quad.Quad) string {
	s := q.String()
	if q.Label != nil {
		s += " (" + q.Label.String() + ")"
	}
	return s
}

// TestJSONLDRoundTrip reads the streamed JSON-LD back with a JSON-LD
// processor (json-gold, through graph.ReadQuads): the quads are the
// store's.
func TestJSONLDRoundTrip(t *testing.T) {
	st := newFixtureStore(t)
	for _, sel := range []graph.Selection{{}, {Focus: []string{lavrov}, Hops: 1}} {
		data := exportBytes(t, st, export.Options{Format: "jsonld", Selection: sel})
		var got []string
		err := graph.ReadQuads(bytes.NewReader(data), "jsonld", "export.jsonld", func(q quad.Quad) error {
			got = append(got, quadLine(graph.CompactQuad(q)))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := storeLines(t, st, sel)
		if g, w := strings.Join(sorted(got), "\n"), strings.Join(want, "\n"); g != w {
			t.Errorf("selection %+v: JSON-LD reads back as\n%s\nwant\n%s", sel, g, w)
		}
	}
}

// TestJSONLDWriter checks the shape of the streamed JSON-LD.
func TestJSONLDWriter(t *testing.T) {
	var buf bytes.Buffer
	w := export.NewJSONLDWriter(&buf)
	g, s, o := quad.IRI("http://a.org/g"), quad.IRI("http://a.org/s"), quad.IRI("http://a.org/o")
	p, p2 := quad.IRI("http://a.org/p"), quad.IRI("http://a.org/p2")
	qs := []quad.Quad{
		{Subject: s, Predicate: quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Object: o},
		{Subject: s, Predicate: p, Object: quad.String(`a "quoted" string`)},
		{Subject: s, Predicate: p, Object: quad.Int(3), Label: g},
		{Subject: s, Predicate: p, Object: quad.LangString{Value: "x", Lang: "en"}, Label: g},
		{Subject: s, Predicate: p2, Object: quad.BNode("b"), Label: g},
		{Subject: s, Predicate: p, Object: o, Label: g}, // p again after p2: a new node object
		{Subject: o, Predicate: p, Object: s, Label: g},
	}
	for _, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := `[
{"@id":"http://a.org/s","@type":["http://a.org/o"],"http://a.org/p":[{"@value":"a \"quoted\" string"}]},
{"@id":"http://a.org/g","@graph":[
{"@id":"http://a.org/s","http://a.org/p":[{"@value":"3","@type":"xsd:integer"},{"@value":"x","@language":"en"}],"http://a.org/p2":[{"@id":"_:b"}]},
{"@id":"http://a.org/s","http://a.org/p":[{"@id":"http://a.org/o"}]},
{"@id":"http://a.org/o","http://a.org/p":[{"@id":"http://a.org/s"}]}
]}
]
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Errorf("not JSON: %v", err)
	}
	empty := new(bytes.Buffer)
	if err := export.NewJSONLDWriter(empty).Close(); err != nil || empty.String() != "[\n]\n" {
		t.Errorf("empty: got %q, %v", empty, err)
	}
	if err := export.NewJSONLDWriter(io.Discard).WriteQuad(quad.Quad{Subject: quad.String("s"), Predicate: p, Object: o}); err == nil {
		t.Error("a literal subject was written")
	}
}

// TestDocumentQuads checks that --doc streams the quads of a document and
// the shared type and name of its entities, and nothing else.
func TestDocumentQuads(t *testing.T) {
	st := newFixtureStore(t)
	doc1 := graph.DocID(strings.Repeat("a1", 32))
	got := storeLines(t, st, graph.Selection{Documents: []string{doc1}})
	ents := map[string]bool{}
	for _, e := range fixtureFacts()[0].Entities {
		ents["<"+e.ID+">"] = true
	}
	n := 0
	err := st.EachQuad(context.Background(), func(q quad.Quad) error {
		if q.Label == nil && ents[q.Subject.String()] || q.Label != nil && q.Label.String() == "<"+doc1+">" {
			n++
			if !slices.Contains(got, quadLine(q)) {
				t.Errorf("quad %s is missing", quadLine(q))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Errorf("got %d quads, want %d", len(got), n)
	}
	// With another filter, the selection goes through the subgraph and
	// keeps only this document's facts.
	sel := graph.Selection{Documents: []string{doc1}, Types: []graph.Type{graph.Country}}
	for _, l := range storeLines(t, st, sel) {
		if strings.Contains(l, "(<doc/") && !strings.Contains(l, "(<"+doc1+">)") {
			t.Errorf("quad %s is from another document", l)
		}
	}
}
