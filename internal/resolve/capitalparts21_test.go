package resolve_test

import "testing"

// A capital's possessive before what only a city has (its airport, its
// streets, its mayor) is the city, not its country's government.
func TestCapitalPossessiveCityParts(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"Iran said the deal was fair. Strikes shut Tehran's new airport on Monday.",
			[]string{"Place:Tehran[]"}, nil},
		{"Jobs are scarce in Kenya. Nairobi's crowded streets are full of traders.",
			[]string{"Place:Nairobi[]"}, nil},
		{"Flights were cancelled at Lisbon's Portela Airport after the storm.",
			[]string{"Place:Lisbon[]"}, []string{"Country:Portugal[Lisbon]"}},
		// Negative: a possessive before anything else is the government.
		{"Portugal signed the pact. Lisbon's allies welcomed the move.",
			[]string{"Country:Portugal[Lisbon]"}, []string{"Place:Lisbon[]"}},
	})
}
