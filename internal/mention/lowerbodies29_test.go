package mention_test

import "testing"

func TestLowerBodies(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A known town's bourse or stock exchange is a body; the town
		// keeps its own mention.
		{"Its shares fell 4 percent on the Lisbon bourse on Tuesday.", []string{"LOC:Lisbon"},
			[]string{"Organization:Lisbon bourse", "Place:Lisbon"}, nil},
		{"Trading on the Milan stock exchange was halted.", []string{"LOC:Milan"},
			[]string{"Organization:Milan stock exchange"}, nil},
		// Bare "exchange" mostly takes up an exchange named before; a
		// demonym, an indefinite article or an unknown word makes none.
		{"Brokers on the Rotterdam exchange were cautious.", []string{"LOC:Rotterdam"},
			nil, []string{"Organization:Rotterdam exchange"}},
		{"The Portuguese stock exchange rose.", nil,
			nil, []string{"Organization:Portuguese stock exchange"}},
		{"He bought shares on a Lisbon bourse.", []string{"LOC:Lisbon"},
			nil, []string{"Organization:Lisbon bourse"}},
		{"It listed on the Quelby stock exchange.", []string{"LOC:Quelby"},
			nil, []string{"Organization:Quelby stock exchange"}},
		// A church the lexicon knows by its capitalised name; a town's
		// church is a building.
		{"The talks were mediated by the Roman Catholic church last year.", nil,
			[]string{"Organization:Roman Catholic church"}, nil},
		// The Taleban spelling of the Taliban, as BBC and Reuters wrote it.
		{"Fighters of the Taleban took the town.", nil,
			[]string{"Organization:Taleban"}, nil},
		{"They met in the Lisbon church on Sunday.", []string{"LOC:Lisbon"},
			nil, []string{"Organization:Lisbon church"}},
	})
}
