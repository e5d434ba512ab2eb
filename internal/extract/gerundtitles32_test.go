package extract_test

import "testing"

// In a text about films or music, a name opening with a verb's "-ing"
// form is a work's title; a body's head word keeps a name.
func TestGerundTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chasing Marbury and Raging Tide won three awards at the film festival. The band played songs from the album.",
			nil, []string{"Organization:Chasing Marbury", "Person:Chasing Marbury", "Place:Chasing Marbury"}},
		{"The Performing Right Society collects royalties for the band's songs.",
			[]string{"Organization:Performing Right Society"}, nil},
		{"Staff at Winding Creek Holdings were told of the job cuts on Monday.",
			[]string{"Organization:Winding Creek Holdings"}, nil},
	})
}

// Bands that news also writes as words or people's names are known.
func TestKnownBands(t *testing.T) {
	checkFacts(t, []factCase{
		{"The concert features Coldplay, Led Zeppelin and the Rolling Stones.",
			[]string{"Organization:Coldplay", "Organization:Led Zeppelin", "Organization:Rolling Stones"}, []string{"Person:Led Zeppelin"}},
	})
}

// A charity, a band, a listed company or a town's festival keeps its
// "-ing" name, and a text that only mentions radio is no text about
// works.
func TestGerundTitleGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"The charity Missing People told BBC radio it had more calls. The film and the album came later.",
			[]string{"Organization:Missing People"}, nil},
		{"Killing Joke singer Jaz Coleman spoke about the album and the film.",
			[]string{"Organization:Killing Joke"}, nil},
		{"Shares in Flying Brands rose after it told viewers of its television advertising.",
			[]string{"Organization:Flying Brands"}, nil},
	})
}
