package resolve_test

import "testing"

// A party named by a name many countries' parties bear is the lexicon's
// party only in a text set in that party's country; elsewhere it is a
// party of its own, qualified by the country the text is set in.
func TestForeignParties(t *testing.T) {
	checkTaggedEntities(t, func(t *testing.T, s string, _ []string) []string { return entityIDs(t, s) }, []taggedCase{
		// South Africa's National Party is not New Zealand's.
		{"In South Africa, Piet Venter's National Party lost seats. The National Party had ruled for decades.", nil,
			[]string{"organization/national_party_south_africa"}, []string{"organization/new_zealand_national_party"}},
		// Labour and the Labour Party of a story about Malta are one
		// party, and not Britain's.
		{"Malta votes on Saturday. The Labour Party leads the polls, and Labour promises lower taxes.", nil,
			[]string{"organization/labour_party_malta"}, []string{"organization/labour_party", "organization/labour_malta"}},
		// A story set in the party's country keeps the lexicon's party.
		{"Labour won the seat in Leeds. The Labour Party held Manchester and the vote in the House of Commons.", nil,
			[]string{"organization/labour_party"}, []string{"organization/labour_party_united_kingdom"}},
		{"Britain votes in May. The Labour Party leads the polls.", nil,
			[]string{"organization/labour_party"}, nil},
		// A party's own name says its country.
		{"In Austria, the SPD of Germany sent observers.", nil, []string{"organization/social_democratic_party_of_germany"}, nil},
		// Labour the common noun and Labor Day are no party.
		{"Labour markets firmed in Ohio, the report said.", nil, nil, []string{"organization/labour_party", "organization/labour_party_united_states"}},
		{"Prices rose before the Labor Day weekend in the United States.", nil, nil, []string{"organization/australian_labor_party", "organization/labor_united_states"}},
	})
}
