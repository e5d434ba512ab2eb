package relate_test

import "testing"

// "the former Labour MP for Eastmoor, Bob Grant," is a described title
// before the name, as "the Labour MP, Bob Grant," is.
func TestFormerTitleCommaName(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Parties in Britain paid tribute. The former Conservative MP for Eastmoor, Bob Grant, died on Monday.", []string{"Bob Grant member_of Conservative Party"}, nil},
		{"Parties in Britain paid tribute. The Tory MP for Westmoor North, Jim Pole, agreed.", []string{"Jim Pole member_of Conservative Party"}, nil},
		// Negative: no article, so the name opens a new clause.
		{"Parties in Britain paid tribute. Asked about the plan after meeting former Labour MPs, Bob Grant said no.", nil, []string{"Bob Grant member_of"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "|", tc.want, tc.no)
	}
}
