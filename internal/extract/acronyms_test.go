package extract_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// An acronym the lexicon knows joins the body the text spells out with its
// letters: one node for another spelling or an older name of the
// lexicon's body, the text's own body when the lexicon's has other words.
func TestAcronymSpelledOutInText(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		one  []string // names of one node
		not  string   // no node of this name
	}{
		{"Shanghai Automotive Industry Corp plans to build cars in Wales. SAIC said talks went well.",
			[]string{"Shanghai Automotive Industry Corp", "SAIC"}, ""},
		{"The Food & Agriculture Organisation warned of a poor harvest. The FAO said rains had failed.",
			[]string{"Food & Agriculture Organisation", "FAO"}, ""},
		{"Tourism rose by 5%, the World Tourism Organisation said. The WTO expects more visitors next year.",
			[]string{"World Tourism Organisation", "WTO"}, "World Trade Organization"},
	} {
		doc, err := text.FromBytes("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		var names [][]string
		for _, e := range x.Extract(doc).Entities {
			all := append([]string{e.Name}, e.Aliases...)
			names = append(names, all)
			ok := true
			for _, n := range tc.one {
				ok = ok && slices.Contains(all, n)
			}
			found = found || ok
			if e.Name == tc.not {
				t.Errorf("%q: unwanted %q", tc.text, tc.not)
			}
		}
		if !found {
			t.Errorf("%q: no node named %q; entities %q", tc.text, tc.one, names)
		}
	}
}
