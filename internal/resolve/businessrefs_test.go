package resolve_test

import "testing"

func TestBusinessReferences(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// A company with a legal suffix, the only one named before.
		{"Harwick Tools Corp reported a loss on Tuesday. The company said its chairman would retire.",
			[]string{"Organization:Harwick Tools Corp[company]"}, nil},
		{"On Monday Pellmont Inc shares fell. The firm's chief executive blamed the weather.",
			[]string{"Organization:Pellmont Inc[firm]"}, nil},
		// The text calls it a bank.
		{"Savings bank Orrin Mutual lost money. The bank said it would shut ten branches.",
			[]string{"Organization:Orrin Mutual[bank]"}, nil},
		// Two companies: the subject of the sentence before.
		{"Harwick Tools Corp agreed to buy Dunmore Brass Inc for cash. The company said the deal would close in May.",
			[]string{"Organization:Harwick Tools Corp[company]", "Organization:Dunmore Brass Inc[]"}, nil},
		// Two companies, neither the subject: no antecedent.
		{"Analysts said Harwick Tools Corp might buy Dunmore Brass Inc. The company declined to comment.",
			nil, []string{"company]"}},
		// A name of unknown kind might be the company meant.
		{"Lenders to Quarrow sued Harwick Tools Corp on Monday. They said the company owed them money.",
			nil, []string{"company]"}},
		// A body that is no company is no antecedent.
		{"The Trade Commission fined Quarrow Mills. The company will appeal.",
			nil, []string{"company]"}},
		// "the airline" wants an airline.
		{"Harwick Tools Corp signed a deal with the ministry. The airline said nothing.",
			nil, []string{"airline]"}},
	})
}
