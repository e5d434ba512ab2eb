package mention_test

import (
	"slices"
	"testing"
)

// An adjective of a field before a portfolio noun belongs to the title
// ("local government spokesman"), and a field named by an abstract noun
// is a portfolio with no body before it ("the resignation of immigration
// minister"); adjectives of the holder and a leader's descriptions are not.
func TestFieldPortfolioBeforeTitle(t *testing.T) {
	tests := []struct {
		text  string
		spans []string
		want  string
		not   []string
	}{
		{"The Green Party's local government spokesman Ann Kerr criticised the rise.", []string{"ORG:Green Party", "PER:Ann Kerr"},
			"title:local government spokesman", []string{"title:government spokesman"}},
		{"Liberal shadow international development secretary Tom Vale spoke first.", []string{"PER:Tom Vale"},
			"title:shadow international development secretary", []string{"title:development secretary"}},
		{"The departure of immigration minister Ruth Pole surprised the party.", []string{"PER:Ruth Pole"},
			"title:immigration minister", []string{"title:minister"}},
		{"He met deregulation spokesman Carl Ode on Monday.", []string{"PER:Carl Ode"},
			"title:deregulation spokesman", nil},
		// Not a field: a quality of the holder, and a leader.
		{"The talks were led by the rational leader Mark Tull.", []string{"PER:Mark Tull"},
			"title:leader", []string{"title:rational leader"}},
		{"Voters chose a local spokesman Dan Orr for the campaign.", []string{"PER:Dan Orr"},
			"title:spokesman", []string{"title:local spokesman"}},
	}
	for _, tc := range tests {
		got := findFormsTitles(t, tc.text, tc.spans, nil)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: want %s in %v", tc.text, tc.want, got)
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: did not want %s in %v", tc.text, n, got)
			}
		}
	}
}
