package relate_test

import "testing"

// A seat on a body's board or committee, by verb: the person is a member
// of the body.
func TestSeatVerbs(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Jim Pole, who sits on the board of Acme Corp, left on Monday.", []string{"Jim Pole member_of Acme Corp"}, nil},
		{"Ann Teller was elected to the Acme Corp board in May.", []string{"Ann Teller member_of Acme Corp"}, nil},
		{"Carl Hahn serves on the Senate Finance Committee.", []string{"Carl Hahn member_of Senate Finance Committee"}, nil},
		// Negative: a post, not a seat on a body; a board with no owner.
		{"Bob Grant was named to the post of chairman at Globex Inc.", nil, []string{"Bob Grant member_of"}},
		{"Jim Pole sits on the board and advises Acme Corp.", nil, []string{"Jim Pole member_of"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}
