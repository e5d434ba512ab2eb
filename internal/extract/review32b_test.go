package extract_test

import "testing"

// Guards from the second review of round 32's rules, on sentences of our
// own.
func TestSecondReviewGuards(t *testing.T) {
	checkFacts(t, []factCase{
		// A critic without a field opposes; a controller of traffic and
		// a union's organiser hold no office.
		{"John Tallis, a fierce critic of the BBC, said so.",
			nil, []string{"person/john_tallis official_of organization/bbc", "person/john_tallis title = fierce critic"}},
		{"British Airways air traffic controller Tom Bellamy said so.",
			nil, []string{"person/tom_bellamy official_of organization/british_airways"}},
		{"Maria Lopez, a union organiser at Ford, said so.",
			nil, []string{"person/maria_lopez official_of organization/ford"}},
		// A show before a presenter is no body.
		{"Newsnight presenter Jeremy Paxman said so.", nil, []string{"Organization:Newsnight"}},
		// The spouse's comma may be left out.
		{"Tony Blair's wife Cherie said so. Mrs Blair smiled.",
			[]string{"Person:Cherie Blair aka Mrs Blair"}, nil},
		// A suffix's namesake needs the same given name.
		{"Robert Downey Jr and his wife Susan Downey arrived. Downey won.",
			nil, []string{"Person:Susan Downey aka Downey"}},
		// Plural verbs: "are to", a "that" clause, a band's past verb.
		{"It is thought that Velvet Harbour were paid well.", []string{"Organization:Velvet Harbour"}, nil},
		{"The band Franz Ferdinand released their album.", []string{"Organization:Franz Ferdinand"}, nil},
		// A place after "in" or before ", region" stays a place; a person
		// named like a street stays a person.
		{"They bought homes in Virginia Water, Surrey.", []string{"Place:Virginia Water"}, nil},
		{"Lawyer Mary Ellen Street said so.", []string{"Person:Mary Ellen Street"}, nil},
	})
}
