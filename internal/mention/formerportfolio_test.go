package mention_test

import "testing"

// "ex-" or "then-" glued to the portfolio of a title: the portfolio is
// part of the title, the prefix is not.
func TestFormerPortfolioTitles(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Ex-Transport Secretary Alan Morrow has backed the plan.", []string{"title:transport secretary"}, []string{"title:secretary"}},
		{"But ex-foreign secretary Alan Morrow said the talks had failed.", []string{"title:foreign secretary"}, []string{"title:secretary"}},
		{"The then-finance minister Alan Morrow signed the order.", []string{"title:finance minister"}, []string{"title:minister"}},
		// A party's name is no portfolio.
		{"Ex-Labour minister Alan Morrow spoke against the bill.", []string{"title:minister"}, []string{"title:labour minister"}},
		{"Ex-Labour MP Alan Morrow spoke against the bill.", []string{"title:mp"}, []string{"title:labour mp"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkFound(t, tc.text, find(t, tc.text), tc.want, tc.no)
		})
	}
}
