package extract_test

import "testing"

// The architect of an agreement proposed it.
func TestArchitectOfAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Norway was a main architect of the Tromso accord on fishing quotas.",
			[]string{"agreement/tromso_accord proposed_by country/norway"}, nil},
		{"Tom Harrow, the architect of the Velde agreement, resigned.",
			[]string{"agreement/velde_agreement proposed_by person/tom_harrow"}, nil},
	})
}
