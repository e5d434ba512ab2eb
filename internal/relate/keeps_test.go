package relate_test

import "testing"

// Who abides by, complies with, extends or renews a concluded agreement
// is a party to it, kept or not; a plan carried out is its author's.
func TestKeepsAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Peru failed to live up to a fishing pact signed last year.", []string{"Peru party_to fishing pact"}, nil},
		{"Chile and Peru have extended a water-sharing deal by five years.",
			[]string{"Chile party_to water-sharing deal", "Peru party_to water-sharing deal"}, nil},
		{"Officials tried to persuade Bolivia to abide by the trade accord.", []string{"Bolivia party_to trade accord"}, nil},
		{"Tariffs followed Peru's alleged refusal to comply with the terms of the fishing pact.",
			[]string{"Peru party_to fishing pact"}, nil},
		{"The cartel said OPEC will renew its production agreement in June.", []string{"OPEC party_to production agreement"}, nil},
		// Not a plan, not a ministry that carries out its country's
		// pact, not when no one is named as failing.
		{"Chile will implement the reform plan next year.", nil, []string{"party_to"}},
		{"Analysts said the failure to implement the fishing pact hurt Chile.", nil, []string{"party_to"}},
		{"Peru will continue the talks with Chile.", nil, []string{"party_to"}},
	})
}

// The subject of what someone said acts under an agreement.
func TestUnderAgreementReported(t *testing.T) {
	checkFacts(t, []factCase{
		{"He said Chile had already repaid 5% of the debt under the standstill agreement.",
			[]string{"Chile party_to standstill agreement"}, nil},
		{"Acme Corp began selling Globex Inc products under a licensing agreement.", nil, []string{"Globex Inc party_to"}},
	})
}
