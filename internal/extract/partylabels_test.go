package extract_test

import "testing"

// A party label ("Liberal leader", "Democrat spokesman") belongs to the
// party of the country the story is set in, told by its places and known
// bodies when the story names other countries or none.
func TestPartyLabelOfStorysCountry(t *testing.T) {
	checkFacts(t, []factCase{
		{"Liberal leader Tom Hale spoke in Leeds. Later he went to Westminster and to the House of Commons, and then to Iraq.",
			[]string{"person/tom_hale leader_of organization/liberal_party_uk"}, nil},
		{"Liberal Democrat spokesman Ann Vale said the bill was flawed. She spoke in London and Manchester about troops in Iraq.",
			[]string{"person/ann_vale official_of organization/liberal_democrats"},
			[]string{"person/ann_vale official_of organization/democratic_party"}},
		// A story set in Greece: the label names no British party.
		{"Conservative opposition leader Nikos Dimas spoke in Athens and Salonika about Turkey.",
			nil, []string{"person/nikos_dimas leader_of organization/conservative_party"}},
	})
}
