package extract_test

import "testing"

// A firm named after its founder's family, given a chairman by a
// possessive, is no mistyped person.
func TestFirmNamedLikeItsChairman(t *testing.T) {
	checkFacts(t, []factCase{
		{"Orbell's chairman, John C. Orbell, said the two companies fit well.",
			[]string{"person/john_c_orbell leader_of organization/orbell"}, []string{"Person:John C. Orbell aka Orbell"}},
	})
}
