package extract_test

import "testing"

// A firm named after its founder's family, given a chairman by a
// possessive, is no mistyped person when the text names the firm in
// full; a tycoon's possessive is his.
func TestFirmNamedLikeItsChairman(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tarvex Corp agreed to buy Orbell Air Freight Corp. Orbell's chairman, John C. Orbell, said the two companies fit well.",
			[]string{"person/john_c_orbell leader_of organization/orbell_air_freight_corp"}, []string{"Person:John C. Orbell aka Orbell"}},
		{"Philip Greer bought Arcadia. Greer's shares in the group rose.",
			[]string{"Person:Philip Greer aka Greer"}, []string{"Organization:Greer"}},
	})
}
