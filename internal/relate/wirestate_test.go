package relate_test

import "testing"

// A bare state office in a wire story filed from a capital belongs to
// that capital's state, when the text names it among others.
func TestWireStateOffices(t *testing.T) {
	checkFacts(t, []factCase{
		// The dateline that opens the story.
		{"OSLO, May 4 - Norway and Chile will talk about salmon quotas next week. Fisheries Minister Ola Brekke said the talks would be hard.",
			[]string{"Ola Brekke official_of Norway"}, []string{"Ola Brekke official_of Chile"}},
		{"SANTIAGO, June 12 - Chile and Peru disagree over the border. Prime Minister Ana Soto said the dispute would go to court.",
			[]string{"Ana Soto leader_of Chile"}, nil},
		// The newsroom that signs it.
		{"Norway and Chile will talk about salmon quotas. Fisheries Minister Ola Brekke said the talks would be hard. -- Oslo Newsroom +47 22 00 00 00",
			[]string{"Ola Brekke official_of Norway"}, nil},
		// A city that is no capital gives no state.
		{"BERGEN, May 4 - Norway and Chile will talk about salmon quotas. Fisheries Minister Ola Brekke said the talks would be hard.",
			nil, []string{"Ola Brekke official_of"}},
		// A president in the story may be a visitor: left alone.
		{"OSLO, May 4 - Norway and Chile will talk about salmon quotas. President Ana Soto arrived on Monday.",
			nil, []string{"Ana Soto leader_of"}},
		// Washington has no prime minister.
		{"WASHINGTON, May 4 - The United States and Greece will talk about bases. Prime Minister Ola Brekke said the talks would be hard.",
			nil, []string{"Ola Brekke leader_of"}},
		// A state the text does not name is not brought in by the dateline.
		{"OSLO, May 4 - Chile will lift salmon quotas. Fisheries Minister Ola Brekke said the talks would be hard.",
			nil, []string{"Ola Brekke official_of Norway"}},
	})
}
