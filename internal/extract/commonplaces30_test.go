package extract_test

import "testing"

// A lone word that the tagger takes for a place, that news text writes in
// lower case, and that no mention puts in a place's slot is the title of
// a work, not a place; with a place's slot ("near Reading"), or a name news
// writes capitalised, it stays a place.
func TestCommonWordPlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{"Critics praised Monster, which opened in cinemas last week.",
			nil, []string{"Place:Monster"}},
		{"Reviewers loved Whirlwind, the new novel by Anna Kell.",
			[]string{"Person:Anna Kell"}, []string{"Place:Whirlwind"}},
		{"Audiences cheered Empire when it was shown in Leeds.",
			[]string{"Place:Leeds"}, []string{"Place:Empire"}},
		// A place's slot in the text keeps the place.
		{"Hotels near Reading were full. Reading council said more rooms were needed.",
			[]string{"Place:Reading"}, nil},
	})
}
