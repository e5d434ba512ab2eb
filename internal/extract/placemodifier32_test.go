package extract_test

import "testing"

// "the small Fife town of Kirkcaldy": an adjective the lexicon files as
// a stopword ("small", "western") may stand before the larger place.
func TestPlaceOfPlaceAfterAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{"Police visited the small Fife town of Kirkcaldy.",
			[]string{"place/kirkcaldy located_in place/fife"}, nil},
		{"A spokesman in the western Kyushu city of Miyazaki said so.",
			[]string{"place/miyazaki located_in place/kyushu"}, nil},
	})
}
