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
