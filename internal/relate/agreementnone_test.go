package relate_test

import "testing"

// TestInnerHeadReference: "the Charter" after "the Arctic Charter Treaty"
// refers to it, the inner head of a name with two heads; not to a treaty
// whose name holds no such head.
func TestInnerHeadReference(t *testing.T) {
	checkFacts(t, []factCase{
		{"Both states backed the Arctic Charter Treaty in 1994. Norway has signed the Charter but never ratified it.",
			[]string{"Norway party_to Arctic Charter Treaty"}, nil},
		// Negative: no inner head "charter".
		{"Both states backed the Arctic Fisheries Treaty in 1994. Norway has signed the Charter but never ratified it.",
			nil, []string{"Norway party_to Arctic Fisheries Treaty"}},
	})
}
