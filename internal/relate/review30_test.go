package relate_test

import "testing"

// Cases the review of the latest round found wrong: another clause's
// "with" after "discussed", a town next to another country, a country
// named only after the town.
func TestRoundReviewRelations(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tony Blair discussed reports that George Bush had met with Vladimir Putin in secret.",
			[]string{"George Bush met_with Vladimir Putin"}, []string{"Tony Blair met_with", "Vladimir Putin met_with Tony Blair"}},
		{"A U.S. plane crashed near the town of Marvelle, France, on Tuesday. The U.S. said so.",
			nil, []string{"Marvelle located_in United States"}},
		{"Police in the northern town of Selbury arrested a man. He had returned from a holiday in France.",
			nil, []string{"Selbury located_in"}},
	})
}
