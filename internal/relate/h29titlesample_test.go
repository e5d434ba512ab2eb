package relate_test

import "testing"

// "the TITLE of <phrase>, NAME,": a described office whose complement is
// no single body of the graph goes to the name set off after it.
func TestDescribedOfPhraseTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"The chairman of the bakery group, Tomas Welland, said sales fell.",
			[]string{"Tomas Welland title =chairman"}, []string{"Tomas Welland leader_of"}},
		{"The head of the planning unit in the trade office, Ilse Borgmann, resigned.",
			[]string{"Ilse Borgmann title =head"}, nil},
		{"The director of the regulator's market division, Piet Haagen, said so.",
			[]string{"Piet Haagen title =director"}, nil},
		{"The leader of the rebels, Cosmo Ferrante.",
			[]string{"Cosmo Ferrante title =leader"}, nil},
		// The name opens the next clause, a list goes on, or a clause
		// comes between: no office.
		{"Asked about the chairman of the bakery group, Tomas Welland replied that sales fell.",
			nil, []string{"Tomas Welland title"}},
		{"The leader of the union and its treasurer, Tomas Welland, met.",
			nil, []string{"Tomas Welland title =leader"}},
		{"The chairman of the firm that Tomas Welland founded, Ilse Borgmann, spoke.",
			nil, []string{"Tomas Welland title"}},
	})
}
