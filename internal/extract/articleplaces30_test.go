package extract_test

import "testing"

// A place the lexicon names with its article ("the Gulf") is the place a
// bare mention of the name means ("its Gulf fleet").
func TestPlaceNamedWithoutArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tankers patrolling the Gulf were attacked. The U.S. is increasing its Gulf fleet.",
			[]string{"Place:Gulf region"}, []string{"Place:Gulf"}},
	})
}
