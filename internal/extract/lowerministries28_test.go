package extract_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// The people of a ministry written in lower case are its officials, as
// for the capitalised name ("a Finance Ministry spokesman, X").
func TestLowerCaseMinistryOfficials(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Anna Holm, a trade ministry official, said exports would rise.",
			[]string{"person/anna_holm official_of organization/trade_ministry"}, nil},
		{"An energy ministry spokesman, Piet Dekker, said output would rise.",
			[]string{"person/piet_dekker official_of organization/energy_ministry"}, nil},
		// A minister is no official of a ministry named nowhere.
		{"Finance minister Carl Wendt said the ministry would cut rates.",
			nil, []string{"person/carl_wendt official_of organization/ministry"}},
	} {
		doc, err := text.FromBytes("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range x.Extract(doc).Relations {
			got = append(got, r.Subject+" "+string(r.Predicate)+" "+r.Object)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: unwanted %q", tc.text, n)
			}
		}
	}
}
