package mention_test

import "testing"

// A name the tagger reads as a place, followed by a noun that comes after
// a family's, a person's or a publication's name, is no place; a place
// before a noun for what stands there stays.
func TestNotPlaceHeads(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The Darvell family sold its stake last year.", []string{"LOC:Darvell"},
			nil, []string{"Place:Darvell"}},
		{"Ministers will answer the Pellow review next month.", []string{"LOC:Pellow"},
			nil, []string{"Place:Pellow"}},
		{"In the Glossar interview she spoke about her work.", []string{"LOC:Glossar"},
			nil, []string{"Place:Glossar"}},
		// Not fired: a prison, a bypass, an airport after a place.
		{"The men are held at Carnwick prison near the Tullow bypass.", []string{"LOC:Carnwick", "LOC:Tullow"},
			[]string{"Place:Carnwick", "Place:Tullow"}, nil},
		{"The family moved to Brackley in May.", []string{"LOC:Brackley"},
			[]string{"Place:Brackley"}, nil},
	})
}
