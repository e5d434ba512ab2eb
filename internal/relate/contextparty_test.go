package relate_test

import "testing"

// A bare "leader" or "deputy leader" before a name is an office of the one
// party the story names just before, with no other body between.
func TestContextPartyLeader(t *testing.T) {
	checkFacts(t, []factCase{
		// The party of the sentence before.
		{"The Liberal Party has been shaken by months of infighting. Members staged a revolt against leader John Harwood on Tuesday.",
			[]string{"John Harwood leader_of Liberal Party"}, nil},
		// The party of the same sentence; a deputy is an official.
		{"The Liberal Party opened its conference in Leeds, with deputy leader Mary Tolland speaking first.",
			[]string{"Mary Tolland official_of Liberal Party"}, []string{"Mary Tolland leader_of"}},
		// A state named between the party and the office may be the
		// leader's.
		{"The Liberal Party condemned Ruritania after it ousted leader Boris Kell.",
			nil, []string{"Boris Kell leader_of Liberal Party"}},
		// Two parties: no choice.
		{"The Liberal Party and the Labour Party clashed in Leeds. Leader John Harwood spoke first.",
			nil, []string{"John Harwood leader_of"}},
		// A word that may name another body before the office.
		{"The Liberal Party lost votes in the north, where strike leader John Harwood is popular.",
			nil, []string{"John Harwood leader_of Liberal Party"}},
		// A holder the text ties to another party is that party's.
		{"John Harwood is a member of the Green Party. The Liberal Party mocked leader John Harwood on Monday.",
			nil, []string{"John Harwood leader_of Liberal Party"}},
	})
}
