package relate_test

import "testing"

// Parties that agree a ceasefire or a truce have concluded it, where
// "agreed plans" are yet to be carried out.
func TestAgreedTruce(t *testing.T) {
	checkFacts(t, []factCase{
		{"Fighters of the Kurdistan Workers Party agreed a truce with Turkey last week.",
			[]string{"Kurdistan Workers Party party_to truce", "Turkey party_to truce"}, nil},
		{"Ethiopia and Eritrea agreed a ceasefire on Sunday.",
			[]string{"Ethiopia party_to ceasefire", "Eritrea party_to ceasefire"}, nil},
		// Refused: no truce.
		{"Ethiopia and Eritrea have not agreed a ceasefire.",
			nil, []string{"Ethiopia party_to", "Eritrea party_to"}},
		// Plans agreed are still no agreement.
		{"Ethiopia and Eritrea agreed plans to reopen their border.",
			nil, []string{"Ethiopia party_to", "Eritrea party_to"}},
	})
}

// "the pact signed by the two countries": the two the text has just
// named are its parties.
func TestSignedByPair(t *testing.T) {
	checkFacts(t, []factCase{
		{"Peru and Ecuador held talks in Lima on Monday. Both praised the border treaty signed by the two countries in 1998.",
			[]string{"Peru party_to border treaty", "Ecuador party_to border treaty"}, nil},
		// Three countries named: which two signed is unclear.
		{"Peru, Chile and Ecuador held talks in Lima on Monday. Both praised the border treaty signed by the two countries in 1998.",
			nil, []string{"Peru party_to", "Chile party_to", "Ecuador party_to"}},
	})
}

// A letter of intent to sell, buy or merge is one with the other side.
func TestLetterOfIntentCounterpart(t *testing.T) {
	checkFacts(t, []factCase{
		{"Norcross Tool Corp said it had signed a letter of intent to sell its packaging unit to Halvard Industries Inc.",
			[]string{"Norcross Tool Corp party_to letter of intent", "Halvard Industries Inc party_to letter of intent"}, nil},
		{"Norcross Tool Corp said it signed a letter of intent to acquire Halvard Industries Inc for 20 mln dlrs.",
			[]string{"Norcross Tool Corp party_to letter of intent", "Halvard Industries Inc party_to letter of intent"}, nil},
		// A letter only drafted: nobody has signed it.
		{"Norcross Tool Corp said it had drafted a letter of intent to sell its packaging unit to Halvard Industries Inc.",
			nil, []string{"Halvard Industries Inc party_to"}},
	})
}
