package mention

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
)

// firmPair reports two capitalised words joined by the "and" at t that
// name one firm for its two partners ("Wagner and Brown, the Texas oil
// company", "Pratt and Whitney is a unit of"), which the tagger splits
// into two names or cuts to the second. Each word stands alone (no
// capitalised word, comma or conjunction before the first, no
// capitalised word or "&" after the second: "Smith, Jones and Lee" is a
// list), may be a surname, is no country, place or person's name the
// lexicon knows (an organisation's it may be: the cue below says the
// pair is one), not both are
// given names, and neither is a surname the document writes after a
// given name ("Tony Blair ... Blair and Brown" are two men). Two names
// joined by "and" are two things unless the text says the pair is one
// firm, here or at another mention of the same pair in the document
// (see docFirmPairs): a singular business noun in an appositive after it
// or right before it, or a singular verb after it.
func (sc *scan) firmPair(t int) bool {
	x, y := t-1, t+1
	if sc.word(t) != "and" || x < sc.s.T0 || y >= sc.s.T1 || !sc.firmWord(x) || !sc.firmWord(y) || len(sc.word(x)) < 2 || len(sc.word(y)) < 2 {
		return false
	}
	if x > sc.s.T0 {
		if p := sc.word(x - 1); isCapitalised(p) || p == "," || p == "&" || sc.a.Lower[x-1] == "and" {
			return false
		}
	}
	if y+1 < sc.s.T1 && (isCapitalised(sc.word(y+1)) || sc.word(y+1) == "&") {
		return false
	}
	wx, wy := sc.word(x), sc.word(y)
	if sc.lex.isGivenName(wx) && sc.lex.isGivenName(wy) {
		return false
	}
	for _, k := range [2]int{x, y} {
		if e, n := sc.lex.phrase(sc.a.Words[k : k+1]); n > 0 && (e.kind != lexName || e.typ != graph.Organization) {
			return false
		}
	}
	if sc.surnames.has(sc.a, sc.lex, wx) || sc.surnames.has(sc.a, sc.lex, wy) {
		return false
	}
	return sc.firmPairs.has(sc.a, sc.lex, wx, wy)
}

// docFirmPairs are the pairs of words "X and Y" that a document says are
// one firm somewhere (see firmPairCue). The set is built when first
// asked.
type docFirmPairs struct {
	set map[[2]string]bool
}

func (d *docFirmPairs) has(a *text.Analysis, lex *lexIndex, x, y string) bool {
	if d.set == nil {
		d.set = map[[2]string]bool{}
		for t := 1; t+1 < len(a.Words); t++ {
			if a.Words[t] == "and" && firmPairCue(a, lex, t) {
				d.set[[2]string{a.Words[t-1], a.Words[t+1]}] = true
			}
		}
	}
	return d.set[[2]string{x, y}]
}

// firmPairCue reports a sign that the names around the "and" at t are one
// firm: an appositive after them headed by a singular business noun (",
// the Texas oil company", ", a unit of"); a singular verb after them when
// they open the sentence ("X and Y is"); or a singular business noun
// right before them when neither is a name the lexicon knows ("the
// accountancy firm X and Y"; "the firm X and Unilever" are two).
func firmPairCue(a *text.Analysis, lex *lexIndex, t int) bool {
	s := a.Sentences[a.SentenceOf(t)]
	x, y := t-1, t+1
	if x > s.T0 {
		if p := a.Words[x-1]; companyNouns[p] || IsBusinessReference(p) {
			_, nx := lex.phrase(a.Words[x : x+1])
			_, ny := lex.phrase(a.Words[y : y+1])
			return nx == 0 && ny == 0
		}
	}
	k := y + 1
	if k >= s.T1 {
		return false
	}
	switch a.Words[k] {
	case "is", "was", "has":
		// "cash from X and Y was used": the verb may be another
		// subject's.
		return x == s.T0
	case ",":
	default:
		return false
	}
	if k++; k >= s.T1 || a.Lower[k] != "a" && a.Lower[k] != "an" && a.Lower[k] != "the" {
		return false
	}
	head := ""
	for k++; k < s.T1 && k < y+10; k++ {
		switch w := a.Words[k]; w {
		case ",", ".", ";", ":", "-", "--", "of", "in", "based", "that", "which", "with", "and", "whose":
			return companyNouns[head] || IsBusinessReference(head)
		default:
			head = w
		}
	}
	return false
}
