package extract_test

import "testing"

// A name that opens with "Mount" or "Mt" is a mountain, a place, even
// where the tagger reads a person.
func TestMountainsArePlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{"The plane hit Mount Osutaka, north of Tokyo.",
			[]string{"Place:Mount Osutaka"}, []string{"Person:Mount Osutaka"}},
	})
}
