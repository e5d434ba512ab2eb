package mention_test

import "testing"

// A name the tagger split at an "and" between two common words is one
// organisation; two companies listed, and a department's portfolios, are
// not joined.
func TestCommonWordsCoordinated(t *testing.T) {
	lower := map[string]bool{"exploration": true, "production": true, "growers": true, "millers": true,
		"electric": true, "general": true, "food": true, "rural": true}
	checkFormsCases(t, lower, []taggedCase{
		{"The field was sold to Vantor Exploration and Production Ltd for cash.", []string{"ORG:Vantor Exploration", "ORG:Production Ltd"},
			[]string{"Organization:Vantor Exploration and Production Ltd"}, []string{"Organization:Production Ltd"}},
		{"The Kelso Growers and Millers Association protested.", []string{"LOC:Kelso Growers", "ORG:Millers Association"},
			[]string{"Organization:Kelso Growers and Millers Association"}, []string{"Place:Kelso Growers"}},
		// The word before "and" is written with a capital elsewhere.
		{"Corran Electric rose. Shares in Corran Electric and General Dynamo Corp fell.", []string{"ORG:Corran Electric", "ORG:General Dynamo Corp"},
			[]string{"Organization:Corran Electric", "Organization:General Dynamo Corp"}, []string{"Organization:Corran Electric and General Dynamo Corp"}},
		// A proper name before "and": two companies.
		{"Bids came from Hollis Marwick and General Dynamo Corp.", []string{"ORG:Hollis Marwick", "ORG:General Dynamo Corp"},
			[]string{"Organization:Hollis Marwick", "Organization:General Dynamo Corp"}, nil},
		// Portfolios listed after the conjunction.
		{"The departments of Fisheries, Food and Rural Affairs and Trade and Industry agreed.", []string{"ORG:Food", "ORG:Rural Affairs and Trade and Industry"},
			nil, []string{"Organization:Food and Rural Affairs and Trade and Industry"}},
	})
}
