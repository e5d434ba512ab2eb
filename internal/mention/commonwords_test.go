package mention_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
	"github.com/newsgraph/newsgraph/internal/text"
)

// formsTagger is a tagger of fixed spans that also knows how news text
// writes a few words mid-sentence.
type formsTagger struct {
	mentiontest.Tagger
	lower map[string]bool
}

func (f formsTagger) RunningForm(w string) (string, bool) {
	if f.lower[strings.ToLower(w)] {
		return strings.ToLower(w), true
	}
	return w, true
}

// checkFormsCases runs cases with a tagger that knows how news writes the
// words of lower mid-sentence.
func checkFormsCases(t *testing.T, lower map[string]bool, tests []taggedCase) {
	t.Helper()
	for _, tc := range tests {
		doc, err := text.FromBytes("test", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		a := text.Analyze(doc)
		f := mention.Finder{Tagger: formsTagger{mentiontest.Tagger(tc.spans), lower}}
		var got []string
		for _, m := range f.Find(a).Mentions {
			if !m.Weak {
				got = append(got, string(m.Type)+":"+a.Text(m.T0, m.T1))
			}
		}
		checkFound(t, tc.text, got, tc.want, tc.not)
	}
}

func TestCommonWordsInPlace(t *testing.T) {
	lower := map[string]bool{"born": true, "conduct": true, "jobs": true, "green": true, "bush": true}
	checkFormsCases(t, lower, []taggedCase{
		{"Born in 1950 in Carlisle, she studied law.", []string{"LOC:Born", "LOC:Carlisle"},
			[]string{"Place:Carlisle"}, []string{"Place:Born"}},
		{"The board adopted a Code of Conduct on Monday.", []string{"LOC:Conduct"},
			nil, []string{"Place:Conduct"}},
		// A name mid-sentence elsewhere keeps the sentence-initial one.
		{"Jobs spoke first. The crowd cheered when Jobs left.", []string{"PER:Jobs"},
			[]string{"Person:Jobs"}, nil},
		// A person who speaks is named, whatever the word's other use.
		{"Putin said the talks went well. Bush said otherwise.", []string{"PER:Putin", "PER:Bush"},
			[]string{"Person:Bush"}, nil},
		{"Jobs were his priority.", []string{"PER:Jobs"},
			nil, []string{"Person:Jobs"}},
		// A word news writes with a capital stays a name at the start.
		{"Hartlepool voted on Thursday.", []string{"LOC:Hartlepool"},
			[]string{"Place:Hartlepool"}, nil},
		// After "of" in a body's name the place stays.
		{"He studied at the University of Carlisle.", []string{"LOC:Carlisle"},
			nil, []string{"Place:University"}},
	})
}
