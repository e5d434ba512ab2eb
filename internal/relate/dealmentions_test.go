package relate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/relate"
)

// agreementsOf returns "name[forms]" of the agreements with mentions after
// the document's patterns ran.
func agreementsOf(t *testing.T, s string) []string {
	t.Helper()
	a, found, r := analyse(t, s)
	relate.Find(a, found, r)
	var out []string
	for _, e := range r.Entities {
		if e.Type == graph.Agreement && len(e.Mentions) > 0 {
			out = append(out, e.Name+"["+strings.Join(e.Forms, ",")+"]")
		}
	}
	return out
}

// TestRepeatedDeal: a text that refers to one transaction twice as "the
// deal" or "the agreement" has that agreement, named by the noun; one
// reference, or "the agreement of" (consent), makes none.
func TestRepeatedDeal(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Shares in Tolvane rose on Monday. Analysts said the deal made sense. The deal still needs the approval of regulators.",
			[]string{"deal[deal]"}},
		{"Unions welcomed the settlement on Friday. Under the agreement, the settlement is paid in May.",
			[]string{"settlement[settlement,agreement]"}},
		// Negative: one reference only.
		{"Shares in Tolvane rose on Monday. Analysts said the deal made sense.", nil},
		// Negative: consent, not an agreement.
		{"He acted with the agreement of the board. Later the agreement of the bank was sought.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := agreementsOf(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
