package resolve_test

import "testing"

func TestPlaceCompanies(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// A firm named after a town, then by the town's name alone where
		// it acts as the business.
		{"Norvale Mining said it agreed to buy Dundee Minerals Ltd for $40 million. Dundee shareholders will vote next month, and Dundee said its board backs the offer.",
			[]string{"Organization:Dundee Minerals Ltd[Dundee]"}, []string{"Place:Dundee"}},
		// The town where something happens stays a place.
		{"Dundee Minerals Ltd said profits rose. The company has an office in Dundee, and Dundee said it would hire staff.",
			[]string{"Place:Dundee[]", "Organization:Dundee Minerals Ltd[]"}, nil},
		// With no firm of that name, the town is the lexicon's.
		{"Bristol said the budget would be cut. Norvale Mining Ltd shares fell.",
			[]string{"Place:Bristol[]"}, []string{"Organization:Bristol"}},
	})
}
