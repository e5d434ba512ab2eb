package mention_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// placedTagger proposes its spans in the first sentence only, by token
// positions: for names that repeat ("Voller and Voller Ltd").
type placedTagger []mention.Span

func (p placedTagger) Spans(sents [][]string) [][]mention.Span {
	out := make([][]mention.Span, len(sents))
	out[0] = p
	return out
}

// checkPlaced finds the mentions of s with spans given by position and
// checks the wanted and unwanted ones.
func checkPlaced(t *testing.T, s string, spans []mention.Span, want, not []string) {
	t.Helper()
	doc, err := text.FromBytes("test", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Analyze(doc)
	f := mention.Finder{Tagger: placedTagger(spans)}
	var got []string
	for _, m := range f.Find(a).Mentions {
		if !m.Weak {
			got = append(got, string(m.Type)+":"+a.Text(m.T0, m.T1))
		}
	}
	checkFound(t, s, got, want, not)
}

func TestRepeatedPartners(t *testing.T) {
	// A name repeated after "and" is one firm's, alone or before a legal
	// form; partners split at commas before a foreign "and" join too.
	checkPlaced(t, "Brokers Voller and Voller Ltd said demand was weak.",
		[]mention.Span{{T0: 1, T1: 2, Type: "PER"}, {T0: 3, T1: 5, Type: "ORG"}},
		[]string{"Organization:Voller and Voller Ltd"}, []string{"Person:Voller"})
	checkPlaced(t, "Shares in Tamm and Tamm fell on Monday.",
		[]mention.Span{{T0: 2, T1: 3, Type: "LOC"}, {T0: 4, T1: 5, Type: "ORG"}},
		[]string{"Organization:Tamm and Tamm"}, []string{"Place:Tamm"})
	checkPlaced(t, "Dutch bank Vosmaer, Kuyt en Vosmaer said rates would rise.",
		[]mention.Span{{T0: 0, T1: 1, Type: "MISC"}, {T0: 2, T1: 3, Type: "ORG"}, {T0: 4, T1: 5, Type: "ORG"}, {T0: 6, T1: 7, Type: "ORG"}},
		[]string{"Organization:Vosmaer, Kuyt en Vosmaer"}, []string{"Organization:Kuyt"})
	// Two different names stay two.
	checkPlaced(t, "Shares in Tamm and Hollis fell on Monday.",
		[]mention.Span{{T0: 2, T1: 3, Type: "ORG"}, {T0: 4, T1: 5, Type: "ORG"}},
		[]string{"Organization:Tamm", "Organization:Hollis"}, []string{"Organization:Tamm and Hollis"})
}

func TestFirmPartnersJoined(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// Two banks listed share a head word, not a repeated name.
		{"Loans came from Harbin Bank and Bank of Lusaka.", []string{"ORG:Harbin Bank", "ORG:Bank of Lusaka"},
			[]string{"Organization:Harbin Bank", "Organization:Bank of Lusaka"}, []string{"Organization:Harbin Bank and Bank of Lusaka"}},
		// German "and" between names joins partners.
		{"The insurer Bremer und Kasseler raised its stake.", []string{"ORG:Bremer", "LOC:Kasseler"},
			[]string{"Organization:Bremer und Kasseler"}, []string{"Place:Kasseler"}},
		// A couple's given names and surname before a head noun.
		{"A grant from the Olav and Ingrid Brekke Foundation paid for it.", []string{"ORG:Olav", "ORG:Ingrid Brekke Foundation"},
			[]string{"Organization:Olav and Ingrid Brekke Foundation"}, []string{"Organization:Olav"}},
		// Two surnames after a person and "of" name the person's firm.
		{"Rolf Agassi of Tennant Hoyle and Marbury said the bid was low.", []string{"PER:Rolf Agassi", "PER:Tennant Hoyle", "LOC:Marbury"},
			[]string{"Organization:Tennant Hoyle and Marbury", "Person:Rolf Agassi"}, []string{"Person:Tennant Hoyle", "Place:Marbury"}},
		// Not two known places, nor a person after "and".
		{"Jan Pole of Oxford and Cambridge spoke.", []string{"PER:Jan Pole", "LOC:Oxford", "LOC:Cambridge"},
			[]string{"Place:Oxford", "Place:Cambridge"}, []string{"Organization:Oxford and Cambridge"}},
		{"Tim Osk of Varley Foods and Peter Lane were charged.", []string{"PER:Tim Osk", "ORG:Varley Foods", "PER:Peter Lane"},
			[]string{"Person:Peter Lane"}, []string{"Organization:Varley Foods and Peter Lane"}},
	})
}

func TestSeatJoinsPlaces(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A seat named for two places after "MP for" stays whole.
		{"Ruth Colley, the MP for Harrowden and Stamford, was attacked.", []string{"PER:Ruth Colley", "LOC:Harrowden", "LOC:Stamford"},
			[]string{"Place:Harrowden and Stamford"}, []string{"Place:Harrowden"}},
		// A party after "and" is not the seat's.
		{"As MP for Carnmoor and Plaid Cymru's leader, he objected.", nil,
			[]string{"Place:Carnmoor"}, []string{"Place:Carnmoor and Plaid Cymru"}},
	})
}
