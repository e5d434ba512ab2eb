// Package mentiontest holds a named-entity tagger with fixed answers for
// the tests of the packages that find and resolve mentions.
package mentiontest

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// Tagger proposes the spans it is given, written
// "TYPE:words" ("ORG:Acme Corp"), in every sentence that holds the words.
type Tagger []string

// Spans implements mention.EntityTagger.
func (f Tagger) Spans(sents [][]string) [][]mention.Span {
	out := make([][]mention.Span, len(sents))
	for s, words := range sents {
		for _, sp := range f {
			typ, name, _ := strings.Cut(sp, ":")
			want := strings.Fields(name)
			for i := 0; i+len(want) <= len(words); i++ {
				if strings.Join(words[i:i+len(want)], " ") == name {
					out[s] = append(out[s], mention.Span{T0: i, T1: i + len(want), Type: typ})
				}
			}
		}
	}
	return out
}
