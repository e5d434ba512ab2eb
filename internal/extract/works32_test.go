package extract_test

import "testing"

// "movies, including X": the comma does not end the list's cue, and
// books, plays and shows list titles too.
func TestWorksIncludedAfterComma(t *testing.T) {
	checkFacts(t, []factCase{
		{"He also appeared in seven Spike Lee movies, including School Haze, Do the Right Thing and Jungle Tide.",
			nil, []string{"Person:School Haze", "Organization:School Haze", "Place:School Haze"}},
	})
}
