package relate_test

import "testing"

// The postal abbreviations of US states after a town name the state it
// lies in; a lone abbreviation with no town before it places nothing.
func TestStateAbbreviations(t *testing.T) {
	checkFacts(t, []factCase{
		{"The retailer, based in Tempe, Ariz., opened two stores.", []string{"Tempe located_in Arizona"}, nil},
		{"It will build the plant near Fort Collins, Colo., next year.", []string{"Fort Collins located_in Colorado"}, nil},
		{"The bank moved its offices from Albany, N.Y., to Boston.", []string{"Albany located_in New York State"}, nil},
		{"Ind. candidates won two seats in the council.", nil, []string{"located_in"}},
	})
}
