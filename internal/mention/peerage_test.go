package mention_test

import "testing"

func TestPeerageSeats(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// The place in a peer's title is a part of the title, not a
		// place the story speaks of.
		{"Lord Fenwick of Dunmore told peers the bill was flawed.", []string{"PER:Lord Fenwick", "LOC:Dunmore"},
			nil, []string{"Place:Dunmore"}},
		{"Baroness Hale of Richmond wrote the main judgment.", []string{"PER:Baroness Hale", "LOC:Richmond"},
			nil, []string{"Place:Richmond"}},
		// A peer the tagger took for a place is the person, up to the
		// territorial "of".
		{"Lord Tarrant of Glenbarr said the peers would resist.", []string{"LOC:Lord Tarrant of Glenbarr"},
			[]string{"Person:Lord Tarrant"}, []string{"Place:Lord Tarrant of Glenbarr", "Place:Glenbarr"}},
		// A place after "of" with no peer before it stays.
		{"Mayor Ruth Allan of Dunmore opened the bridge.", []string{"PER:Ruth Allan", "LOC:Dunmore"},
			[]string{"Place:Dunmore"}, nil},
		{"The House of Lords met in Richmond on Monday.", []string{"ORG:House of Lords", "LOC:Richmond"},
			[]string{"Place:Richmond"}, nil},
	})
}

func TestRomaIsNotRome(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// English news writes the Italian capital "Rome"; "Roma" are
		// the people.
		{"Many Roma families were refused entry at the border.", nil,
			nil, []string{"Place:Roma", "Country:Italy"}},
		{"The ministers met in Rome on Friday.", nil,
			[]string{"Place:Rome"}, nil},
	})
}
