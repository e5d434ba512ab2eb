package queries_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// testStore writes two small documents into a bolt store in a temporary
// directory.
func testStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, filepath.Join(t.TempDir(), "test.db"), graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ev := func(sentence, surface string, start int) graph.Evidence {
		return graph.Evidence{Start: start, End: start + len(sentence), Sentence: sentence, Surface: surface, Rule: "test", Confidence: 0.9}
	}
	ent := func(t graph.Type, name string, aliases ...string) graph.Entity {
		return graph.Entity{ID: graph.EntityID(t, name), Type: t, Name: name, Aliases: aliases, Mentions: 1 + len(aliases)}
	}
	id := graph.EntityID
	s1 := "Lavrov's deputy, Grushko, put the Minsk agreements on the table."
	s2 := "The Minsk agreements were signed by Russia and Ukraine in 2015."
	s3 := "Alexander Grushko, Russia's deputy foreign minister, spoke."
	docs := []graph.Facts{
		{
			Doc: graph.Doc{ID: graph.DocID("aaaa"), Path: "one.txt", Hash: "aaaa", Title: "One"},
			Entities: []graph.Entity{
				ent(graph.Person, "Alexander Grushko", "Grushko"),
				ent(graph.Person, "Sergey Lavrov", "Lavrov"),
				ent(graph.Country, "Russia", "Moscow"),
				ent(graph.Country, "Ukraine"),
				ent(graph.Agreement, "Minsk agreements"),
			},
			Relations: []graph.Relation{
				{Subject: id(graph.Person, "Alexander Grushko"), Predicate: graph.DeputyOf, Object: id(graph.Person, "Sergey Lavrov"), Evidence: ev(s1, "Lavrov's deputy, Grushko", 0)},
				{Subject: id(graph.Country, "Russia"), Predicate: graph.PartyTo, Object: id(graph.Agreement, "Minsk agreements"), Evidence: ev(s2, "signed by Russia", 70)},
				{Subject: id(graph.Country, "Ukraine"), Predicate: graph.PartyTo, Object: id(graph.Agreement, "Minsk agreements"), Evidence: ev(s2, "signed by Russia and Ukraine", 70)},
				{Subject: id(graph.Person, "Alexander Grushko"), Predicate: graph.OfficialOf, Object: id(graph.Country, "Russia"), Evidence: ev(s3, "Alexander Grushko, Russia's deputy foreign minister", 140)},
			},
			Attributes: []graph.Attribute{
				{Subject: id(graph.Person, "Alexander Grushko"), Predicate: graph.Title, Value: "deputy foreign minister", Evidence: ev(s3, "deputy foreign minister", 140)},
				{Subject: id(graph.Agreement, "Minsk agreements"), Predicate: graph.Date, Value: "2015", Evidence: ev(s2, "in 2015", 70)},
			},
		},
		{
			Doc: graph.Doc{ID: graph.DocID("bbbb"), Path: "two.txt", Hash: "bbbb", Title: "Two"},
			Entities: []graph.Entity{
				ent(graph.Country, "Poland"),
				ent(graph.Organization, "NATO", "North Atlantic Treaty Organization"),
				ent(graph.Country, "Russia"),
				ent(graph.Country, "Ukraine"),
			},
			Relations: []graph.Relation{
				{Subject: id(graph.Country, "Poland"), Predicate: graph.MemberOf, Object: id(graph.Organization, "NATO"), Evidence: ev("Poland joined NATO.", "Poland joined NATO", 0)},
				{Subject: id(graph.Country, "Ukraine"), Predicate: graph.Borders, Object: id(graph.Country, "Russia"), Evidence: ev("Ukraine, Russia's neighbour.", "Ukraine, Russia's neighbour", 20)},
				{Subject: id(graph.Country, "Poland"), Predicate: graph.Borders, Object: id(graph.Country, "Ukraine"), Evidence: ev("Poland borders Ukraine.", "Poland borders Ukraine", 50)},
			},
		},
	}
	for i := range docs {
		if _, err := st.Write(ctx, &docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func run(t *testing.T, st *graph.Store, name string, args ...string) []map[string]any {
	t.Helper()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	script, err := q.Script(args)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	res, err := st.Query(ctx, "gizmo", script, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	var out []map[string]any
	for res.Next(ctx) {
		b, _ := json.Marshal(res.Result())
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: result %s is not an object", name, b)
		}
		out = append(out, m)
	}
	if err := res.Err(); err != nil {
		t.Fatalf("%s %q: %v", name, args, err)
	}
	return out
}

func TestList(t *testing.T) {
	list, err := queries.List()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"agreements", "evidence", "members", "neighbours", "officials", "path"}
	var got []string
	for _, q := range list {
		got = append(got, q.Name)
		if q.Summary == "" || !strings.HasPrefix(q.Usage, q.Name) {
			t.Errorf("%s: summary %q, usage %q", q.Name, q.Summary, q.Usage)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestArguments(t *testing.T) {
	q, err := queries.Get("path")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Script([]string{"a"}); err == nil {
		t.Error("path with one argument: no error")
	}
	if _, err := q.Script([]string{"a", "b", "3", "x"}); err == nil {
		t.Error("path with four arguments: no error")
	}
	if _, err := queries.Get("nope"); err == nil {
		t.Error("unknown query: no error")
	}
}

func TestSavedQueries(t *testing.T) {
	st := testStore(t)
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, rows []map[string]any)
	}{
		{"neighbours", []string{"Grushko"}, func(t *testing.T, rows []map[string]any) {
			want := map[string]bool{"out deputy_of Sergey Lavrov": true, "out official_of Russia": true}
			got := map[string]bool{}
			for _, r := range rows {
				got[r["direction"].(string)+" "+r["predicate"].(string)+" "+r["other"].(string)] = true
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		}},
		{"evidence", []string{"Grushko", "Lavrov"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 1 {
				t.Fatalf("got %d rows, want 1: %v", len(rows), rows)
			}
			r := rows[0]
			if !strings.HasPrefix(r["sentence"].(string), "Lavrov's deputy, Grushko") || r["path"] != "one.txt" || r["predicate"] != "deputy_of" {
				t.Errorf("got %v", r)
			}
		}},
		{"members", []string{"NATO"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 1 || rows[0]["member"] != "Poland" || rows[0]["type"] != "Country" {
				t.Errorf("got %v, want Poland", rows)
			}
		}},
		{"officials", []string{"Russia"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 1 || rows[0]["person"] != "Alexander Grushko" || rows[0]["titles"] != "deputy foreign minister" || rows[0]["role"] != "official_of" {
				t.Errorf("got %v", rows)
			}
		}},
		{"agreements", nil, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 1 {
				t.Fatalf("got %v", rows)
			}
			r := rows[0]
			parties, _ := json.Marshal(r["parties"])
			dates, _ := json.Marshal(r["dates"])
			if r["agreement"] != "Minsk agreements" || string(parties) != `["Russia","Ukraine"]` || string(dates) != `["2015"]` {
				t.Errorf("got %v", r)
			}
		}},
		{"path", []string{"Grushko", "Poland"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 1 {
				t.Fatalf("got %v", rows)
			}
			want := "Alexander Grushko -official_of-> Russia <-borders- Ukraine <-borders- Poland"
			if rows[0]["path"] != want || rows[0]["hops"] != float64(3) {
				t.Errorf("got %v, want %q", rows[0], want)
			}
		}},
		{"path", []string{"Grushko", "Poland", "2"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 0 {
				t.Errorf("got %v, want no path within 2 hops", rows)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+strings.Join(tc.args, ","), func(t *testing.T) {
			tc.check(t, run(t, st, tc.name, tc.args...))
		})
	}
}

func TestUnknownEntity(t *testing.T) {
	st := testStore(t)
	q, _ := queries.Get("neighbours")
	script, _ := q.Script([]string{"Nobody"})
	ctx := context.Background()
	res, err := st.Query(ctx, "gizmo", script, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	for res.Next(ctx) {
	}
	if err := res.Err(); err == nil || !strings.Contains(err.Error(), `no entity named "Nobody"`) {
		t.Errorf("got %v, want an error naming the entity", err)
	}
}

func TestMinConfidence(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	count := func(name string, min float64, args ...string) int {
		q, err := queries.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		script, err := q.ScriptWith(args, queries.Options{MinConfidence: min})
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.Query(ctx, "gizmo", script, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Close()
		n := 0
		for res.Next(ctx) {
			n++
		}
		if err := res.Err(); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// Every statement of the test store is 0.9 confident.
	for _, tc := range []struct {
		name string
		args []string
	}{{"neighbours", []string{"Grushko"}}, {"evidence", []string{"Grushko", "Lavrov"}}, {"members", []string{"NATO"}}, {"officials", []string{"Russia"}}} {
		if n := count(tc.name, 0.9, tc.args...); n == 0 {
			t.Errorf("%s at 0.9: no results", tc.name)
		}
		if n := count(tc.name, 0.95, tc.args...); n != 0 {
			t.Errorf("%s at 0.95: %d results, want none", tc.name, n)
		}
	}
}
