package relate_test

import "testing"

// Entering into an agreement makes it, as signing does; leaving or ending
// one, or breaking, keeping or ratifying it (as a noun), shows a party.
func TestAgreementParties(t *testing.T) {
	checkFacts(t, []factCase{
		{"Acme Corp said it entered into an agreement with Globex Inc to build two plants.",
			[]string{"Acme Corp party_to agreement", "Globex Inc party_to agreement"}, nil},
		{"Peru's decision to enter into the fishing agreement surprised Chile.",
			[]string{"Peru party_to fishing agreement"}, []string{"Chile party_to"}},
		{"Brazil faces sanctions over Brazil's alleged violation of the coffee pact.",
			[]string{"Brazil party_to coffee pact"}, nil},
		{"Ministers condemned the Soviet breach of the missile treaty.",
			[]string{"Soviet Union party_to missile treaty"}, nil},
		{"Germany's commitment to the stability pact was questioned.",
			[]string{"Germany party_to stability pact"}, nil},
		{"Acme Corp was set to pull out of the $3bn deal.",
			[]string{"Acme Corp party_to $3bn deal"}, nil},
		{"Acme Corp has terminated its supply contract with Globex Inc.",
			[]string{"Acme Corp party_to supply contract", "Globex Inc party_to supply contract"}, nil},
		// Not a plan, talks, another subject, or an agent after "by".
		{"Acme Corp's commitment to the plan is firm.", nil, []string{"party_to"}},
		{"Acme Corp pulled out of the merger talks.", nil, []string{"party_to"}},
		{"Acme Corp said a partner was set to pull out of a deal.", nil, []string{"party_to"}},
		{"Sales of plants made by Acme Corp have terminated the agreement.", nil, []string{"party_to"}},
	})
}

// A definite agreement whose classifier the one before lacks is another
// agreement; an amount or a judgement is not.
func TestOtherKindOfAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chile will repay its debt under an agreement reached today in Paris. Chile had repaid 5% of the debt under the standstill agreement.",
			[]string{"Chile party_to agreement", "Chile party_to standstill agreement"}, nil},
		{"Acme Corp signed a mobile deal with Globex Inc. Acme Corp may pull out of the $3bn deal.",
			[]string{"Acme Corp party_to mobile deal"}, []string{"$3bn deal"}},
	})
}
