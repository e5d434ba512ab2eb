package relate_test

import "testing"

// A verb of alliance between a subject (or a relative clause's head) and
// "with": "allied (itself) with", "allied to"; "linked with" only between
// two organisations in a relative clause.
func TestAlliedVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{"The market is led by Orvanta Telecom, which has allied itself with Deutsche Telekom.",
			[]string{"Orvanta Telecom allied_with Deutsche Telekom"}, nil},
		{"The Karen National Union, which is allied with the Democratic Party, held talks.",
			[]string{"Karen National Union allied_with Democratic Party"}, nil},
		{"Two bidders remain: Selvane Holdings which is linked with Paris-based Vivendi, and Acme Corp.",
			[]string{"Selvane Holdings allied_with Vivendi"}, nil},
		{"Tom Jones, who is linked with the Democratic Party, denied it.",
			nil, []string{"allied_with"}},
		{"Allied Irish Banks said profits rose with help from Ireland.",
			nil, []string{"allied_with"}},
	})
}

// A state's short name keeps its period: "Calif." is as short as "Fla."
// and stands in no list of places.
func TestShortStateWithPeriod(t *testing.T) {
	checkFacts(t, []factCase{
		{"The chain has stores in Fresno, Calif., Tampa, Fla., and Leeds.",
			[]string{"Fresno located_in California", "Tampa located_in Florida"}, nil},
		{"Sales rose in California, Florida and Texas.", nil, []string{"located_in"}},
	})
}
