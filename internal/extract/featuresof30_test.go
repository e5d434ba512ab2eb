package extract_test

import "testing"

// "the Gulf of Thailand", "the Bay of Biscay": a feature's head, "of" and
// a name are one place, not the lexicon's "the Gulf" and a country.
func TestFeatureOfName(t *testing.T) {
	checkFacts(t, []factCase{
		{"The firm found gas in the Gulf of Thailand last year.",
			[]string{"Place:Gulf of Thailand"}, []string{"Place:Gulf region", "Country:Thailand"}},
		{"Two trawlers sank in the Bay of Biscay on Monday.", []string{"Place:Bay of Biscay"}, nil},
		{"The field lies in the Gulf of Mexico.", []string{"Place:Gulf of Mexico"}, nil},
		{"The Bank of England raised rates.", []string{"Organization:Bank of England"}, nil},
	})
}
