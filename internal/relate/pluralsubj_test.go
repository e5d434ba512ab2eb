package relate_test

import "testing"

// "The X and Y governments" opening a sentence are the two states.
func TestDemonymGroupOpensSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{"The French and Malaysian governments signed an air services agreement on Friday in Paris.",
			[]string{"France party_to air services agreement", "Malaysia party_to air services agreement"}, nil},
		// Business people of the two countries are no state.
		{"The French and Malaysian business leaders signed an air services agreement on Friday in Paris.",
			nil, []string{"France party_to", "Malaysia party_to"}},
	})
}
