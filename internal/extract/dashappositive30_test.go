package extract_test

import "testing"

// A spaced dash closes an appositive title as a comma does: "X, deputy
// chairman of Y - a mining firm".
func TestDashClosesAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"We will appeal,\" said Ruth Danvers, deputy chairman of Corvel Mining - a firm with mines in Peru.",
			[]string{"person/ruth_danvers official_of organization/corvel_mining"}, nil},
		{"\"We will appeal,\" said Ruth Danvers, chairwoman of the Kelso Heritage Trust - a group that fights the plan.",
			[]string{"person/ruth_danvers leader_of organization/kelso_heritage_trust"}, nil},
	})
}
