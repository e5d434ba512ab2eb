package resolve_test

import "testing"

// Names the tagger took for people that stand in a list of companies: a
// list names things of one kind.
func TestCompaniesListedWithCompanies(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		// Listed with organisations, one a company by its legal form or
		// a bank by its name.
		{"The loan is arranged by Harnwell Trust Ltd, Castlemoor Bank, Orrin Vale and Pellister Securities Corp.",
			[]string{"ORG:Harnwell Trust Ltd", "ORG:Castlemoor Bank", "PER:Orrin Vale", "ORG:Pellister Securities Corp"},
			[]string{"Organization:Orrin Vale"}, []string{"Person:Orrin Vale"}},
		{"Lawyers say Castlemoor Bank, Quillon, and Orrin Vale took no part in the sale.",
			[]string{"ORG:Castlemoor Bank", "ORG:Quillon", "PER:Orrin Vale"},
			[]string{"Organization:Orrin Vale"}, []string{"Person:Orrin Vale"}},
		// A list after a plural business noun.
		{"Shares in building companies Ardley Quess and Marrick Hode rose on Monday.",
			[]string{"PER:Ardley Quess", "PER:Marrick Hode"},
			[]string{"Organization:Ardley Quess", "Organization:Marrick Hode"}, []string{"Person:Marrick Hode"}},
		// Two names, the other a company the lexicon knows.
		{"Varrowne and Ferrari sold more cars this year.",
			[]string{"PER:Varrowne"},
			[]string{"Organization:Varrowne"}, []string{"Person:Varrowne"}},
		// A legal suffix after a branch's place in brackets: the finder
		// joins the unit's whole name (unitbrackets_test.go).
		{"The notes were placed with Harrow Lisle (Singapore) Ltd and two other banks.",
			[]string{"PER:Harrow Lisle"},
			[]string{"Organization:Harrow Lisle (Singapore) Ltd"}, []string{"Person:Harrow Lisle"}},
	})
}

// People in lists stay people.
func TestPersonsListedWithCompanies(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		// A list of people.
		{"The directors are Alan Pim, Corran Dusk and Edith Vale.",
			[]string{"PER:Alan Pim", "PER:Corran Dusk", "PER:Edith Vale"},
			[]string{"Person:Corran Dusk"}, []string{"Organization:Corran Dusk"}},
		// A given name.
		{"Stakes were bought by Halvers Bank, Osgood Mills Inc and George Pellam.",
			[]string{"ORG:Halvers Bank", "ORG:Osgood Mills Inc", "PER:George Pellam"},
			[]string{"Person:George Pellam"}, []string{"Organization:George Pellam"}},
		// Another person in the list.
		{"Stakes were bought by Halvers Bank, Corran Dusk and Edith Vale.",
			[]string{"ORG:Halvers Bank", "PER:Corran Dusk", "PER:Edith Vale"},
			[]string{"Person:Corran Dusk"}, []string{"Organization:Corran Dusk"}},
		// A name and a company that may be one name cut in two.
		{"Corran Dusk and Vantor Industries Corp said it won a contract.",
			[]string{"PER:Corran Dusk", "ORG:Vantor Industries Corp"},
			[]string{"Person:Corran Dusk"}, []string{"Organization:Corran Dusk"}},
		// An apposition, not a list.
		{"Corran Dusk, Vantor Corp's chairman, resigned.",
			[]string{"PER:Corran Dusk", "ORG:Vantor Corp"},
			[]string{"Person:Corran Dusk"}, []string{"Organization:Corran Dusk"}},
		// A bracket that holds no branch.
		{"Shares went to Corran Dusk (Vantor's chairman) and Halvers Bank.",
			[]string{"PER:Corran Dusk", "ORG:Halvers Bank"},
			[]string{"Person:Corran Dusk"}, []string{"Organization:Corran Dusk"}},
	})
}

// "The X group" after a surname names a group of companies or investors.
func TestGroupsNamedBySurnames(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"In a filing, the Brannagh group said it bought the shares.",
			[]string{"PER:Brannagh"},
			[]string{"Organization:Brannagh group"}, []string{"Person:Brannagh"}},
		// A name the tagger took for an organisation would join the
		// person of its name.
		{"Norway's Vellmark group raised its holding. Its head is Anders Vellmark.",
			[]string{"ORG:Vellmark", "PER:Anders Vellmark"},
			[]string{"Organization:Vellmark group", "Person:Anders Vellmark"}, nil},
		// A group of people, a full name, no "the".
		{"He joined the Brannagh group of MPs.",
			[]string{"PER:Brannagh"},
			nil, []string{"Organization:Brannagh group"}},
		{"The Dudley Kell group bid 40 dlrs a share.",
			[]string{"PER:Dudley Kell"},
			[]string{"Person:Dudley Kell"}, []string{"Organization:Dudley Kell group"}},
		{"Brannagh group members met on Monday.",
			[]string{"PER:Brannagh"},
			nil, []string{"Organization:Brannagh group"}},
	})
}
