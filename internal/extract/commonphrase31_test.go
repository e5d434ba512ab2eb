package extract_test

import "testing"

// A tagged person's name made only of words news writes in lower case,
// none a given name, is the title of a work or a phrase ("Silent
// Summer"); a title after it or a given name keeps a person.
func TestCommonWordPhraseIsNoPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{"Her second album, Silent Summer, sold well in Europe.",
			[]string{"Place:Europe"}, []string{"Person:Silent Summer"}},
		{"\"We are thrilled,\" said Al Breach, an economist at Kelmor Bank.",
			[]string{"Person:Al Breach"}, nil},
		{"The show's winners included Will Young and Dana Whitlow.",
			[]string{"Person:Will Young", "Person:Dana Whitlow"}, nil},
	})
}

// Outside texts about works, names of common words stay: firms and
// people are named so as often.
func TestCommonWordNamesOutsideWorks(t *testing.T) {
	checkFacts(t, []factCase{
		{"Bally Manufacturing Corp said its subsidiary, Scientific Games, won a lottery contract in Texas.",
			[]string{"Organization:Scientific Games"}, nil},
		{"Rich Young joined Acme Corp as finance director in 2004.",
			[]string{"Person:Rich Young"}, nil},
	})
}
