package relate_test

import "testing"

// A post with where it is held ("the opposition leader in parliament"),
// after "now", before "and head of X" still leaves the aside's office to
// its person; a clause before "and" does not.
func TestLongOccupationBeforeOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Former premier Ana Ruiz, now the opposition leader in parliament and head of the Popular Party (PP), said she would vote no.",
			[]string{"Ana Ruiz leader_of Popular Party"}, nil},
		{"Ana Ruiz, who spoke to the opposition leader in parliament and head of the Popular Party, said she would vote no.",
			nil, []string{"Ana Ruiz leader_of Popular Party"}},
	})
}
