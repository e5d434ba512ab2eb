package relate_test

import "testing"

// A definite "the deal" after a transaction the text states refers to it:
// who buys, sells, pays or merges, and with whom, are its parties.
func TestDealReference(t *testing.T) {
	checkFacts(t, []factCase{
		{"Acme Corp has agreed to buy rival Globex Inc for $3bn.\n\nThe deal creates the largest toy maker in Europe.",
			[]string{"Acme Corp party_to deal", "Globex Inc party_to deal"}, nil},
		{"Acme Corp is to pay Globex Inc 40m euros to end their dispute. Analysts said the settlement was generous.",
			[]string{"Acme Corp party_to settlement", "Globex Inc party_to settlement"}, nil},
		{"Acme Corp said it had agreed in principle to sell its paint unit to Globex Inc. The agreement is worth 90 mln dlrs.",
			[]string{"Acme Corp party_to agreement", "Globex Inc party_to agreement"}, nil},
		{"Peru will pay 5% more for wheat from next year. The landmark deal ends a long dispute.",
			[]string{"Peru party_to landmark deal"}, nil},
		// Not a transaction that may or may not happen, one the verb
		// group does not state, or a deal the text named between.
		{"Acme Corp could buy Globex Inc this year. The deal would need approval.", nil, []string{"party_to"}},
		{"The cars will be built in Spain and sold in Peru. The deal runs to 2010.", nil, []string{"party_to"}},
		{"Acme Corp will buy Globex Inc. Initech Inc has signed a new contract with the union. The deal raises wages.",
			nil, []string{"Acme Corp party_to", "Globex Inc party_to"}},
		{"Acme Corp will pay for the shares in cash and will pay Globex Inc a fee. The deal closes in May.",
			nil, []string{"Globex Inc party_to"}},
		{"Acme Corp staff agree to pay cut\n\nThe deal saves 300 jobs.", nil, []string{"party_to"}},
		// Who agree to do something, and whom with: "the agreement".
		{"Chile and Peru have agreed to open a bus link across the border. Officials said the agreement was overdue.",
			[]string{"Chile party_to agreement", "Peru party_to agreement"}, nil},
		{"Acme Corp agreed in principle with Globex Inc to share two plants. The deal runs for ten years.",
			[]string{"Acme Corp party_to deal", "Globex Inc party_to deal"}, nil},
		{"Chile backed the fishing pact, under which Peru agreed to cut catches. The agreement lapsed in May.",
			nil, []string{"Peru party_to agreement"}},
	})
}
