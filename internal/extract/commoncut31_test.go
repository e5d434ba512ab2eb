package extract_test

import "testing"

// A common word in lower case inside a tagged name ends the name: "the
// Royal College of Music annual Secrets sale".
func TestCommonWordEndsTaggedName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tickets sold out hours after the opening of the Royal College of Music annual Secrets sale.",
			[]string{"Organization:Royal College of Music"},
			[]string{"Organization:Royal College of Music annual Secrets"}},
		{"Shares of Banco do Brasil rose.",
			[]string{"Organization:Banco do Brasil"}, nil},
	})
}

// Particles, hyphenated words and a capital folded after "U.N." do not
// end a tagged name.
func TestTaggedNameKeepsParticles(t *testing.T) {
	checkFacts(t, []factCase{
		{"Lawyer Cesare dal Maso told ANSA the suspect had confessed.",
			[]string{"Person:Cesare dal Maso"}, nil},
		{"In April, China quashed a draft resolution by the U.N. Human Rights Commission expressing concern. It was drafted by the European Union. China thanked the U.N.",
			nil, []string{"Organization:Rights Commission"}},
	})
}

// Prepositions inside names, and lower-case words typed inside a body's
// name that ends in its head word, do not cut it.
func TestTaggedNameKeepsPrepositionsAndTypos(t *testing.T) {
	checkFacts(t, []factCase{
		{"Aid agency Action against Hunger said it would leave the region.",
			[]string{"Organization:Action against Hunger"}, []string{"Organization:Action"}},
		{"The New China news Agency said the talks had ended.",
			nil, []string{"Organization:New China"}},
	})
}
