package lexicon

import "testing"

func TestIsCompanyHead(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Garments", true}, {"foods", true}, {"Breweries", true},
		{"Foundation", false}, {"Moscow", false}, {"garment", false},
	} {
		if got := IsCompanyHead(tc.w); got != tc.want {
			t.Errorf("IsCompanyHead(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	// A company head names nothing alone: it is no organisation word.
	if IsOrgWord("Garments") {
		t.Error(`IsOrgWord("Garments") = true`)
	}
}
