package relate_test

import "testing"

// "House Speaker X": the chamber before its speaker's title is the body
// he leads; a committee of the House is not the House.
func TestHouseSpeaker(t *testing.T) {
	checkFacts(t, []factCase{
		{"House Speaker Dale Porter said the budget would pass next week.",
			[]string{"Dale Porter leader_of House"}, nil},
		{"The House Appropriations Committee approved the bill, and House Speaker Dale Porter praised it.",
			[]string{"Dale Porter leader_of House"}, []string{"Dale Porter leader_of House Appropriations Committee"}},
		// Negative cases: a White House official, a speaker of no named chamber.
		{"White House spokesman Dale Porter said the budget would pass.",
			nil, []string{"Dale Porter leader_of House"}},
		{"The keynote speaker Dale Porter said the budget would pass.",
			nil, []string{"Dale Porter leader_of"}},
	})
}
