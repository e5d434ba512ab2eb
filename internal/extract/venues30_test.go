package extract_test

import "testing"

// A centre named with a venue's word ("Shopping Centre") or after a known
// city's possessive is a site, a place, and lies in the city; a centre
// that acts or whose post is held, or one of an institute's name, stays a
// body.
func TestVenueCentres(t *testing.T) {
	checkFacts(t, []factCase{
		{"A spokesman for Leeds's Pennington Centre said sales were up 4%.",
			[]string{"Place:Pennington Centre", "place/pennington_centre located_in place/leeds"},
			[]string{"Organization:Pennington Centre"}},
		{"Shoppers filled the Calloway Shopping Centre in Glasgow on Saturday.",
			[]string{"Place:Calloway Shopping Centre", "place/calloway_shopping_centre located_in place/glasgow"},
			[]string{"Organization:Calloway Shopping Centre"}},
		{"The fair moved to the Dunmere Exhibition and Conference Centre in Bristol.",
			[]string{"Place:Dunmere Exhibition and Conference Centre"}, nil},
		// Negative: a centre that speaks, one whose director is named, and
		// an institute's name after a city's possessive.
		{"Leeds's Pennington Centre said it would close.",
			[]string{"Organization:Pennington Centre"}, []string{"Place:Pennington Centre"}},
		{"Maria Lopez, director of the Harlow Centre, spoke. Critics of Bristol's Harlow Centre were angry.",
			[]string{"Organization:Harlow Centre"}, []string{"Place:Harlow Centre"}},
		{"Economists at Leeds's Marwick Research Centre warned of a slowdown.",
			nil, []string{"Place:Marwick Research Centre"}},
	})
}

// A square is a site, a place, even when a body's word opens its name, and
// lies in the city named with it; a mall is one too.
func TestSquaresArePlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{"Protesters marched to Parliament Square in Cardiff on Sunday.",
			[]string{"Place:Parliament Square", "place/parliament_square located_in place/cardiff"},
			[]string{"Organization:Parliament Square"}},
		{"Fans gathered in Lisbon's Herald Square before the match.",
			[]string{"Place:Herald Square", "place/herald_square located_in place/lisbon"},
			[]string{"Organization:Herald Square"}},
		{"The Halvern Mall in Denver was evacuated.",
			[]string{"Place:Halvern Mall", "place/halvern_mall located_in place/denver"}, nil},
	})
}
