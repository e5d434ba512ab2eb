package extract_test

import "testing"

// A ministry or department named both ways ("the Ministry of Transport",
// "the transport ministry") is one organisation; a ministry of another
// field stays apart.
func TestMinistryNamedBothWays(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Ministry of Transport said the ferry sank. A transport ministry official said the report was ready.",
			[]string{"Organization:Ministry of Transport"}, []string{"Organization:transport ministry"}},
		{"The Department of Commerce said exports rose. The Commerce Department also said imports fell.",
			// The lexicon's name is kept.
			[]string{"Organization:Commerce Department"}, []string{"Organization:Department of Commerce"}},
		{"The Ministry of Foreign Affairs protested. The Foreign Ministry summoned the envoy.",
			[]string{"Organization:Ministry of Foreign Affairs"}, []string{"Organization:Foreign Ministry"}},
		{"The Ministry of Transport said the ferry sank. The finance ministry said the costs were high.",
			[]string{"Organization:Ministry of Transport", "Organization:finance ministry"}, nil},
	})
}
