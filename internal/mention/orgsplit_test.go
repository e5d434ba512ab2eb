package mention_test

import "testing"

func TestCoordinatedOrganisationsSplit(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		// Two names the tagger joined at "and": the first closed by a
		// head noun, the second a name of its own.
		{"Claims were filed against Dunmore Group and Pell and Vickers last year.", []string{"ORG:Dunmore Group and Pell and Vickers"},
			[]string{"Organization:Dunmore Group", "Organization:Pell and Vickers"}, []string{"Organization:Dunmore Group and Pell and Vickers"}},
		{"Loans came from Harland Bank and Ostrey Savings Bank.", []string{"ORG:Harland Bank and Ostrey Savings Bank"},
			[]string{"Organization:Harland Bank", "Organization:Ostrey Savings Bank"}, nil},
		{"The Tarnby Commission and National Union of Farmers met.", []string{"ORG:Tarnby Commission and National Union of Farmers"},
			[]string{"Organization:Tarnby Commission", "Organization:National Union of Farmers"}, nil},
		{"The notes were sold by Kell Lyle and Co and Varden Corp.", []string{"ORG:Kell Lyle and Co and Varden Corp"},
			[]string{"Organization:Kell Lyle and Co", "Organization:Varden Corp"}, nil},
		// One name with "and" inside it stays whole.
		{"Shares of Hollin Trust and Banking Co Ltd rose.", []string{"ORG:Hollin Trust and Banking Co Ltd"},
			[]string{"Organization:Hollin Trust and Banking Co Ltd"}, []string{"Organization:Hollin Trust"}},
		{"Deposits at Mercer Bank and Trust fell.", []string{"ORG:Mercer Bank and Trust"},
			[]string{"Organization:Mercer Bank and Trust"}, []string{"Organization:Mercer Bank"}},
		{"The Commons Fisheries and Food Committee reported.", []string{"ORG:Commons Fisheries and Food Committee"},
			[]string{"Organization:Commons Fisheries and Food Committee"}, nil},
		// Two bodies sharing a plural noun after them.
		{"The Senate and Assembly committees will vote on the bill.", []string{"ORG:Senate and Assembly"},
			[]string{"Organization:Senate", "Organization:Assembly"}, []string{"Organization:Senate and Assembly"}},
		{"The Senate and Assembly said the bill would pass.", []string{"ORG:Senate and Assembly"},
			[]string{"Organization:Senate and Assembly"}, nil},
	})
}
