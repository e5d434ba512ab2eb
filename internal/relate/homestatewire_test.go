package relate_test

import "testing"

// A story filed from a capital gives that state its bare ministers
// before a state the text names more often.
func TestHomeStateWireBeforeDominant(t *testing.T) {
	checkFacts(t, []factCase{
		{"TOKYO, March 3 - The United States wants wider access to chip markets, and the United States said on Monday that the United States would press the point. Japan offered talks. Trade Minister Ola Brekke said talks would start in April.",
			[]string{"Ola Brekke official_of Japan"}, []string{"Ola Brekke official_of United States"}},
		// With no dateline the state the text is about keeps them.
		{"The United States wants wider access to chip markets, and the United States said on Monday that the United States would press the point. Japan offered talks. Trade Minister Ola Brekke said talks would start in April.",
			[]string{"Ola Brekke official_of United States"}, nil},
	})
}
