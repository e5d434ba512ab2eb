package relate_test

import "testing"

// A company that receives a contract is a party to it, as one that wins
// it is; so is the company or agency that awards it.
func TestH29ContractAwards(t *testing.T) {
	checkFacts(t, []factCase{
		{"Marlow Systems Inc said it has received a fixed-price contract worth two mln dlrs to repair radar sets.",
			[]string{"Marlow Systems Inc party_to fixed-price contract"}, nil},
		{"Quinta Pumps Ltd said it was awarded a 4.2 mln dlr contract by Westfield Water Co.",
			[]string{"Quinta Pumps Ltd party_to 4.2 mln dlr contract", "Westfield Water Co party_to 4.2 mln dlr contract"}, nil},
		{"Harbor Steel Corp said it awarded a 12 mln dlr contract to Delmont Cranes Inc for new loaders.",
			[]string{"Harbor Steel Corp party_to 12 mln dlr contract", "Delmont Cranes Inc party_to 12 mln dlr contract"}, nil},
		{"Halloran Engineering Inc <HEI> received a 3.1 mln dlr contract from the Navy.",
			[]string{"Halloran Engineering Inc party_to 3.1 mln dlr contract"}, nil},
		// Not a country named in an aside of the subject, not a visitor
		// received, not a modal or refused contract.
		{"Pellworth Corp, a shipyard owned by Norsk Hydro of Norway, received two contracts for ferries.",
			nil, []string{"Norway party_to", "Norsk Hydro party_to"}},
		{"Ruritania received the president of Freedonia on Tuesday.", nil, []string{"party_to"}},
		{"Pellworth Corp said it could receive a contract for two ferries.", nil, []string{"party_to"}},
	})
}
