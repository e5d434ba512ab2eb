package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// allQuads returns the quads of a store as sorted N-Quads lines.
func allQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var out []string
	if err := st.EachQuad(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// batchDocs are documents that share entities, one of them twice.
func batchDocs() []*graph.Facts {
	return []*graph.Facts{
		facts("b1", "1.txt", "Sergey Lavrov", "Vladimir Putin"),
		facts("b2", "2.txt", "Sergey Lavrov"),
		facts("b3", "3.txt", "Alexander Grushko", "Vladimir Putin"),
		facts("b2", "2-copy.txt", "Sergey Lavrov"),
		facts("b4", "4.txt"),
	}
}

// TestBatchWritesAsWrite writes documents in one batch and one by one:
// the stores hold the same quads, and the batch reports each document in
// order once it is committed.
func TestBatchWritesAsWrite(t *testing.T) {
	ctx := context.Background()
	one, _ := openTemp(t)
	var want []string
	for _, f := range batchDocs() {
		res, err := one.Write(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, fmt.Sprintf("%s %s %d", f.Doc.Path, res.Status, res.Added))
	}
	st, _ := openTemp(t)
	var got []string
	b := st.NewBatch(func(f *graph.Facts, res graph.WriteResult) {
		got = append(got, fmt.Sprintf("%s %s %d", f.Doc.Path, res.Status, res.Added))
	})
	for _, f := range batchDocs() {
		if _, err := b.Add(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	if docs, quads := b.Len(); docs != 5 || quads == 0 || len(got) != 0 || countQuads(t, st) != 0 {
		t.Fatalf("before Flush: %d documents and %d quads held, %d committed, %d quads stored", docs, quads, len(got), countQuads(t, st))
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("committed\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if g, w := allQuads(t, st), allQuads(t, one); !slices.Equal(g, w) {
		t.Errorf("batch wrote %d quads, one by one %d", len(g), len(w))
	}
	if docs, _ := b.Len(); docs != 0 {
		t.Errorf("%d documents held after Flush", docs)
	}
}

// TestBatchDirectory looks persons up while their documents are held:
// the batch finds them as the store will once they are written.
func TestBatchDirectory(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	if _, err := st.Write(ctx, facts("d0", "0.txt", "Sergey Lavrov")); err != nil {
		t.Fatal(err)
	}
	b := st.NewBatch(nil)
	f := facts("d1", "1.txt", "Vladimir Putin", "Sergey Lavrov")
	f.Entities = append(f.Entities, graph.Entity{ID: "person/putin", Type: graph.Person, Name: "Putin", Mentions: 1})
	if _, err := b.Add(ctx, f); err != nil {
		t.Fatal(err)
	}
	refs := func(rs []graph.EntityRef, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, r := range rs {
			s = append(s, r.ID+"="+r.Name)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct{ name, got, want string }{
		{"stored surname", refs(b.PersonsWithSurname(ctx, "Lavrov")), "person/sergey_lavrov=Sergey Lavrov"},
		{"held surname", refs(b.PersonsWithSurname(ctx, "Putin")), "person/vladimir_putin=Vladimir Putin"},
		{"held surname, not in the store yet", refs(st.PersonsWithSurname(ctx, "Putin")), ""},
		{"held name", refs(b.EntitiesNamed(ctx, graph.Person, "Putin")), "person/putin=Putin"},
		{"stored name", refs(b.EntitiesNamed(ctx, graph.Country, "Russia")), "country/russia=Russia"},
		{"no such name", refs(b.EntitiesNamed(ctx, graph.Person, "Russia")), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := refs(st.PersonsWithSurname(ctx, "Putin")); got != "person/vladimir_putin=Vladimir Putin" {
		t.Errorf("after Flush: got %q", got)
	}
}

// TestBatchReplaceAndRemove gives a batch a changed file and removes a
// path: the documents held are written first, then the change, as
// Store.Write and RemovePath make it.
func TestBatchReplaceAndRemove(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	for _, f := range []*graph.Facts{facts("r1", "a.txt", "Sergey Lavrov"), facts("r2", "big.txt#2", "Vladimir Putin")} {
		if _, err := st.Write(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	b := st.NewBatch(func(f *graph.Facts, res graph.WriteResult) {
		got = append(got, fmt.Sprintf("%s %s", f.Doc.Path, res.Status))
	})
	for _, f := range []*graph.Facts{facts("r3", "b.txt", "Alexander Grushko"), facts("r1", "c.txt", "Sergey Lavrov"), facts("r4", "a.txt", "Antony Blinken")} {
		if _, err := b.Add(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	if want := "b.txt added,c.txt unchanged,a.txt replaced"; strings.Join(got, ",") != want {
		t.Errorf("committed %q, want %q", strings.Join(got, ","), want)
	}
	if _, err := b.Add(ctx, facts("r5", "d.txt", "Antony Blinken")); err != nil {
		t.Fatal(err)
	}
	if n, err := b.RemovePath(ctx, "big.txt#3"); err != nil || n != 0 || len(got) != 3 {
		t.Errorf("removing nothing: %d removed, %v, %d committed", n, err, len(got))
	}
	if n, err := b.RemovePath(ctx, "big.txt#2"); err != nil || n != 1 || len(got) != 4 {
		t.Errorf("removing big.txt#2: %d removed, %v, %d committed (the document held first)", n, err, len(got))
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	slices.Sort(paths)
	if strings.Join(paths, " ") != "a.txt b.txt d.txt" {
		t.Errorf("documents %v, want a.txt b.txt d.txt", paths)
	}
}
