package relate_test

import "testing"

// An agreement someone made to buy, sell or merge is one with the company
// bought, whom one sells to and whom one merges with.
func TestAgreementPurpose(t *testing.T) {
	checkFacts(t, []factCase{
		{"Brightwater Holdings Inc said it signed a definitive agreement to acquire Kessler Tool Corp for 40 mln dlrs.",
			[]string{"Brightwater Holdings Inc party_to definitive agreement", "Kessler Tool Corp party_to definitive agreement"}, nil},
		{"Portugal today signed an agreement to sell 200 buses to Morocco.",
			[]string{"Portugal party_to agreement", "Morocco party_to agreement"}, nil},
		{"Brightwater Holdings Inc said it reached an agreement in principle to buy the rail division of Kessler Tool Corp.",
			[]string{"Kessler Tool Corp party_to agreement"}, nil},
		// Nobody made it yet, or a talk about one: no party.
		{"Brightwater Holdings Inc is seeking an agreement to acquire Kessler Tool Corp.", nil, []string{"Kessler Tool Corp party_to"}},
		{"Analysts said an agreement to acquire Kessler Tool Corp was unlikely.", nil, []string{"party_to"}},
	})
}

// Who wins contracts counted or in the plural is a party to them as who
// wins "a contract" is.
func TestWonCountedContracts(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harrow Engineering Ltd won three maintenance contracts from the Royal Navy.",
			[]string{"Harrow Engineering Ltd party_to maintenance contracts", "Royal Navy party_to maintenance contracts"}, nil},
		{"Harrow Engineering Ltd has been awarded multi-million pound contracts.",
			[]string{"Harrow Engineering Ltd party_to multi-million pound contracts"}, nil},
		// A singular without an article, or a failure to win: none.
		{"Harrow Engineering Ltd won contract talks.", nil, []string{"party_to"}},
		{"Harrow Engineering Ltd failed to win two contracts.", nil, []string{"party_to"}},
	})
}

// "Entered" or "executed" without "into" makes an agreement as "entered
// into" does, and a contract entered into is an agreement.
func TestEnteredWithoutInto(t *testing.T) {
	checkFacts(t, []factCase{
		{"Marlow Foods Inc said it entered an agreement to acquire Tenby Bakeries Inc.",
			[]string{"Marlow Foods Inc party_to agreement", "Tenby Bakeries Inc party_to agreement"}, nil},
		{"Marlow Foods Inc said it has executed a definitive agreement with Tenby Bakeries Inc.",
			[]string{"Marlow Foods Inc party_to definitive agreement", "Tenby Bakeries Inc party_to definitive agreement"}, nil},
		{"Marlow Foods Inc said it entered into a three-year supply contract with Tenby Bakeries Inc.",
			[]string{"Marlow Foods Inc party_to three-year supply contract", "Tenby Bakeries Inc party_to three-year supply contract"}, nil},
		// Entering a market, or not entering an agreement.
		{"Marlow Foods Inc entered the bread market with Tenby Bakeries Inc.", nil, []string{"party_to"}},
		{"Marlow Foods Inc said it would not enter an agreement with Tenby Bakeries Inc.", nil, []string{"party_to"}},
	})
}
