package extract_test

import "testing"

// "the exchange" after sentences that name no organisation (a quote, a
// remark) refers to the organisation named before them.
func TestReferenceAcrossQuotes(t *testing.T) {
	checkFacts(t, []factCase{
		{"NEW YORK, March 3 - The Tarvex Stock Exchange said it is launching a campaign.\n\n" +
			"Tarvex will advertise on television, it said. The campaign also includes print ads.\n\n" +
			"\"Our entry reflects our optimism. We have proved ourselves a vigorous marketplace,\" said Dana Whitlow, chairman of the exchange, in a statement.",
			[]string{"person/dana_whitlow leader_of organization/tarvex_stock_exchange"}, nil},
	})
}
