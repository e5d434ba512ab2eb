package extract_test

import "testing"

// A company named after its founder's initials ("J.C. Penney Co Inc") is
// called by the surname alone later: "Penney chairman X".
func TestFounderInitialsShortName(t *testing.T) {
	checkFacts(t, []factCase{
		{"NEW YORK, April 9 - J.R. Tarvey Co Inc said sales rose 4 pct. Tarvey chairman Ann Lee said the results were good.",
			[]string{"person/ann_lee leader_of organization/j_r_tarvey_co_inc"},
			[]string{"Organization:Tarvey"}},
		{"A.B. Orben and Co Inc said it would buy Marl Ltd. Orben's chief executive, Dana Whitlow, said the deal was done.",
			[]string{"person/dana_whitlow leader_of organization/a_b_orben_and_co_inc"},
			[]string{"Organization:Orben"}},
	})
}
