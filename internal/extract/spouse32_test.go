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

// The spouse rule needs the appositive's comma and no actor's role, and
// keeps a surname's particles.
func TestSpouseGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ruth Okafor, who plays Cheadle's wife, Tatiana, was nominated. Don Cheadle was praised.",
			[]string{"Person:Tatiana"}, []string{"Person:Tatiana Cheadle"}},
		{"Osama Bin Laden's wife, Amal, was injured in the raid.",
			[]string{"Person:Amal Bin Laden aka Amal"}, []string{"Person:Amal Laden"}},
	})
}
