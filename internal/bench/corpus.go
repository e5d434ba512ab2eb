// Package bench measures newsgraph on a corpus: extraction alone, on all
// cores, and ingest into a fresh store, in words, bytes, documents and
// quads per second and peak memory.
package bench

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Corpus is a set of documents held in memory, as ingest reads them.
type Corpus struct {
	Docs  []*text.Document
	Files int
	// Bytes and Words measure the documents' text; words are counted as
	// `wc -w` counts them, runs of letters and other characters between
	// white space.
	Bytes, Words int64
	// Skipped counts the inputs that are not text.
	Skipped int
}

// LoadCorpus reads every file named by paths as ingest does (directories
// walked, hidden entries skipped, large files in parts).
func LoadCorpus(paths []string) (*Corpus, error) {
	c := &Corpus{}
	files := ingest.Files(paths, func(string, error) { c.Skipped++ })
	for _, f := range files {
		c.Files++
		err := ingest.LoadParts(f, nil, func(d *text.Document) error {
			c.Docs = append(c.Docs, d)
			c.Bytes += int64(len(d.Text))
			c.Words += int64(Words(d.Text))
			return nil
		})
		if err != nil {
			c.Skipped++
		}
	}
	return c, nil
}

// Words counts the words of s as `wc -w` does: maximal runs of characters
// other than white space (no-break spaces are not white space).
func Words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			// As glibc's iswspace, which wc uses: no-break spaces join.
			space = unicode.IsSpace(r) && r != '\u00a0' && r != '\u2007' && r != '\u202f' && r != '\u0085'
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
