package extract_test

import "testing"

// A business reference followed by "last week" at the very end of a text
// with no full stop read past the sentence and crashed the extractor.
func TestReferenceAdverbAtTextEnd(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex Corp reported a loss. The deal was signed by the company last week",
			[]string{"Organization:Globex Corp"}, nil},
		{"Globex Corp reported a loss. The company last week",
			[]string{"Organization:Globex Corp"}, nil},
	})
}
