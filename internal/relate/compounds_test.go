package relate_test

import "testing"

// A place inside a modifier ("Sheffield-based") takes part in no pattern:
// the body after it is still found, and it is no party or subject.
func TestPlaceCompoundsInPatterns(t *testing.T) {
	checkFacts(t, []factCase{
		{"Peter Holm, director of Sheffield-based consulting group Marlow Partners Ltd, said prices rose.",
			[]string{"Peter Holm official_of Marlow Partners Ltd"}, []string{"official_of Sheffield"}},
		// A state named only inside a modifier is not the text's own.
		{"US-backed rebels crossed the river. Defence Minister Ola Brekke said the army would respond.",
			nil, []string{"Ola Brekke official_of"}},
	})
}
