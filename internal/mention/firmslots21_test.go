package mention_test

import "testing"

// TestFirmSlots: a name the tagger missed or took for a place, before
// "spokesman" or "shares" or after "shares of" or "a stake in", is a
// company.
func TestFirmSlots(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"A Halvenor spokesman said the plan was under review.", nil,
			[]string{"Organization:Halvenor"}, nil},
		{"On Monday Velmark shares jumped 10 percent.", nil,
			[]string{"Organization:Velmark"}, nil},
		{"Investors bought shares of Brackwater on Tuesday.", nil,
			[]string{"Organization:Brackwater"}, nil},
		{"He sold his stake in Ostmere last year.", []string{"LOC:Ostmere"},
			[]string{"Organization:Ostmere"}, []string{"Place:Ostmere"}},
		{"Traders sold Dunholt shares after the warning.", []string{"PER:Dunholt"},
			[]string{"Organization:Dunholt"}, []string{"Person:Dunholt"}},
		// Negative: a politician's spokesman, a class of shares, a known
		// place, a word the text writes in lower case, and a name that
		// goes on past an apostrophe.
		{"A Kerrigan spokesman declined to comment.", []string{"PER:Kerrigan"},
			[]string{"Person:Kerrigan"}, []string{"Organization:Kerrigan"}},
		{"It will redeem the Class B shares in June.", nil,
			nil, []string{"Organization:B", "Organization:Class B"}},
		{"Shares in London fell, and Leeds shareholders sold.", nil,
			[]string{"Place:London", "Place:Leeds"}, []string{"Organization:London", "Organization:Leeds"}},
		{"Fellow shareholders backed the plan, a fellow investor said.", nil,
			nil, []string{"Organization:Fellow"}},
		{"He holds a stake in Tarn 'N Tile Stores.", nil,
			nil, []string{"Organization:Tarn"}},
	})
}

// TestSubsidiaryNames: a name the tagger missed after a business noun
// of appositionNouns ("its subsidiary Ecoline") is the company, as a
// tagged one is.
func TestSubsidiaryNames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The group's subsidiary Marvellan will build the plant.", nil,
			[]string{"Organization:Marvellan"}, nil},
		{"Orders went to the drugmaker Solvaine last year.", nil,
			[]string{"Organization:Solvaine"}, nil},
		// Negative: a noun that introduces people.
		{"Its founder Velmont said the plant would open.", nil,
			nil, []string{"Organization:Velmont"}},
	})
}
