package extract_test

import "testing"

// "Mr Orben" is not the knight "Sir Carl Orben" when the text names
// another Orben.
func TestMrIsNotTheKnight(t *testing.T) {
	checkFacts(t, []factCase{
		{"Sir Carl Orben said the threat was real. Tom Orben defended his plans. Mr Orben, treasurer of the Labour Party, said nothing.",
			[]string{"person/tom_orben title = treasurer"},
			[]string{"Person:Orben", "person/carl_orben title = treasurer"}},
	})
}

// "Mr" goes to no woman.
func TestMrIsNoWoman(t *testing.T) {
	checkFacts(t, []factCase{
		{"Sir Carl Orben attended the premiere with his daughter Eva Orben. Mr Orben said he was proud.",
			nil, []string{"Person:Eva Orben aka Orben"}},
	})
}
