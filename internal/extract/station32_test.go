package extract_test

import "testing"

// "BBC 6 Music" is one station's name.
func TestStationNumberMusic(t *testing.T) {
	checkFacts(t, []factCase{
		{"The chart show on BBC 6 Music will air on Sunday.",
			[]string{"Organization:BBC 6 Music"}, []string{"Organization:BBC 6"}},
	})
}
