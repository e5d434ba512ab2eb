package mention

import (
	"strings"
	"testing"
)

// phraseSlow is lexIndex.phrase without its filters: every length from
// the longest phrase of the first word down.
func (x *lexIndex) phraseSlow(words []string) (lexEntry, int) {
	if len(words) == 0 {
		return lexEntry{}, 0
	}
	for n := min(len(words), x.firstLen[words[0]].longest); n > 0; n-- {
		if e, ok := x.phrases[strings.Join(words[:n], " ")]; ok {
			return e, n
		}
	}
	return lexEntry{}, 0
}

// TestPhraseFilters checks that the filters of phrase never hide a
// phrase: every phrase of the index, alone, before other words and
// cut short, is found as without them.
func TestPhraseFilters(t *testing.T) {
	x := index()
	for k := range x.phrases {
		words := strings.Split(k, " ")
		for _, ws := range [][]string{words, append(words[:len(words):len(words)], "said", "."), words[:len(words)-1], append([]string{"the"}, words...)} {
			_, got := x.phrase(ws)
			_, want := x.phraseSlow(ws)
			if got != want {
				t.Errorf("phrase(%q) has %d words, want %d", ws, got, want)
			}
		}
	}
}
