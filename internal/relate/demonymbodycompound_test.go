package relate_test

import "testing"

// A hyphenated compound of a country's demonym (or name) and a body the
// text names, before an agreement noun, names both parties of the
// agreement; a compound with a place or a part that names nothing does
// not.
func TestDemonymBodyCompoundParties(t *testing.T) {
	checkFacts(t, []factCase{
		{"Talks between Norway and NATO resumed on Monday. Critics attacked the 1998 Norwegian-NATO defence accord in parliament.",
			[]string{"Norway party_to defence accord", "NATO party_to defence accord"}, nil},
		{"Ministers from the EU and Chile met in Brussels. They praised the Chilean-EU trade pact signed last year.",
			[]string{"Chile party_to Chilean-EU trade pact", "European Union party_to Chilean-EU trade pact"}, nil},
		// A city beside a body is no pair of parties.
		{"NATO officials visited Oslo. They discussed the Oslo-NATO liaison deal.",
			nil, []string{"Oslo party_to", "NATO party_to"}},
		// A demonym beside a word that names no body of the text.
		{"Acme Corp signed the Norwegian-Atlantic shipping deal on Friday.",
			nil, []string{"Norway party_to"}},
	})
}
