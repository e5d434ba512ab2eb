package resolve_test

import "testing"

// TestProducts: a name that the text gives a product's kind (a drug, a car
// model, a drink) or lists among brands is no entity, whatever the tagger
// took it for; the maker that owns it stays, and a name that also reads as
// a company's stays a company.
func TestProducts(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// The kind before the name; the owner stays.
		{"Tolvane Pharma said sales of its blood pressure drug Corvexil rose sharply.",
			[]string{"0:ORG:Tolvane Pharma", "0:PER:Corvexil"},
			[]string{"Organization:Tolvane Pharma"}, []string{"Person:Corvexil"}},
		// The kind after the name.
		{"Regulators halted trials of the Marvetta drug. Dealers cut the price of Quellan sedans and Brodie vodka.",
			[]string{"0:ORG:Marvetta", "1:PER:Quellan", "1:LOC:Brodie"},
			nil, []string{"Organization:Marvetta", "Person:Quellan", "Place:Brodie"}},
		// A list of brands, and the kind decides for every mention.
		{"The brewer's brands include Harlowe, Penmarric and Tesk. Penmarric sold well in the summer.",
			[]string{"0:PER:Harlowe", "0:ORG:Penmarric", "0:ORG:Tesk", "1:ORG:Penmarric"},
			nil, []string{"Person:Harlowe", "Organization:Penmarric", "Organization:Tesk"}},
		// Not a product: a business noun before the name, a company that
		// speaks, a list of rivals, a maker of drugs.
		{"Its rivals include Dantry and Volmer. Drug maker Ressling cut jobs. Kessimar vodka sold less. Kessimar said it would cut prices.",
			[]string{"0:ORG:Dantry", "0:ORG:Volmer", "1:ORG:Ressling", "2:ORG:Kessimar", "3:ORG:Kessimar"},
			[]string{"Organization:Dantry", "Organization:Volmer", "Organization:Ressling", "Organization:Kessimar"}, nil},
	})
}
