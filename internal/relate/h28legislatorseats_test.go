package relate_test

import "testing"

// A legislator's title after a body that is no party and no legislature
// names the seat represented or the body a delegate is sent to, not a
// membership: "the Northfield East MP", "Danish U.N. Representative X".
func TestLegislatorSeatNoMembership(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Mr Tom Hale spoke at the rally on Friday. The Northfield East MP said the plan would fail.", nil, []string{"member_of Northfield East"}},
		{"Tom Hale was cheered in Leeds. \"We will win,\" said the Northfield East MP.", nil, []string{"member_of Northfield East"}},
		{"Danish U.N. Representative Karl Holm called for a vote on the text.", nil, []string{"Karl Holm member_of United Nations"}},
		{"Euro MP Ann Price has left the party she joined in 1999.", nil, []string{"member_of Euro"}},
		// Positive: a party before the title is the holder's party.
		{"Labour MP Tom Hale said the plan would fail.", []string{"Tom Hale member_of Labour Party"}, nil},
		{"Mr Tom Hale spoke at the rally on Friday. The Labour MP said the plan would fail.", []string{"Tom Hale member_of Labour Party"}, nil},
		{"Scottish National Party MSP Ann Price said the plan would fail.", []string{"Ann Price member_of Scottish National Party"}, nil},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}
