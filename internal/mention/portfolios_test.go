package mention_test

import "testing"

// A body named for its portfolios keeps the whole list the tagger cut at
// a comma or at "and".
func TestBodyKeepsItsPortfolios(t *testing.T) {
	lower := map[string]bool{
		"resources": true, "water": true, "rural": true, "affairs": true, "fisheries": true,
		"adult": true, "continuing": true, "learning": true, "ports": true, "forestry": true,
		"justice": true, "securities": true, "commission": true, "transport": true,
	}
	checkFormsCases(t, lower, []taggedCase{
		{"Figures from the Ministry of Fisheries, Forestry and Water Resources showed a fall.",
			[]string{"ORG:Ministry of Fisheries", "ORG:Forestry and Water Resources"},
			[]string{"Organization:Ministry of Fisheries, Forestry and Water Resources"},
			[]string{"Organization:Ministry of Fisheries", "Organization:Forestry and Water Resources"}},
		{"She addressed the Senate Committee on Rural Affairs and Fisheries on Tuesday.",
			[]string{"ORG:Senate Committee on Rural Affairs", "ORG:Fisheries"},
			[]string{"Organization:Senate Committee on Rural Affairs and Fisheries"}, nil},
		{"He taught at Marsden College of Adult and Continuing Learning for years.",
			[]string{"ORG:Marsden College of Adult", "ORG:Continuing Learning"},
			[]string{"Organization:Marsden College of Adult and Continuing Learning"}, nil},
		// Two bodies listed: the second ends in a head of its own or
		// follows an article.
		{"The Department of Justice and Securities Commission opened inquiries.",
			[]string{"ORG:Department of Justice", "ORG:Securities Commission"},
			[]string{"Organization:Department of Justice", "Organization:Securities Commission"},
			[]string{"Organization:Department of Justice and Securities Commission"}},
		{"The Ministry of Transport and the Ports Authority agreed.",
			[]string{"ORG:Ministry of Transport", "ORG:Ports Authority"},
			[]string{"Organization:Ministry of Transport", "Organization:Ports Authority"}, nil},
		// A company is named for no portfolios.
		{"Shares of Varnex Energy and Water rose.",
			[]string{"ORG:Varnex Energy", "ORG:Water"},
			nil, []string{"Organization:Varnex Energy and Water"}},
	})
}

// A body named for a region after "for" keeps the second place after
// "and the".
func TestBodyForRegionsWithArticle(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The Economic Council for Scandinavia and the Balkans met in May.",
			[]string{"ORG:Economic Council", "LOC:Scandinavia", "LOC:Balkans"},
			[]string{"Organization:Economic Council for Scandinavia and the Balkans"}, []string{"Place:Balkans"}},
		// Without the body, the two places stay apart.
		{"Trade between Scandinavia and the Balkans grew.",
			[]string{"LOC:Scandinavia", "LOC:Balkans"},
			[]string{"Place:Scandinavia"}, []string{"Organization:Scandinavia and the Balkans"}},
	})
}
