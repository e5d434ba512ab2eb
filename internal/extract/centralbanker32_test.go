package extract_test

import "testing"

// "central banker" is an office of the state's central bank.
func TestCentralBankerTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chilean Central Banker Rosa Ibarra met creditors in New York.",
			[]string{"person/rosa_ibarra title = central banker", "person/rosa_ibarra official_of country/chile"}, nil},
	})
}
