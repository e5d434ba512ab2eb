package mention_test

import "testing"

// A named agreement with a lower-case head ends at the last agreement
// noun of the run ("the Norvane merger agreement"), and a memorandum at
// "of understanding".
func TestAgreementNameThroughNouns(t *testing.T) {
	checkFoundCases(t, []foundCase{
		{"Shareholders studied the Norvane merger agreement on Monday.",
			[]string{"Agreement:Norvane merger agreement"}, []string{"Agreement:Norvane merger"}},
		{"Lisbon says the Portugal-Morocco memorandum of understanding on fishing is vague.",
			[]string{"Agreement:Portugal-Morocco memorandum of understanding"}, []string{"Agreement:Portugal-Morocco memorandum"}},
		// An indefinite one names its party only, as before.
		{"Analysts expect a France merger agreement soon.",
			nil, []string{"Agreement:France merger agreement", "Agreement:France merger"}},
		// A noun that is no agreement's stays out.
		{"Shareholders studied the Norvane merger terms on Monday.",
			nil, []string{"Agreement:Norvane merger terms"}},
	})
}
