package mention_test

import "testing"

// TestPlansNoAgreement: a lower-case plural "plans" (or "acts") after
// capitalised words is a verb after its subject or what a party intends,
// no named agreement; a city's plans and one party's singular plan are.
func TestPlansNoAgreement(t *testing.T) {
	checkFoundCases(t, []foundCase{
		{"Voters were wary of the Tory plans for council tax.", nil, []string{"Agreement:Tory plans"}},
		{"Staff learned the Coast Guard plans to close the station.", nil, []string{"Agreement:Coast Guard plans"}},
		{"Harwood plans fresh job cuts", nil, []string{"Agreement:Harwood plans"}},
		{"The Tories plan to oppose the measure in May.", nil, []string{"Agreement:Tories plan"}},
		{"Traders said the Trade Commission acts to curb fraud.", nil, []string{"Agreement:Trade Commission acts"}},
		// Positive: a city's plans, one party's plan.
		{"Ministers studied the Lisbon plans to cut red tape.", []string{"Agreement:Lisbon plans"}, nil},
		{"The Lib Dem plan to scrap the levy was costed.", []string{"Agreement:Lib Dem plan"}, nil},
	})
}

// TestRunProgrammes: a programme one body runs (a broadcast, a scheme, a
// campaign) is no agreement: its head in lower case, or an owner's
// possessive or an indefinite article before its name; a programme named
// alone, and one a lender backs, stay agreements.
func TestRunProgrammes(t *testing.T) {
	checkFoundCases(t, []foundCase{
		{"Pupils joined the council's Reading Recovery Programme last year.", nil, []string{"Agreement:Reading Recovery Programme"}},
		{"He began on a Youth Training Programme at sixteen.", nil, []string{"Agreement:Youth Training Programme"}},
		{"She spoke on the Morning Forum programme on Sunday.", nil, []string{"Agreement:Morning Forum programme"}},
		{"Farmers signed up to the Grain Reserve program in March.", nil, []string{"Agreement:Grain Reserve program"}},
		{"Ministers backed the town's Clean Streets Initiative (CSI) on Monday.", nil, []string{"Agreement:Clean Streets Initiative", "Organization:CSI"}},
		// Positive: named alone, or backed by a lender.
		{"Ministers backed the Private Finance Initiative for new schools.", []string{"Agreement:Private Finance Initiative"}, nil},
		{"The loan is part of an IMF-backed programme to cut the deficit.", []string{"Agreement:IMF-backed programme"}, nil},
	})
}

// TestWholeAgreementNames: an agreement's name is not cut where a second
// head follows ("Charter Treaty"), where "and" joins two of its words, or
// where the lexicon names a body that ends in an agreement noun.
func TestWholeAgreementNames(t *testing.T) {
	checkFoundCases(t, []foundCase{
		{"Both states ratified the Arctic Charter Treaty last year.", []string{"Agreement:Arctic Charter Treaty"}, []string{"Agreement:Arctic Charter"}},
		{"Troops from the North Atlantic Treaty Organisation arrived.", []string{"Organization:North Atlantic Treaty Organisation"}, []string{"Agreement:North Atlantic Treaty"}},
		{"The two states signed a Partnership and Cooperation Agreement in May.", []string{"Agreement:Partnership and Cooperation Agreement"}, []string{"Agreement:Cooperation Agreement"}},
		{"Troops of the Warsaw Pact left the country.", []string{"Organization:Warsaw Pact"}, []string{"Agreement:Warsaw Pact"}},
		// Negative: a name of the lexicon before "and" is no word of it.
		{"He spoke of Britain and Kyoto Protocol members.", []string{"Agreement:Kyoto Protocol"}, []string{"Agreement:Britain and Kyoto Protocol"}},
	})
}

// TestYearLeftOfTaggedName: a tagged name of which an agreement took all
// but a year leaves no name; a tagged name with more words left keeps it.
func TestYearLeftOfTaggedName(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Firms must register under the 1986 Banking Act now.", []string{"ORG:1986 Banking"},
			[]string{"Agreement:Banking Act"}, []string{"Organization:1986"}},
		{"Staff of Veltro Holdings signed the Arctic Charter Treaty.", []string{"ORG:Veltro Holdings"},
			[]string{"Organization:Veltro Holdings"}, nil},
	})
}

// foundCase is a text with the mentions wanted from it and those not.
type foundCase struct {
	text      string
	want, not []string
}

// checkFoundCases runs find (no tagger) on each text and checks its
// mentions.
func checkFoundCases(t *testing.T, tests []foundCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkFound(t, tc.text, find(t, tc.text), tc.want, tc.not)
		})
	}
}
