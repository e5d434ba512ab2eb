package resolve_test

import "testing"

// A party's label outside a party slot, a surname whose particle is
// capitalised alone, and a facility or river named without its head word
// are the entity the text names in full.
func TestEntitySampleDuplicates(t *testing.T) {
	checkTaggedEntities(t, aliasedTagged, []taggedCase{
		// A party's singular label joins the party the text names.
		{"The Liberal Democrats gained two seats. The Liberal Democrat campaign focused on schools.",
			[]string{"ORG:Liberal Democrat"}, []string{"Organization:Liberal Democrats[Liberal Democrat]"}, []string{"Organization:Liberal Democrat[]"}},
		// A label the text names no party for stays as it is.
		{"Pensioners in the town once voted Conservative in large numbers.",
			[]string{"ORG:Conservative"}, nil, []string{"Organization:Conservative Party[Conservative]"}},
		// A particle capitalised when the surname stands alone.
		{"Trade commissioner Hanna van der Zee arrived on Monday. Van der Zee said talks would go on.",
			[]string{"PER:Hanna van der Zee", "PER:Van der Zee"}, []string{"Person:Hanna van der Zee[Van der Zee]"}, []string{"Person:Van der Zee[]"}},
		// Not a different surname.
		{"Hanna van der Zee met Piet Van der Berg on Monday. Van der Berg said little.",
			[]string{"PER:Hanna van der Zee", "PER:Piet Van der Berg", "PER:Van der Berg"}, []string{"Person:Hanna van der Zee[]"}, nil},
		// A prison and a river named without their head words.
		{"Two men are held at Harnwick Prison. Lawyers visited Harnwick on Friday.",
			[]string{"LOC:Harnwick Prison", "LOC:Harnwick"}, []string{"Place:Harnwick Prison[Harnwick]"}, []string{"Place:Harnwick[]"}},
		{"A dam is planned on the Tolva River. Villagers along the Tolva protested.",
			[]string{"LOC:Tolva River", "LOC:Tolva"}, []string{"Place:Tolva River[Tolva]"}, []string{"Place:Tolva[]"}},
		// A city the lexicon knows is not its airport.
		{"Fog closed Glasgow Airport on Monday. Trains to Glasgow were full.",
			[]string{"LOC:Glasgow Airport"}, []string{"Place:Glasgow[]"}, []string{"Place:Glasgow Airport[Glasgow]"}},
	})
}
