package mention_test

import "testing"

func TestCityNamedAfterItsState(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// "Oklahoma City" is the city, not the state with a stray word.
		{"The tyre plant in Oklahoma City will close in June.", nil,
			[]string{"Place:Oklahoma City"}, []string{"Place:Oklahoma"}},
		{"Lawmakers met in Jefferson City on Tuesday.", nil,
			[]string{"Place:Jefferson City"}, nil},
		// The state alone stays the state.
		{"Farmers in Oklahoma planted less wheat.", nil,
			[]string{"Place:Oklahoma"}, []string{"Place:Oklahoma City"}},
	})
}
