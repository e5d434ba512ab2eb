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
