package mention_test

import "testing"

// A member's title before "for" and a capitalised name: the name is the
// seat, not a portfolio, and stays out of the title; other titles keep
// their capitalised portfolio.
func TestMemberSeatNotTitle(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Ann Teller, Labour MP for Eastmoor North, said the plan was flawed.", []string{"title:mp"}, []string{"title:mp for eastmoor north", "Organization:Eastmoor North", "Person:Eastmoor North"}},
		{"Tory MEP for Wessex Ruth Calder voted against.", []string{"title:mep"}, []string{"title:mep for wessex"}},
		// Negative: a minister's portfolio after "for" stays in the title.
		{"Hans Rilke, Minister for Overseas Trade, arrived on Monday.", []string{"title:minister for overseas trade"}, []string{"title:minister"}},
	}
	for _, tc := range tests {
		checkFound(t, tc.text, find(t, tc.text), tc.want, tc.no)
	}
}
