package relate_test

import "testing"

// Parties wire copy writes in lower case are parties all the same: their
// members and leaders are found as for a capitalised name.
func TestLowerCasePartyMembers(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Rosa Vidal, a member of the outlawed communist party, was freed on Monday.",
			[]string{"Rosa Vidal member_of Communist Party"}, nil},
		{"Pablo Ortiz, a christian democrat and a union leader, resigned.",
			[]string{"Pablo Ortiz member_of Christian Democratic Party"}, nil},
		{"Analysts said social democrat Prime Minister Aarne Kivi would lose.",
			[]string{"Aarne Kivi member_of Social Democratic Party"}, nil},
		// A government of some creed is no party.
		{"Nuno Reis, a leader of a socialist government, resigned.",
			nil, []string{"Nuno Reis leader_of Socialist Party", "Nuno Reis member_of Socialist Party"}},
	}
	for _, tc := range tests {
		checkListed(t, facts(t, tc.text), "\n", tc.want, tc.not)
	}
}
