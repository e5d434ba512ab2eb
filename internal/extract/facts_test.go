package extract_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// factCase is a text with the facts its extraction must give and must not
// give: entities as "Type:Name" and each alias as "Type:Name aka Alias",
// relations as "subject predicate object" and attributes as "subject
// predicate = value" (entity IDs).
type factCase struct {
	text      string
	want, not []string
}

// checkFacts extracts each case's text with the default extractor and
// reports every wanted fact missing and every unwanted one present.
func checkFacts(t *testing.T, cases []factCase) {
	t.Helper()
	eachExtracted(t, cases, func(tc factCase, g *graph.Facts) {
		var got []string
		for _, e := range g.Entities {
			got = append(got, string(e.Type)+":"+e.Name)
			for _, al := range e.Aliases {
				got = append(got, string(e.Type)+":"+e.Name+" aka "+al)
			}
		}
		for _, r := range g.Relations {
			got = append(got, r.Subject+" "+string(r.Predicate)+" "+r.Object)
		}
		for _, a := range g.Attributes {
			got = append(got, a.Subject+" "+string(a.Predicate)+" = "+a.Value)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: unwanted %q; got %q", tc.text, n, got)
			}
		}
	})
}

// eachExtracted extracts each case's text with the default extractor and
// calls check with the case and its facts.
func eachExtracted(t *testing.T, cases []factCase, check func(factCase, *graph.Facts)) {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		doc, err := text.FromBytes("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		check(tc, x.Extract(doc))
	}
}
