package mention_test

import "testing"

// Wire desks' sign-offs, chambers named by rank and Whitehall.
func TestDesksAndChambers(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A desk's sign-off with its telephone number names nothing.
		{"Output of zinc fell two percent. -- Lisbon Newsroom +351 1 555 0101", []string{"ORG:Lisbon Newsroom"},
			nil, []string{"Organization:Lisbon Newsroom", "Place:Lisbon"}},
		{"Copper stocks eased in June. -- Ann Ruiz, Denver Commodities 303-555-0188", []string{"PER:Ann Ruiz", "ORG:Denver Commodities"},
			[]string{"Person:Ann Ruiz"}, []string{"Organization:Denver Commodities"}},
		// A company with a subject's word in its name is no desk.
		{"Shares of Harwick Energy 5 percent higher lifted the index.", []string{"ORG:Harwick Energy"},
			[]string{"Organization:Harwick Energy"}, nil},
		// A chamber of parliament named by its rank is a body.
		{"The bill now goes to the Upper House for a vote.", []string{"LOC:Upper House"},
			[]string{"Organization:Upper House"}, []string{"Place:Upper House"}},
		// Other places in "House" stay places.
		{"The protest moved on to Mansion House in the evening.", []string{"LOC:Mansion House"},
			[]string{"Place:Mansion House"}, nil},
		// Whitehall stands for Britain's civil service.
		{"The party would cut the number of Whitehall departments.", []string{"LOC:Whitehall"},
			[]string{"Organization:Whitehall"}, []string{"Place:Whitehall"}},
	})
}

// Business nouns before a name: "auditors X", "brokerage X".
func TestFirmNounsBefore(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The bank dismissed its auditors Harold Pennick over the accounts.", []string{"PER:Harold Pennick"},
			[]string{"Organization:Harold Pennick"}, []string{"Person:Harold Pennick"}},
		{"Shares fell, said an economist at brokerage Voronets.", []string{"LOC:Voronets"},
			[]string{"Organization:Voronets"}, []string{"Place:Voronets"}},
		// A single auditor may be a person.
		{"The council's chief auditor Mary Kettle resigned.", []string{"PER:Mary Kettle"},
			[]string{"Person:Mary Kettle"}, []string{"Organization:Mary Kettle"}},
	})
}
