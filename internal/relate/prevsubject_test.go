package relate_test

import "testing"

// An office with no body of its own, in a sentence that names none,
// belongs to the organisation that opened the sentence before as its
// subject.
func TestOfficeOfPreviousSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvex Corp said its sales would rise this year. Chairman Dana Kirby told the meeting that prices were firm.",
			[]string{"Dana Kirby leader_of Halvex Corp"}, nil},
		{"Walking charity Ramblers Trust said the path should stay open. Director Mina Holt called for a review.",
			[]string{"Mina Holt official_of Ramblers Trust"}, nil},
		// A field of the body: its head is an official, not the leader.
		{"The Orlo Motoring Club said the rules were unclear. Road safety head Tom Ferris said drivers were confused.",
			[]string{"Tom Ferris official_of Orlo Motoring Club"}, []string{"Tom Ferris leader_of"}},
		// The sentence names a body of its own: no office of the one before.
		{"Halvex Corp said its sales would rise this year. Chairman Dana Kirby of Tolland Mills Inc disagreed.",
			nil, []string{"Dana Kirby leader_of Halvex Corp"}},
		// A person, not a body, opens the sentence before.
		{"Ray Oakes of Halvex Corp said sales would rise. Chairman Dana Kirby disagreed.",
			nil, []string{"Dana Kirby leader_of Halvex Corp"}},
		// A country is no candidate: a minister's office is its government's.
		{"France said it would cut taxes. Spokesman Paul Morel gave no figures.",
			nil, []string{"Paul Morel official_of France"}},
	})
}
