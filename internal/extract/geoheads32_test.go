package extract_test

import "testing"

// A known place's name lengthened by "Beach", "Springs", "Bay", "Falls"
// or "Island" is a place of its own.
func TestBeachAndBayPlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{"He was found dead in his hotel room in Miami Beach, Florida, on Friday.",
			[]string{"Place:Miami Beach", "place/miami_beach located_in place/florida"}, []string{"Place:Beach", "Place:Miami"}},
	})
}
