package resolve_test

import "testing"

// TestCompanyAppositiveOfCountry: "X, Russia's biggest oil producer" names
// a company by any business noun, not only those that stand before a
// name.
func TestCompanyAppositiveOfCountry(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Talks went on with Vostrakneft, Russia's third-biggest oil producer.",
			[]string{"0:LOC:Vostrakneft"},
			[]string{"Organization:Vostrakneft"}, []string{"Place:Vostrakneft"}},
		{"Orders came from Kelmar, Germany's largest distributor, on Monday.",
			[]string{"0:LOC:Kelmar"},
			[]string{"Organization:Kelmar"}, []string{"Place:Kelmar"}},
		// Negative: a brand is a product's name, and a place's region is
		// no business.
		{"Sales of Frostel, Norway's favourite brand, fell.",
			[]string{"0:LOC:Frostel"},
			nil, []string{"Organization:Frostel"}},
		{"Fighting reached Dasra, Chad's eastern region.",
			[]string{"0:LOC:Dasra"},
			[]string{"Place:Dasra"}, []string{"Organization:Dasra"}},
	})
}

// TestTakeoverIn: "a takeover of X" names the company taken over, "the
// takeover in X" only where it happened.
func TestTakeoverIn(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Two men were held after the takeover in Bramhope, Ga.",
			[]string{"0:ORG:Bramhope"},
			[]string{"Place:Bramhope"}, []string{"Organization:Bramhope"}},
		// Negative: the company taken over stays one.
		{"Rivals fought the takeover of Telvane, Ind.",
			[]string{"0:ORG:Telvane"},
			[]string{"Organization:Telvane"}, []string{"Place:Telvane"}},
	})
}
