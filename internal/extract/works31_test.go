package extract_test

import "testing"

// In a text about films, a name taken for an organisation that is listed
// with a work is a work too; people listed stay.
func TestWorksListedTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{"The film's studio said the Oscar race was open. Critics praised the comedy Sideways and Million Dollar Baby, while Spike Lee and Jude Law were absent.",
			[]string{"Person:Spike Lee", "Person:Jude Law"},
			[]string{"Organization:Million Dollar Baby", "Organization:Sideways"}},
	})
}

// A firm that makes works, listed with one, stays a firm.
func TestStudioListedWithWork(t *testing.T) {
	checkFacts(t, []factCase{
		{"The comedy Sideways and Momentum Pictures were both honoured at the festival. The film won.",
			[]string{"Organization:Momentum Pictures"}, nil},
	})
}

// Titles listed after their kind and "including" or "such as" are works;
// a maker before a possessive and a person with a given name stay.
func TestWorksIncluded(t *testing.T) {
	checkFacts(t, []factCase{
		{"Scorsese has won praise for films including Raging Bull, Goodfellas and Gangs of New York.",
			nil, []string{"Organization:Raging Bull", "Person:Goodfellas", "Organization:Goodfellas"}},
		{"Films on ITV1 include Gus Van Sant's Good Will Hunting. He produced songs for artists such as Jay-Z and Alicia Keys.",
			[]string{"Person:Gus Van Sant", "Person:Alicia Keys"}, nil},
	})
}

// A firm named with a studio's or label's word is an organisation.
func TestStudioNamesAreFirms(t *testing.T) {
	checkFacts(t, []factCase{
		{"The adaptation was made by Marvel Comics and released by Island Records.",
			[]string{"Organization:Marvel Comics", "Organization:Island Records"}, nil},
	})
}

// In a text about films, what a nomination is for is a work, unless it
// is taken for a person's name (works so taken stay: "nominated for
// Gladiator" keeps a person Gladiator, the price of keeping "a nomination
// for Staunton").
func TestNominatedForWork(t *testing.T) {
	checkFacts(t, []factCase{
		{"The film festival honoured its stars. Carl Orben, who was nominated for Secrets and Lies in 1997, was also up for the film prize. The Aviator scored a best director nomination for Martin Scorsese.",
			[]string{"Person:Carl Orben", "Person:Martin Scorsese"},
			[]string{"Organization:Secrets and Lies"}},
	})
}

// Guards from the second review: clubs listed after "games including",
// a surname after "Oscar for", and a franchise hero's surname alone.
func TestWorksGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chelsea were held in Premiership games including Arsenal and Everton. Arsenal beat Everton 2-0 in the film's home town.",
			[]string{"Organization:Arsenal", "Organization:Everton"}, nil},
		{"The film festival ended. The best actress Oscar for Swank was her second. Swank thanked her husband.",
			[]string{"Person:Swank"}, nil},
		{"Daniel Craig was named the new James Bond. He will be playing Bond in the next film.",
			[]string{"Person:Daniel Craig"}, []string{"Person:Bond", "Person:James Bond"}},
	})
}

// In a text about works, a title right after a person's possessive is the
// person's work; a person's name after it stays.
func TestWorkAfterPersonsPossessive(t *testing.T) {
	checkFacts(t, []factCase{
		{"The actor was nominated for an Oscar for his role in Bernardo Bertolucci's Last Tango in Paris.",
			nil, []string{"Place:Last Tango", "place/last_tango located_in place/paris"}},
		{"The film's director said Elton John's partner David Furnish and Carl Orben's Tarvex Pictures had backed it.",
			[]string{"Person:David Furnish", "Organization:Tarvex Pictures"}, nil},
	})
}

// In a text about works, a name no place reading supports is no place;
// venues and places after a city's possessive stay.
func TestUnsupportedPlacesInWorksTexts(t *testing.T) {
	checkFacts(t, []factCase{
		{"The film won three awards. Its star, an actress from the film Garden State, praised the band Razorlight. The movie opens at Dublin's Point Theatre and at the Kodak Theatre next week. The premiere is in London.",
			[]string{"Place:London"},
			[]string{"Place:Garden State", "Place:Razorlight"}},
		{"The film won three awards. Its actress praised the movie. The premiere is at Dublin's Point Theatre and at the Kodak Theatre.",
			[]string{"Place:Point Theatre", "Place:Kodak Theatre"}, nil},
	})
}
