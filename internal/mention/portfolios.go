package mention

import (
	"github.com/newsgraph/newsgraph/internal/token"
)

// joinPortfolios extends a body's name built on a head before "of", "on"
// or "for" over the list of portfolios after it that the tagger cut at a
// comma or at "and": "Ministry of Economy, Trade and Industry", "House
// Subcommittee on Conservation, Credit and Rural Development", "College of
// Further and Higher Education", "Department of Health and Human
// Services". Each portfolio is a run of capitalised words that news
// writes in lower case and that name nothing the lexicon knows; the list
// ends with "and" and a last portfolio followed by no capitalised word,
// which ends in no head of a body of its own ("Department of Justice and
// Securities Commission" lists two bodies) and starts with no article
// ("Department of Health and the FBI"). The tagger's spans inside the
// list go into the name.
func (sc *scan) joinPortfolios(spans []Span) []Span {
	if sc.forms == nil {
		return spans
	}
	var out []Span
	done := 0 // spans[:done] are in out
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" {
			continue
		}
		start := sc.portfolioStart(sp)
		if start == 0 {
			continue
		}
		end := sc.portfolioListEnd(start)
		if end == 0 {
			continue
		}
		m := k + 1
		for m < len(spans) && sc.s.T0+spans[m].T0 < end {
			if sc.s.T0+spans[m].T1 > end {
				m = -1
				break
			}
			m++
		}
		if m < 0 {
			continue
		}
		if out == nil {
			out = make([]Span, 0, len(spans))
		}
		out = append(out, spans[done:k]...)
		out = append(out, Span{T0: sp.T0, T1: end - sc.s.T0, Type: "ORG"})
		done = m
		k = m - 1
	}
	if out == nil {
		return spans
	}
	return append(out, spans[done:]...)
}

// portfolioStart returns where a list of portfolios after an
// organisation span would start, 0 when the span is no body named for
// them. The span ends in "Head of X" (a body's head word, "of", "on" or
// "for", and capitalised common words: "Ministry of Economy"), or in the
// head before "of X" ("House Subcommittee" before "on Conservation").
func (sc *scan) portfolioStart(sp Span) int {
	i, j := sc.s.T0+sp.T0, sc.s.T0+sp.T1
	if sc.bodyHead(j - 1) {
		if j+1 >= sc.s.T1 || !portfolioLinks[sc.a.Lower[j]] {
			return 0
		}
		r := sc.capitalisedWordsEnd(j + 1)
		if r == j+1 || !sc.commonWordsRun(j+1, r) {
			return 0
		}
		return r
	}
	for p := j - 1; p > i; p-- {
		if portfolioLinks[sc.a.Lower[p]] {
			if sc.bodyHead(p-1) && sc.commonWordsRun(p+1, j) {
				return j
			}
			return 0
		}
		if !isCapitalised(sc.word(p)) {
			return 0
		}
	}
	return 0
}

// bodyHead reports a capitalised head word of a body's name at k:
// "Ministry", "College", "Subcommittee".
func (sc *scan) bodyHead(k int) bool {
	w := sc.word(k)
	return isCapitalised(w) && (sc.lex.isOrgWord(w) || fieldHeads[sc.a.Lower[k]])
}

// portfolioLinks join a body's head to its portfolios.
var portfolioLinks = map[string]bool{"of": true, "on": true, "for": true}

// capitalisedWordsEnd returns the end of the run of capitalised words
// from i.
func (sc *scan) capitalisedWordsEnd(i int) int {
	r := i
	for r < sc.s.T1 && isCapitalised(sc.word(r)) && sc.a.Tokens[r].Kind == token.Word {
		r++
	}
	return r
}

// portfolioListEnd returns the end of the portfolios listed from j,
// where a body's name ended: ", X" any number of times, then "and Y";
// 0 when the words from j make no such list.
func (sc *scan) portfolioListEnd(j int) int {
	e := j
	for e < sc.s.T1 {
		sep := sc.a.Lower[e]
		if sep != "," && sep != "and" {
			return 0
		}
		r := sc.capitalisedWordsEnd(e + 1)
		if r == e+1 || r-e-1 > 3 || !sc.commonWordsRun(e+1, r) {
			return 0
		}
		if sep == "and" {
			if closingHeads[sc.a.Lower[r-1]] || legalSuffixes[sc.a.Lower[r-1]] {
				return 0
			}
			return r
		}
		e = r
	}
	return 0
}

// commonWordsRun reports capitalised words [i, j) that news writes in
// lower case and that start no name the lexicon knows: a department's
// portfolios ("Trade", "Rural Development", "Human Services").
func (sc *scan) commonWordsRun(i, j int) bool {
	for k := i; k < j; k++ {
		w := sc.word(k)
		if !isCapitalised(w) || sc.a.Tokens[k].Kind != token.Word || isAllCaps(w) {
			return false
		}
		if f, ok := sc.forms.RunningForm(w); !ok || f != sc.a.Lower[k] {
			return false
		}
		if _, n := sc.lex.phrase(sc.a.Words[k:j]); n > 0 {
			return false
		}
	}
	return true
}
