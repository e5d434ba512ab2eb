package resolve_test

import "testing"

// A capital that a verb of attitude takes for its object, that opens a
// clause with a present-tense or adverb-led verb, that a diplomatic or
// addressed "to" points at, or that is coordinated with a capital standing
// for its government, is its country's government; verbs of motion and
// places reached keep the city.
func TestCapitalMetonymyContexts(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"The minister's trip to the islands angered Ottawa.",
			[]string{"Country:Canada[Ottawa]"}, []string{"Place:Ottawa[]"}},
		{"Peru accused Quito of stirring up the border dispute.",
			[]string{"Country:Ecuador[Quito]"}, []string{"Place:Quito[]"}},
		{"The dam, which Cairo regards as a threat, was opened by Ethiopia.",
			[]string{"Country:Egypt[Cairo]"}, []string{"Place:Cairo[]"}},
		{"An aide said Canberra firmly opposed the whaling plan.",
			[]string{"Country:Australia[Canberra]"}, []string{"Place:Canberra[]"}},
		{"Chile's envoy to Lima handed over the protest note.",
			[]string{"Country:Peru[Lima]"}, []string{"Place:Lima[]"}},
		{"Chile said the treaty between Santiago and Lima would hold.",
			[]string{"Country:Peru[Lima]"}, []string{"Place:Lima[]"}},
		// Negative: motion to or from the capital is the city.
		{"Kenya's foreign minister flew to Ottawa on Monday.",
			[]string{"Place:Ottawa[]"}, []string{"Country:Canada[Ottawa]"}},
		{"The delegation visited Quito and met students.",
			[]string{"Place:Quito[]"}, []string{"Country:Ecuador[Quito]"}},
		// Negative: a plural noun after the capital is no verb.
		{"Traders said Canberra officials have left for the weekend.",
			[]string{"Place:Canberra[]"}, []string{"Country:Australia[Canberra]"}},
	})
}
