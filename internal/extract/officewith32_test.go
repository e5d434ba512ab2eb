package extract_test

import "testing"

// An office "with" a body is held at it, as "at".
func TestOfficeWithBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Edward Marlow, an official with the Harbor County Democratic Party, argued otherwise.",
			[]string{"person/edward_marlow official_of organization/harbor_county_democratic_party"}, nil},
		{"Ron Fenster, an analyst with Halden Securities Inc, said the stock was cheap.",
			[]string{"person/ron_fenster official_of organization/halden_securities_inc"}, nil},
	})
}
