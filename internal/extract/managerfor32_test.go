package extract_test

import "testing"

// A manager "for" a body runs a part or a region of it: an office, not
// the lead; a president for a body still leads it.
func TestManagerForBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Rory Arndt, general manager for Halden Software Corp in Europe, said sales rose.",
			[]string{"person/rory_arndt official_of organization/halden_software_corp"}, []string{"person/rory_arndt leader_of organization/halden_software_corp"}},
		{"John Medway, president and chief executive officer for the Harbor Trust Corp, said so.",
			nil, []string{"person/john_medway official_of organization/harbor_trust_corp"}},
	})
}
