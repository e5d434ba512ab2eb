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

func TestNationalityBeforeBodyHead(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// An institute, a centre, a chamber, a union: the nationality
		// opens the body's name.
		{"The Peruvian Cotton Institute cut its forecast.", []string{"MISC:Peruvian", "ORG:Cotton Institute"},
			[]string{"Organization:Peruvian Cotton Institute"}, []string{"Organization:Cotton Institute"}},
		{"Ana Prado of the European Water Policy Centre said so.", []string{"PER:Ana Prado", "MISC:European", "ORG:Water Policy Centre"},
			[]string{"Organization:European Water Policy Centre"}, []string{"Organization:Water Policy Centre"}},
		{"The Kenyan Union of Tea Growers called a strike.", []string{"MISC:Kenyan", "ORG:Union of Tea Growers"},
			[]string{"Organization:Kenyan Union of Tea Growers"}, nil},
		{"It joined the West German Machine Builders Association.", []string{"MISC:West German", "ORG:Machine Builders Association"},
			[]string{"Organization:West German Machine Builders Association"}, []string{"Organization:German Machine Builders Association"}},
		// A state's ministry, a bank or a company keeps the country apart.
		{"The Peruvian Finance Ministry said so.", []string{"MISC:Peruvian", "ORG:Finance Ministry"},
			[]string{"Organization:Finance Ministry"}, []string{"Organization:Peruvian Finance Ministry"}},
		{"It sold shares to French Varnel Industries.", []string{"MISC:French", "ORG:Varnel Industries"},
			[]string{"Organization:Varnel Industries"}, []string{"Organization:French Varnel Industries"}},
	})
}
