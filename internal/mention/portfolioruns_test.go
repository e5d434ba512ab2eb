package mention_test

import "testing"

// A portfolio of several capitalised words before a minister's or a
// commissioner's title belongs to the title, wherever one word would.
func TestPortfolioRunBeforeTitle(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Swedish Rural Affairs Minister Eva Holm spoke.", []string{"title:rural affairs minister"}, []string{"Organization:Rural Affairs"}},
		{"Meanwhile, Adult Learning Minister Ola Berg said no.", []string{"title:adult learning minister"}, []string{"Organization:Adult Learning"}},
		{"Piet Maas, Consumer Protection Commissioner of the European Union, said so.", []string{"title:consumer protection commissioner"}, []string{"Organization:Consumer Protection"}},
		// An acronym before the title names the body, not a portfolio.
		{"Meanwhile, FDA Commissioner Ola Berg said no.", nil, []string{"title:fda commissioner"}},
		// A name of the lexicon in the run stays a name.
		{"Meanwhile, Foreign Office Minister Ola Berg said no.", []string{"Organization:Foreign Office"}, []string{"title:foreign office minister"}},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}
