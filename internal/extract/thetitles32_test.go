package extract_test

import "testing"

// A capitalised "The" mid-sentence opens a title's or a band's name, no
// person's; after a dateline's dash, or before a noun the name
// qualifies, the person stays.
func TestTheOpensNoPersonName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Critics praised The Wedding Date, a comedy starring Debra Messing.",
			[]string{"Person:Debra Messing"}, []string{"Person:Wedding Date"}},
		{"WASHINGTON, March 26 - The Reagan administration said it would act.",
			[]string{"Person:Reagan"}, nil},
	})
}
