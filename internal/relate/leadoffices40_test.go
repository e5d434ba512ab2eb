package relate_test

import "testing"

// A party's adjective before a president's title names the party of a
// head of state, not the party's own president.
func TestPartyAdjectivePresident(t *testing.T) {
	checkFacts(t, []factCase{
		{"The bill was vetoed by Gaullist president Henri Valmont before the Gaullist Party lost its majority.",
			[]string{"Henri Valmont member_of Gaullist Party"}, []string{"Henri Valmont leader_of"}},
		{"The Republicans held the Senate, and Republican President Walter Crane signed the budget.",
			[]string{"Walter Crane member_of Republican Party"}, []string{"Walter Crane leader_of Republican Party"}},
		// Negative: the party's name, not its adjective, before the title.
		{"Socialist Party president Jean Marchal said the vote was lost.",
			[]string{"Jean Marchal leader_of Socialist Party"}, []string{"Jean Marchal member_of"}},
	})
}

// A past head of state or government named bare in a story about one
// state held that state's office.
func TestPastHomeHeadOfState(t *testing.T) {
	checkFacts(t, []factCase{
		{"Moldova will raise fuel taxes next year. The tax was cut under former President Ivan Rusu in 1998.",
			[]string{"Ivan Rusu leader_of Moldova"}, nil},
		{"Kenya's parliament met on Tuesday. Former prime minister Daniel Kamau said the vote was unfair.",
			[]string{"Daniel Kamau leader_of Kenya"}, nil},
		// Negative: a past minister may have served any state.
		{"Kenya's parliament met on Tuesday. Former finance minister Daniel Kamau said the vote was unfair.",
			nil, []string{"Daniel Kamau official_of", "Daniel Kamau leader_of"}},
		// Negative: a lower-case president may be a union's or a firm's.
		{"Kenya's unions met on Tuesday. The strike followed the resignation of former president Daniel Kamau.",
			nil, []string{"Daniel Kamau leader_of Kenya"}},
	})
}

// The company that opens a sentence with an aside on it is the one whose
// officer closes the sentence reporting.
func TestSoleCompanyWithAside(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex Corp, which will itself be sold next year, will keep its stake in the bank, Chairman Henri Valmont said.",
			[]string{"Henri Valmont leader_of Globex Corp"}, nil},
		// Negative: a list of firms opens the sentence.
		{"Globex Corp, Initech Inc and Acme Corp will keep their stakes in the bank, Chairman Henri Valmont said.",
			nil, []string{"Henri Valmont leader_of"}},
	})
}
