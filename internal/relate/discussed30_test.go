package relate_test

import "testing"

// "A discussed X with B" and "A and B discussed X" are meetings of A and
// B; a list after a preposition is no subject.
func TestDiscussedMeetings(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ian Crane discussed Iraq with Hal Dorsey over dinner.", []string{"Ian Crane met_with Hal Dorsey"}, nil},
		{"Ian Crane and Hal Dorsey discussed the budget over dinner.", []string{"Ian Crane met_with Hal Dorsey"}, nil},
		{"The United States and Japan discussed trade on Monday.", []string{"United States met_with Japan"}, nil},
		{"Analysts at Acme Corp and Globex Inc discussed the figures.", nil, []string{"met_with"}},
	})
}
