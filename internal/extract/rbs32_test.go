package extract_test

import "testing"

// The Royal Bank of Scotland is not NatWest, which it bought.
func TestRoyalBankOfScotlandIsNotNatWest(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ann Lee, an economist at Royal Bank of Scotland, said rates would rise.",
			[]string{"Organization:Royal Bank of Scotland", "person/ann_lee official_of organization/royal_bank_of_scotland"}, []string{"Organization:NatWest aka Royal Bank of Scotland"}},
	})
}
