package relate_test

import "testing"

// "Globex merged into Acme. ... the merger": the company merged into is
// a party of the merger, as the one merged with is.
func TestDealReferenceMergedInto(t *testing.T) {
	checkFacts(t, []factCase{
		{"Effective May 1, Globex Inc merged into Acme Corp, which kept its name. Figures before the merger are restated.",
			[]string{"Globex Inc party_to merger", "Acme Corp party_to merger"}, nil},
		{"Acme Corp said Globex Inc will merge with and into Initech Inc next month. The merger was approved by regulators.",
			[]string{"Globex Inc party_to merger", "Initech Inc party_to merger"}, nil},
		// Not a merger that may happen, nor a company after "into"
		// that is not what it merges into.
		{"Globex Inc could merge into Acme Corp this year. The merger would need approval.", nil, []string{"party_to"}},
		{"Globex Inc merged its two units into one company, Acme Corp said. The merger saves money.",
			nil, []string{"Acme Corp party_to"}},
	})
}
