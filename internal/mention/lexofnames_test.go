package mention_test

import "testing"

// A known body's name followed by "of" and another country or place is
// another body, whose name holds the place.
func TestLexOrgOfOtherPlace(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// The tagger's "Bank of Korea" is the lexicon's central bank; the
		// lexicon's "Export-Import Bank" is the American one.
		{"The Export-Import Bank of Korea agreed to finance the port.", []string{"ORG:Bank of Korea"},
			[]string{"Organization:Export-Import Bank of Korea"},
			[]string{"Organization:Export-Import Bank", "Organization:of", "Country:South Korea", "Organization:Bank of Korea"}},
		{"Deputies of the Supreme Soviet of Lithuania walked out.", nil,
			[]string{"Organization:Supreme Soviet of Lithuania"}, []string{"Country:Lithuania"}},
		{"A vote in the Supreme Soviet of the Ukraine was put off.", nil,
			[]string{"Organization:Supreme Soviet of the Ukraine"}, nil},
		// The body's own country adds nothing to its name.
		{"The State Duma of Russia passed the budget.", nil,
			[]string{"Organization:State Duma", "Country:Russia"}, []string{"Organization:State Duma of Russia"}},
		// A possessive place owns what follows.
		{"The Supreme Soviet of Latvia's neighbour voted.", nil,
			[]string{"Organization:Supreme Soviet"}, []string{"Organization:Supreme Soviet of Latvia"}},
		// A company named in one word is where it works.
		{"Sberbank of Kazakhstan raised its rates.", nil,
			nil, []string{"Organization:Sberbank of Kazakhstan"}},
	})
}

// State bodies of the Soviet Union and other states that wire news names.
func TestStateBodiesKnown(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Gosplan drafted the new five-year plan and the Supreme Soviet approved it.", []string{"PER:Gosplan"},
			[]string{"Organization:Gosplan", "Organization:Supreme Soviet"}, []string{"Person:Gosplan"}},
		{"Gossnab will hand its depots to the regions.", []string{"PER:Gossnab"},
			[]string{"Organization:Gossnab"}, []string{"Person:Gossnab"}},
		{"The Bank of Italy and the Riksbank left rates unchanged.", nil,
			[]string{"Organization:Bank of Italy", "Organization:Riksbank"}, nil},
	})
}
