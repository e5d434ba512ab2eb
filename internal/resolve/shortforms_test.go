package resolve_test

import (
	"strings"
	"testing"
)

// checkEntities checks the resolved entities of each text.
func checkEntities(t *testing.T, tests []struct {
	text      string
	want, not []string
}) {
	t.Helper()
	for _, tc := range tests {
		got := entities(t, tc.text)
		joined := "|" + strings.Join(got, "|") + "|"
		for _, w := range tc.want {
			if !strings.Contains(joined, "|"+w+"|") {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(joined, n) {
				t.Errorf("%q: unwanted %q; got %q", tc.text, n, got)
			}
		}
	}
}

func TestAmpersandAcronyms(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// An acronym with an ampersand is spelled by the name's initials.
		{"Shares in Harwood & Pell Holdings rose. H&PH said sales grew.",
			[]string{"Organization:Harwood & Pell Holdings[H&PH]"}, nil},
		// Not by a name it does not spell.
		{"Shares in Harwood & Pell Holdings rose. Q&A sessions followed.",
			nil, []string{"[Q&A]"}},
	})
}

func TestOrgShortForms(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// A company named without its generic first word.
		{"Banque Tavel cut rates. Shares in the bank Tavel rose.",
			[]string{"Organization:Banque Tavel[Tavel]"}, []string{"Organization:Tavel["}},
		// A common word of names is no short form.
		{"Shares in Banque Tavel rose. The firm Bank said so.",
			nil, []string{"[Bank]"}},
	})
}
