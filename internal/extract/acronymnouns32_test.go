package extract_test

import "testing"

// Acronyms of common nouns and technologies name no organisation.
func TestCommonNounAcronyms(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tom Vale married PR executive Sarah Dunmore in 2000.",
			[]string{"Person:Sarah Dunmore"}, []string{"Organization:PR", "person/sarah_dunmore official_of organization/pr"}},
		{"Telcos plan to sell IPTV over ADSL lines, and Halden Group plans an IPO next year.",
			[]string{"Organization:Halden Group"}, []string{"Organization:IPTV", "Organization:ADSL", "Organization:IPO"}},
	})
}

// An acronym in brackets after its name is the body's, though the same
// letters elsewhere are a noun.
func TestBracketedAcronymKept(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Intellectual Property Office (IPO) said patents rose.",
			[]string{"Organization:Intellectual Property Office aka IPO"}, nil},
	})
}

// Diseases are no entities.
func TestDiseasesAreNoEntities(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ruth Ambler, head of policy at Aids charity the Harbor Trust, said funding for Aids and Malaria must rise.",
			[]string{"person/ruth_ambler official_of organization/harbor_trust"}, []string{"Place:Aids", "Organization:Aids", "Organization:Malaria"}},
	})
}
