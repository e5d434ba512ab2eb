package resolve_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// referents returns "noun>Entity" for each reference mention of s ("the
// company"), "noun>" when it has no antecedent.
func referents(t *testing.T, s string) []string {
	t.Helper()
	a, r := resolveText(t, s)
	var out []string
	for i, m := range r.Mentions {
		if m.Kind != mention.Reference {
			continue
		}
		name := ""
		if ei := r.Of[i]; ei >= 0 {
			name = r.Entities[ei].Name
		}
		out = append(out, strings.ToLower(a.Words[m.T1-1])+">"+name)
	}
	return out
}

func TestBusinessReferences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A company with a legal suffix, the only one named before.
		{"Harwick Tools Corp reported a loss on Tuesday. The company said its chairman would retire.",
			[]string{"company>Harwick Tools Corp"}},
		{"On Monday Pellmont Inc shares fell. The firm's chief executive blamed the weather.",
			[]string{"firm>Pellmont Inc"}},
		// The text calls it a bank.
		{"Savings bank Orrin Mutual lost money. The bank said it would shut ten branches.",
			[]string{"bank>Orrin Mutual"}},
		// Two companies: the subject of the sentence before.
		{"Harwick Tools Corp agreed to buy Dunmore Brass Inc for cash. The company said the deal would close in May.",
			[]string{"company>Harwick Tools Corp"}},
		// Two companies, neither the subject: no antecedent.
		{"Analysts said Harwick Tools Corp might buy Dunmore Brass Inc. The company declined to comment.",
			[]string{"company>"}},
		// A name of unknown kind might be the company meant.
		{"Lenders to Quarrow sued Harwick Tools Corp on Monday. They said the company owed them money.",
			[]string{"company>"}},
		// A body that is no company is no antecedent.
		{"The Trade Commission fined Quarrow Mills. The company will appeal.",
			[]string{"company>"}},
		// "the airline" wants an airline.
		{"Harwick Tools Corp signed a deal with the ministry. The airline said nothing.",
			[]string{"airline>"}},
	}
	for _, tc := range tests {
		got := referents(t, tc.text)
		for _, w := range tc.want {
			if strings.HasSuffix(w, ">") {
				// Unresolved: the reference joins nothing, or is left
				// out altogether.
				for _, g := range got {
					if strings.HasPrefix(g, w) && g != w {
						t.Errorf("%q: got %q, want no antecedent", tc.text, got)
					}
				}
			} else if strings.Join(got, "|") != w {
				t.Errorf("%q: got %q, want %q", tc.text, got, w)
			}
		}
	}
	// The reference names no company: no alias of the node.
	if got := entities(t, "Harwick Tools Corp reported a loss. The company said so."); strings.Contains(strings.Join(got, "|"), "company]") {
		t.Errorf("the company became an alias: %q", got)
	}
}
