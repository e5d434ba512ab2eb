package mention_test

import "testing"

// An acronym the text spells out in lower-case words before it in brackets
// shortens a common noun: it is no name there or anywhere else in the text.
func TestAcronymOfCommonNoun(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Shareholders will meet at an extraordinary general meeting (EGM) in May. The EGM may reject the bid.",
			[]string{"ORG:EGM", "ORG:EGM"}, nil, []string{"Organization:EGM"}},
		{"The firm raised cash in an initial public offering (IPO) last week.",
			[]string{"ORG:IPO"}, nil, []string{"Organization:IPO"}},
		// A hyphenated word gives a letter for each part; a plural
		// acronym is the same acronym.
		{"The unit is a deposit-taking company (DTC) based in Macau.",
			[]string{"ORG:DTC", "LOC:Macau"}, []string{"Place:Macau"}, []string{"Organization:DTC"}},
		{"Several non-governmental organisations (NGOs) protested. NGOs want more aid.",
			[]string{"ORG:NGOs", "ORG:NGOs"}, nil, []string{"Organization:NGOs"}},
		// "No. 2" left of a tagged unit's name is no name either.
		{"Output at the crude distillation unit (CDU) fell while CDU No. 2 was shut.",
			[]string{"ORG:CDU", "ORG:CDU No."}, nil, []string{"Organization:CDU", "Organization:No."}},
		// A name spelled out in capitals keeps its acronym.
		{"The Varlen Mining Corporation (VMC) said output rose. VMC shares gained.",
			[]string{"ORG:Varlen Mining Corporation", "ORG:VMC", "ORG:VMC"},
			[]string{"Organization:Varlen Mining Corporation", "Organization:VMC"}, nil},
		// Lower-case words that do not spell it leave the acronym alone.
		{"The deal was cleared by the trade regulator (ACCC) on Friday.",
			[]string{"ORG:ACCC"}, []string{"Organization:ACCC"}, nil},
	})
}
