package extract_test

import "testing"

// The people of a ministry written in lower case are its officials, as
// for the capitalised name ("a Finance Ministry spokesman, X").
func TestLowerCaseMinistryOfficials(t *testing.T) {
	checkFacts(t, []factCase{
		{"Anna Holm, a trade ministry official, said exports would rise.",
			[]string{"person/anna_holm official_of organization/trade_ministry"}, nil},
		{"An energy ministry spokesman, Piet Dekker, said output would rise.",
			[]string{"person/piet_dekker official_of organization/energy_ministry"}, nil},
		// A minister is no official of a ministry named nowhere.
		{"Finance minister Carl Wendt said the ministry would cut rates.",
			nil, []string{"person/carl_wendt official_of organization/ministry"}},
	})
}
