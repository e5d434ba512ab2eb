package mention_test

import "testing"

// A legal form written with a period may end a sentence: the capitalised
// word after it starts the next one and joins no name; a legal form after
// it ("Co. Inc.") goes on the name.
func TestSentenceAfterLegalForm(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"The study was run by Quarrel Data Inc. Another study found less.", []string{"ORG:Quarrel Data Inc. Another"},
			[]string{"Organization:Quarrel Data Inc."}, []string{"Organization:Quarrel Data Inc. Another"}},
		{"The bonds are led by Torvik Banking Corp. Managers are Fellan Bank and Orbis Bank.", []string{"ORG:Torvik Banking Corp. Managers"},
			[]string{"Organization:Torvik Banking Corp."}, []string{"Organization:Torvik Banking Corp. Managers"}},
		{"It was bought by Hamel Systems Inc. Five buyers had bid.", []string{"ORG:Hamel Systems Inc."},
			[]string{"Organization:Hamel Systems Inc."}, []string{"Organization:Hamel Systems Inc. Five"}},
		{"Notes were sold by Brisk Lund Ltd. Orren Guaranty Trust Co also bid.", []string{"ORG:Brisk Lund Ltd. Orren Guaranty Trust Co"},
			[]string{"Organization:Brisk Lund Ltd.", "Organization:Orren Guaranty Trust Co"}, nil},
		// One name.
		{"Shares of Wexley and Co. Inc. rose.", []string{"ORG:Wexley and Co. Inc."},
			[]string{"Organization:Wexley and Co. Inc."}, nil},
	})
}
