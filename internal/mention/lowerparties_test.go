package mention_test

import "testing"

func TestLowerCaseParties(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A party wire copy names in lower case by its creed, after a
		// determiner, a possessive, a demonym or modifiers.
		{"Rosa Vidal, a member of the communist party, was freed.", []string{"PER:Rosa Vidal"},
			[]string{"Organization:communist party"}, nil},
		{"The vote split Ruritania's ruling socialist party.", []string{"LOC:Ruritania"},
			[]string{"Organization:socialist party"}, nil},
		{"Leaders of the christian democratic party met on Sunday.", nil,
			[]string{"Organization:christian democratic party"}, nil},
		{"Delegates said former communist party chief Ivo Marek would speak.", []string{"PER:Ivo Marek"},
			[]string{"Organization:communist party"}, nil},
		// The party by its members, and one member by the label.
		{"The social democrats lost two seats in the vote.", nil,
			[]string{"Organization:social democrats"}, nil},
		{"Pablo Ortiz, a christian democrat, won the vote.", []string{"PER:Pablo Ortiz"},
			[]string{"Organization:christian democrat"}, nil},
		// No one party: an indefinite or plural phrase, a comparison, a
		// government or a country of some creed.
		{"He wants to found a socialist party of his own.", nil,
			nil, []string{"Organization:socialist party"}},
		{"Communist countries and communist parties objected.", nil,
			nil, []string{"Organization:communist parties"}},
		{"The more socialist party won the day.", nil,
			nil, []string{"Organization:socialist party"}},
		{"A socialist government took office in May.", nil,
			nil, []string{"Organization:socialist government"}},
		{"She said liberal democrats in the Senate would object.", nil,
			nil, []string{"Organization:liberal democrats"}},
		{"They visited the party headquarters of a communist party leader.", nil,
			nil, []string{"Organization:communist party"}},
	})
}
