package relate_test

import "testing"

// "the chairman of X, Labour MP Y": the holder's own titles may stand
// between the comma and the name; a title without an article in a list
// of people does not reach forward.
func TestOfficeOfBodyThenTitledName(t *testing.T) {
	checkFacts(t, []factCase{
		{"\"It is a bad plan,\" said the chairman of the Commons transport committee, Labour MP Gwen Harlow.",
			[]string{"Gwen Harlow leader_of Commons transport committee", "Gwen Harlow member_of Labour Party"}, nil},
		{"They list Omar Fadl, President of the Gulf Maritime Institute, economist Sami Haddad, and Ali Nour.",
			nil, []string{"Sami Haddad leader_of"}},
	})
}
