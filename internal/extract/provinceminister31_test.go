package extract_test

import "testing"

// A province before a minister's portfolio is where the office is held,
// not part of the title; before a bare desk it is the portfolio.
func TestProvinceBeforePortfolio(t *testing.T) {
	checkFacts(t, []factCase{
		{"Meanwhile, Ontario Trade Minister Dana Whitlow expressed confidence.",
			[]string{"person/dana_whitlow title = trade minister", "Place:Ontario"},
			[]string{"person/dana_whitlow title = ontario trade minister"}},
		{"Britain's Europe Minister Carl Orben said the talks went well.",
			[]string{"person/carl_orben title = europe minister"}, nil},
	})
}
