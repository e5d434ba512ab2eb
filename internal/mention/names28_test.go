package mention_test

import "testing"

func TestFirmPairs(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// Two surnames joined by "and" that an appositive calls one firm.
		{"The deal was arranged by Haskell and Breen, the Chicago law firm.", []string{"ORG:Haskell", "PER:Breen"},
			[]string{"Organization:Haskell and Breen"}, []string{"Person:Breen", "Organization:Haskell"}},
		// The cue holds for the pair's other mentions in the document.
		{"Pruitt and Vane, a unit of Orsk Holdings, won the order. The engines came from Pruitt and Vane last year.", []string{"ORG:Pruitt", "PER:Vane"},
			[]string{"Organization:Pruitt and Vane"}, []string{"Person:Vane"}},
		// A spelled-out ampersand of a known firm.
		{"Procter and Gamble said sales fell.", []string{"ORG:Procter", "PER:Gamble"},
			[]string{"Organization:Procter and Gamble"}, []string{"Person:Gamble"}},
		// No cue: two people.
		{"Haskell and Breen said they would appeal.", []string{"PER:Haskell", "PER:Breen"},
			[]string{"Person:Breen"}, []string{"Organization:Haskell and Breen"}},
		// Surnames the text writes after given names are people's.
		{"Tom Haskell met Ann Breen. Haskell and Breen, the firm's founders, left.", []string{"PER:Tom Haskell", "PER:Ann Breen", "PER:Haskell", "PER:Breen"},
			nil, []string{"Organization:Haskell and Breen"}},
		// A business noun before the first name of a pair whose second is
		// a known firm lists two firms.
		{"The drug will be made by UK firm Corvex and Unilever.", []string{"ORG:Corvex", "ORG:Unilever"},
			[]string{"Organization:Corvex"}, []string{"Organization:Corvex and Unilever"}},
		// A verb after the pair is theirs only when they open the sentence.
		{"Cash from Harwick and Dunmore was used.", []string{"LOC:Harwick", "LOC:Dunmore"},
			nil, []string{"Organization:Harwick and Dunmore"}},
	})
}

func TestArabicNames(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// "bin" joins the given name to the father's.
		{"Sheikh Faris bin Nasser bought a stake.", []string{"PER:Nasser"},
			[]string{"Person:Faris bin Nasser"}, []string{"Person:Nasser"}},
		{"Prince Majed bin Sultan al-Thani visited Rome.", []string{"PER:Majed", "PER:Sultan al-Thani", "LOC:Rome"},
			[]string{"Person:Majed bin Sultan al-Thani"}, []string{"Person:al-Thani"}},
		// A title before the name stays out of it.
		{"Minister bin Khalid spoke.", []string{"PER:Khalid"},
			nil, []string{"Person:Minister bin Khalid"}},
	})
}
