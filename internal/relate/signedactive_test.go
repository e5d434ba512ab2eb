package relate_test

import "testing"

// "signed" with an object right after it is active, even when a "by" of
// means follows the object; "signed by" and "signed in May by" are still
// the passive, whose agents are the parties.
func TestSignedActiveWithBy(t *testing.T) {
	checkFacts(t, []factCase{
		{"Acme Corp said it has signed a definitive agreement to acquire Globex Inc by exchanging shares.",
			[]string{"Acme Corp party_to definitive agreement", "Globex Inc party_to definitive agreement"}, nil},
		{"Chile signed the treaty on fishing rights by the deadline.",
			[]string{"Chile party_to treaty"}, nil},
		// Passive: the agents after "by" sign, not the subject.
		{"The fishing treaty was signed in Lima by Chile and Peru.",
			[]string{"Chile party_to fishing treaty", "Peru party_to fishing treaty"}, nil},
		// Negative: the agreement is not the subject's when "by" names
		// who signed it.
		{"Acme Corp said the accord was signed by Globex Inc.",
			nil, []string{"Acme Corp party_to"}},
	})
}
