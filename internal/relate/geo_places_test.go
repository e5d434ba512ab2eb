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

// A site or district the lexicon does not know lies in the city named
// after "in"; a known city before another city stands for its people or
// government and lies in nothing.
func TestSiteInCity(t *testing.T) {
	checkFacts(t, []factCase{
		{"Hundreds marched past Holloway Prison in London on Monday.", []string{"Holloway Prison located_in London"}, nil},
		{"Envoys from Paris in Brussels rejected the plan.", nil, []string{"located_in"}},
	})
}

// A known city's or region's possessive before a site the lexicon does not
// know places the site in it; a country's possessive does not (its firms
// and resources come that way too).
func TestPossessiveSite(t *testing.T) {
	checkFacts(t, []factCase{
		{"Crowds gathered in Manchester's Piccadilly Gardens on Sunday.", []string{"Piccadilly Gardens located_in Manchester"}, nil},
		{"The bank opened an office in Sydney's Darling Harbour.", []string{"Darling Harbour located_in Sydney"}, nil},
		{"Police said Chicago's Evening Post was sold.", nil, []string{"located_in"}},
		{"Britain's Guantanamo Bay detainees were freed.", nil, []string{"located_in"}},
	})
}

// "Site, City" places a site or district the lexicon does not know in the
// city when the pair ends the phrase; two known cities are a list, and a
// city name before a verb is the subject of the next clause.
func TestSiteCommaCity(t *testing.T) {
	checkFacts(t, []factCase{
		{"The driver, from Moss Side, Manchester, was unhurt.", []string{"Moss Side located_in Manchester"}, nil},
		{"Prices rose in Leeds, Manchester and Bristol.", nil, []string{"located_in"}},
		{"Across the Pennines, Halifax said prices rose.", nil, []string{"located_in"}},
		{"said Ana Costa, a lecturer at Universidade Nova, Porto.", nil, []string{"located_in"}},
	})
}
