package relate_test

import "testing"

// "Town, east London": a town the tagger took for a body becomes a place
// and lies in the city whose part the compass point names; a known
// company keeps its type and lies nowhere.
func TestCompassRegionLocated(t *testing.T) {
	checkFacts(t, []factCase{
		{"Residents of Upton Park, east London, protested on Friday.", []string{"Upton Park located_in London"}, nil},
		{"The march began in Harlesden, north west London, at noon.", []string{"Harlesden located_in London"}, nil},
		{"Workers at Barclays, east London, protested on Friday.", nil, []string{"located_in"}},
	})
}
