package extract_test

import "testing"

// Subsidiary brands are companies, not products: "its subsidiary brands
// include X, Y and Z"; other brands stay products.
func TestSubsidiaryBrands(t *testing.T) {
	checkFacts(t, []factCase{
		{"Marlon AB's subsidiary brands include Tarvex, Orbello and Kelmor.",
			[]string{"Organization:Tarvex", "Organization:Orbello", "Organization:Kelmor"}, nil},
		{"Marlon AB's best-known brands include Tarvex, Orbello and Kelmor.",
			nil, []string{"Organization:Tarvex", "Organization:Orbello", "Organization:Kelmor"}},
	})
}

// A subsidiary's brands are products.
func TestSubsidiarysBrandsAreProducts(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Unilever subsidiary's brands include Persil, Surf and Comfort.",
			nil, []string{"Organization:Persil", "Organization:Surf", "Organization:Comfort"}},
	})
}
