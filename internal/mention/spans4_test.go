package mention_test

import "testing"

func TestVerbPlansAndTitledNouns(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// "plans to" after a company's name is its verb, not an agreement.
		{"Harwick Tools Corp plans to open a plant in Ohio.", []string{"ORG:Harwick Tools Corp"},
			[]string{"Organization:Harwick Tools Corp"}, []string{"Agreement:Harwick Tools Corp plans"}},
		// The plans of a name after "the" stay plans.
		{"Critics attacked the Lisbon plans to cut red tape.", nil,
			[]string{"Agreement:Lisbon plans"}, nil},
		// An abstract noun after a title is no person.
		{"Voters will go to the polls at the General Election in May.", nil,
			nil, []string{"Person:Election"}},
		{"Outside the court General Dunmore declined to speak.", nil,
			[]string{"Person:Dunmore"}, nil},
	})
}

func TestDatelineWithState(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// The capitals before a state's abbreviation and the date.
		{"ROLLING HILLS, Ohio, May 4 - Harwick Tools Corp said sales rose.", []string{"PER:HILLS"},
			[]string{"Place:ROLLING HILLS"}, []string{"Person:HILLS"}},
		// Title-cased in full to reach the lexicon.
		{"LOS ANGELES, May 4 - Harwick Tools Corp said sales rose.", nil,
			[]string{"Place:LOS ANGELES"}, nil},
	})
}
