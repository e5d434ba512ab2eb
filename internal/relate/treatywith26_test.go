package relate_test

import "testing"

// An agreement "with" a state that is backed, approved or ended exists:
// the state after "with" is a party, and so is the head of state or the
// country blamed or praised for backing it; not a deal only sought.
func TestBackedAgreementWith(t *testing.T) {
	checkFacts(t, []factCase{
		{"Critics in Ghana attacked President John Mensah for backing a defence pact with Togo.",
			[]string{"John Mensah party_to defence pact", "Togo party_to defence pact"}, nil},
		{"Deputies in Lisbon praised Portugal for supporting a fishing accord with neighbouring Spain.",
			[]string{"Portugal party_to fishing accord", "Spain party_to fishing accord"}, nil},
		{"The senate in Santiago backed a trade agreement with Peru on Monday.",
			[]string{"Peru party_to trade agreement"}, nil},
		// A shareholder backing a firm's deal is no party; a deal
		// sought or hoped for names no party.
		{"Analysts criticised Jane Doe for backing a merger agreement with Globex Inc.",
			[]string{"Globex Inc party_to merger agreement"}, []string{"Jane Doe party_to"}},
		{"Kenya would consider backing a trade deal with Uganda.",
			nil, []string{"Uganda party_to"}},
		{"Acme Corp said it was seeking a supply contract with Globex Inc.",
			nil, []string{"party_to"}},
	})
}
