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
