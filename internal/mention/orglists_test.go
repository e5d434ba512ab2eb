package mention_test

import "testing"

// Organisation names the tagger fused across a list's comma, "or" or
// "and", each whole, come apart; a firm's partners, a department's
// portfolios and one name with "of" and "and" stay whole.
func TestListedOrganisationsSplit(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The lenders are Carrow Finance Corp, Bank of Tessaly and Orbin Bank.", []string{"ORG:Carrow Finance Corp , Bank of Tessaly", "ORG:Orbin Bank"},
			[]string{"Organization:Carrow Finance Corp", "Organization:Bank of Tessaly", "Organization:Orbin Bank"}, []string{"Organization:Carrow Finance Corp, Bank of Tessaly"}},
		{"Co-managers are Bank of Lurin, Bank of Vessa and Tolm Bank.", []string{"ORG:Bank of Lurin , Bank of Vessa", "ORG:Tolm Bank"},
			[]string{"Organization:Bank of Lurin", "Organization:Bank of Vessa"}, nil},
		{"The arranger was Kestrow, Bank of Ollam Asia Ltd and others.", []string{"ORG:Kestrow , Bank of Ollam Asia Ltd"},
			[]string{"Organization:Bank of Ollam Asia Ltd"}, []string{"Organization:Kestrow, Bank of Ollam Asia Ltd"}},
		{"The owners are Banque du Varel and Bank of Osmir, officials said.", []string{"ORG:Banque du Varel and Bank of Osmir"},
			[]string{"Organization:Banque du Varel", "Organization:Bank of Osmir"}, nil},
		{"Money may come from the Dorland Assembly or Fenwick Regional Assembly.", []string{"ORG:Dorland Assembly or Fenwick Regional Assembly"},
			[]string{"Organization:Dorland Assembly", "Organization:Fenwick Regional Assembly"}, nil},
		// One name each.
		{"The Bureau of Ploughs, Harrows and Tillers said so.", []string{"ORG:Bureau of Ploughs , Harrows and Tillers"},
			[]string{"Organization:Bureau of Ploughs, Harrows and Tillers"}, []string{"Organization:Bureau of Ploughs"}},
		{"Shares were sold by Harbin, Colley and Marsh Inc.", []string{"ORG:Harbin , Colley and Marsh Inc"},
			[]string{"Organization:Harbin, Colley and Marsh Inc"}, nil},
		{"The Department of Fisheries and Forestry Select Committee met.", []string{"ORG:Department of Fisheries and Forestry Select Committee"},
			[]string{"Organization:Department of Fisheries and Forestry Select Committee"}, nil},
		{"Deposits at the Bank of Korlan and Vessany rose.", []string{"ORG:Bank of Korlan and Vessany"},
			[]string{"Organization:Bank of Korlan and Vessany"}, nil},
	})
}
