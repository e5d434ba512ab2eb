package segment_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/segment"
)

// FuzzSentences checks, for any text, that the sentences are in order, do
// not overlap, start and end on character boundaries inside the text, have
// no white space around them, are never empty nor longer than MaxSentence,
// and leave out nothing but white space.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Putin spoke. Biden listened.",
		"war might be imminent.But there were signs.",
		"About 150 U.S. advisers are there. U.S.-supplied arms too.",
		"Mr. Lavrov and Dr. Smith met on Jan. 12 in St. Petersburg.",
		`He said: "It is over." Then he left.`,
		"It was a “geostrategic catastrophe.” In the decade after",
		"EU referendum question unveiled\nThe question was unveiled.",
		"French officials said a major aim of\nChirac's visit was trade.\n\nBut Reagan disagreed.",
		"Why join?… Nobody knows!",
		"after meeting Lavrov:This was six weeks ago.",
		"\u00a0\u2028 ...",
		strings.Repeat("a.", 1500),
		strings.Repeat("President ", 300) + "Putin.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// Documents are valid UTF-8 (internal/text sees to it).
			return
		}
		sents := segment.Sentences(text)
		prev := 0
		for i, s := range sents {
			if s.End-s.Start > segment.MaxSentence {
				t.Fatalf("sentence %d has %d bytes, more than %d", i, s.End-s.Start, segment.MaxSentence)
			}
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("sentence %d [%d,%d) after %d in %d bytes", i, s.Start, s.End, prev, len(text))
			}
			if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
				t.Fatalf("sentence %d [%d,%d) cuts a character", i, s.Start, s.End)
			}
			sent := text[s.Start:s.End]
			if strings.TrimFunc(sent, unicode.IsSpace) != sent {
				t.Fatalf("sentence %d %q has white space around it", i, sent)
			}
			if gap := text[prev:s.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Fatalf("text %q between sentences is left out", gap)
			}
			prev = s.End
		}
		if rest := text[prev:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
			t.Fatalf("text %q after the last sentence is left out", rest)
		}
		// Appending reuses dst without touching what it held.
		again := segment.AppendSentences([]segment.Sentence{{1, 2}}, text)
		if len(again) != len(sents)+1 || again[0] != (segment.Sentence{1, 2}) {
			t.Fatal("AppendSentences changed what dst held")
		}
	})
}
