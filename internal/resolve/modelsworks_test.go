package resolve_test

import "testing"

// TestModelsAndWorks: a car maker's name followed by a model's, a car
// maker's name in the plural, an aircraft's model number, and a film, a
// musical or a ship after its kind name products and works, no entities;
// the maker stays a company, and so do its units and a name that carries a
// legal form elsewhere.
func TestModelsAndWorks(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// A model after its maker; a maker's name in the plural.
		{"The suspect was seen driving a grey Vauxhall Tarvo. Dealers sold fewer Saabs and Vauxhalls in March.",
			[]string{"0:PER:Vauxhall Tarvo", "1:LOC:Saabs", "1:PER:Vauxhalls"},
			nil, []string{"Person:Vauxhall Tarvo", "Place:Saabs", "Person:Vauxhalls"}},
		// The maker's units stay.
		{"Ford Credit sold notes on Monday. Volvo Trucks cut 300 jobs.",
			[]string{"0:ORG:Ford Credit", "1:ORG:Volvo Trucks"},
			[]string{"Organization:Ford Credit", "Organization:Volvo Trucks"}, nil},
		// Aircraft models with a number, works and ships after their kind.
		{"The airline is the first customer for its K410-300 widebody and will retire its old RX-9s. Critics praised the musical Tamsin! and the frigate Velox sailed.",
			[]string{"0:ORG:K410-300", "0:ORG:RX-9s", "1:PER:Tamsin!", "1:LOC:Velox"},
			nil, []string{"Organization:K410-300", "Organization:RX-9s", "Person:Tamsin!", "Place:Velox"}},
		// No number: the maker before "jets" stays; an airline after
		// "carrier" stays.
		{"The carrier Ostral Air ordered ten Korvane jets.",
			[]string{"0:ORG:Ostral Air", "0:ORG:Korvane"},
			[]string{"Organization:Ostral Air", "Organization:Korvane"}, nil},
		// A list of drugs under their kind.
		{"Cheap copies of its antidepressants Calvane and Dorvix hit sales.",
			[]string{"0:ORG:Calvane", "0:LOC:Dorvix"},
			nil, []string{"Organization:Calvane", "Place:Dorvix"}},
	})
}
