package resolve_test

import "testing"

// TestPersonOfFirm: a name only the tagger took for a place, right after
// a person's name and "of", is the body the person speaks for; a peer's
// seat and a home town after "from" stay places.
func TestPersonOfFirm(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Rates will ease, said analyst Mara Quillen of Dressendorf.",
			[]string{"0:PER:Mara Quillen", "0:LOC:Dressendorf"},
			[]string{"Organization:Dressendorf", "Person:Mara Quillen"}, []string{"Place:Dressendorf"}},
		{"Tom Averill, of Brackwater Holdings, declined to comment.",
			[]string{"0:PER:Tom Averill", "0:LOC:Brackwater Holdings"},
			[]string{"Organization:Brackwater Holdings"}, []string{"Place:Brackwater Holdings"}},
		// A peer's seat, and a home town after "from": places.
		{"He will sit as Baron Hollis of Wenmarsh. A letter came from Jo Pellow from Ardlacken.",
			[]string{"0:PER:Hollis", "0:LOC:Wenmarsh", "1:PER:Jo Pellow", "1:LOC:Ardlacken"},
			[]string{"Place:Ardlacken"}, []string{"Organization:Wenmarsh", "Organization:Ardlacken"}},
		// No person before "of": the place stays.
		{"The mayor of Fennoway spoke.",
			[]string{"0:LOC:Fennoway"},
			[]string{"Place:Fennoway"}, []string{"Organization:Fennoway"}},
	})
}
