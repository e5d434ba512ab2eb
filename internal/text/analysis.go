package text

import (
	"strings"
	"unicode/utf8"

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
	// The lower-case forms of ASCII words with capitals go one after
	// another into one string, instead of one allocation each.
	var low []byte
	var lowAt []int32 // token, start in low
	for i, t := range a.Tokens {
		w := t.Text(doc.Text)
		ascii, upper := true, false
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			upper = upper || 'A' <= c && c <= 'Z'
		}
		switch {
		case !ascii:
			a.Words[i] = token.Normal(w)
			a.Lower[i] = strings.ToLower(a.Words[i])
		case !upper:
			a.Words[i], a.Lower[i] = w, w
		default:
			a.Words[i] = w
			lowAt = append(lowAt, int32(i), int32(len(low)))
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				low = append(low, c)
			}
		}
	}
	lows := string(low)
	for k := 0; k < len(lowAt); k += 2 {
		i, at := lowAt[k], int(lowAt[k+1])
		a.Lower[i] = lows[at : at+len(a.Words[i])]
	}
	a.decapitaliseAfterAcronyms()
	return a
}

// decapitaliseAfterAcronyms undoes a quirk of some wire copy, which
// capitalises the word after "U.S." or "U.K." as if a sentence ended
// there ("U.K. Firms", "the U.S. And Soviet Union"): such a word is a
// common word when the text uses it in lower case elsewhere, or is a
// function word. Words keeps the lower-case form; the text is unchanged.
func (a *Analysis) decapitaliseAfterAcronyms() {
	var lower map[string]bool
	for i := 1; i < len(a.Words); i++ {
		w := a.Words[i]
		if !DottedAcronym(a.Words[i-1]) || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.ToLower(w[1:]) != w[1:] {
			continue
		}
		if lower == nil {
			lower = map[string]bool{}
			for j, x := range a.Words {
				if x != "" && x[0] >= 'a' && x[0] <= 'z' {
					lower[a.Lower[j]] = true
				}
			}
		}
		if lower[a.Lower[i]] || functionWords[a.Lower[i]] {
			a.Words[i] = a.Lower[i]
		}
	}
}

// DottedAcronym reports "U.S.", "U.K.", "U.S.A.": capitals each followed
// by a period.
func DottedAcronym(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

var functionWords = map[string]bool{
	"and": true, "or": true, "but": true, "the": true, "a": true, "an": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "is": true,
	"are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "should": true, "could": true, "can": true, "may": true, "said": true, "says": true,
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
