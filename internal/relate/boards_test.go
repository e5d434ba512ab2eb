package relate_test

import "testing"

// Directors listed as a board, and "another <body> board member".
func TestBoardLists(t *testing.T) {
	checkFacts(t, []factCase{
		{"Six former directors at Globex Corp have agreed to pay. The six former outside directors are Anna Berg, Tom Hale, Carl Moss and Jim Dunn.",
			[]string{"Anna Berg member_of Globex Corp", "Jim Dunn member_of Globex Corp"}, nil},
		{"Six former directors at Globex Corp have agreed to pay. Two other former directors, Anna Berg and Tom Hale, remain defendants.",
			[]string{"Anna Berg member_of Globex Corp", "Tom Hale member_of Globex Corp"}, nil},
		{"Directors at Globex Corp backed the merger and directors of Initech Inc opposed it. The directors are Anna Berg and Tom Hale.",
			nil, []string{"Anna Berg member_of", "Tom Hale member_of"}},
		{"Terrapet Energy Corp said five directors resigned on Monday. It said the directors are Dean Fellows, Tom Hale and John Thomas.",
			[]string{"Tom Hale member_of Terrapet Energy Corp", "John Thomas member_of Terrapet Energy Corp"}, nil},
		{"Terrapet Energy Corp sued Harlow Oil Inc. It said the directors are Dean Fellows, Tom Hale and John Thomas.",
			nil, []string{"Tom Hale member_of", "John Thomas member_of"}},
		{"The plan was backed by Ravi Mehta - another Globex Corp board member.",
			[]string{"Ravi Mehta member_of Globex Corp"}, nil},
	})
}
