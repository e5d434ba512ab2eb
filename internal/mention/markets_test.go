package mention_test

import "testing"

// TestMarketNames: share indices, crude grades, benchmark rates and
// securities are no organisations, even when a company or a newspaper
// shares their words; the bodies whose names hold such words stay.
func TestMarketNames(t *testing.T) {
	checkFormsCases(t, nil, []taggedCase{
		{"The Tarvik 300 index fell 2% while the Holm Jones industrial average rose.",
			[]string{"ORG:Tarvik", "ORG:Holm Jones"},
			nil, []string{"Organization:Tarvik", "Organization:Holm Jones", "Organization:Holm"}},
		{"In London, Norsk Light crude fell 40 cents a barrel.",
			[]string{"ORG:Norsk Light"},
			nil, []string{"Organization:Norsk Light"}},
		{"Loans are priced over the London Interbank Offered Rate, or Libor.",
			[]string{"ORG:London Interbank", "ORG:Libor"},
			nil, []string{"Organization:London Interbank", "Organization:Libor", "Organization:London"}},
		{"The government will offer Kelvanian Investment Notes (KINs) to creditors.",
			[]string{"ORG:Kelvanian Investment Notes", "ORG:KINs"},
			nil, []string{"Organization:Kelvanian Investment Notes", "Organization:KINs"}},
		// Negative: a company said, a body's name ends in another word.
		{"Holm Jones said its index of orders rose. The Group of Seven average was lower.",
			[]string{"ORG:Holm Jones", "ORG:Group of Seven"},
			[]string{"Organization:Holm Jones", "Organization:Group of Seven"}, nil},
	})
}

// TestBudgetAndCity: "the Budget" and "the City" name no body; names that
// hold the words do.
func TestBudgetAndCity(t *testing.T) {
	checkFormsCases(t, nil, []taggedCase{
		{"City analysts welcomed the Budget on Wednesday.",
			[]string{"ORG:City", "ORG:Budget"},
			nil, []string{"Organization:City", "Organization:Budget"}},
		// Negative: a club, a committee and an office.
		{"Darnley City fans wrote to the Senate Budget Committee and the Office of Management and Budget.",
			[]string{"ORG:Darnley City", "ORG:Senate Budget Committee", "ORG:Office of Management and Budget"},
			[]string{"Organization:Darnley City", "Organization:Senate Budget Committee", "Organization:Office of Management and Budget"}, nil},
	})
}
