package mention_test

import "testing"

func TestLowerCaseHeadsOfKnownBodies(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		// A known body written with its head noun in lower case.
		{"Debtor states met the Paris club on Tuesday.", []string{"Organization:Paris club"}, []string{"Place:Paris"}},
		{"Lawmakers in the European parliament objected.", []string{"Organization:European parliament"}, nil},
		// A standing committee named by its body and field.
		{"She chairs the Commons transport committee now.", []string{"Organization:Commons transport committee", "Organization:Commons"}, nil},
		{"He will testify before the UN war crimes tribunal soon.", []string{"Organization:UN war crimes tribunal", "Organization:UN"}, nil},
		// No field words, or a country before them: no body's name.
		{"The Commons committee met late.", nil, []string{"Organization:Commons committee"}},
		{"Officials joined the same committee in Paris.", nil, []string{"Organization:same committee"}},
		{"He spoke to the Italian trade committee.", nil, []string{"Organization:Italian trade committee"}},
	}
	for _, tc := range cases {
		checkFound(t, tc.text, find(t, tc.text), tc.want, tc.not)
	}
}

func TestPossessorBeforeBody(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Officials of the Trade Ministry's Export Licensing Bureau said so.", []string{"ORG:Trade Ministry 's Export Licensing Bureau"},
			[]string{"Organization:Export Licensing Bureau", "Organization:Trade Ministry"}, []string{"Organization:Trade Ministry's Export Licensing Bureau"}},
		{"Norway's Commission on Coastal Fisheries ruled.", []string{"ORG:Norway 's Commission", "ORG:Coastal Fisheries"},
			[]string{"Organization:Commission on Coastal Fisheries"}, []string{"Organization:Norway's Commission on Coastal Fisheries"}},
		// A possessive inside a name stays: the possessor is no known name.
		{"Shares of Hobart's Bay Trading Co rose.", []string{"ORG:Hobart 's Bay Trading Co"},
			[]string{"Organization:Hobart's Bay Trading Co"}, nil},
	})
}
