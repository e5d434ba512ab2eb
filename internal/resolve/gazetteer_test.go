package resolve_test

import "testing"

// The lexicon's counties, towns and districts are places whatever the
// tagger made of them; names left out of it because they are also words,
// surnames or firms keep the tagger's reading.
func TestGazetteerPlaces(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// A county and a town the tagger took for organisations.
		{"Flooding closed roads across Oxfordshire and Buckinghamshire on Tuesday.",
			[]string{"0:ORG:Oxfordshire", "0:ORG:Buckinghamshire"},
			[]string{"Place:Oxfordshire", "Place:Buckinghamshire"}, []string{"Organization:Oxfordshire"}},
		{"The new hospital in Peterborough will open in the spring.",
			[]string{"0:ORG:Peterborough"},
			[]string{"Place:Peterborough"}, []string{"Organization:Peterborough"}},
		// A London borough and a Scottish council area the tagger missed.
		{"Council tax rose by 4% in Islington and in Midlothian last year.", nil,
			[]string{"Place:Islington", "Place:Midlothian"}, nil},
		// A known place of several words, whole, is no person, whatever
		// the tagger says.
		{"In Bethnal Green, the sitting MP faces a strong challenger.",
			[]string{"0:PER:Bethnal Green"},
			[]string{"Place:Bethnal Green"}, []string{"Person:Bethnal Green"}},
		{"Bus services in North Tyneside will be cut from May.",
			[]string{"0:PER:North Tyneside"},
			[]string{"Place:North Tyneside"}, []string{"Person:North Tyneside"}},
		// A one-word place and a longer person's name keep the tagger's
		// person.
		{"Charlotte scored twice before Victoria Hartley closed the meeting.",
			[]string{"0:PER:Charlotte", "0:PER:Victoria Hartley"},
			[]string{"Person:Charlotte", "Person:Victoria Hartley"}, []string{"Place:Charlotte", "Place:Victoria"}},
		// A constituency named by a place and a compass point is the
		// tagger's whole name, not the place; a compass point in lower
		// case before the place is no part of it.
		{"The party hopes to take Dorset West and Leeds North West in May.",
			[]string{"0:LOC:Dorset West", "0:LOC:Leeds North West"},
			[]string{"Place:Dorset West", "Place:Leeds North West"}, []string{"Place:Dorset", "Place:Leeds"}},
		{"Heavy rain flooded farms in west Dorset overnight.",
			[]string{"0:LOC:Dorset"},
			[]string{"Place:Dorset"}, nil},
		// A surname left out of the lexicon stays the tagger's person.
		{"Dr Helen Wakefield said the results were clear. Wakefield added that more work was needed.",
			[]string{"0:PER:Helen Wakefield", "1:PER:Wakefield"},
			[]string{"Person:Helen Wakefield"}, []string{"Place:Wakefield"}},
		// So does a town's name that is also a football club's.
		{"Wimbledon agreed a new shirt deal with a sportswear maker.",
			[]string{"0:ORG:Wimbledon"},
			[]string{"Organization:Wimbledon"}, []string{"Place:Wimbledon"}},
	})
}

// A district of the lexicon put in an American state is a place of its
// own, as a city is.
func TestLocalHomonymsDistricts(t *testing.T) {
	checkTaggedEntities(t, func(t *testing.T, s string, _ []string) []string { return entityIDs(t, s) }, []taggedCase{
		{"GREENWICH, Conn., March 4 - Parvell Holdings Inc said it sold its unit.", nil,
			[]string{"place/greenwich_connecticut"}, []string{"place/greenwich"}},
		{"Crowds gathered in Greenwich, south-east London, for the fireworks.", nil,
			[]string{"place/greenwich"}, []string{"place/greenwich_connecticut"}},
	})
}
