package relate_test

import "testing"

// An appositive office may end with the chamber it is held in, named by
// its common noun ("in the assembly"); a lower-case phrase that names no
// chamber still leaves the appositive open.
func TestOfficeInChamber(t *testing.T) {
	checkFacts(t, []factCase{
		{"Rhodri Evans, leader of the Liberal Democrats in the assembly, said the plan was unfair.",
			[]string{"Rhodri Evans leader_of Liberal Democrats"}, nil},
		{"Rhodri Evans, leader of the Liberal Democrats in the morning papers and radio said nothing.",
			nil, []string{"Rhodri Evans leader_of Liberal Democrats"}},
	})
}
