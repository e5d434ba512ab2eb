package extract_test

import "testing"

// Wire copy brackets a firm's name, "<Kessler Gold Mines Ltd> (KGM)": the
// acronym after it is the firm's, as after an unbracketed name.
func TestWireBracketedAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{"SYDNEY, March 3 - <Kessler Gold Mines Ltd> (KGM) said output rose. KGM will pay a dividend.",
			[]string{"Organization:Kessler Gold Mines Ltd"}, []string{"Organization:KGM"}},
	})
}
