package graph_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

func openTemp(t *testing.T) (*graph.Store, string) {
	t.Helper()
	if suiteOpen != nil {
		// TestBackends: the store of another backend.
		return suiteOpen(t), ""
	}
	dir := filepath.Join(t.TempDir(), "store.db")
	st, err := graph.Open(context.Background(), dir, graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, dir
}

func facts(hash, path string, people ...string) *graph.Facts {
	f := &graph.Facts{Doc: graph.Doc{ID: graph.DocID(hash), Path: path, Hash: hash, Title: "t"}}
	for _, p := range people {
		f.Entities = append(f.Entities, graph.Entity{ID: graph.EntityID(graph.Person, p), Type: graph.Person, Name: p, Mentions: 1})
	}
	f.Entities = append(f.Entities, graph.Entity{ID: "country/russia", Type: graph.Country, Name: "Russia", Aliases: []string{"Moscow"}, Mentions: 2})
	for _, p := range people {
		f.Relations = append(f.Relations, graph.Relation{
			Subject: graph.EntityID(graph.Person, p), Predicate: graph.OfficialOf, Object: "country/russia",
			Evidence: graph.Evidence{Start: 0, End: 20, Sentence: p + " of Russia.", Surface: p + " of Russia", Rule: "test", Confidence: 0.8},
		})
		f.Attributes = append(f.Attributes, graph.Attribute{
			Subject: graph.EntityID(graph.Person, p), Predicate: graph.Title, Value: "minister",
			Evidence: graph.Evidence{Sentence: "Minister " + p + ".", Rule: "test", Confidence: 0.9},
		})
	}
	return f
}

func countQuads(t *testing.T, st *graph.Store) int {
	t.Helper()
	n := 0
	if err := st.EachQuad(context.Background(), func(quad.Quad) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestWriteIdempotentAndReplace(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	res, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov"))
	if err != nil || res.Status != graph.Added || res.Added == 0 {
		t.Fatalf("first write: %+v, %v", res, err)
	}
	n := countQuads(t, st)
	if n != res.Added {
		t.Errorf("store has %d quads, write reported %d", n, res.Added)
	}
	res, err = st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov"))
	if err != nil || res.Status != graph.Unchanged || countQuads(t, st) != n {
		t.Errorf("same content again: %+v, %v, %d quads (want %d)", res, err, countQuads(t, st), n)
	}
	// Another document naming the same entity keeps its own quads.
	if _, err := st.Write(ctx, facts("h2", "b.txt", "Sergey Lavrov")); err != nil {
		t.Fatal(err)
	}
	// a.txt changes: its earlier facts go, b.txt's stay.
	res, err = st.Write(ctx, facts("h3", "a.txt", "Alexander Grushko"))
	if err != nil || res.Status != graph.Replaced || res.Removed == 0 {
		t.Fatalf("changed file: %+v, %v", res, err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 2 || stats.Entities[graph.Person] != 2 || stats.Relations[graph.OfficialOf] != 2 {
		t.Errorf("stats after replace: %+v", stats)
	}
	ents, err := st.Entities(ctx, graph.EntityFilter{Types: []graph.Type{graph.Country}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name != "Russia" || ents[0].Mentions != 4 || ents[0].Documents != 2 || strings.Join(ents[0].Aliases, ",") != "Moscow" {
		t.Errorf("Russia over two documents: %+v", ents)
	}
}

func TestProvenance(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	if _, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov")); err != nil {
		t.Fatal(err)
	}
	var relLabel quad.Value
	statements := map[string]map[string]string{}
	err := st.EachQuad(ctx, func(q quad.Quad) error {
		p := string(q.Predicate.(quad.IRI))
		if q.Label == nil && p != "name" && p != "rdf:type" && p != "surname" {
			t.Errorf("quad without a document label: %v", q)
		}
		if q.Label != nil && (p == "name" || p == "rdf:type") && strings.HasPrefix(string(q.Subject.(quad.IRI)), "person/") {
			t.Errorf("an entity's type or name is labelled: %v", q)
		}
		if p == string(graph.OfficialOf) {
			relLabel = q.Label
		}
		if s := string(q.Subject.(quad.IRI)); strings.HasPrefix(s, "stmt/") {
			if statements[s] == nil {
				statements[s] = map[string]string{}
			}
			statements[s][p] = q.Object.String()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if relLabel != quad.IRI(graph.DocID("h1")) {
		t.Errorf("relation label %v, want the document", relLabel)
	}
	if len(statements) != 2 {
		t.Fatalf("got %d statements, want 2 (a relation and an attribute)", len(statements))
	}
	for id, st := range statements {
		for _, p := range []string{"subject", "predicate", "object", "sentence", "start", "end", "document", "rule", "confidence"} {
			if _, ok := st[p]; !ok {
				t.Errorf("%s lacks %s: %v", id, p, st)
			}
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := graph.Open(ctx, filepath.Join(dir, "none"), graph.OpenOptions{}); !errors.Is(err, graph.ErrNoStore) {
		t.Errorf("missing store: got %v, want ErrNoStore", err)
	}
	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("hello"), 0o644)
	if _, err := graph.Open(ctx, file, graph.OpenOptions{Create: true}); err == nil || !strings.Contains(err.Error(), "not a newsgraph store") {
		t.Errorf("a file as store: got %v", err)
	}
	if b, _ := os.ReadFile(file); string(b) != "hello" {
		t.Error("the file given as a store was changed")
	}
	other := filepath.Join(dir, "other")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "x"), []byte("x"), 0o644)
	if _, err := graph.Open(ctx, other, graph.OpenOptions{Create: true}); err == nil || !strings.Contains(err.Error(), "not a newsgraph store") {
		t.Errorf("a non-empty directory as store: got %v", err)
	}
	corrupt := filepath.Join(dir, "corrupt")
	os.MkdirAll(corrupt, 0o755)
	os.WriteFile(filepath.Join(corrupt, "indexes.bolt"), []byte(strings.Repeat("garbage", 1000)), 0o644)
	if _, err := graph.Open(ctx, corrupt, graph.OpenOptions{Create: true}); err == nil {
		t.Error("a corrupt store opened without error")
	}
}

func TestFindEntityAndSubgraph(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	if _, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov", "Alexander Grushko")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Russia", "moscow", "country/russia"} {
		ids, err := st.FindEntity(ctx, name)
		if err != nil || len(ids) != 1 || ids[0] != "country/russia" {
			t.Errorf("FindEntity(%q) = %v, %v", name, ids, err)
		}
	}
	sub, err := st.Subgraph(ctx, graph.Selection{Focus: []string{"person/sergey_lavrov"}, Hops: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Entities) != 2 || len(sub.Edges) != 1 || sub.Edges[0].Statements != 1 || sub.Edges[0].Confidence != 0.8 {
		t.Errorf("one hop from Lavrov: %+v", sub)
	}
	sub, err = st.Subgraph(ctx, graph.Selection{MinConfidence: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Edges) != 0 {
		t.Errorf("min confidence 0.9 kept %v", sub.Edges)
	}
}

func TestQueryTimeout(t *testing.T) {
	st, _ := openTemp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100e6)
	defer cancel()
	res, err := st.Query(ctx, "gizmo", "while (true) {}", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	for res.Next(ctx) {
	}
	if res.Err() == nil {
		t.Error("a runaway script ended without error")
	}
}

func TestQueryResults(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	if _, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov", "Alexander Grushko")); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Write(ctx, facts("h2", "b.txt", "Sergey Lavrov")); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		// A script's final value is a result: counts are right on bolt.
		{`g.V().Has("<rdf:type>", "<Person>").Count()`, "[2]"},
		// Names are stored once, however many documents name the entity.
		{`g.V("<person/sergey_lavrov>").Out("<name>").All()`, `[map[id:Sergey Lavrov]]`},
		{`g.V().Has("<name>", "Russia").Tag("c").In("<official_of>").Out("<name>").All()`, `[map[c:<country/russia> id:Alexander Grushko] map[c:<country/russia> id:Sergey Lavrov] map[c:<country/russia> id:Sergey Lavrov]]`},
		{`g.Emit({n: 1})`, "[map[n:1]]"},
	}
	for _, tc := range tests {
		res, err := st.Query(ctx, "gizmo", tc.q, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []any
		for res.Next(ctx) {
			got = append(got, res.Result())
		}
		res.Close()
		if err := res.Err(); err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("%s: got %s, want %s", tc.q, s, tc.want)
		}
	}
}
