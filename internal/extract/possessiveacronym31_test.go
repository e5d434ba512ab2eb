package extract_test

import "testing"

// A possessive body with its acronym in brackets before a title: "the
// Export Credits Guarantee Department's (ECGD) chief executive X".
func TestPossessiveBodyWithAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{"The loan was agreed by the Marl Credits Department's (MCD) chief executive Dana Whitlow.",
			[]string{"person/dana_whitlow leader_of organization/marl_credits_department"}, nil},
	})
}
