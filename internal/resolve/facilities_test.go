package resolve_test

import "testing"

// TestFacilityPlaces: airports, dams, stadiums and power plants are
// places, whatever the tagger said; a business after its name keeps a
// company's type, and a plant without a site's word may be an enterprise.
func TestFacilityPlaces(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Flights from Marrowby Airport were cancelled because of fog.",
			[]string{"0:ORG:Marrowby Airport"},
			[]string{"Place:Marrowby Airport"}, []string{"Organization:Marrowby Airport"}},
		{"Work on the Kelvara Dam and the Dunmore Nuclear Plant was halted.",
			[]string{"0:ORG:Kelvara Dam", "0:ORG:Dunmore Nuclear Plant"},
			[]string{"Place:Kelvara Dam", "Place:Dunmore Nuclear Plant"}, nil},
		{"The club will move to the Ashgrove Stadium next year.",
			[]string{"0:PER:Ashgrove Stadium"},
			[]string{"Place:Ashgrove Stadium"}, []string{"Person:Ashgrove Stadium"}},
		// Negative: a hotel business, and a plant that issues bonds.
		{"He runs the group's Corlin Hotel unit. The Fenwei Dyestuffs Plant will issue bonds.",
			[]string{"0:ORG:Corlin Hotel", "1:ORG:Fenwei Dyestuffs Plant"},
			[]string{"Organization:Corlin Hotel", "Organization:Fenwei Dyestuffs Plant"},
			[]string{"Place:Corlin Hotel", "Place:Fenwei Dyestuffs Plant"}},
		// Negative: a person whose surname is a facility's word.
		{"The report was written by Peter Bridge last year.",
			[]string{"0:PER:Peter Bridge"},
			[]string{"Person:Peter Bridge"}, []string{"Place:Peter Bridge"}},
	})
}
