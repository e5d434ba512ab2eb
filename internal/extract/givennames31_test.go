package extract_test

import "testing"

// Common given names the lexicon lacked: the surname alone joins the
// person, and "Mr" goes to the man when a woman shares the surname.
func TestMoreGivenNames(t *testing.T) {
	checkFacts(t, []factCase{
		{"Keanu Orben arrived at the premiere. Orben said he was delighted.",
			[]string{"Person:Keanu Orben aka Orben"}, []string{"Person:Orben"}},
		{"Tony Orben spoke to reporters. A member of Cherie Orben's chambers disagreed. Mr Orben told his news conference he was calm.",
			[]string{"Person:Tony Orben aka Mr Orben"}, []string{"Person:Cherie Orben aka Orben", "Person:Orben"}},
	})
}
