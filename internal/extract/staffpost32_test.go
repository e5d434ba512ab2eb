package extract_test

import "testing"

// An analyst, economist or strategist at a named firm works for it; a
// country before the title is a nationality or a market, not an employer.
func TestStaffPostIsOfficial(t *testing.T) {
	checkFacts(t, []factCase{
		{`"Demand is soft," said Lena Marsh, an analyst at Halden Securities.`,
			[]string{"person/lena_marsh official_of organization/halden_securities", "person/lena_marsh title = analyst"}, nil},
		{`"Rates will rise," said Torvik Bank economist Paul Ferrand.`,
			[]string{"person/paul_ferrand official_of organization/torvik_bank"}, nil},
		{`Japanese economist Kenji Sato said the yen was too strong.`,
			[]string{"person/kenji_sato title = economist"}, []string{"person/kenji_sato official_of country/japan"}},
	})
}
