package relate_test

import "testing"

// "as part of a settlement" under a modal verb is a settlement called for,
// not one made: no parties.
func TestPartOfAgreementModal(t *testing.T) {
	checkFacts(t, []factCase{
		{"He said Canada must press Peru and Chile to cut tariffs as part of a settlement.",
			nil, []string{"party_to"}},
		{"Fiat had sold GM a stake in 2000, as part of a partnership agreement.",
			[]string{"Fiat party_to partnership agreement"}, nil},
	})
}
