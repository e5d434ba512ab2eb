package relate_test

import "testing"

// A correspondent holds a post in the paper or broadcaster named before
// the title or in the appositive; a country before it is the holder's
// nationality or posting, not the employer. A person named right after a
// news outlet's possessive works for it.
func TestMediaStaff(t *testing.T) {
	checkFacts(t, []factCase{
		{"Britain voted on Friday. BBC correspondent Ann Lowry said the count was slow.",
			[]string{"Ann Lowry official_of BBC"}, nil},
		{"Britain voted on Friday. Ben Tarrant, BBC health correspondent, said wards were full.",
			[]string{"Ben Tarrant official_of BBC"}, nil},
		{"The talks stalled. Greek correspondent Nikos Petrou said the ferry sailed late.",
			nil, []string{"Nikos Petrou official_of Greece"}},
		{"Floods hit the coast, says the BBC's Clara Benn in Dhaka.",
			[]string{"Clara Benn official_of BBC"}, nil},
		// Negative: reporters told, not employed by the one named.
		{"Ben Tarrant told BBC reporters the wards were full.", nil, []string{"official_of"}},
	})
}
