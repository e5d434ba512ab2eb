package mention_test

import "testing"

// A word that dates a post, capitalised because it opens the sentence, is
// no part of the body's name after it.
func TestOpeningModifiers(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Former Whitmore Street press chief Alan Dorsey said the plan would fail.", []string{"ORG:Former Whitmore Street", "PER:Alan Dorsey"},
			[]string{"Organization:Whitmore Street"}, []string{"Organization:Former"}},
		{"Ex-Whitmore Street press chief Alan Dorsey said the plan would fail.", nil,
			nil, []string{"Organization:Ex-Whitmore"}},
		// A company whose name is hyphenated keeps it.
		{"Ex-Cell-O Corp said sales rose.", nil,
			[]string{"Organization:Ex-Cell-O Corp"}, nil},
		// Mid-sentence the word is part of the name.
		{"Shares of Former Holdings Ltd rose.", []string{"ORG:Former Holdings Ltd"},
			[]string{"Organization:Former Holdings Ltd"}, nil},
	})
}
