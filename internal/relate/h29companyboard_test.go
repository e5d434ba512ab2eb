package relate_test

import "testing"

// A board the text does not name is the board of the company the story
// is about: "X was re-elected to the board", "Y was named to the board of
// directors", unless the sentence names another body.
func TestCompanyBoardUnnamed(t *testing.T) {
	story := "Harlow Oil Inc said profits rose. Harlow Oil Inc said its sales grew 5 pct. Harlow Oil Inc also raised its dividend. "
	checkFacts(t, []factCase{
		{story + "Paula Grant was re-elected to the board, the company said.",
			[]string{"Paula Grant member_of Harlow Oil Inc"}, nil},
		{story + "Mark Selby was named to the board of directors last week.",
			[]string{"Mark Selby member_of Harlow Oil Inc"}, nil},
		{"Ann Roe was named to the board of directors of Globex Inc on Friday.",
			[]string{"Ann Roe member_of Globex Inc"}, nil},
		// Another body in the sentence may own the board.
		{story + "Mark Selby, who works at Zantex Plc, was elected to the board.",
			nil, []string{"Mark Selby member_of Harlow Oil Inc"}},
		// A panel is no company board.
		{story + "Paula Grant was named to the panel in May.",
			nil, []string{"Paula Grant member_of"}},
		// No company stands out: no relation.
		{"Paula Grant was re-elected to the board on Tuesday.",
			nil, []string{"Paula Grant member_of"}},
	})
}
