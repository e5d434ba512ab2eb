package extract_test

import "testing"

// A partnership's first partner names the firm for short.
func TestPartnershipShortName(t *testing.T) {
	checkFacts(t, []factCase{
		{"Merchant bank Hollandsche, Meer en Hollandsche said growth would slow. Domestic spending will not offset the decline, Hollandsche said in its monthly economic outlook.",
			[]string{"Organization:Hollandsche, Meer en Hollandsche aka Hollandsche"}, []string{"Organization:Hollandsche"}},
	})
}
