package relate_test

import "testing"

// A party label counts when the text names the party itself, even when
// it names no country: "Liberal Democrat X" in a story that speaks of
// the Liberal Democrats.
func TestPartyLabelOfNamedParty(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Liberal Democrats want a new tax band. Liberal Democrat Mark Evans said the sums were sound.",
			[]string{"Mark Evans member_of Liberal Democrats"}, nil},
		// Negative case: no party and no country named, so "Democrat"
		// is nobody's label.
		{"Social Democrat Prime Minister Olli Rantala resigned on Tuesday.",
			nil, []string{"Olli Rantala member_of Democratic Party", "Olli Rantala member_of"}},
	})
}
