package mention_test

import "testing"

// A nationality word that is the first word of an organisation's name is
// part of the name, not a country before it.
func TestNationalityInBracketedFirm(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// Wire brackets hold one company's whole name.
		{"It bought a stake in <Norwegian Fjord Salmon Ltd> on Monday.", []string{"MISC:Norwegian", "ORG:Fjord Salmon Ltd"},
			[]string{"Organization:Norwegian Fjord Salmon Ltd"}, []string{"Organization:Fjord Salmon Ltd"}},
		{"<West German Tool Works AG> said profit rose.", []string{"MISC:West German", "ORG:Tool Works AG"},
			[]string{"Organization:West German Tool Works AG"}, []string{"Organization:Tool Works AG"}},
		// Outside brackets the nationality stays apart.
		{"It bought a stake in Norwegian Fjord Salmon Ltd on Monday.", []string{"MISC:Norwegian", "ORG:Fjord Salmon Ltd"},
			[]string{"Organization:Fjord Salmon Ltd"}, []string{"Organization:Norwegian Fjord Salmon Ltd"}},
	})
}
