package mention_test

import "testing"

// A state's body the tagger names without its demonym keeps the
// tagger's reading: the lexicon's longer name with the demonym does not
// override it, as a known firm's name split into pieces does.
func TestTaggedStateBodyAfterDemonym(t *testing.T) {
	checkTaggedCases(t, []taggedCase{
		{"Russian Foreign Ministry spokesman Pavel Orlin said Moscow would reply.", []string{"MISC:Russian", "ORG:Foreign Ministry", "PER:Pavel Orlin", "LOC:Moscow"},
			[]string{"Organization:Foreign Ministry", "Person:Pavel Orlin"}, []string{"Organization:Russian Foreign Ministry"}},
	})
}
