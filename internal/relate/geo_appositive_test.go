package relate_test

import "testing"

// A place described after a comma by a phrase whose head is a place noun
// lies in the country or region the phrase names: by a possessive, by "in"
// or "of" after the noun, or by a demonym before it.
func TestPlaceAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{"Shelling hit Mosul, Iraq's second city, overnight.", []string{"Mosul located_in Iraq"}, nil},
		{"Antwerp, Belgium's biggest port, reopened on Monday.", []string{"Antwerp located_in Belgium"}, nil},
		{"Aid reached Kandahar, a city in southern Afghanistan, by road.", []string{"Kandahar located_in Afghanistan"}, nil},
		{"Punjab, one of India's richest states, harvested early.", []string{"Punjab located_in India"}, nil},
		{"Riots spread to Lyon, the second city of France, last week.", []string{"Lyon located_in France"}, nil},
		{"Floods closed Hamburg, the German port, for two days.", []string{"Hamburg located_in Germany"}, nil},
		{"Tourists flocked to Sicily, the largest Italian island.", []string{"Sicily located_in Italy"}, nil},
	})
}

// The noun must head the description and end it; a neighbour is no
// container, and a person described by an office is no place.
func TestPlaceAppositiveNot(t *testing.T) {
	checkFacts(t, []factCase{
		{"In Tehran, Iraq's capital was condemned on Friday.", nil, []string{"Tehran located_in"}},
		{"Salford, Manchester's neighbouring city, won the bid.", nil, []string{"Salford located_in"}},
		{"Jones, a city councillor in Ohio, said no.", nil, []string{"Jones located_in"}},
		{"Sarajevo, the Serb-held town, was cut off.", nil, []string{"Sarajevo located_in"}},
		{"The tour takes in Warsaw, the Polish port of Gdynia and Krakow.", nil, []string{"Warsaw located_in"}},
	})
}

// A region or country named just before the place noun holds the place:
// "a Texas port"; a city named so, or a body, holds nothing; a demonym
// may come with "near" or "on" after the noun.
func TestPlaceAppositiveModifier(t *testing.T) {
	checkFacts(t, []factCase{
		{"Corpus Christi, a Texas port, was evacuated before the storm.", []string{"Corpus Christi located_in Texas"}, nil},
		{"Nablus, a West Bank city, was under curfew.", []string{"Nablus located_in West Bank"}, nil},
		{"Gdynia, the Polish port on the Baltic, expanded its docks.", []string{"Gdynia located_in Poland"}, nil},
		{"Salem, a Boston commuter town, grew fast.", nil, []string{"Salem located_in"}},
		{"In Ohio, a Columbus city council member resigned.", nil, []string{"located_in"}},
	})
}

// A region's name with its division noun, or a list of them before the
// plural noun, lies in the country after "in"; "rural" or "remote" may
// stand before the country's part. A division lies in no city, and a
// capitalised "State" is part of a name.
func TestDivisionIn(t *testing.T) {
	checkFacts(t, []factCase{
		{"Troops moved into Kunar province in eastern Afghanistan.", []string{"Kunar located_in Afghanistan"}, nil},
		{"Flooding hit Kano and Kaduna states in northern Nigeria.", []string{"Kano located_in Nigeria", "Kaduna located_in Nigeria"}, nil},
		{"The mine lies near Taos in rural northern New Mexico.", []string{"Taos located_in New Mexico"}, nil},
		{"Police in Kent county in London said no.", nil, []string{"Kent located_in"}},
	})
}
