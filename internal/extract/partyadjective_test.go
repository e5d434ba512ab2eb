package extract_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// A party the text names only by its adjective before an office ("Tory
// health spokesman") is known by that adjective too, so that the graph
// holds the name the text used.
func TestPartyAdjectiveIsAnAlias(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := text.FromBytes("test.txt", []byte("Labour lost a seat in the Welsh assembly. Conservative local government spokesman Alan Hale said the vote was a warning."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Extract(doc).Entities {
		if e.Name == "Conservative Party" {
			if !slices.Contains(e.Aliases, "Conservative") {
				t.Errorf("Conservative Party has aliases %q, want Conservative among them", e.Aliases)
			}
			return
		}
	}
	t.Errorf("no Conservative Party entity")
}
