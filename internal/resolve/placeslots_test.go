package resolve_test

import "testing"

// TestPlacesInSlots: a name the tagger took for a person or an
// organisation is a place when one of its mentions stands where only
// places do, and no mention reads as a person's or a business's.
func TestPlacesInSlots(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// A division, a field, an airport or a mine after the name.
		{"Rebuilding Tallow Bay province will cost billions.",
			[]string{"0:PER:Tallow Bay"},
			[]string{"Place:Tallow Bay"}, []string{"Person:Tallow Bay"}},
		{"The firm raised output at its Garrowin and Meskela fields. Flights to Dunport airport were cut.",
			[]string{"0:PER:Garrowin", "0:ORG:Meskela", "1:ORG:Dunport"},
			[]string{"Place:Garrowin", "Place:Meskela", "Place:Dunport"}, []string{"Organization:Meskela", "Organization:Dunport"}},
		{"It owns half of the Brenmoor Copper mine because of a swap. It stakes the Quallin oil field too.",
			[]string{"0:PER:Brenmoor Copper", "1:ORG:Quallin"},
			[]string{"Place:Brenmoor Copper", "Place:Quallin"}, nil},
		// "the resort of X", a state's short name or a county after a comma.
		{"The tour skipped the resort of Kilbrannan. Delmont, Ore., got a new station. She lives in Hatch End, West Sussex.",
			[]string{"0:ORG:Kilbrannan", "1:PER:Delmont", "2:PER:Hatch End"},
			[]string{"Place:Kilbrannan", "Place:Delmont", "Place:Hatch End"}, []string{"Person:Delmont", "Person:Hatch End"}},
		// Negative: a person named elsewhere by "Mr", or as the surname of
		// a full name, stays a person; a land mine's clearance is no place.
		{"Mr Ostrow spoke. Ostrow province was quiet.",
			[]string{"0:PER:Ostrow", "1:PER:Ostrow"},
			[]string{"Person:Ostrow"}, []string{"Place:Ostrow"}},
		{"Ruth Fennimore arrived. Fennimore, Calif., was her home.",
			[]string{"0:PER:Ruth Fennimore", "1:PER:Fennimore"},
			[]string{"Person:Ruth Fennimore"}, []string{"Place:Fennimore"}},
		{"Volunteers of the Gorsey Trust mine clearance team left.",
			[]string{"0:ORG:Gorsey Trust"},
			[]string{"Organization:Gorsey Trust"}, []string{"Place:Gorsey Trust"}},
		// Negative: a given name before a county is a caller's name and home.
		{"I disagree with Marion, Kent.",
			[]string{"0:PER:Marion"},
			[]string{"Person:Marion"}, []string{"Place:Marion"}},
	})
}

// TestCountyShortForms: the British press's short forms of counties after
// a town are the counties, even where the tagger reads a person; a list
// of people goes on with "and".
func TestCountyShortForms(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Protesters were stopped near Orbley, Glos, on Monday. He is MP for Dunthorpe, North Yorks.",
			[]string{"0:LOC:Orbley", "0:PER:Glos", "1:PER:North Yorks"},
			[]string{"Place:Gloucestershire", "Place:North Yorkshire"}, []string{"Person:Glos", "Person:North Yorks"}},
		{"Notts police said the roads were closed.",
			nil,
			[]string{"Place:Nottinghamshire"}, nil},
		// Negative: a one-word known place in a list of people that goes
		// on with "and" stays the tagger's person.
		{"The judges were Amberley, Somerset and Clough.",
			[]string{"0:PER:Amberley", "0:PER:Somerset", "0:PER:Clough"},
			[]string{"Person:Somerset"}, []string{"Place:Somerset"}},
	})
}
