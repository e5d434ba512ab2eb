package resolve_test

import (
	"testing"
)

// TestTaggerPlaceVotes: a name only the tagger took for a place gets the
// type that all its mentions' contexts give it, and keeps the place when
// one of them reads as a place.
func TestTaggerPlaceVotes(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// Business cues: "sales of X", "X shares".
		{"Sales of Brantwell rose last year. Brantwell shares fell on Monday.",
			[]string{"0:LOC:Brantwell", "1:LOC:Brantwell"},
			[]string{"Organization:Brantwell"}, []string{"Place:Brantwell"}},
		// A list of rivals (a list of brands names products: products_test.go).
		{"Its rivals include Velcorra, Mistrel and Dunhaven.",
			[]string{"0:LOC:Velcorra", "0:LOC:Mistrel", "0:LOC:Dunhaven"},
			[]string{"Organization:Velcorra", "Organization:Mistrel", "Organization:Dunhaven"}, []string{"Place:Mistrel"}},
		// An appositive and a copula that say what the name is.
		{"Trevally, the struggling retailer, cut prices again. Ostermark is a small steel firm.",
			[]string{"0:LOC:Trevally", "1:LOC:Ostermark"},
			[]string{"Organization:Trevally", "Organization:Ostermark"}, nil},
		// Places do not speak.
		{"Harrowdene said profits were down.",
			[]string{"0:LOC:Harrowdene"},
			[]string{"Organization:Harrowdene"}, []string{"Place:Harrowdene"}},
		// A person: the surname of a full name, an age, an initial.
		{"Amelia Carrowby chaired the inquiry. Later Carrowby left early. Gorvane, 54, was charged. The note was signed by R. Tresswick yesterday.",
			[]string{"0:PER:Amelia Carrowby", "1:LOC:Carrowby", "2:LOC:Gorvane", "3:LOC:Tresswick"},
			[]string{"Person:Amelia Carrowby", "Person:Gorvane", "Person:Tresswick"}, []string{"Place:Carrowby", "Place:Gorvane", "Place:Tresswick"}},
		// One mention where something is keeps the place, whatever the rest says.
		{"Sales of Kilbarra rose. A new plant opened in Kilbarra.",
			[]string{"0:LOC:Kilbarra", "1:LOC:Kilbarra"},
			[]string{"Place:Kilbarra"}, []string{"Organization:Kilbarra"}},
		// A bishop's see and an American state name places.
		{"Bishop Fennick of Dunmarra said the plan was wrong. Kestrel Inc, Brannock, Calif., said on Monday it would expand.",
			[]string{"0:PER:Bishop Fennick", "0:LOC:Dunmarra", "1:ORG:Kestrel Inc", "1:LOC:Brannock"},
			[]string{"Place:Dunmarra", "Place:Brannock"}, []string{"Organization:Dunmarra", "Organization:Brannock"}},
		// A list with a place the lexicon knows is a list of places.
		{"Leeds, Holmbury and Sheffield voted against. Holmbury said no.",
			[]string{"0:LOC:Holmbury", "1:LOC:Holmbury"},
			[]string{"Place:Holmbury"}, []string{"Organization:Holmbury"}},
		// A name and its apposition are no list of people.
		{"The minister for Trellby, Jane Mobbs, spoke first.",
			[]string{"0:LOC:Trellby", "0:PER:Jane Mobbs"},
			[]string{"Place:Trellby"}, []string{"Person:Trellby"}},
	})
}
