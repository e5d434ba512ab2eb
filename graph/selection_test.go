package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// twoDocs writes two documents: a.txt on 1 May names Lavrov and Grushko,
// b.txt on 3 May names Lavrov; both name Russia.
func twoDocs(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, _ := openTemp(t)
	a := facts("h1", "docs/a.txt", "Sergey Lavrov", "Alexander Grushko")
	a.Doc.IngestedAt = time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	b := facts("h2", "docs/b.txt", "Sergey Lavrov")
	b.Doc.IngestedAt = time.Date(2024, 5, 3, 9, 0, 0, 0, time.UTC)
	b.Relations[0].Evidence.Confidence = 0.95
	for _, f := range []*graph.Facts{a, b} {
		if _, err := st.Write(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestEntitiesFirstLastSeen(t *testing.T) {
	st := twoDocs(t)
	ents, err := st.Entities(context.Background(), graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	may := func(d int) time.Time { return time.Date(2024, 5, d, 9, 0, 0, 0, time.UTC) }
	want := map[string][2]time.Time{
		"person/sergey_lavrov":     {may(1), may(3)},
		"person/alexander_grushko": {may(1), may(1)},
		"country/russia":           {may(1), may(3)},
	}
	for _, e := range ents {
		if w := want[e.ID]; !e.FirstSeen.Equal(w[0]) || !e.LastSeen.Equal(w[1]) {
			t.Errorf("%s: seen %s to %s, want %s to %s", e.ID, e.FirstSeen, e.LastSeen, w[0], w[1])
		}
	}
}

func TestSubgraphSelection(t *testing.T) {
	st := twoDocs(t)
	docA, docB := graph.DocID("h1"), graph.DocID("h2")
	tests := []struct {
		name string
		sel  graph.Selection
		// entities as "ID mentions documents", edges as "s p o statements confidence docs"
		entities, edges []string
	}{
		{
			name:     "all",
			entities: []string{"country/russia 4 2", "person/sergey_lavrov 2 2", "person/alexander_grushko 1 1"},
			edges: []string{
				"person/alexander_grushko official_of country/russia 1 0.8 " + docA,
				"person/sergey_lavrov official_of country/russia 2 0.95 " + docA + "," + docB,
			},
		},
		{
			name:     "min mentions",
			sel:      graph.Selection{MinMentions: 2},
			entities: []string{"country/russia 4 2", "person/sergey_lavrov 2 2"},
			edges:    []string{"person/sergey_lavrov official_of country/russia 2 0.95 " + docA + "," + docB},
		},
		{
			name:     "one document",
			sel:      graph.Selection{Documents: []string{docB}},
			entities: []string{"country/russia 2 1", "person/sergey_lavrov 1 1"},
			edges:    []string{"person/sergey_lavrov official_of country/russia 1 0.95 " + docB},
		},
		{
			name:     "one document, min mentions counted in it",
			sel:      graph.Selection{Documents: []string{docA}, MinMentions: 2},
			entities: []string{"country/russia 2 1"},
		},
		{
			name:     "document and confidence",
			sel:      graph.Selection{Documents: []string{docA}, MinConfidence: 0.9},
			entities: []string{"country/russia 2 1", "person/alexander_grushko 1 1", "person/sergey_lavrov 1 1"},
		},
		{
			name:     "focus and min mentions",
			sel:      graph.Selection{Focus: []string{"person/alexander_grushko"}, Hops: 2, MinMentions: 2},
			entities: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg, err := st.Subgraph(context.Background(), tt.sel)
			if err != nil {
				t.Fatal(err)
			}
			var ents, edges []string
			for _, e := range sg.Entities {
				ents = append(ents, e.ID+" "+strconv.Itoa(e.Mentions)+" "+strconv.Itoa(e.Documents))
			}
			for _, e := range sg.Edges {
				edges = append(edges, strings.Join([]string{e.Subject, string(e.Predicate), e.Object, strconv.Itoa(e.Statements),
					trimZero(graph.FormatConfidence(e.Confidence)), strings.Join(e.Documents, ",")}, " "))
			}
			if got, want := strings.Join(ents, "\n"), strings.Join(tt.entities, "\n"); got != want {
				t.Errorf("got entities\n%s\nwant\n%s", got, want)
			}
			if got, want := strings.Join(edges, "\n"), strings.Join(tt.edges, "\n"); got != want {
				t.Errorf("got edges\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// trimZero drops the trailing zeros of a decimal: 0.80 -> 0.8.
func trimZero(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func TestDocumentsAndFindDocuments(t *testing.T) {
	st := twoDocs(t)
	ctx := context.Background()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Path != "docs/a.txt" || docs[1].Path != "docs/b.txt" || docs[0].Hash != "h1" ||
		docs[0].Title != "t" || !docs[1].IngestedAt.Equal(time.Date(2024, 5, 3, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("got documents %+v", docs)
	}
	wd, _ := os.Getwd()
	tests := []struct {
		name string
		want []string
	}{
		{"docs/a.txt", []string{"docs/a.txt"}},
		{"./docs/../docs/b.txt", []string{"docs/b.txt"}},
		{filepath.Join(wd, "docs/a.txt"), []string{"docs/a.txt"}},
		{graph.DocID("h2"), []string{"docs/b.txt"}},
		{"b.txt", []string{"docs/b.txt"}},
		{"c.txt", nil},
	}
	for _, tt := range tests {
		got, err := st.FindDocuments(ctx, tt.name)
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, d := range got {
			paths = append(paths, d.Path)
		}
		if strings.Join(paths, " ") != strings.Join(tt.want, " ") {
			t.Errorf("FindDocuments(%q) = %v, want %v", tt.name, paths, tt.want)
		}
	}
}
