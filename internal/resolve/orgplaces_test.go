package resolve_test

import (
	"testing"
)

// TestTaggerOrgPlaces: a name only the tagger took for an organisation
// becomes a place when the text uses it only where places stand, and stays
// an organisation when any mention reads as a business's.
func TestTaggerOrgPlaces(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// A list of towns with one the lexicon knows.
		{"The minister toured Leeds, Wexcombe and Sheffield on Friday.",
			[]string{"0:ORG:Wexcombe"},
			[]string{"Place:Wexcombe"}, []string{"Organization:Wexcombe"}},
		// A county after a town where something happened.
		{"She spoke at a rally in Hollingbrook, Marlshire.",
			[]string{"0:LOC:Hollingbrook", "0:ORG:Marlshire"},
			[]string{"Place:Marlshire"}, []string{"Organization:Marlshire"}},
		// "across X", "the X constituency".
		{"Pits across Halverton closed. He won the Dunstable Moor constituency twice.",
			[]string{"0:ORG:Halverton", "1:ORG:Dunstable Moor"},
			[]string{"Place:Halverton", "Place:Dunstable Moor"}, nil},
		// Negative: a company that speaks keeps its type, wherever else
		// it stands.
		{"Workers across Brenlow walked out. Brenlow said talks would resume.",
			[]string{"0:ORG:Brenlow", "1:ORG:Brenlow"},
			[]string{"Organization:Brenlow"}, []string{"Place:Brenlow"}},
		// Negative: an apposition with a country's possessive is no
		// town's region.
		{"Investors sold Corvane, Germany's biggest lender, on Monday.",
			[]string{"0:ORG:Corvane"},
			[]string{"Organization:Corvane"}, []string{"Place:Corvane"}},
		// Negative: two names with a comma between are no list.
		{"In Europe, Talvora shed 2% on Monday.",
			[]string{"0:ORG:Talvora"},
			[]string{"Organization:Talvora"}, []string{"Place:Talvora"}},
		// Negative: a word of organisations' names keeps the type.
		{"Leeds, Marsh Council and Sheffield voted against.",
			[]string{"0:ORG:Marsh Council"},
			[]string{"Organization:Marsh Council"}, []string{"Place:Marsh Council"}},
	})
}
