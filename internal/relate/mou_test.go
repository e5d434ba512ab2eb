package relate_test

import "testing"

// A memorandum of understanding before a passive verb is one agreement,
// not an "understanding": its parties go to the whole memorandum.
func TestMemorandumBeforePassive(t *testing.T) {
	checkFacts(t, []factCase{
		{"A memorandum of understanding was signed by Halvard Bank and Norsk Hydro in May.",
			[]string{"Halvard Bank party_to memorandum of understanding", "Norsk Hydro party_to memorandum of understanding"},
			[]string{"Halvard Bank party_to understanding"}},
	})
}
