package relate_test

import "testing"

// A gerund of a making verb ("after reaching a deal with") makes the
// agreement as its finite form does; "close to striking" does not yet.
func TestMakingVerbGerunds(t *testing.T) {
	checkFacts(t, []factCase{
		{"Norway has eased its quotas since reaching a fishing deal with Iceland last spring.",
			[]string{"Norway party_to fishing deal", "Iceland party_to fishing deal"}, nil},
		{"Halvorsen Shipping Ltd expanded after sealing a charter agreement with Kestrel Oil Corp.",
			[]string{"Halvorsen Shipping Ltd party_to charter agreement", "Kestrel Oil Corp party_to charter agreement"}, nil},
		{"Halvorsen Shipping Ltd said it was close to striking a charter deal with Kestrel Oil Corp.",
			nil, []string{"Kestrel Oil Corp party_to"}},
	})
}
