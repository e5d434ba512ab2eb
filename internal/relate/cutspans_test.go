package relate_test

import "testing"

// A title after a body's name links the holder to the whole body, not to
// the words the title left of it.
func TestTitleAfterWholeBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harbour Licensing Commission chairman Tom Avery resigned on Monday.",
			[]string{"Tom Avery leader_of Harbour Licensing Commission"}, []string{"Harbour Licensing\n"}},
		{"The rates were set too high, said Valdoran Chamber of Commerce president Ana Ruiz.",
			[]string{"Ana Ruiz leader_of Valdoran Chamber of Commerce"}, []string{"Chamber of\n"}},
		// A minister's portfolio is no body.
		{"Bavarian Finance Minister Karl Brenner said rates would fall.",
			nil, []string{"Bavarian Finance\n"}},
	})
}
