package mention_test

import "testing"

// TestCommonModifier: a word news writes in lower case, capitalised
// before the noun it modifies, is no place; a place's name there is.
func TestCommonModifier(t *testing.T) {
	lower := map[string]bool{"parliamentary": true, "royal": true}
	checkFormsCases(t, lower, []taggedCase{
		{"He spoke at a Parliamentary dinner in Carlisle.", []string{"LOC:Parliamentary", "LOC:Carlisle"},
			[]string{"Place:Carlisle"}, []string{"Place:Parliamentary"}},
		{"Peers debated the Royal succession again.", []string{"LOC:Royal"},
			nil, []string{"Place:Royal"}},
		// A place's name before a noun stays a place.
		{"Angry Hartlepool residents met on Friday.", []string{"LOC:Hartlepool"},
			[]string{"Place:Hartlepool"}, nil},
		// Before a function word the capital is the name's.
		{"She moved to Royal in June.", []string{"LOC:Royal"},
			[]string{"Place:Royal"}, nil},
	})
}
