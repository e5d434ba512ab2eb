package resolve_test

import "testing"

// A town's comma, a lower-case compass point and a place the lexicon
// knows mark the town as a place, as "Town, Region" does: "X, east
// London", "X, northern France". A business that speaks elsewhere keeps
// its type, and a compass word before an unknown name is no region.
func TestCompassRegionPlaces(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Tenants of Marbury Heath, east London, marched on Monday.",
			[]string{"0:ORG:Marbury Heath"},
			[]string{"Place:Marbury Heath"}, []string{"Organization:Marbury Heath"}},
		{"The clinic opened in Vellonne, southern California, last year.",
			[]string{"0:ORG:Vellonne"},
			[]string{"Place:Vellonne"}, []string{"Organization:Vellonne"}},
		{"Crowds filled Stannick Green, north west London, at noon.",
			[]string{"0:ORG:Stannick Green"},
			[]string{"Place:Stannick Green"}, nil},
		// Negative: the name speaks as a business in the next sentence.
		{"Staff at Quorvane, east London, walked out. Quorvane said talks would resume.",
			[]string{"0:ORG:Quorvane", "1:ORG:Quorvane"},
			[]string{"Organization:Quorvane"}, []string{"Place:Quorvane"}},
		// Negative: the compass word precedes no place the lexicon knows.
		{"Staff at Quorvane, east Drellmoor, walked out.",
			[]string{"0:ORG:Quorvane", "0:LOC:Drellmoor"},
			[]string{"Organization:Quorvane"}, []string{"Place:Quorvane"}},
	})
}
