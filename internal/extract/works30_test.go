package extract_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// worksCase is a text, names that must come out as entities (of any
// type) and names that must not, as names or aliases: titles of works,
// awards and products.
type worksCase = factCase

func checkWorks(t *testing.T, cases []worksCase) {
	t.Helper()
	eachExtracted(t, cases, func(tc factCase, g *graph.Facts) {
		got := map[string]string{}
		for _, e := range g.Entities {
			got[e.Name] = string(e.Type)
			for _, n := range e.Aliases {
				got[n] = string(e.Type) + " alias of " + e.Name
			}
		}
		for _, w := range tc.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if typ, ok := got[n]; ok {
				t.Errorf("%q: unwanted %s %q", tc.text, typ, n)
			}
		}
	})
}

// A title after its kind ("the comedy X", "the thriller The X"), after a
// part in it ("her role in X", "stars in X", "the star of X") or before
// its cast ("X, starring Y") names a work, no entity; the actors and a
// maker named before the work ("Y's X") stay people.
func TestWorkTitles(t *testing.T) {
	checkWorks(t, []worksCase{
		{"The romantic comedy Harbour Lights topped the box office. Its star, Dana Whitcombe, was praised. " +
			"Martha Quell won best actress for her role in Cold Orchard, and Ravi Tennant stars in Copper Sky. " +
			"The thriller The Glass Warden, starring Hugo Brell, opened second. Her new single Paper Lanterns reached number one. " +
			"The studio's chief, Tom Reddle, said the star of Lantern Bay would return. Singer Ana Voss has a role in Joel Marten's Night Ferry.",
			[]string{"Dana Whitcombe", "Martha Quell", "Ravi Tennant", "Hugo Brell", "Tom Reddle", "Ana Voss", "Joel Marten"},
			[]string{"Harbour Lights", "Cold Orchard", "Copper Sky", "Glass Warden", "Paper Lanterns", "Lantern Bay"}},
		// The name's other mentions go too, and so does its last word.
		{"Restless Neighbours lifts ratings. The US comedy Restless Neighbours drew six million viewers on Sunday, and Neighbours beat its rival.",
			nil, []string{"Restless Neighbours", "Neighbours"}},
		// A company's role in a deal and a theatre district before
		// "play" stay.
		{"Kelvar Holdings had a role in Dorvane split-up. The actor will star in Broadway play next year.",
			[]string{"Broadway"}, nil},
	})
}

// An award's name beside a word of prizes ("Oscar hopefuls", "won an
// Oscar"), in the plural or before "-winning" names the award, and so do
// names that end in "Prize" or "Award"; a person named Oscar stays, and
// so does the body that gives an award, named with a possessive.
func TestAwardNames(t *testing.T) {
	checkWorks(t, []worksCase{
		{"Oscar hopefuls gathered in Los Angeles. The Oscar-winning actress Jane Morrow won an Oscar in 2001, and she took the Halvern Prize. " +
			"The Oscars will be held on Sunday. Bafta's Tom Reddle said the Grammy nominations were strong. Oscar Lindqvist, the playwright, praised her.",
			[]string{"Jane Morrow", "Oscar Lindqvist", "Bafta", "Tom Reddle"},
			[]string{"Oscar", "Oscars", "Halvern Prize", "Grammy"}},
	})
}

// A title before the role of a person named next ("X star Y", "X
// director Y", in a text about films) or between "the" and the works of
// its series ("the X games") names a work; a body's name, or its short
// form, before "director" stays, and so does a firm before "games group".
// Outside a text about films, "X director Y" and "X star Y" name a firm's
// officer and a club's player.
func TestCastAndSeries(t *testing.T) {
	checkWorks(t, []worksCase{
		{"The film festival opened. Glass Orchard director Piet Maren praised Tarnwood Lights star Lena Holt. The studio behind the Kestrel Quest games cut 50 jobs.",
			[]string{"Piet Maren", "Lena Holt"}, []string{"Glass Orchard", "Tarnwood Lights", "Kestrel Quest"}},
		{"Profits at Norbrook rose 5 pct, Norbrook director Ann Lee said. Calder won 2-0 on Saturday and Calder star Henrik Lund scored twice.",
			[]string{"Norbrook", "Calder", "Ann Lee"}, nil},
		{"The survey was made by the Kelvar Visitor Association (Kva). Kva director Tom Reddle said visits rose. " +
			"Sam Hollis, the man behind the Dorvane Interactive games group, spoke.",
			[]string{"Kva", "Tom Reddle", "Dorvane Interactive"}, nil},
	})
}

// A games machine before "console" or "handheld" is a product, and so are
// devices written in capitals ("PC", "DVD"); the maker stays.
func TestDevices(t *testing.T) {
	checkWorks(t, []worksCase{
		{"Kelvar Games said it would cut the price of its Zentra console. Rival Orvix launched the Pocket Q handheld. " +
			"Chinese PC sales rose, and PC users were warned. The DVD went on sale on Monday.",
			[]string{"Kelvar Games"}, []string{"Zentra", "Pocket Q", "PC", "DVD"}},
	})
}

// A kind of work before a person's name that goes on ("after the drama
// Tony Blair faced") and a role in a firm in a text not about films name
// no work.
func TestNoWorkAfterKindOrRole(t *testing.T) {
	checkWorks(t, []worksCase{
		{"After the drama Tony Blair faced in the Commons, Blair said he would stay.", []string{"Tony Blair"}, nil},
		{"Dan Smith was questioned about his role in Halvern Capital, which collapsed last year.", []string{"Halvern Capital"}, nil},
	})
}
