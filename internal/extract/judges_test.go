package extract_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// The court's kind before "Judge" is part of the title, not a body:
// "District Judge" names no organisation "District".
func TestCourtJudgeTitles(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, person, title string }{
		{"District Judge Mary Olsen ruled against the company on Monday.", "person/mary_olsen", "district judge"},
		{"Circuit Judge Tom Vance sentenced the two men.", "person/tom_vance", "circuit judge"},
		{"A federal bankruptcy judge, Judge Ann Morrow, approved the sale.", "person/ann_morrow", "judge"},
	} {
		doc, err := text.FromBytes("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		f := x.Extract(doc)
		for _, e := range f.Entities {
			if e.Type == "Organization" {
				t.Errorf("%q: unwanted organisation %q", tc.text, e.Name)
			}
		}
		found := false
		for _, a := range f.Attributes {
			if a.Subject == tc.person && a.Value == tc.title {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no title %q for %s; got %+v", tc.text, tc.title, tc.person, f.Attributes)
		}
	}
}
