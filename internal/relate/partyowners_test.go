package relate_test

import "testing"

// "X's Y Party": a politician's possessive before a party's name makes
// its member; a party label before another noun does not.
func TestPersonsParty(t *testing.T) {
	checkFacts(t, []factCase{
		{"Critics inside Martin Okoye's Progressive Party said the vote was rigged.",
			[]string{"Martin Okoye member_of Progressive Party"}, nil},
		{"Lena Varga's ruling Civic Party lost three seats on Sunday.",
			[]string{"Lena Varga member_of Civic Party"}, nil},
		// Negative cases: the label modifies another noun.
		{"Lena Varga's Civic Party colleagues voted against the budget.",
			nil, []string{"Lena Varga member_of"}},
		{"Martin Okoye's Progressive Party government fell in May.",
			nil, []string{"Martin Okoye member_of"}},
	})
}
