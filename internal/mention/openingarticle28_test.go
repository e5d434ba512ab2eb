package mention_test

import "testing"

// After an article that opens the sentence, a common adjective before an
// organisation's head keeps its place in the name, as it does in
// mid-sentence ("the High Court"); the article alone is dropped.
func TestOpeningArticleKeepsModifier(t *testing.T) {
	checkFoundCases(t, []foundCase{
		{"The High Court dismissed the appeal by the landlord.",
			[]string{"Organization:High Court"}, []string{"Organization:Court"}},
		{"The Central Bank of Pelmora cut its main rate on Friday.",
			[]string{"Organization:Central Bank of Pelmora"}, nil},
		{"A High Court judge in Dunmore granted the order.",
			[]string{"Organization:High Court"}, []string{"Organization:Court"}},
		// Negative: no organisation word after the adjective, so the
		// opening common words are still dropped.
		{"The New Marlow rally drew large crowds.",
			nil, []string{"Organization:The New Marlow"}},
	})
}
