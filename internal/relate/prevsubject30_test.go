package relate_test

import "testing"

// An officer named right after a sentence that opens with an organisation
// is its officer when the organisation opened with a description aside,
// or when the officer's sentence names it again, or names a country in
// what the officer said.
func TestPreviousSubjectAgain(t *testing.T) {
	checkFacts(t, []factCase{
		{"Corvex Corp, the world's largest cable maker, has signed a supply deal. Company spokesman Lee Harlan said the deal was safe.",
			[]string{"Lee Harlan official_of Corvex Corp"}, nil},
		{"Corvex Corp has signed a supply deal. Company spokesman Lee Harlan said Corvex Corp still considered the deal valid, despite Russia's objections.",
			[]string{"Lee Harlan official_of Corvex Corp"}, nil},
		// Another organisation in the sentence may be the officer's.
		{"Corvex Corp has signed a supply deal. Company spokesman Lee Harlan said Dynacorp Inc had not been told.",
			nil, []string{"Lee Harlan official_of"}},
	})
}
