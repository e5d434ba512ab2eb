package text

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/token"
)

// Sentence is one sentence of an Analysis: its byte span and the range
// [T0, T1) of its tokens in Analysis.Tokens.
type Sentence struct {
	Start, End int
	T0, T1     int
}

// Analysis is a document split into sentences and tokens. Words holds the
// normalised text of each token (token.Normal), the form taggers and
// patterns match against.
type Analysis struct {
	Doc       *Document
	Sentences []Sentence
	Tokens    []token.Token
	Words     []string
	// Lower holds Words in lower case.
	Lower []string
}

// Analyze segments and tokenises doc.
func Analyze(doc *Document) *Analysis {
	a := &Analysis{Doc: doc}
	spans := segment.Sentences(doc.Text)
	a.Sentences = make([]Sentence, 0, len(spans))
	a.Tokens = make([]token.Token, 0, len(doc.Text)/5)
	for _, s := range spans {
		t0 := len(a.Tokens)
		a.Tokens = token.Append(a.Tokens, doc.Text, s.Start, s.End)
		a.Sentences = append(a.Sentences, Sentence{Start: s.Start, End: s.End, T0: t0, T1: len(a.Tokens)})
	}
	a.Words = make([]string, len(a.Tokens))
	a.Lower = make([]string, len(a.Tokens))
	for i, t := range a.Tokens {
		a.Words[i] = token.Normal(t.Text(doc.Text))
		a.Lower[i] = strings.ToLower(a.Words[i])
	}
	return a
}

// Text returns the document text from token i to token j (exclusive).
func (a *Analysis) Text(i, j int) string {
	if i >= j {
		return ""
	}
	return a.Doc.Text[a.Tokens[i].Start:a.Tokens[j-1].End]
}

// SentenceOf returns the index of the sentence holding token i.
func (a *Analysis) SentenceOf(i int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Sentences[m].T1 <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
