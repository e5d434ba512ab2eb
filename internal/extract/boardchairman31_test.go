package extract_test

import "testing"

// The chairman of a two-tier company's managing board runs it: leader_of,
// as a chairman is; a portfolio before a title still makes an official.
func TestManagingBoardChairmanLeads(t *testing.T) {
	checkFacts(t, []factCase{
		{"BONN, March 3 - Tarvex AG <TRVG.F> expects profits to rise this year, managing board chairman Carl Orben said.",
			[]string{"person/carl_orben leader_of organization/tarvex_ag"},
			[]string{"person/carl_orben official_of organization/tarvex_ag"}},
		{"Tarvex AG management board chairman Carl Orben told the weekly that sales rose.",
			[]string{"person/carl_orben leader_of organization/tarvex_ag"}, nil},
	})
}
