package extract_test

import "testing"

// A second description joined by "and" in an appositive: "X, a Texas
// Democrat and member of the Y Committee".
func TestMemberInSecondDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"This is crucial,\" said Rep. Carl Orben, a Wisconsin Democrat and member of the House Intelligence Committee.",
			[]string{"person/carl_orben member_of organization/house_intelligence_committee"}, nil},
		{"Dana Whitlow, a lawyer and a member of the Law Society, agreed.",
			[]string{"person/dana_whitlow member_of organization/law_society"}, nil},
		{"Dana Whitlow and Carl Orben, who met him, and members of the Law Society agreed.",
			nil, []string{"person/carl_orben member_of organization/law_society"}},
	})
}

// A list after an appositive is no second description: "X, a farmer, and
// members of Y"; nor is a body before the appositive a person.
func TestMembersListAfterAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{"Police arrested Carl Orben, a farmer, and members of the Popular Front after the protest.",
			nil, []string{"person/carl_orben member_of organization/popular_front"}},
		{"Dana Whitlow, a lawyer, and members of the Law Society protested.",
			nil, []string{"person/dana_whitlow member_of organization/law_society"}},
	})
}
