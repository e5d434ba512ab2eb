package resolve_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention/mentiontest"
)

// aliasedTagged returns "Type:Name[aliases]" for each entity of s, the
// tagger proposing spans.
func aliasedTagged(t *testing.T, s string, spans []string) []string {
	t.Helper()
	_, r := resolveTagged(t, s, mentiontest.Tagger(spans))
	return aliasedEntities(t, r)
}

func TestStateGovernments(t *testing.T) {
	checkTaggedEntities(t, aliasedTagged, []taggedCase{
		// A state's government named with a capital is the state.
		{"Dealers said the Kenyan Government would sell bonds next week.", []string{"ORG:Kenyan Government"},
			[]string{"Country:Kenya[Kenyan Government]"}, []string{"Organization:Kenyan Government[]"}},
		// The state's own name keeps its words.
		{"Banks bought U.S. Government notes on Tuesday.", []string{"ORG:U.S. Government"},
			[]string{"Country:United States[U.S.]"}, []string{"Organization:U.S. Government[]"}},
		// A region's government is a body of its own.
		{"The Scottish Government approved the new rail line.", []string{"ORG:Scottish Government"},
			[]string{"Organization:Scottish Government[]"}, []string{"Country:"}},
		// So is a longer name.
		{"The Kenyan Government Printing Office closed.", []string{"ORG:Kenyan Government Printing Office"},
			[]string{"Organization:Kenyan Government Printing Office[]"}, []string{"Country:"}},
		// In lower case, a demonym's government is the state too.
		{"The Peruvian government said it would raise fuel prices.", nil,
			[]string{"Country:Peru[Peruvian government]"}, nil},
		// Not a demonym alone, nor a government the text does not name.
		{"Peruvian farmers said the government would raise fuel prices.", nil,
			nil, []string{"Country:Peru"}},
	})
}
