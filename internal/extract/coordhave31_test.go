package extract_test

import "testing"

// "X has a link with Y and has an agreement with Z": X and Z are the
// parties; Y is the first verb's object.
func TestCoordinatedHaveAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Tarvex Exchange currently has a trading link with the Marl Exchange and has an agreement with the Orben Options Exchange to trade the index.",
			[]string{"organization/tarvex_exchange party_to agreement/agreement-f4a497c5", "organization/orben_options_exchange party_to agreement/agreement-f4a497c5"},
			[]string{"organization/marl_exchange party_to agreement/agreement-f4a497c5"}},
	})
}

// The subject of both verbs is the name before the first, not a
// possessor or a phrase before a comma.
func TestCoordinatedHaveSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Japan's Tarvex Motor Corp has a joint venture with Marl Motors and has a supply agreement with Orben Corp.",
			nil, []string{"country/japan party_to agreement/supply_agreement-6c631fcf", "organization/marl_motors party_to agreement/supply_agreement-6c631fcf"}},
	})
}
