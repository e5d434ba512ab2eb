package resolve_test

import "testing"

// A name the tagger took for a person is a place when a description headed
// by a town's, port's or province's noun follows it after a comma; a
// person's office that opens with such a noun is no place.
func TestPlaceAppositiveSlot(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Storms battered Carrowby, a fishing town on the coast.",
			[]string{"0:PER:Carrowby"},
			[]string{"Place:Carrowby"}, []string{"Person:Carrowby"}},
		{"Trade through Velmouth, the country's second port, slowed.",
			[]string{"0:PER:Velmouth"},
			[]string{"Place:Velmouth"}, []string{"Person:Velmouth"}},
		{"Hal Dunrow, a town councillor, resigned.",
			[]string{"0:PER:Hal Dunrow"},
			[]string{"Person:Hal Dunrow"}, []string{"Place:Hal Dunrow"}},
		{"Dunrow, a city planner, resigned.",
			[]string{"0:PER:Dunrow"},
			[]string{"Person:Dunrow"}, []string{"Place:Dunrow"}},
	})
}
