package mention_test

import "testing"

// An appositive's title after a name keeps the field words before it
// when a complement names the employer.
func TestAppositivePortfolio(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Orla Finch, marketing director at Brennock Foods, said so.", []string{"title:marketing director"}, nil},
		{"Rates rose, said Dov Amsel, a bond strategist with Keller Tamm.", []string{"title:bond strategist"}, nil},
		// No name before the comma, no complement, or a judging word.
		{"In short, marketing director at the firm is a hard job.", nil, []string{"title:marketing director"}},
		{"Orla Finch, marketing director, said so.", nil, []string{"title:marketing director"}},
		{"Orla Finch, a respected director at Brennock Foods, said so.", nil, []string{"title:respected director"}},
		// Field words that open the text have nothing before them.
		{"sales director at Kestrel Homes Ivo Brandt said prices rose.", nil, []string{"title:sales director"}},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}
