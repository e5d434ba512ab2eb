package extract_test

import "testing"

// A tagged person's name that ends in a building's or a street's head is
// the building's or the street's; a given name and such a word is a
// person.
func TestSiteNamesAreNoPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{"The event was held at the Simon Wiesenthal Center in Los Angeles.",
			[]string{"Organization:Simon Wiesenthal Center"}, []string{"Person:Simon Wiesenthal Center"}},
		{"Tom Hall said the vote was close.", []string{"Person:Tom Hall"}, nil},
	})
}
