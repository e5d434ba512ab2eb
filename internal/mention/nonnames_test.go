package mention_test

import "testing"

func TestNonNames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A programme after its channel is no organisation or person.
		{"The minister told BBC Two's Supper with Hardcastle that rates would rise.", []string{"ORG:Supper", "PER:Hardcastle"},
			nil, []string{"Organization:Supper", "Person:Hardcastle"}},
		// A person after a channel stays a person.
		{"The minister told the BBC's Maria Hardcastle that rates would rise.", []string{"PER:Maria Hardcastle"},
			[]string{"Person:Maria Hardcastle"}, nil},
		// The wire sign-off names nobody.
		{"Harwick Tools Corp said sales rose.\n REUTER", []string{"PER:REUTER"},
			nil, []string{"Person:REUTER"}},
		// Government papers are no people.
		{"Ministers will publish a White Paper on rail fares.", []string{"PER:White Paper"},
			nil, []string{"Person:White Paper"}},
		// A named bill is legislation; "the Bill" alone is no person.
		{"MPs debated the Coastal Fisheries and Harbours Bill, and peers said the Bill was rushed.", []string{"LOC:Coastal Fisheries", "PER:Bill"},
			[]string{"Agreement:Coastal Fisheries and Harbours Bill"}, []string{"Person:Bill", "Place:Coastal Fisheries"}},
		// A given name "Bill" before a surname stays a person.
		{"Union leader Bill Harkins said the strike would go on.", []string{"PER:Bill Harkins"},
			[]string{"Person:Bill Harkins"}, []string{"Agreement:Union leader Bill"}},
	})
}

func TestDatelineStates(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A state's abbreviation in capitals is the state, not a company.
		{"GLENWOOD, MINN., Feb 4 - Harwick Tools Corp said sales rose.", []string{"ORG:MINN"},
			[]string{"Place:GLENWOOD", "Place:MINN."}, []string{"Organization:MINN", "Person:Feb"}},
		// A country in the state's slot stays the country.
		{"ALTDORF, Switzerland, March 4 - Harwick Tools Corp said sales rose.", nil,
			[]string{"Place:ALTDORF", "Country:Switzerland"}, nil},
	})
}
