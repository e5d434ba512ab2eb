package lexicon_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/internal/lexicon"
)

// A tagger reading "Russian Deputy Foreign Minister Alexander Grushko met
// OSCE officials in Vienna" resolves each piece with the lexicon.
func Example() {
	if c, ok := lexicon.CountryByDemonym("Russian"); ok {
		fmt.Println("Russian:", c.Name, c.Code)
	}
	if t, ok := lexicon.TitleByPhrase("Deputy Foreign Minister"); ok {
		fmt.Println("title:", t.Title, t.Role, t.Deputy)
	}
	fmt.Println("Alexander:", string(lexicon.GivenNameGender("Alexander")))
	if o, ok := lexicon.OrgByName("OSCE"); ok {
		fmt.Println("OSCE:", o.Name, o.Kind)
	}
	if p, ok := lexicon.PlaceByName("Vienna"); ok {
		fmt.Println("Vienna:", p.Kind, "in", p.Country)
	}
	// Output:
	// Russian: Russia RU
	// title: deputy foreign minister official true
	// Alexander: m
	// OSCE: OSCE intergovernmental
	// Vienna: city in Austria
}

func ExampleCountryByName() {
	for _, s := range []string{"U.S.", "the Soviet Union", "Côte d’Ivoire", "Ukraine's", "turkey"} {
		c, ok := lexicon.CountryByName(s)
		if !ok {
			fmt.Printf("%s: no country\n", s)
			continue
		}
		fmt.Printf("%s: %s (former: %v)\n", s, c.Name, c.Former)
	}
	// Output:
	// U.S.: United States (former: false)
	// the Soviet Union: Soviet Union (former: true)
	// Côte d’Ivoire: Ivory Coast (former: false)
	// Ukraine's: Ukraine (former: false)
	// turkey: no country
}

func ExampleCountryByCapital() {
	for _, s := range []string{"Moscow", "Kiev", "Bonn"} {
		c, _ := lexicon.CountryByCapital(s)
		fmt.Println(s, "->", c.Name)
	}
	// Output:
	// Moscow -> Russia
	// Kiev -> Ukraine
	// Bonn -> West Germany
}

func ExampleMonthNumber() {
	fmt.Println(lexicon.MonthNumber("Sept."), lexicon.MonthNumber("December"), lexicon.MonthNumber("Monday"))
	// Output: 9 12 0
}
