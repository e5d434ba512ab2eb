package resolve_test

import "testing"

// Names listed before a kind of brand ("the X and Y brands", "X, Y and Z
// product lines") are products, whatever the tagger took them for.
func TestBrandListBefore(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"The group owns the Corvane and Pelham Ridge brands.",
			[]string{"0:LOC:Corvane", "0:PER:Pelham Ridge"},
			nil, []string{"Place:Corvane", "Person:Pelham Ridge"}},
		{"The depot will stock parts for Tolliver, Maxane and Brisco product lines.",
			[]string{"0:LOC:Tolliver", "0:LOC:Maxane", "0:ORG:Brisco"},
			nil, []string{"Place:Tolliver", "Place:Maxane", "Organization:Brisco"}},
		{"It sells the Harnby and Keswell's cider brands.",
			[]string{"0:LOC:Harnby", "0:PER:Keswell"},
			nil, []string{"Place:Harnby"}},
		// Not fired: a single name before "brand" (often its maker), and
		// places before a noun that is no brand's kind.
		{"Ostrava Foods said the Ostrava brand grew. It has plants in Brenton and Collby towns.",
			[]string{"0:ORG:Ostrava Foods", "0:ORG:Ostrava", "1:LOC:Brenton", "1:LOC:Collby"},
			[]string{"Place:Brenton", "Place:Collby"}, nil},
	})
}
