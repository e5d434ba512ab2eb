package extract_test

import "testing"

// A common word in lower case inside a tagged name ends the name: "the
// Royal College of Music annual Secrets sale".
func TestCommonWordEndsTaggedName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tickets sold out hours after the opening of the Royal College of Music annual Secrets sale.",
			[]string{"Organization:Royal College of Music"},
			[]string{"Organization:Royal College of Music annual Secrets"}},
		{"Shares of Banco do Brasil rose.",
			[]string{"Organization:Banco do Brasil"}, nil},
	})
}
