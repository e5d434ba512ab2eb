package mention_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Offices whose last word is a title of its own ("general", "secretary")
// are read whole: "Auditor General" is one office, not a body "Auditor"
// and a general; "Chief Secretary" is one, not a chief and a secretary.
// A lone "General" before a name is still the rank.
func TestCompoundOfficeTitles(t *testing.T) {
	for _, tc := range []struct {
		text  string
		title []string
	}{
		{"Auditor General Ruth Pennant said the accounts were sound.", []string{"auditor general"}},
		{"The report was signed by Jane Moss, the state's auditor-general.", []string{"auditor-general"}},
		{"Chief Secretary to the Treasury Alan Hirst defended the plan.", []string{"chief secretary"}},
		{"Chief Treasury Secretary Alan Hirst defended the plan.", []string{"chief treasury secretary"}},
		// Negative: the rank alone, and a chief who is no secretary.
		{"General Tomas Ruiz led the parade.", []string{"general"}},
		{"Police chief Alan Hirst defended the plan.", []string{"police chief"}},
	} {
		doc, err := text.FromBytes("test", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		a := text.Analyze(doc)
		var got []string
		for _, ti := range (&mention.Finder{}).Find(a).Titles {
			got = append(got, ti.Title)
		}
		if len(got) != len(tc.title) || (len(got) > 0 && got[0] != tc.title[0]) {
			t.Errorf("%q: titles %q, want %q", tc.text, got, tc.title)
		}
	}
}
