package segment_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/segment"
)

func sentences(text string) []string {
	var out []string
	for _, s := range segment.Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "Putin spoke. Biden listened.", []string{"Putin spoke.", "Biden listened."}},
		{"glued", "war might be imminent.But there were signs.", []string{"war might be imminent.", "But there were signs."}},
		{"glued one-letter word", "a way out.A half hour later, he left.", []string{"a way out.", "A half hour later, he left."}},
		{"glued colon", "after meeting Lavrov:This was six weeks ago.", []string{"after meeting Lavrov:", "This was six weeks ago."}},
		{"acronym", "About 150 U.S. advisers are there. U.S.-supplied arms too.", []string{"About 150 U.S. advisers are there.", "U.S.-supplied arms too."}},
		{"acronym at end", "They met in the U.S. The talks failed.", []string{"They met in the U.S.", "The talks failed."}},
		{"honorific", "Mr. Lavrov and Dr. Smith met on Jan. 12 in St. Petersburg.", []string{"Mr. Lavrov and Dr. Smith met on Jan. 12 in St. Petersburg."}},
		{"initial", "George W. Bush spoke.", []string{"George W. Bush spoke."}},
		{"quote closes", `He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"curly quote closes", "It was a “geostrategic catastrophe.” In the decade after", []string{"It was a “geostrategic catastrophe.”", "In the decade after"}},
		{"decimal", "Shares rose 4.5% to 6.2 euros.", []string{"Shares rose 4.5% to 6.2 euros."}},
		{"hard wrapped", "French officials said a major aim of\nChirac's visit was trade.\n\nBut Reagan disagreed.", []string{"French officials said a major aim of\nChirac's visit was trade.", "But Reagan disagreed."}},
		{"headline", "EU referendum question unveiled\nThe question was unveiled.", []string{"EU referendum question unveiled", "The question was unveiled."}},
		{"wire dateline wrapped", "BRASILIA, March 27 - Finance Minister Dilson\nFunaro denied rumours.", []string{"BRASILIA, March 27 - Finance Minister Dilson\nFunaro denied rumours."}},
		{"indented paragraph", "It ended.\n    Reagan said so.", []string{"It ended.", "Reagan said so."}},
		{"no final period", "Talks ended", []string{"Talks ended"}},
		{"question", "Why join? Nobody knows!", []string{"Why join?", "Nobody knows!"}},
		{"plural abbreviated title", "Sens. Robert Dole and Charles Grassley wrote.", []string{"Sens. Robert Dole and Charles Grassley wrote."}},
		{"plural noun, lower case", "The union met the reps. Acme said the talks went well.", []string{"The union met the reps.", "Acme said the talks went well."}},
		{"empty", "  \n ", nil},
		{"too long", strings.Repeat("word ", 500) + "end.", []string{strings.TrimSpace(strings.Repeat("word ", 400)), strings.Repeat("word ", 99) + "word end."}},
		{"too long without spaces", strings.Repeat("é", 1500), []string{strings.Repeat("é", 1000), strings.Repeat("é", 500)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentences(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	text := ""
	for i := 0; i < 200; i++ {
		text += "Russian President Vladimir Putin met U.S. officials in Geneva on Jan. 12.But the talks—the first in years—failed. "
	}
	b.SetBytes(int64(len(text)))
	var dst []segment.Sentence
	for i := 0; i < b.N; i++ {
		dst = segment.AppendSentences(dst[:0], text)
	}
}
