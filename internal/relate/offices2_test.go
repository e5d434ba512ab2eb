package relate_test

import "testing"

// "chief executive of Britain's Tarvex Corp": the country's possessive
// says where the body is; the office is the body's.
func TestOfficeOfPlacePossessedBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ola Brenn, chief executive of Norway's Tarvex Corp, said sales rose.",
			[]string{"Ola Brenn leader_of Tarvex Corp"}, []string{"Ola Brenn leader_of Norway", "Ola Brenn official_of Norway"}},
		{"Ola Brenn, the head of Canada's largest miner Dunmore Mining Corp, said output fell.",
			[]string{"Ola Brenn leader_of Dunmore Mining Corp"}, []string{"Ola Brenn leader_of Canada"}},
		// No organisation after the possessive: no office of the country.
		{"Ola Brenn, president of Norway's central bank, said rates would stay.",
			[]string{"Ola Brenn title =president"}, []string{"Ola Brenn leader_of Norway"}},
		// Not an office: no relation.
		{"Ola Brenn, a critic of Norway's Tarvex Corp, said sales rose.",
			nil, []string{"Ola Brenn leader_of", "Ola Brenn official_of"}},
	})
}

// "Gov." is the governor's title before a name, as "Sen." is the
// senator's.
func TestGovernorAbbreviation(t *testing.T) {
	checkFacts(t, []factCase{
		{"Republican Gov. Dale Harmon signed the bill on Friday.",
			[]string{"Dale Harmon title =governor"}, nil},
		{"Lt. Gov. Dale Harmon signed the bill on Friday.",
			[]string{"Dale Harmon title =lieutenant governor"}, []string{"=governor\n"}},
	})
}
