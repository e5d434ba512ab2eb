package extract_test

import "testing"

// An exchange's or a university's name goes on through "of" and its
// place.
func TestExchangeOfPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ronald Tam, chairman of the Stock Exchange of Singapore, spoke on Monday.",
			[]string{"Organization:Stock Exchange of Singapore", "person/ronald_tam leader_of organization/stock_exchange_of_singapore"},
			[]string{"Organization:Stock Exchange"}},
	})
}
