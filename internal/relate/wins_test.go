package relate_test

import "testing"

// Who wins or is awarded a contract is a party to it.
func TestWonContract(t *testing.T) {
	checkFacts(t, []factCase{
		{"Acme Corp won a contract to build two bridges in Peru.", []string{"Acme Corp party_to contract"}, nil},
		{"Globex Inc said it was awarded a 40 mln dlr contract to supply rail cars.",
			[]string{"Globex Inc party_to 40 mln dlr contract"}, nil},
		{"Acme Corp said it won a 30 mln dlr contract from Globex Inc.",
			[]string{"Acme Corp party_to 30 mln dlr contract", "Globex Inc party_to 30 mln dlr contract"}, nil},
		// Not a contract missed, a participle clause's subject or the
		// reporter (the active "awarded ... to" binds the awarder: TestH29ContractAwards).
		{"Shares in Acme Corp fell after it failed to win a contract in Peru.", nil, []string{"party_to"}},
		{"Acme Corp already works in Peru, having been awarded a mining contract last year.", nil, []string{"Peru party_to"}},
		{"Globex Inc is reported by Reuters to have won a contract in Chile.", nil, []string{"Reuters party_to"}},
	})
}
