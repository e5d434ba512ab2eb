package relate_test

import "testing"

// A business reference subject ("the company", "the bank") keeps its
// reference when an adverb of time or manner stands between it and its
// verb: "the company also signed", "the firm yesterday signed", "the
// group last week held talks".
func TestReferenceSubjectPastAdverb(t *testing.T) {
	checkFacts(t, []factCase{
		{"Pinewood Corp posted a loss. The company also signed a licensing agreement with Larchmont Inc.",
			[]string{"Pinewood Corp party_to licensing agreement", "Larchmont Inc party_to licensing agreement"}, nil},
		{"Pinewood Corp posted a loss. The firm yesterday signed a licensing agreement with Larchmont Inc.",
			[]string{"Pinewood Corp party_to licensing agreement"}, nil},
		{"Pinewood Corp posted a loss. The company last week held talks with Larchmont Inc.",
			[]string{"Pinewood Corp met_with Larchmont Inc"}, nil},
		// Negative: the adverb is followed by no verb, so "the company"
		// is no subject the reference could stand for.
		{"Pinewood Corp posted a loss. Shares of the company later in the day signed off at a low.",
			nil, []string{"Pinewood Corp party_to"}},
		// Negative: "the bank" does not fit a company that is no bank.
		{"Pinewood Corp posted a loss. The bank also signed a licensing agreement with Larchmont Inc.",
			nil, []string{"Pinewood Corp party_to"}},
	})
}
