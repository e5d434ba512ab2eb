package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// readAll reads a store two ways, both through the records the cache
// keeps: every quad, and the names of Russia's officials by a traversal.
func readAll(t *testing.T, st *graph.Store) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	if err := st.EachQuad(ctx, func(q quad.Quad) error {
		out = append(out, q.String())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	res, err := st.Query(ctx, "gizmo", `g.V("<country/russia>").In("<official_of>").Out("<name>").All()`, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	for res.Next(ctx) {
		out = append(out, fmt.Sprint("official: ", res.Result()))
	}
	if err := res.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestLogCacheAfterWrites reads a store between writes that replace
// documents (their quads deleted, nodes removed), then checks that it
// reads as the same store opened afresh, whose cache is empty.
func TestLogCacheAfterWrites(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "store.db")
	st, err := graph.Open(ctx, dir, graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	people := []string{"Sergey Lavrov", "Alexander Grushko", "Maria Zakharova", "Dmitry Peskov"}
	for i := range 4 {
		if _, err := st.Write(ctx, facts(fmt.Sprint("v0-", i), fmt.Sprintf("%d.txt", i), people[i])); err != nil {
			t.Fatal(err)
		}
	}
	before := readAll(t, st) // the cache now holds every record

	// Each file changes: its person goes, the next one's comes. The store
	// is read after every write, so that the cache holds what the next
	// write deletes. (Not while it writes: bbolt cannot grow its file
	// while a goroutine holds one read transaction and opens another, as
	// Cayley's queries do.)
	for round := 1; round <= 3; round++ {
		for i := range 4 {
			p := people[(i+round)%len(people)]
			if _, err := st.Write(ctx, facts(fmt.Sprintf("v%d-%d", round, i), fmt.Sprintf("%d.txt", i), p, "Person "+fmt.Sprint(round))); err != nil {
				t.Fatal(err)
			}
			readAll(t, st)
		}
	}

	got := readAll(t, st)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = graph.Open(ctx, dir, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	want := readAll(t, st)
	if !slices.Equal(got, want) {
		t.Errorf("read through the cache after the writes: %d lines, opened afresh: %d", len(got), len(want))
		for _, l := range got {
			if !slices.Contains(want, l) {
				t.Errorf("only through the cache: %s", l)
			}
		}
	}
	if slices.Equal(before, want) {
		t.Error("the writes changed nothing: the test tests nothing")
	}
	if !slices.Contains(want, "official: map[id:Person 3]") {
		t.Errorf("the last round's official is missing: %q", want)
	}
}
