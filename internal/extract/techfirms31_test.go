package extract_test

import "testing"

// Well-known technology, music and film companies are organisations, not
// places or people the tagger guessed.
func TestKnownTechCompanies(t *testing.T) {
	checkFacts(t, []factCase{
		{"The system is not available yet, but Motorola, the US handset maker, said trials went well. Napster and Symantec agreed.",
			[]string{"Organization:Motorola", "Organization:Napster", "Organization:Symantec"},
			[]string{"Place:Motorola", "Person:Napster", "Place:Symantec"}},
		{"\"Show me an operator that believes its voice business can sustain it,\" said Dana Whitlow, chief technology officer at Alcatel.",
			[]string{"person/dana_whitlow official_of organization/alcatel"}, nil},
	})
}

// A bookmaker named like a person stays a firm.
func TestBookmakers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Irish bookmaker Paddy Power reported a 25% rise in profits. Ladbrokes said it agreed.",
			[]string{"Organization:Paddy Power", "Organization:Ladbrokes"}, []string{"Person:Paddy Power"}},
	})
}
