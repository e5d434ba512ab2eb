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

// TestHighStreet: "the High Street" is the retail trade, no place; a
// town's High Street is a street.
func TestHighStreet(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Shoppers deserted the High Street in March. UK High Street sales fell.",
			[]string{"0:LOC:High Street", "1:LOC:High Street"},
			nil, []string{"Place:High Street", "Organization:High Street"}},
		{"A shop opened on Tolcaster High Street last week.",
			[]string{"0:LOC:Tolcaster High Street"},
			[]string{"Place:Tolcaster High Street"}, nil},
	})
}

// TestCurrencyPrefix: a territory's short name between a number and a
// currency unit names the currency.
func TestCurrencyPrefix(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		{"Deposits rose to 4.2 billion N.Z. Dlrs in May. The par value is 20 H.K. Cents a share.",
			[]string{"0:ORG:N.Z. Dlrs", "1:LOC:H.K."},
			nil, []string{"Organization:N.Z. Dlrs", "Place:H.K."}},
		// No number before: a name.
		{"Officials in H.K. said the dollar was steady.",
			[]string{"0:LOC:H.K."},
			[]string{"Place:H.K."}, nil},
	})
}
