package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/storetest"
)

// TestPostgresConcurrentWriters writes, from two stores open on one
// database at once, documents naming the same entities in opposite
// orders. The transactions wait for each other (Cayley writes nodes in
// the order of their hashes, so that they queue rather than deadlock; a
// transaction the database aborts for another is run again). Both end
// written, with one node per entity.
func TestPostgresConcurrentWriters(t *testing.T) {
	addr := storetest.Postgres(t)
	ctx := context.Background()
	var names []string
	for i := 0; i < 60; i++ {
		names = append(names, fmt.Sprintf("Person Number%03d", i))
	}
	docs := func(w int) []*graph.Facts {
		var out []*graph.Facts
		for d := 0; d < 3; d++ {
			ns := slices.Clone(names)
			if w == 1 {
				slices.Reverse(ns)
			}
			out = append(out, facts(fmt.Sprintf("w%dd%d", w, d), fmt.Sprintf("w%d/%d.txt", w, d), ns...))
		}
		return out
	}
	stores := make([]*graph.Store, 2)
	for i := range stores {
		st, err := graph.Open(ctx, addr, graph.OpenOptions{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores[i] = st
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w, st := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := st.NewBatch(nil)
			for _, f := range docs(w) {
				if _, err := b.Add(ctx, f); err != nil {
					errs[w] = err
					return
				}
			}
			errs[w] = b.Flush(ctx)
		}()
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", w, err)
		}
	}
	stats, err := stores[0].Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 6 || stats.Entities[graph.Person] != len(names) || stats.Entities[graph.Country] != 1 {
		t.Errorf("%d documents, %d persons, %d countries; want 6, %d, 1", stats.Documents, stats.Entities[graph.Person], stats.Entities[graph.Country], len(names))
	}
	res, err := stores[0].Check(ctx)
	if err != nil || !res.OK() {
		t.Errorf("check: %v %q", err, res.Problems)
	}
}
