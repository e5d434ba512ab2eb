package mention_test

import "testing"

func TestOrgHeadBeforeTitle(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A head word a title may start with ("council leader", "party
		// leader", "commission president") ends the organisation's
		// name the tagger reads before the title.
		{"Wexley Council spokesman Ian Pole said the road would shut.", []string{"ORG:Wexley Council", "PER:Ian Pole"},
			[]string{"Organization:Wexley Council", "Person:Ian Pole"}, []string{"Organization:Wexley"}},
		{"Harvest Party leader Jon Adu conceded defeat.", []string{"ORG:Harvest Party", "PER:Jon Adu"},
			[]string{"Organization:Harvest Party"}, []string{"Organization:Harvest"}},
		{"The Tariff Commission chairman Ray Obi resigned.", []string{"ORG:Tariff Commission", "PER:Ray Obi"},
			[]string{"Organization:Tariff Commission"}, []string{"Organization:Tariff"}},
		// A minister's portfolio is no body's head word.
		{"Nordic Party Finance Minister Per Lund spoke.", []string{"ORG:Nordic Party Finance", "PER:Per Lund"},
			nil, []string{"Organization:Nordic Party Finance"}},
		// "a U.S. Bank manager": a description of some bank, no name.
		{"It is over, said a U.S. Bank currency manager.", []string{"ORG:U.S. Bank"},
			nil, []string{"Organization:U.S. Bank"}},
	})
}
