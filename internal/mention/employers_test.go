package mention_test

import "testing"

func TestEmployersOfMarketStaff(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// The firm an analyst or economist works at is no place.
		{"Rates may fall, said Ann Lowe, an analyst at Brackwell Tarn.", []string{"PER:Ann Lowe", "LOC:Brackwell Tarn"},
			[]string{"Organization:Brackwell Tarn"}, []string{"Place:Brackwell Tarn"}},
		{"Tom Reade, chief economist with Harmond, expects growth.", []string{"PER:Tom Reade", "LOC:Harmond"},
			[]string{"Organization:Harmond"}, []string{"Place:Harmond"}},
		{"Dealers at Kesterfeld said the bank sold dollars.", []string{"PER:Kesterfeld"},
			[]string{"Organization:Kesterfeld"}, []string{"Person:Kesterfeld"}},
		// A known city after "at" stays a place.
		{"Traders at Frankfurt bought bonds.", []string{"LOC:Frankfurt"},
			[]string{"Place:Frankfurt"}, []string{"Organization:Frankfurt"}},
		// Not after other words.
		{"He met an adviser at Pellham on Monday.", []string{"LOC:Pellham"},
			[]string{"Place:Pellham"}, []string{"Organization:Pellham"}},
	})
}
