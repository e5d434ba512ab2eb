package relate_test

import "testing"

// "Edwin Dale, Miller's spokesman, said": the holder named first, the
// possessor's post after the name.
func TestPossessivePostAfterName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ed Varley, Harlan's spokesman, said the plan was dead. Tom Harlan left.",
			[]string{"Ed Varley serves_under Tom Harlan", "Ed Varley title =spokesman"}, nil},
		{"Ed Varley, Harlan's deputy, said the plan was dead. Tom Harlan left.",
			[]string{"Ed Varley deputy_of Tom Harlan"}, nil},
	})
}
