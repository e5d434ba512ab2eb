package extract_test

import "testing"

// A given name, a lone capital letter and a surname are one person even
// when the tagger splits the name at the letter (it does once the text
// also names the person by the surname alone); "A" stays a word.
func TestMiddleInitials(t *testing.T) {
	checkFacts(t, []factCase{
		{"The arrival of George W Bush disrupted flights. Mr Bush left on Tuesday.",
			[]string{"Person:George W Bush"}, []string{"Place:George", "Person:George"}},
		{"The arrival of George W Bush disrupted flights. Bush left on Tuesday.",
			[]string{"Person:George W Bush"}, []string{"Place:George", "Person:George"}},
	})
}
