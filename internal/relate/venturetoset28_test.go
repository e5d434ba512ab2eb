package relate_test

import "testing"

// "agreed to set up a joint venture": "set" is also a finite verb of
// formVenture's, but after "to" it is the agreed-to form.
func TestAgreedToSetUpVenture(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harlow Corp and Denby Inc agreed to set up a joint venture to make valves.",
			[]string{"Harlow Corp party_to joint venture", "Denby Inc party_to joint venture"}, nil},
		{"Harlow Corp decided to set up a joint venture with Denby Inc.",
			[]string{"Harlow Corp party_to joint venture", "Denby Inc party_to joint venture"}, nil},
		// Negative: a venture refused is none.
		{"Harlow Corp refused to set up a joint venture with Denby Inc.",
			nil, []string{"Harlow Corp party_to joint venture"}},
	})
}
