package relate_test

import "testing"

// "NAME, TITLE <complement>": an appositive's office is the person's even
// when its complement names no body the patterns read.
func TestAppositiveTitleOnly(t *testing.T) {
	checkFacts(t, []factCase{
		{`"Demand is weak," said Oren Falk, economist at a Tokyo broker.`,
			[]string{"Oren Falk title =economist"}, nil},
		{`"Demand is weak," said Oren Falk, an analyst with Brandt Kessel Securities.`,
			[]string{"Oren Falk title =analyst"}, nil},
		{"Mira Tollan, chair of the Bakers' Guild's small firms panel, said prices rose.",
			[]string{"Mira Tollan title =chair"}, []string{"Mira Tollan leader_of", "Mira Tollan official_of"}},
		{"Ivo Rask, head of strategy for emerging markets at a Dutch bank, said so.",
			[]string{"Ivo Rask title =head"}, nil},
		{"Sales rose, said Petra Vos, deputy chief economist at Holm Bank.",
			[]string{"Petra Vos title =deputy chief economist"}, []string{"=deputy chief\n"}},
		{"Leo Brand, senior executive vice president for finance, told analysts.",
			[]string{"Leo Brand title =senior executive vice president"}, []string{"=senior executive\n"}},
		// A title that does not open the appositive, or membership, gives
		// nothing.
		{"Mira Tollan, who met the chair of the panel, said prices rose.",
			nil, []string{"Mira Tollan title"}},
		{"Geoff Barr, a senior member of the hunt, said so.",
			nil, []string{"Geoff Barr title"}},
		{"Ada Voss, the chair of the Bakers' Guild has said, will retire.",
			nil, []string{"Ada Voss title"}},
	})
}

// "his deputy at the Council, Marine Lt. Col. Ray Dunn": the holder is
// the person after the rank, and "Lt. Col." is one rank.
func TestRankedDeputy(t *testing.T) {
	checkFacts(t, []factCase{
		{"Admiral Jon Pike and his deputy at the Defence Council, Marine Lt. Col. Ray Dunn, refused to testify.",
			[]string{"Ray Dunn deputy_of Jon Pike", "Ray Dunn title =lieutenant colonel"},
			[]string{"Marine deputy_of", "=lieutenant\n", "=colonel\n"}},
	})
}

// "Zorbex's Philippine agent X": the possessor holds the office, the
// demonym says where.
func TestPossessorBeforeDemonym(t *testing.T) {
	checkFacts(t, []factCase{
		{"Zorbex Corp's Philippine agent Ramon Cruz said the bid was fair.",
			[]string{"Ramon Cruz official_of Zorbex Corp"}, []string{"Ramon Cruz official_of Philippines"}},
		// No possessive: the demonym names the country served.
		{"Philippine agent Ramon Cruz said the bid was fair.",
			nil, []string{"Ramon Cruz official_of Zorbex"}},
	})
}
