package mention_test

import "testing"

// Offices whose last word is a title of its own ("general", "secretary")
// are read whole: "Auditor General" is one office, not a body "Auditor"
// and a general; "Chief Secretary" is one, not a chief and a secretary.
// A lone "General" before a name is still the rank.
func TestCompoundOfficeTitles(t *testing.T) {
	tests := []struct {
		text     string
		want, no []string
	}{
		{"Auditor General Ruth Pennant said the accounts were sound.", []string{"title:auditor general"}, []string{"title:general"}},
		{"The report was signed by Jane Moss, the state's auditor-general.", []string{"title:auditor-general"}, nil},
		{"Chief Secretary to the Treasury Alan Hirst defended the plan.", []string{"title:chief secretary"}, []string{"title:chief"}},
		{"Chief Treasury Secretary Alan Hirst defended the plan.", []string{"title:chief treasury secretary"}, []string{"title:chief"}},
		// Negative: the rank alone, and a chief who is no secretary.
		{"General Tomas Ruiz led the parade.", []string{"title:general"}, []string{"title:auditor general"}},
		{"Police chief Alan Hirst defended the plan.", []string{"title:police chief"}, []string{"title:chief secretary"}},
	}
	for _, tc := range tests {
		got := find(t, tc.text)
		checkFound(t, tc.text, got, tc.want, tc.no)
	}
}
