package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/bench"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// examplesStore is a new store of the facts extracted from examples/.
func examplesStore(t *testing.T) *graph.Store {
	t.Helper()
	c, err := bench.LoadCorpus([]string{"../examples"})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) == 0 {
		t.Skip("no documents in examples/")
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	st, _ := openTemp(t)
	for _, d := range c.Docs {
		if _, err := st.Write(context.Background(), x.Extract(d)); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// TestFocusedSubgraphReadsAsScan checks that a focused selection, read
// from the focus outwards, is the one read from the whole store: for
// the most and least mentioned entities of the examples as focus, several hops and filters.
func TestFocusedSubgraphReadsAsScan(t *testing.T) {
	ctx := context.Background()
	st := examplesStore(t)
	ents, err := st.Entities(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The most mentioned entities, hubs, and the least, at the edge.
	var foci []string
	for i, e := range ents {
		if i < 8 || i >= len(ents)-4 {
			foci = append(foci, e.ID)
		}
	}
	checkFocused(t, st, foci, docs)
}

func checkFocused(t *testing.T, st *graph.Store, foci []string, docs []graph.Doc) {
	t.Helper()
	ctx := context.Background()
	sels := []graph.Selection{
		{},
		{Types: []graph.Type{graph.Country, graph.Organization}},
		{Predicates: []graph.Predicate{graph.MetWith, graph.MemberOf, graph.OfficialOf}},
		{MinConfidence: 0.8},
		{MinMentions: 2},
		{MinConfidence: 0.7, MinMentions: 2, Types: []graph.Type{graph.Person, graph.Country}},
	}
	for i, d := range docs {
		sels = append(sels, graph.Selection{Documents: []string{d.ID}})
		if i > 0 {
			sels = append(sels, graph.Selection{Documents: []string{docs[i-1].ID, d.ID}, MinMentions: 2})
		}
	}
	for _, focus := range foci {
		for hops := 0; hops <= 3; hops++ {
			for _, sel := range sels {
				sel.Focus, sel.Hops = []string{focus}, hops
				got, err := st.Subgraph(ctx, sel)
				if err != nil {
					t.Fatal(err)
				}
				want, err := st.ScanSubgraph(ctx, sel)
				if err != nil {
					t.Fatal(err)
				}
				// Empty lists are as good as none.
				for _, sg := range []*graph.Subgraph{got, want} {
					if len(sg.Entities) == 0 {
						sg.Entities = nil
					}
					if len(sg.Edges) == 0 {
						sg.Edges = nil
					}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%+v:\ngot  %+v\nwant %+v", sel, got, want)
				}
			}
		}
	}
}
