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

// TestTitleFirstWord checks title, given its first word in lower case,
// against lower-casing the first word as the other words are.
func TestTitleFirstWord(t *testing.T) {
	x := index()
	var ws [][]string
	for k := range x.titles {
		words := strings.Split(k, " ")
		up := append([]string{strings.ToUpper(words[0][:1]) + words[0][1:]}, words[1:]...)
		ws = append(ws, words, up, append(up[:len(up):len(up)], "Smith"))
	}
	ws = append(ws, []string{"ÉLYSÉE", "Palace"}, []string{"İstanbul"}, []string{strings.Repeat("A", 300)}, []string{"Prime", "Minister"})
	for _, words := range ws {
		_, got := x.title(words, strings.ToLower(words[0]))
		var buf [256]byte
		want := 0
		if first, ok := joinInto(buf[:0], words[:1], true); ok {
			if n := min(len(words), x.titleLen[string(first)]); n > 0 {
				for ; n > 0; n-- {
					if key, ok := joinInto(buf[:0], words[:n], true); ok {
						if _, ok := x.titles[string(key)]; ok {
							want = n
							break
						}
					}
				}
			}
		}
		if got != want {
			t.Errorf("title(%q) has %d words, want %d", words, got, want)
		}
	}
}
