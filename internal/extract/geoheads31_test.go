package extract_test

import "testing"

// A place named after a known one with a word of geography after it is a
// place of its own: "Leicester Square", "the Ohio River Valley".
func TestPlaceNamedAfterPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{"Stars arrived in London's Leicester Square on Sunday. Storms hit the Ohio River Valley and the Gulf Coast.",
			[]string{"Place:Leicester Square", "Place:Ohio River Valley", "Place:Gulf Coast", "Place:London"},
			[]string{"Place:Leicester", "Place:Ohio"}},
		{"Farmers in Leicester and Ohio protested.",
			[]string{"Place:Leicester", "Place:Ohio"}, nil},
	})
}

// A place of the owner's country after a city's possessive lies in the
// city: "London's Leicester Square".
func TestKnownPlaceAfterCityPossessive(t *testing.T) {
	checkFacts(t, []factCase{
		{"Stars arrived in London's Leicester Square on Sunday.",
			[]string{"place/leicester_square located_in place/london"}, nil},
		{"The band flew from London's Heathrow to Paris's Orly.",
			nil, []string{"place/paris located_in place/london"}},
	})
}

// A country or a state before a longer place's name stays itself.
func TestPlaceAfterCountryStays(t *testing.T) {
	checkFacts(t, []factCase{
		{"Crude oil prices on the U.S. Gulf Coast rose 40 cents.",
			[]string{"Country:United States"}, []string{"Place:U.S. Gulf Coast"}},
		{"Refiners on the Texas Gulf Coast shut plants.",
			[]string{"Place:Texas"}, []string{"Place:Texas Gulf Coast"}},
	})
}
