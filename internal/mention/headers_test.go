package mention_test

import "testing"

func TestPressReviewHeaders(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A paper's name or a topic in capitals heads an item of a
		// press review or a market report: no part of the name after it.
		{"Papers said so. --- MORNING STAR Coffee prices rose again, as coffee stocks fell.", []string{"ORG:MORNING STAR Coffee"},
			nil, []string{"Organization:MORNING STAR Coffee", "Organization:Coffee"}},
		{"Papers said so. --- KALUVANI Fisheries Ministry plans new harbours.", []string{"ORG:KALUVANI Fisheries Ministry"},
			[]string{"Organization:Fisheries Ministry"}, []string{"Organization:KALUVANI Fisheries Ministry"}},
		{"Stocks fell. BASE METALS Copper ended lower as copper stocks grew.", []string{"PER:METALS Copper"},
			nil, []string{"Person:METALS Copper", "Person:Copper"}},
		// Acronyms are shorter, and a company's suffix ends its name.
		{"Shares rose. --- BBC Radio 4 said so.", []string{"ORG:BBC Radio 4"},
			[]string{"Organization:BBC Radio 4"}, nil},
		{"Shares rose. --- TELVORAX Holdings NV said it would pay.", []string{"ORG:TELVORAX Holdings NV"},
			[]string{"Organization:TELVORAX Holdings NV"}, nil},
		// A dateline in capitals opens the text.
		{"GRANVILLE Park, Calif., March 3 - The firm said it would pay.", []string{"LOC:GRANVILLE Park"},
			[]string{"Place:GRANVILLE Park"}, nil},
	})
}
