package relate_test

import "testing"

// A state's short name written without its period, before a comma or at
// the sentence's end, names the state a town lies in; a capitalised word
// such as "Miss" or "Mass" elsewhere names no state.
func TestClippedStateNames(t *testing.T) {
	checkFacts(t, []factCase{
		{"The mill closed its plant in Dalton, Ga, last month.", []string{"Dalton located_in Georgia"}, nil},
		{"The firm keeps its warehouse in Yuma, Ariz.", []string{"Yuma located_in Arizona"}, nil},
		{"TOLEDO, Ohio - The union said workers in Warren, Mich, voted.", []string{"Warren located_in Michigan"}, nil},
		{"Miss Lane sang at the Mass on Sunday.", nil, []string{"located_in"}},
	})
}

// A state's short name stands in no list: each town before one lies in
// it, whatever comma or "and" comes before the town. A town after "and"
// lies in the region or country that ends the phrase; a list of regions
// places nothing.
func TestShortStatesInLists(t *testing.T) {
	checkFacts(t, []factCase{
		{"It runs mills in Eugene, Ore., and Boise, Idaho.", []string{"Eugene located_in Oregon"}, nil},
		{"Stores opened in Reno, Nev., Provo, Utah, and Ogden, Utah.", []string{"Reno located_in Nevada"}, nil},
		{"The road between Leadville and Salida, Colorado, was closed.", []string{"Salida located_in Colorado"}, nil},
		{"Sales rose in Ohio and Kansas, Texas and Utah.", nil, []string{"located_in"}},
	})
}

// A region the lexicon does not know but its name marks ("-shire",
// "County") holds the town before it; two such regions are a list.
func TestTownCommaRegionByName(t *testing.T) {
	checkFacts(t, []factCase{
		{"The couple farm near Tetbury, Gloucestershire, with their sons.", []string{"Tetbury located_in Gloucestershire"}, nil},
		{"A rally was held in Wymondham, Norfolkshire.", []string{"Wymondham located_in Norfolkshire"}, nil},
		{"Mines in Staffordshire, Derbyshire and Cheshire closed.", nil, []string{"located_in"}},
	})
}
