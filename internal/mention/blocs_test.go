package mention_test

import "testing"

func TestWestAsBloc(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// "the West" alone is a bloc of countries, no place.
		{"The minister wants closer ties with the West.", []string{"LOC:West"},
			nil, []string{"Place:West"}},
		{"Exports to the East fell while demand in the West held up.", []string{"LOC:East", "LOC:West"},
			nil, []string{"Place:East", "Place:West"}},
		// A longer name keeps the word.
		{"Troops left the West Bank on Monday.", []string{"LOC:West Bank"},
			[]string{"Place:the West Bank"}, nil},
		{"Rain fell across the East Midlands.", []string{"LOC:East Midlands"},
			[]string{"Place:East Midlands"}, nil},
	})
}
