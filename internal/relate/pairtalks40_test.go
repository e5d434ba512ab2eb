package relate_test

import "testing"

// TestTalkedTogether: people who talk or chat with each other meet; one
// person talking about a subject, or to reporters, meets no one.
func TestTalkedTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chancellor Ivo Marten talked with President Lena Vogt about trade on Monday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Ivo Marten and Lena Vogt chatted briefly before the vote.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Ivo Marten has fallen out with Lena Vogt over the budget. But the pair chatted cheerfully at the launch.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		// Negative: one speaker, an audience, a plan to talk.
		{"Ivo Marten talked about the economy while Lena Vogt stayed in the capital.",
			nil, []string{"met_with"}},
		{"Ivo Marten talked to reporters after Lena Vogt left.",
			nil, []string{"met_with"}},
		{"Ivo Marten refused to talk with Lena Vogt.",
			nil, []string{"met_with"}},
	})
}

// TestTalksMeasured: "held four days of talks", "had talks", "held
// private talks" are talks their coordinated subjects held together; a
// measure of something else is not.
func TestTalksMeasured(t *testing.T) {
	checkFacts(t, []factCase{
		{"Acme Corp and Globex Corp held four days of talks in Zurich last week.",
			[]string{"Acme Corp met_with Globex Corp"}, nil},
		{"Ivo Marten and Lena Vogt had talks in the capital on Friday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Ivo Marten and Lena Vogt held private talks on Friday.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		// Negative: days of trading, not talks.
		{"Acme Corp and Globex Corp lost four days of trading to the strike.",
			nil, []string{"met_with"}},
	})
}

// TestAttendedMeeting: a relative clause after a meeting noun whose
// subject is two people, or "the two men" when the two last named are
// joined by "and", says who met; a third named before does not spoil
// the pair, and one named between them does.
func TestAttendedMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{"Aides described the talks that Ivo Marten and Lena Vogt held in the capital.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		{"Judge Ann Tilly ordered that Ivo Marten, a lawyer for Acme Corp, and Peter Holm be questioned about a meeting the two men attended.",
			[]string{"Ivo Marten met_with Peter Holm"}, []string{"Ann Tilly met_with"}},
		// Negative: the talks of one person; three named with no pair
		// joined by "and".
		{"Aides described the talks that Ivo Marten held in the capital.",
			nil, []string{"met_with"}},
		{"Judge Ann Tilly said Ivo Marten told Peter Holm about a meeting the two men attended.",
			nil, []string{"met_with"}},
	})
}

// TestCounterpartAt: "X, his counterpart at Acme" and "his counterpart in
// France, X" hold there the kind of office the possessor holds; a friend
// at a firm holds none, nor does a counterpart at a place.
func TestCounterpartAt(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ivo Marten, the general counsel for Acme Corp, and Peter Holm, his counterpart at Globex Corp, will testify.",
			[]string{"Peter Holm official_of Globex Corp"}, nil},
		{"Ivo Marten, the general counsel for Acme Corp, phoned his counterpart at Globex Corp, Peter Holm, on Monday.",
			[]string{"Peter Holm official_of Globex Corp"}, nil},
		// Negative: a friend, not a counterpart; a town, not a body.
		{"Ivo Marten, the general counsel for Acme Corp, and Peter Holm, his friend at Globex Corp, will testify.",
			nil, []string{"Peter Holm official_of"}},
		{"Ivo Marten, the general counsel for Acme Corp, and Peter Holm, his counterpart in the town of Brackwell, will testify.",
			nil, []string{"Peter Holm official_of", "Peter Holm leader_of"}},
	})
}
