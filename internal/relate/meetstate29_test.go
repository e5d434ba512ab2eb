package relate_test

import "testing"

// TestNegotiationsHeld: negotiations and discussions are held, opened or
// entered into as talks are, by the coordinated subjects or by "the two
// companies" just named; negotiations a subject only hopes for are none.
func TestNegotiationsHeld(t *testing.T) {
	checkFacts(t, []factCase{
		{"Acme Corp and Globex Corp entered into exclusive negotiations in May.",
			[]string{"Acme Corp met_with Globex Corp"}, nil},
		{"Acme Corp said it was unable to agree a price for a unit of Globex Corp. The two companies had entered into negotiations in May.",
			[]string{"Acme Corp met_with Globex Corp"}, nil},
		{"Acme Corp and Globex Corp held discussions on a joint venture last week.",
			[]string{"Acme Corp met_with Globex Corp"}, nil},
		// Negative: an offer to negotiate.
		{"Acme Corp and Globex Corp offered to enter into negotiations with the union.",
			nil, []string{"Acme Corp met_with Globex Corp"}},
	})
}

// TestPersonTalksWithState: a person who holds talks with a state meets
// it; the verb "meet" with a state's name before a noun ("meet Nordic
// rules") is no meeting, and talks that another holds are not the
// subject's.
func TestPersonTalksWithState(t *testing.T) {
	checkFacts(t, []factCase{
		{"Trade envoy Ivo Marten will begin talks with Peru next week.",
			[]string{"Ivo Marten met_with Peru"}, nil},
		{"Foreign Minister Lena Vogt took part in talks with the Chilean government on Friday.",
			[]string{"Lena Vogt met_with Chile"}, nil},
		// Negative: meeting requirements; talks of a fronted phrase.
		{"Regulator Ivo Marten said firms must meet Peru rules by June.",
			nil, []string{"met_with"}},
		{"Hours after state radio said it was time for talks with Peru, spokesman Ivo Marten told reporters nothing had changed.",
			nil, []string{"met_with"}},
	})
}
