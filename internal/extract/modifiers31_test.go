package extract_test

import "testing"

// Two modifiers before a title make one title: "Deputy Assistant Defense
// Secretary", not a deputy and an assistant defense secretary.
func TestTitleWithTwoModifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Deputy Assistant Defense Secretary Carl Orben told reporters the ban would stand.",
			[]string{"person/carl_orben title = deputy assistant defense secretary"},
			[]string{"person/carl_orben title = deputy"}},
		{"The ruling was welcomed by acting Assistant Attorney General Dana Whitlow.",
			[]string{"person/dana_whitlow title = acting assistant attorney general"}, nil},
		{"Vice Deputy Minister Ana Lor said nothing.",
			[]string{"person/ana_lor title = vice deputy minister"}, nil},
	})
}
