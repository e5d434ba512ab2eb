package extract_test

import "testing"

// A tagged place that opens with a given name and has no word of a
// place's name is a person; a street or a theatre named after one stays.
func TestPersonShapedPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{"The album features Kanye West and Jay-Z.",
			[]string{"Person:Kanye West"}, []string{"Place:Kanye West"}},
		{"The show opens at the Victoria Palace Theatre in London in May.",
			nil, []string{"Person:Victoria Palace Theatre"}},
	})
}
