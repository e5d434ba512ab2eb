package resolve_test

import "testing"

// A dotted acronym that ends a sentence loses its last period to the full
// stop in the tokens; the name the text wrote keeps it.
func TestSentenceFinalDottedAcronym(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		{"Sales were weak in the U.S. Exports rose.",
			[]string{"Country:United States[U.S.]"}, []string{"[U.S]"}},
		{"The plan was sent to the U.N. It was rejected.",
			[]string{"Organization:United Nations[U.N.]"}, []string{"[U.N]"}},
		// Mid-sentence the name is whole already.
		{"The U.S. economy grew.",
			[]string{"Country:United States[U.S.]"}, nil},
	})
}
