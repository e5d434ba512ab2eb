package mention_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// A common word before a title qualifies the title; a name before it is
// the body the title belongs to.
func TestCommonWordBeforeTitle(t *testing.T) {
	lower := map[string]bool{"bankruptcy": true, "administrative": true, "zephyr": true}
	checkFormsCases(t, lower, []taggedCase{
		{"Bankruptcy Judge Ann Lowe approved the sale on Friday.", nil,
			[]string{"Person:Ann Lowe"}, []string{"Organization:Bankruptcy"}},
		{"The board named Administrative Director Tom Birch to the post.", nil,
			[]string{"Person:Tom Birch"}, []string{"Organization:Administrative"}},
		{"Nordwagen chief executive Helga Stark resigned.", nil,
			[]string{"Organization:Nordwagen", "Person:Helga Stark"}, nil},
		// The text writes the word with its capital elsewhere: a name.
		{"Zephyr chief executive Ann Lee spoke. Shares in Zephyr rose.", nil,
			[]string{"Organization:Zephyr"}, nil},
	})
}

// A capitalised field between a country's possessive and "Minister" is
// the minister's portfolio, whatever the length of the country's name.
func TestPortfolioAfterCountryPossessive(t *testing.T) {
	for _, tc := range []struct{ text, title string }{
		{"On Monday South Africa's Environmental Affairs Minister Jan Botha was hurt.", "Environmental Affairs Minister"},
		{"Later, New Zealand's Conservation Minister Jane Hill flew out.", "Conservation Minister"},
		{"Britain's Environmental Affairs Minister Tom Hill agreed.", "Environmental Affairs Minister"},
	} {
		doc, err := text.FromBytes("test", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		a := text.Analyze(doc)
		var got []string
		for _, ti := range (&mention.Finder{}).Find(a).Titles {
			got = append(got, a.Text(ti.T0, ti.T1))
		}
		if len(got) != 1 || got[0] != tc.title {
			t.Errorf("%q: titles %q, want %q", tc.text, got, tc.title)
		}
	}
}
