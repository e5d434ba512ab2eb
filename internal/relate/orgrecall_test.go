package relate_test

import "testing"

// An organisation's head word that a title may start with ("council
// leader", "party leader") stays in the name, whose holder the title
// relates to it.
func TestOrgHeadBeforeTitleFacts(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harlow Council spokesman Tom Price said the road would reopen.",
			[]string{"Tom Price official_of Harlow Council"}, []string{"official_of Harlow\n"}},
		{"Green Party leader Ann Moss said the vote was lost.",
			[]string{"Ann Moss leader_of Green Party"}, nil},
		{"Salvation Army spokesman Tom Redding said the shelters were full.",
			[]string{"Tom Redding official_of Salvation Army"}, nil},
		// A minister's portfolio stays with the title.
		{"Liberal Party Finance Minister Jon Hale spoke on Monday.",
			nil, []string{"Party Finance"}},
	})
}
