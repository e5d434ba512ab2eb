package mention_test

import "testing"

func TestBodyOfPlaceJoined(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// A public body's name goes on with its country after "of".
		{"The Farmers Council of Britain said prices fell.", []string{"ORG:Farmers Council", "LOC:Britain"},
			[]string{"Organization:Farmers Council of Britain"}, []string{"Organization:Farmers Council"}},
		{"The Hotel Federation of England and Wales met.", []string{"ORG:Hotel Federation", "LOC:England", "LOC:Wales"},
			[]string{"Organization:Hotel Federation of England and Wales"}, nil},
		// A company's home after its legal form stays apart.
		{"Shares of Ostrey Mining Ltd of Australia rose.", []string{"ORG:Ostrey Mining Ltd", "LOC:Australia"},
			[]string{"Organization:Ostrey Mining Ltd", "Country:Australia"}, []string{"Organization:Ostrey Mining Ltd of Australia"}},
		// A place in a possessive starts a phrase of its own.
		{"He told the Farmers Council of Britain's biggest union.", []string{"ORG:Farmers Council", "LOC:Britain"},
			[]string{"Organization:Farmers Council"}, []string{"Organization:Farmers Council of Britain"}},
	})
}
