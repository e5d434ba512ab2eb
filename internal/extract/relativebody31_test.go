package extract_test

import "testing"

// A relative clause on the body closes an appositive title as a comma
// does: "X, chairman of Y <TKR> which reported ...".
func TestAppositiveBodyRelativeClause(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"Sales are strong,\" said Dana Whitlow, chairman of Tarvey Corp <TRV> which reported a gain of 4.2 pct.",
			[]string{"person/dana_whitlow leader_of organization/tarvey_corp"}, nil},
		{"\"Orders rose,\" said Carl Orben, sales director for Marl Systems Inc which makes the routers.",
			[]string{"person/carl_orben official_of organization/marl_systems_inc"}, nil},
	})
}
