package mention

import (
	"strings"

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
		if j+1 >= sc.s.T1 || !bodyLinks[sc.a.Lower[j]] {
			return 0
		}
		r := sc.capitalisedWordsEnd(j + 1)
		if r == j+1 || !sc.commonWordsRun(j+1, r) {
			return 0
		}
		return r
	}
	for p := j - 1; p > i; p-- {
		if bodyLinks[sc.a.Lower[p]] {
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
		if !sc.writtenLower(k) {
			return false
		}
		if _, n := sc.lex.phrase(sc.a.Words[k:j]); n > 0 {
			return false
		}
	}
	return true
}

// portfolioHeads are the title words whose "of" or "for" names a
// portfolio as often as a body: "Minister of Civil Aviation", "Secretary
// of Transportation", "Director of Public Prosecutions", "head of Trade
// Policy". Chairmen, presidents and chief executives preside over bodies
// ("chairman of Next"), and spokesmen speak for them.
var portfolioHeads = map[string]bool{
	"minister": true, "secretary": true, "under-secretary": true, "undersecretary": true,
	"commissioner": true, "director": true, "director-general": true, "head": true,
}

// portfolioAfter returns the end of a portfolio after the title [i, end)
// that ends in "of" or "for" at end, or that ends in a portfolio the
// lexicon knows ("Minister for Defence" before "Procurement", "Minister
// of Defence" before "and Aviation"); end when there is none. A portfolio
// is a run of capitalised words news writes in lower case, none a name,
// an acronym, an organisation's head word or the holder's name ("Public
// Prosecutions", "Culture, Media and Sport"), that no organisation's head
// word ends ("Director of Public Works Department" names the body).
// "the" may open it after "for" ("Secretary of State for the Family"),
// not after "of", where a body follows ("Secretary of the Navy"). After a
// lower-case director or head, one word may be a body's own name ("a
// director of Shelter"): two are wanted.
func (sc *scan) portfolioAfter(i, end int) int {
	if sc.forms == nil || !portfolioHeads[sc.a.Lower[i]] || end >= sc.s.T1 {
		return end // no words after the title: "He met the minister"
	}
	k, listed := end, false
	switch sc.a.Lower[end] {
	case "of":
		k = end + 1
	case "for":
		k = end + 1
		if k < sc.s.T1 && sc.a.Lower[k] == "the" && isCapitalised(sc.word(k+1)) {
			k++
		}
	default:
		// A lexicon title that ends in its portfolio: its last word
		// starts the run, or the list goes on after it.
		if end-i < 3 || !isCapitalised(sc.word(i)) || !isCapitalised(sc.word(end-1)) ||
			sc.a.Lower[end-2] != "of" && sc.a.Lower[end-2] != "for" {
			return end
		}
		k, listed = end-1, true
	}
	j := sc.portfolioSegment(k, listed)
	if j == k || !listed && j == end {
		return end
	}
	// A list: ", X" any number of times, then "and Y".
	for e := j; e < sc.s.T1; {
		sep := sc.a.Lower[e]
		if sep != "," && sep != "and" && sep != "&" {
			break
		}
		r := sc.portfolioSegment(e+1, false)
		if r == e+1 {
			break
		}
		if sep != "," {
			j = r
			break
		}
		e = r
	}
	if isLowerWord(sc.word(i)) && (sc.a.Lower[i] == "director" || sc.a.Lower[i] == "head") && j-k < 2 {
		return end
	}
	if sc.lex.isOrgWord(sc.word(j-1)) || sc.taggedAcross(k, j) {
		// "Director of Public Works": a body's head ends the words; a
		// tagged name goes on after them.
		return end
	}
	return j
}

// portfolioSegment returns the end of one portfolio's capitalised words
// from k (at most four), k when the words there make none. With cont,
// the word at k is a lexicon title's portfolio and need not be tested.
func (sc *scan) portfolioSegment(k int, cont bool) int {
	j := k
	if cont {
		j++
	}
	for j < sc.s.T1 && j < k+4 && sc.portfolioWordAt(j) {
		j++
	}
	if j == k || cont && j == k+1 {
		return j
	}
	if w := sc.word(j); isCapitalised(w) && sc.a.Tokens[j].Kind == token.Word && !sc.holderStarts(j) &&
		!sc.lex.isGivenName(w) && !sc.lex.isHonorific(w) && !sc.lex.isTitleWord(sc.a.Lower[j]) {
		// "Public Works Department", "Federal Labour Agency" or a longer
		// name: a body, or words that are no portfolio.
		return k
	}
	return j
}

// portfolioWordAt reports a word at k that can be part of a portfolio:
// capitalised, plain, no name of the lexicon, no word of a tagged person,
// and a common noun or adjective: news writes it in lower case, the text
// does elsewhere, it is a title's word ("Trade", "Defence") or an
// abstract noun's suffix ends it ("Procurement", "Transportation").
func (sc *scan) portfolioWordAt(k int) bool {
	w := sc.word(k)
	lw := sc.a.Lower[k]
	if !isCapitalised(w) || isAllCaps(w) || sc.a.Tokens[k].Kind != token.Word || !sc.free(k, k+1) ||
		sc.lex.isGivenName(w) || sc.holderStarts(k) {
		return false
	}
	if !sc.writtenLower(k) && !sc.lex.isTitlePart(lw) && !abstractNoun(lw) && !strings.HasSuffix(strings.TrimSuffix(lw, "s"), "ment") && !sc.lowerElsewhere.has(lw) {
		return false
	}
	_, n := sc.lex.phrase(sc.a.Words[k:sc.s.T1])
	return n == 0 && !sc.inLexPhrase(k)
}

// holderStarts reports a tagged person's name starting at k: the
// holder after the portfolio ("Minister for Work Jane Kennedy").
func (sc *scan) holderStarts(k int) bool {
	r := k - sc.s.T0
	for _, sp := range sc.spans {
		if sp.Type == "PER" && sp.T0 == r {
			return true
		}
	}
	return false
}

// taggedAcross reports a tagged name that starts in [i, j) and ends
// after j: the words open a longer name.
func (sc *scan) taggedAcross(i, j int) bool {
	r0, r1 := i-sc.s.T0, j-sc.s.T0
	for _, sp := range sc.spans {
		if sp.T0 >= r0 && sp.T0 < r1 && sp.T1 > r1 {
			return true
		}
	}
	return false
}
