package relate_test

import "testing"

// A body named in a description's aside ("the chief counsel for X,") is
// no element of the list of subjects it sits in; an aside that is a
// relative clause keeps its objects out of the description rule.
func TestDescribedAsideInList(t *testing.T) {
	checkFacts(t, []factCase{
		{"Anna Berg, the chief counsel for Statoil, and Peter Lund, an analyst with Norsk Hydro, met on Monday.",
			[]string{"Anna Berg met_with Peter Lund"}, []string{"Statoil met_with Peter Lund", "Norsk Hydro met_with Anna Berg"}},
	})
}
