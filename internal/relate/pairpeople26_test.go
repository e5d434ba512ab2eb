package relate_test

import "testing"

// "Talks between the two former allies", "the pair met", "the two women
// have met": the two people the text has just named met each other.
func TestPairOfPeopleMet(t *testing.T) {
	checkFacts(t, []factCase{
		{"Senator Paul Hardy and Governor Mark Olson, once close partners, fell out last year. Long talks between the two former allies on Monday ended without a deal.",
			[]string{"Paul Hardy met_with Mark Olson"}, nil},
		{"Foreign Minister Klaus Weber telephoned Foreign Minister Ana Duarte on Sunday. Talks between the two ministers are planned for next week.",
			[]string{"Klaus Weber met_with Ana Duarte"}, nil},
		{"President Boris Yeltsin welcomed President Bill Clinton to Moscow. The pair met for three hours on Friday.",
			[]string{"Boris Yeltsin met_with Bill Clinton"}, nil},
		// The two named in the sentence before, though a third came earlier.
		{"Prime Minister Ian Crane was abroad. Party official Tom Reed clashed with his mentor Jack Wolde on Monday. Talks between the two former allies failed.",
			[]string{"Tom Reed met_with Jack Wolde"}, []string{"Ian Crane met_with"}},
		// Three people just named: no pair.
		{"Tom Reed, Jack Wolde and Ian Crane argued about the budget. Talks between the two men failed.",
			nil, []string{"met_with"}},
		// A pair that is not people.
		{"Ana Duarte visited Lisbon. The pair of shoes cost 90 euros.",
			nil, []string{"met_with"}},
	})
}
