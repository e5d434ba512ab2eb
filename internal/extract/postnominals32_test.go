package extract_test

import "testing"

// A rank written after a name ("QC", "MSP") is no part of it, nor a
// person on its own.
func TestPostNominals(t *testing.T) {
	checkFacts(t, []factCase{
		{"The chairman of the Bar Council, Alan Verity QC, warned of the risk. Verity said legal aid was vital.",
			[]string{"Person:Alan Verity aka Verity", "person/alan_verity leader_of organization/bar_council"},
			[]string{"Person:Alan Verity QC", "Person:Verity"}},
		{"The inquiry heard from a QC, Ruth Ambler, on Tuesday.",
			[]string{"Person:Ruth Ambler"}, []string{"Person:QC"}},
	})
}

// A surname with the rank is the surname.
func TestPostNominalAfterSurname(t *testing.T) {
	checkFacts(t, []factCase{
		{"Michael Mansell QC spoke for the family. Mansell QC said the verdict was wrong.",
			[]string{"Person:Michael Mansell aka Mansell"}, []string{"Person:Mansell QC"}},
	})
}
