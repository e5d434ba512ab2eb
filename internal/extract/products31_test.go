package extract_test

import "testing"

// Well-known products, devices and programs are no entities, nor are the
// initials the text gives them; their makers stay.
func TestKnownProducts(t *testing.T) {
	checkFacts(t, []factCase{
		{"Sony said sales of the PlayStation Portable beat those of the Nintendo DS in Japan.",
			[]string{"Organization:Sony", "Country:Japan"},
			[]string{"Organization:PlayStation Portable", "Organization:Nintendo DS"}},
		{"Gamers bought more copies of Halo 2 for the Xbox than Microsoft expected.",
			[]string{"Organization:Microsoft"},
			[]string{"Organization:Xbox", "Organization:Halo 2", "Place:Halo 2"}},
		{"Users of Internet Explorer (IE) were told to switch to Firefox, Kelmor Labs said.",
			[]string{"Organization:Kelmor Labs"},
			[]string{"Organization:Internet Explorer", "Organization:IE", "Place:IE", "Organization:Firefox", "Place:Firefox"}},
	})
}

// A product after its maker's name, and well-known fictional franchises
// and computer viruses, are no entities either.
func TestMakersProductsAndFranchises(t *testing.T) {
	checkFacts(t, []factCase{
		{"Shoppers queued for the Sony PSP, and some for the Apple Mac, Kelmor Labs said.",
			[]string{"Organization:Kelmor Labs"},
			[]string{"Organization:Sony PSP", "Organization:Apple Mac"}},
		{"The Harry Potter films and Spider-Man took most of the money at the box office, Tarvex Pictures said.",
			nil, []string{"Person:Harry Potter", "Organization:Spider-Man"}},
	})
}
