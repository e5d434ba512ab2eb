package extract_test

import "testing"

// "X's wife, Y" names Y with X's surname; "Mrs X" is then she, and a
// bare surname stays his.
func TestSpouseTakesSurname(t *testing.T) {
	checkFacts(t, []factCase{
		{"Peter Calloway's wife, Sandra, will campaign with him. Mrs Calloway will visit target seats. Calloway said he was proud.",
			[]string{"Person:Sandra Calloway aka Mrs Calloway", "Person:Peter Calloway aka Calloway"},
			[]string{"Person:Sandra", "Person:Peter Calloway aka Mrs Calloway"}},
	})
}
