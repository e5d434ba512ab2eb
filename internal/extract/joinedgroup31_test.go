package extract_test

import "testing"

// Some of a body's people joining others do not make the body a member:
// "32 Labour rebels joined Tory opposition".
func TestJoinedByGroupMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{"The government's majority was halved as 32 Labour rebels joined Tory and Lib Dem opposition.",
			[]string{"Organization:Labour Party"},
			[]string{"organization/labour_party member_of organization/conservative_party"}},
		{"Several Green Party activists joined the Labour Party last year.",
			nil, []string{"organization/green_party member_of organization/labour_party"}},
		{"Poland and Hungary joined NATO in 1999.",
			[]string{"country/poland member_of organization/nato"}, nil},
	})
}

// A group noun elsewhere before "joined", in a relative clause, does not
// make the subject some of its people.
func TestJoinedAfterRelativeClause(t *testing.T) {
	checkFacts(t, []factCase{
		{"Poland, which sent troops to Iraq, joined NATO in 1999.",
			[]string{"country/poland member_of organization/nato"}, nil},
		{"Croatia, whose officials had long lobbied Brussels, joined the European Union.",
			[]string{"country/croatia member_of organization/european_union"}, nil},
	})
}
