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

// TestLordsChamber: the upper chamber's short name without "the" is the
// chamber, and a speaker's title stops before the chamber's full name.
func TestLordsChamber(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Peers backed Lords reform on Monday.",
			[]string{"0:LOC:Lords"},
			[]string{"Organization:House of Lords"}, []string{"Place:Lords"}},
		{"She would like to be speaker of the House of Lords one day.",
			nil,
			[]string{"Organization:House of Lords"}, []string{"Organization:of Lords", "Organization:of"}},
		{"He spoke as Speaker of the House of Commons.",
			nil,
			[]string{"Organization:House of Commons"}, []string{"Organization:of"}},
		// "Speaker of the House" alone is a title: no body is named.
		{"Speaker of the House Olwen Tandry opened the session.",
			[]string{"0:PER:Olwen Tandry"},
			[]string{"Person:Olwen Tandry"}, []string{"Organization:House"}},
	})
}
