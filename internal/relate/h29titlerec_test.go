package relate_test

import "testing"

// "the new TITLE, NAME", "the newly-appointed TITLE": a word that dates
// the office does not stop the described title before or after a name.
func TestStatusWordBeforeDescribedTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"The new chairman, Tomas Welland, said sales fell.",
			[]string{"Tomas Welland title =chairman"}, nil},
		{"The incoming president of the union, Ilse Borgmann, spoke first.",
			[]string{"Ilse Borgmann title =president"}, nil},
		{"Sir Piet Haagen, the newly-appointed police commissioner, said so.",
			[]string{"Piet Haagen title =police commissioner"}, nil},
		// No office word before the name: nothing to give.
		{"Sales rose under the new management, Tomas Welland said.",
			nil, []string{"Tomas Welland title"}},
	})
}

// "French finance minister A met his German counterpart B": B holds A's
// office in the other country, and A's title.
func TestCounterpartTakesTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"French Finance Minister Luc Moreau met his German counterpart, Karl Brenner, in Paris.",
			[]string{"Karl Brenner title =finance minister"}, nil},
		// A possessor with no known office gives no title.
		{"Luc Moreau met his German counterpart, Karl Brenner, in Paris.",
			nil, []string{"Karl Brenner title"}},
	})
}
