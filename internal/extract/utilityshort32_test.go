package extract_test

import "testing"

// "Pacific Gas" is "Pacific Gas and Electric Co" for short; a public
// body after "and" makes no name of one.
func TestSecondTradeShortName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harbor Gas and Electric Co said it expects a loss. Last year Harbor Gas reported earnings of 925 mln dlrs.",
			[]string{"Organization:Harbor Gas and Electric Co aka Harbor Gas"}, []string{"Organization:Harbor Gas"}},
	})
}
