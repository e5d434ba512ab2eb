package relate_test

import "testing"

// "Lyon and Marseille in France": every place of a list before "in" lies
// in the place after it, unless the list's earlier place is itself after
// "in" ("Cottenham in Cambridgeshire and Minety in Wiltshire") or a known
// city before a city.
func TestPlaceListIn(t *testing.T) {
	checkFacts(t, []factCase{
		{"Trains from Paris to Lyon and Marseille in France were cancelled.", []string{"Lyon located_in France", "Marseille located_in France"}, nil},
		{"Flights to Toulouse, Lyon and Marseille in France resumed on Monday.", []string{"Toulouse located_in France", "Lyon located_in France"}, nil},
		{"Camps at Ashby in Norfolk and Wickham in Hampshire were closed.", []string{"Wickham located_in Hampshire"}, []string{"Norfolk located_in Hampshire"}},
		{"The seats were Bow, in east London, and Wigan in Lancashire, he said.", []string{"Wigan located_in Lancashire"}, []string{"London located_in Lancashire"}},
		{"He flew from Berlin and Kandahar in Afghanistan.", []string{"Kandahar located_in Afghanistan"}, []string{"Berlin located_in Afghanistan"}},
	})
}

// "the London boroughs of Camden and Hackney": a plural place noun after a
// larger place or a demonym names the places of the list after "of"; a
// lone place after a plural noun is no such list.
func TestPlacePluralOf(t *testing.T) {
	checkFacts(t, []factCase{
		{"Protests were held in the London boroughs of Camden and Hackney.", []string{"Camden located_in London", "Hackney located_in London"}, nil},
		{"Floods hit the Indian states of Punjab, Haryana and Kerala.", []string{"Punjab located_in India", "Haryana located_in India", "Kerala located_in India"}, nil},
		{"Talks between the Indian states of Punjab and the government failed.", nil, []string{"located_in"}},
	})
}

// The first place of a list after the sentence's own "in" is in the list;
// a plural place noun reads no nationality of the clause's subject.
func TestPlaceListAfterIn(t *testing.T) {
	checkFacts(t, []factCase{
		{"Bombs exploded in Lyon, Nice and Toulon in France.", []string{"Lyon located_in France", "Nice located_in France", "Toulon located_in France"}, nil},
		{"Two bombs exploded in Jeddah and Riyadh in Saudi Arabia.", []string{"Jeddah located_in Saudi Arabia", "Riyadh located_in Saudi Arabia"}, nil},
		{"Kenyan troops shelled towns of Kismayo and Baidoa on Monday.", nil, []string{"located_in Kenya"}},
		// A name before "in", known or not, holds the place after it.
		{"The sites - Brackley Fen in Norfolk and Oxcombe in Hampshire - are closed.", nil, []string{"Norfolk located_in Hampshire"}},
	})
}
