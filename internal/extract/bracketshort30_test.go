package extract_test

import "testing"

// A one-word short name in brackets after an organisation's full name is
// that organisation: "Companhia Vale Mineira SA (Valemin)".
func TestBracketedShortName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Companhia Vale Mineira SA (Valemin) said output rose. Valemin will pay a dividend.",
			[]string{"Organization:Companhia Vale Mineira SA"}, []string{"Organization:Valemin"}},
		{"The Association of Tidal Energy Producers (Atep) said costs fell. Atep spokesman Dan Hale said so.",
			[]string{"person/dan_hale official_of organization/association_of_tidal_energy_producers"}, []string{"Organization:Atep"}},
	})
}
