package extract_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// A company's first word alone ("Halvard said") names the company of the
// story's lead when several companies of the text start with it.
func TestShortNameOfLeadCompany(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, full string
		merged     bool
	}{
		{"Halvard Industries Corp said it expects a loss for the quarter. It will sell its Halvard Data Systems Inc unit. Halvard said the sale would close in May.",
			"Halvard Industries Corp", true},
		// Two companies of the name in the lead: no telling which.
		{"Halvard Industries Corp and Halvard Data Systems Inc said they would merge. Halvard said the merger would close in May.",
			"Halvard Industries Corp", false},
	} {
		doc, err := text.FromBytes("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		merged := false
		for _, e := range x.Extract(doc).Entities {
			names = append(names, e.Name)
			if e.Name == tc.full && slices.Contains(e.Aliases, "Halvard") {
				merged = true
			}
		}
		if merged != tc.merged {
			t.Errorf("%q: %q has the alias Halvard: %v, want %v (entities %q)", tc.text, tc.full, merged, tc.merged, names)
		}
	}
}
