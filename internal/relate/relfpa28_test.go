package relate_test

import "testing"

// TestSupposedMeetings: a meeting that the clause only supposes (a
// possible one, one someone would be happy or willing to hold, one set as
// a condition, one that efforts aim at) is no meeting; a held or a
// scheduled one still is.
func TestSupposedMeetings(t *testing.T) {
	checkFacts(t, []factCase{
		// Positive cases: held and scheduled meetings.
		{"President Ivo Marten met Chancellor Lena Vogt in Oslo on Monday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Foreign Minister Ivo Marten will meet Chancellor Lena Vogt on Friday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Talks between Norway and Finland resumed in Oslo on Tuesday.",
			[]string{"Norway met_with Finland"}, nil},
		// Negative cases: supposed meetings.
		{"President Ivo Marten, weighing a possible meeting with Chancellor Lena Vogt, consulted his cabinet.",
			nil, []string{"met_with"}},
		{"Ivo Marten said he would be happy to meet Chancellor Lena Vogt.",
			nil, []string{"met_with"}},
		{"Ivo Marten said he was willing to meet Chancellor Lena Vogt at any time.",
			nil, []string{"met_with"}},
		{"Ivo Marten has made a ceasefire a condition for resuming negotiations with Lena Vogt.",
			nil, []string{"met_with"}},
		{"The envoy described efforts aimed at starting discussions between Norway and Finland.",
			nil, []string{"met_with"}},
	})
}

// TestProposedAsAdjective: "a proposed merger", "the proposed settlement",
// "Acme's proposed takeover": the participle before the noun names no
// proposer, unlike the verb ("Acme proposed a merger").
func TestProposedAsAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		// Positive cases: the verb.
		{"Globex Corp said it proposed a plan of reorganization to its creditors.",
			[]string{"plan proposed_by Globex Corp"}, nil},
		{"Norway has proposed a resolution on fishing quotas.",
			[]string{"resolution proposed_by Norway"}, nil},
		// Negative cases: the adjective after a determiner.
		{"Globex Corp is currently involved in a proposed merger with Initech Inc.",
			nil, []string{"proposed_by"}},
		{"Globex Corp said the cost of the proposed settlement would be small.",
			nil, []string{"proposed_by"}},
		{"Regulators blocked Globex Corp's proposed merger with Initech Inc.",
			nil, []string{"proposed_by"}},
	})
}
