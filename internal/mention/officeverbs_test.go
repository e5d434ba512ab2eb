package mention_test

import "testing"

// A verb that gives or keeps an office is no portfolio of the title after
// it.
func TestOfficeVerbsBeforeTitles(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Ola Berg became chairman of Tarvo in May.", []string{"title:chairman"}, []string{"title:became chairman"}},
		{"Ola Berg remains chief executive of Tarvo.", []string{"title:chief executive"}, []string{"title:remains chief executive"}},
		{"Tarvo said Ola Berg was named president.", []string{"title:president"}, []string{"title:named president"}},
		// A portfolio after a body stays one.
		{"Tarvo finance director Ola Berg spoke.", []string{"title:finance director"}, nil},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}
