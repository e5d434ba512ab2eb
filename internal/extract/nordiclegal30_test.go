package extract_test

import "testing"

// "A/S", the Danish and Norwegian legal form, is one word that ends a
// company's name, and a legal form the tagger left out of a name it read
// makes the name a company's.
func TestNordicLegalForm(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvor Kjelstad A/S said sales rose. Kjelstad will hire 40 people.",
			[]string{"Organization:Halvor Kjelstad A/S"}, []string{"Person:Halvor Kjelstad"}},
		{"Partners include Norsk Brenning A/S and Fjordgass A/S, the ministry said.",
			[]string{"Organization:Norsk Brenning A/S", "Organization:Fjordgass A/S"}, []string{"Organization:Norsk Brenning A"}},
	})
}
