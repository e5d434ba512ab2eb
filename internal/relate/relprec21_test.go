package relate_test

import "testing"

// Precision cases from an audit of wire news edges: a rank before an
// official's title, and a name that only qualifies the noun after it in
// the subject of a meeting.
func TestRelPrecisionWireCases(t *testing.T) {
	checkFacts(t, []factCase{
		// "chief" before a spokesman's or adviser's title ranks him
		// among the body's officials.
		{"The Commission's chief spokesman Pieter Halvorsen declined to comment.",
			[]string{"Pieter Halvorsen official_of Commission"}, []string{"Pieter Halvorsen leader_of"}},
		{"Barclays' chief economic adviser Ruth Penhaligon said rates would rise.",
			nil, []string{"Ruth Penhaligon leader_of"}},
		// Alone, or as a chief executive, the chief heads the body.
		{"Acme Corp's chief executive Tom Brandling said sales rose.",
			[]string{"Tom Brandling leader_of Acme Corp"}, nil},
		// A body named inside an aside on the subject, or in a noun
		// phrase after an article, is not who met.
		{"Harland, the senior State Department official, was to meet Russian Deputy Foreign Minister Oleg Tarasenko on Friday.",
			[]string{"Harland met_with Oleg Tarasenko"}, []string{"State Department met_with"}},
		{"Wendell Markham flew into the capital in a Red Cross plane on Tuesday after meeting militia leader Rashid Omari.",
			nil, []string{"Red Cross met_with"}},
		{"A NATO official will meet Foreign Minister Hans Kellerman on Monday.",
			nil, []string{"NATO met_with"}},
		// The body itself still meets, and a unit named with "its" acts.
		{"NATO will meet Foreign Minister Hans Kellerman on Monday.",
			[]string{"NATO met_with Hans Kellerman"}, nil},
	})
}
