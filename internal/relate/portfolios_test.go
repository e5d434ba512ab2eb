package relate_test

import "testing"

// A party or organisation, a portfolio of one or two lower-case words,
// then a title and a name: the holder is an official of the body.
func TestPortfolioTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Labour Party met in Leeds. Labour housing spokeswoman Ann Fell said rents must fall.",
			[]string{"Ann Fell official_of Labour Party"}, nil},
		{"The Green Party met. The Green Party's local transport spokesman Owen Marsh said buses were late.",
			[]string{"Owen Marsh official_of Green Party"}, nil},
		// A head of a field of the body does not lead the body.
		{"The Labour Party met in Leeds. Labour campaign chief Ann Fell denied the claim.",
			[]string{"Ann Fell official_of Labour Party"}, []string{"Ann Fell leader_of"}},
		// A demonym is a nationality, a company named in the title is
		// not the state's, and a verb is no portfolio.
		{"British oil company chairman Owen Marsh resigned on Monday.",
			nil, []string{"Owen Marsh official_of United Kingdom", "Owen Marsh leader_of United Kingdom"}},
		{"The Senate overrode President Carl Dunmore's veto.",
			nil, []string{"Carl Dunmore leader_of Senate"}},
	})
}

// "European Commissioner" is an office of the European Union.
func TestEuropeanCommissioner(t *testing.T) {
	checkFacts(t, []factCase{
		{"The plan was attacked by European Commissioner Ann Fell on Monday.",
			[]string{"Ann Fell official_of European Union"}, nil},
		{"The plan was attacked by Police Commissioner Ann Fell on Monday.",
			nil, []string{"Ann Fell official_of European Union"}},
	})
}
