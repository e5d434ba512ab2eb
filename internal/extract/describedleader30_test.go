package extract_test

import "testing"

// "The Tory leader said" after a sentence about a person is that person's
// office: when the person speaks after the reported words ("..., X has
// said"), when the description follows a quotation in British order
// (`"...", the Tory leader said`), and when an aside comes first ("The
// Tory leader, who ..., said").
func TestDescribedPartyLeader(t *testing.T) {
	const rel = "person/daniel_marsh leader_of organization/conservative_party"
	checkFacts(t, []factCase{
		{"Taxes have risen too fast, Daniel Marsh has said. The Tory leader predicted a close result in May.",
			[]string{rel}, nil},
		{"Labour has failed the regions, Daniel Marsh has said. \"We will win the seat\", the Tory leader said in Leeds.",
			[]string{rel}, nil},
		{"Daniel Marsh spoke in Leeds on Monday. The Tory leader, who argues taxes are too high, said the vote was close.",
			[]string{rel}, nil},
		// The words reported may open with a person; the speaker still
		// is the one described.
		{"Ann Cole has broken her promises, Daniel Marsh has said. The Tory leader predicted a close result in May.",
			[]string{rel}, []string{"person/ann_cole leader_of organization/conservative_party"}},
	})
}
