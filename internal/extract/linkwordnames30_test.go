package extract_test

import "testing"

// A name cut so that it opens with a linking word ("of the Sky") is no
// entity, and a nickname after "known as" is no office.
func TestNamesOpeningWithLinkWords(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ellen Marsh, known as Queen of the Sky, wrote an account of her life in the air.",
			[]string{"Person:Ellen Marsh"}, []string{"Organization:of the Sky"}},
	})
}
