package relate_test

import "testing"

// "neighbouring Y" borders the country the clause is said from: the
// territory joined by "and" before it, the sentence's one country when it
// opens the sentence, or the story's dominant country when the sentence
// names none.
func TestNeighbouring(t *testing.T) {
	checkFacts(t, []factCase{
		{"Peru said on Friday it had no quarrel with neighbouring Bolivia and Chile.",
			[]string{"Peru borders Bolivia", "Peru borders Chile"}, nil},
		{"Leaders of Austria's governing parties backed a water pact with neighboring Slovenia.",
			[]string{"Austria borders Slovenia"}, nil},
		{"Smugglers move cattle between Uganda and neighbouring Kenya.",
			[]string{"Uganda borders Kenya"}, nil},
		{"Inspectors toured Portugal and the neighbouring Spain last week.",
			[]string{"Portugal borders Spain"}, nil},
		{"Laos held elections on Sunday. Laos has few roads. Laos relies on aid. Traders said prices in neighbouring Thailand were higher.",
			[]string{"Laos borders Thailand"}, nil},
		{"Ghana buys power from neighbouring countries such as Togo and Ivory Coast.",
			[]string{"Ghana borders Togo"}, nil},
		{"Norway cut rates. Norway's krone fell. Norway's banks are strong. Norwegian exporters depend on its neighbour, Sweden, for half their sales.",
			[]string{"Norway borders Sweden"}, nil},
		{"Spain's neighbours France and Portugal objected.",
			[]string{"France borders Spain", "Portugal borders Spain"}, nil},
	})
}

// Two countries the phrase may be said from, a country the sentence names
// late, a sentence naming none in a story about several, "neighbouring
// countries" with no name, and a city relate nothing.
func TestNeighbouringNot(t *testing.T) {
	checkFacts(t, []factCase{
		{"The United States and Britain sent food to neighbouring Malawi.", nil, []string{"borders"}},
		{"Farmers in Zambia complained. Later, Japanese donors said they would send seed to neighbouring Malawi.", nil, []string{"borders"}},
		{"Chile and Peru signed a deal. Argentina said no. Officials said trucks would cross into neighbouring Bolivia.", nil, []string{"borders"}},
		{"Norwegian exporters depend on its neighbour, Sweden, for half their sales.", nil, []string{"borders"}},
		{"Kenya sells tea to neighbouring countries.", nil, []string{"borders"}},
		{"Germany's exporters sent goods to neighbouring Strasbourg.", nil, []string{"borders"}},
		{"Mali held talks. Mali wants aid. Mali is poor. Officials in Senegal said refugees fled to neighbouring Guinea.", nil, []string{"borders"}},
	})
}
