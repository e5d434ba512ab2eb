package mention_test

import "testing"

// A party's name before a lower-case title is the holder's party, not the
// title's portfolio; a capitalised "Labour Minister" is the portfolio.
func TestPartyBeforeLowerTitle(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Ann Morrow, former Labour minister, backed the bill.", []string{"title:minister"}, []string{"title:labour minister"}},
		{"Israeli Labour Minister Eli Cohen met the unions.", []string{"title:labour minister"}, nil},
		{"The labour minister met the unions.", []string{"title:labour minister"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkFound(t, tc.text, find(t, tc.text), tc.want, tc.no)
		})
	}
}
