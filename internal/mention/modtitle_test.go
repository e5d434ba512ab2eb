package mention_test

import (
	"testing"
)

func TestModifiedTitlesAndPortfolios(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		// A modifier and a known title make a title.
		{"Rosa Lind, the co-chief executive of Tarvo, spoke.", []string{"title:co-chief executive"}, []string{"title:executive"}},
		{"He met Acting Governor Omar Velt on Monday.", []string{"title:acting governor"}, nil},
		{"Ida Marsh, assistant director for Asia, said so.", []string{"title:assistant director"}, nil},
		{"The deputy editor Paul Rowe resigned.", []string{"title:deputy editor"}, nil},
		{"Karl Benn, vice-chairwoman of Tarvo, said.", []string{"title:vice-chairwoman"}, nil},
		// Not a modifier before a title: a noun, a verb.
		{"The vice squad raided a bar.", nil, []string{"title:vice squad"}},
		{"Acting on a tip, police arrested him.", nil, []string{"title:acting on"}},
		// The body after "of" stays a name.
		{"Piet Maas, vice-president of the European Commission, said.", []string{"Organization:European Commission"}, nil},
		// New titles.
		{"Dora Venn, the panel's chief counsel, asked.", []string{"title:chief counsel"}, []string{"title:chief"}},
		{"Lev Ort, officer in charge of the mission, said.", []string{"title:officer in charge"}, nil},
		// A judging adjective is no part of a title.
		{"His attractive secretary Ann Pole typed it.", []string{"title:secretary"}, []string{"title:attractive secretary"}},
		// A capitalised word between a country and a minister is a
		// portfolio, not an organisation.
		{"Dutch Tourism Minister Hans Vink spoke.", []string{"title:tourism minister"}, []string{"Organization:Tourism"}},
		{"Norway's Fisheries Minister Ola Berg spoke.", []string{"title:fisheries minister"}, []string{"Organization:Fisheries"}},
		// ... and so is one opening the sentence, or after a verb.
		{"Constitutional Affairs Minister Ola Berg spoke.", []string{"title:constitutional affairs minister"}, []string{"Organization:Constitutional"}},
		{"It was backed by Pensions Secretary Ola Berg.", []string{"title:pensions secretary"}, []string{"Organization:Pensions"}},
		{"But Culture Secretary Ola Berg disagreed.", []string{"title:culture secretary"}, []string{"title:but culture secretary"}},
		{"SEC Chief Accountant Ola Berg spoke.", []string{"title:chief accountant"}, []string{"Person:Accountant"}},
		{"Labour election co-ordinator Ola Berg spoke.", []string{"title:election co-ordinator"}, nil},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}

func TestCompanyBeforeHeadTitle(t *testing.T) {
	// A tagged person's name right before a company head's title and its
	// holder's name is the company's.
	checkTagged(t, "Hardwick Bell chairwoman, Ann Lee, said it.", []string{"PER:Hardwick Bell", "PER:Ann Lee"},
		[]string{"Organization:Hardwick Bell", "Person:Ann Lee"}, nil)
	// Not before other titles, nor without a holder after.
	checkTagged(t, "Tony Marsh spokesman Tom Kelly said.", []string{"PER:Tony Marsh", "PER:Tom Kelly"},
		[]string{"Person:Tony Marsh"}, nil)
	checkTagged(t, "The board named Ann Lee chairman on Monday.", []string{"PER:Ann Lee"},
		[]string{"Person:Ann Lee"}, nil)
}
