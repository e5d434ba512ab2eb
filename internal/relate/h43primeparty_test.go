package relate_test

import "testing"

// "Prime Minister X's Y Party": a prime minister's party is the one he
// leads; a president's or another politician's is one he belongs to.
func TestPrimeMinistersParty(t *testing.T) {
	checkFacts(t, []factCase{
		{"The vote weakened Prime Minister Martin Okoye's Progressive Party in the north.",
			[]string{"Martin Okoye leader_of Progressive Party"}, []string{"Martin Okoye member_of Progressive Party"}},
		{"Prime Minister Lena Varga faced a revolt on Monday. Varga's minority Civic Party lost the vote.",
			[]string{"Lena Varga leader_of Civic Party"}, nil},
		// Negative cases: a president, a deputy prime minister.
		{"President Martin Okoye's Progressive Party won the vote.",
			[]string{"Martin Okoye member_of Progressive Party"}, []string{"Martin Okoye leader_of Progressive Party"}},
		{"Deputy Prime Minister Lena Varga's Civic Party won the vote.",
			[]string{"Lena Varga member_of Civic Party"}, []string{"Lena Varga leader_of Civic Party"}},
	})
}
