package relate_test

import "testing"

// An agreement someone made to buy, sell or merge is one with the company
// bought, whom one sells to and whom one merges with.
func TestAgreementPurpose(t *testing.T) {
	checkFacts(t, []factCase{
		{"Brightwater Holdings Inc said it signed a definitive agreement to acquire Kessler Tool Corp for 40 mln dlrs.",
			[]string{"Brightwater Holdings Inc party_to definitive agreement", "Kessler Tool Corp party_to definitive agreement"}, nil},
		{"Portugal today signed an agreement to sell 200 buses to Morocco.",
			[]string{"Portugal party_to agreement to sell", "Morocco party_to agreement to sell"}, nil},
		{"Brightwater Holdings Inc said it reached an agreement in principle to buy the rail division of Kessler Tool Corp.",
			[]string{"Kessler Tool Corp party_to agreement"}, nil},
		// Nobody made it yet, or a talk about one: no party.
		{"Brightwater Holdings Inc is seeking an agreement to acquire Kessler Tool Corp.", nil, []string{"Kessler Tool Corp party_to"}},
		{"Analysts said an agreement to acquire Kessler Tool Corp was unlikely.", nil, []string{"party_to"}},
	})
}
