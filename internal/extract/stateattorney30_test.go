package extract_test

import "testing"

// "US Attorney X" is the state's prosecutor, an official of the state; an
// attorney of a person is a private lawyer.
func TestStateAttorney(t *testing.T) {
	checkFacts(t, []factCase{
		{"US Attorney Dana Whitlow said the traders would plead guilty.",
			[]string{"person/dana_whitlow official_of country/united_states"}, nil},
		{"\"The case is weak,\" said U.S. Attorney Dana Whitlow.",
			[]string{"person/dana_whitlow official_of country/united_states"}, nil},
		{"Harper's Attorney Dana Whitlow said the charges were false. The US pressed them.",
			nil, []string{"person/dana_whitlow official_of country/united_states"}},
	})
}
