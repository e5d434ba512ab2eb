package relate_test

import "testing"

// A larger place before a settlement's noun holds the settlement, whether
// "of" follows the noun or the name does; an area's noun reads the other
// way round and places nothing.
func TestPlaceBeforeSettlementNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{"A bomb went off in the Kashmir town of Sopore on Friday.", []string{"Sopore located_in Kashmir"}, nil},
		{"Talks were held in the Texas city of Houston.", []string{"Houston located_in Texas"}, nil},
		{"Thousands rallied in the Sindh provincial capital Karachi.", []string{"Karachi located_in Sindh"}, nil},
		// A capital after "town of" is the town, whatever verb follows.
		{"A shopkeeper in the West Bank town of Ramallah said troops arrived.", []string{"Ramallah located_in West Bank"}, nil},
		{"Residents of the Mowden area of Darlington got no ballot papers.", nil, []string{"located_in"}},
	})
}
