package relate_test

import "testing"

// "Sens." and "Reps." before a list of names give each name the office,
// with party and state tags between the names; the abbreviation ends no
// sentence.
func TestPluralTitleAbbreviations(t *testing.T) {
	checkFacts(t, []factCase{
		{"Sens. Alan Birch and Mary Tolland wrote to the Pentagon on Friday.",
			[]string{"Alan Birch title =senator", "Mary Tolland title =senator"}, nil},
		{"The bill, offered by Reps. Owen Pratt (D-Minn.) and Lena Voss (R-Iowa), was passed.",
			[]string{"Owen Pratt title =representative", "Lena Voss title =representative",
				"Owen Pratt member_of Democratic Party", "Lena Voss member_of Republican Party"}, nil},
		{"Senators Owen Pratt (D-Minn.) and Lena Voss (R-Iowa) backed the bill.",
			[]string{"Owen Pratt title =senator", "Lena Voss title =senator"}, nil},
	})
}
