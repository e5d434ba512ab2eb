package extract_test

import "testing"

// The Netherlands Antilles and Montserrat are territories, places, not
// the Netherlands or a town.
func TestTerritories(t *testing.T) {
	checkFacts(t, []factCase{
		{"Kestrel Fund N.V., a Netherlands Antilles mutual fund, bought the shares.",
			[]string{"Place:Netherlands Antilles"}, []string{"Country:Netherlands"}},
		{"Plymouth, the capital of Montserrat, was evacuated after the eruption.",
			[]string{"Place:Montserrat", "place/plymouth located_in place/montserrat"}, nil},
	})
}
