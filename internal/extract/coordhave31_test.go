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
