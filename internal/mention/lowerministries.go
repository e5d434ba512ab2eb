package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// lowerMinistries marks a state's ministry that news writes in lower case
// or half in lower case, named by its portfolio: "the finance ministry
// said", "The Finance ministry said", "China's foreign ministry", "a
// Saudi oil ministry official", "the ministry of foreign affairs". The
// name is the portfolio and "ministry" as written, without the country
// (as "Finance Ministry" of "the Japanese Finance Ministry"); the
// demonym or the possessive before it keeps its own mention. The
// portfolio is one or two words a minister's title of the lexicon is
// made of ("finance minister", "home secretary", "minister of foreign
// affairs") or a field's
// abstract noun ("construction"), and the ministry must be a definite
// one: after "the", a country's possessive, "its", a demonym, or at the
// start of the sentence; after "a" only as the modifier of its people or
// papers ("a trade ministry official"), where the ministry is still the
// state's one. "The ministry", "a ministry", "the new ministry" and a
// minister's title ("the finance minister") are left alone.
func (sc *scan) lowerMinistries() {
	for h := sc.s.T0; h < sc.s.T1; h++ {
		if sc.word(h) != "ministry" {
			continue
		}
		if k := sc.ministryPortfolioBefore(h); k < h && sc.free(k, h+1) && sc.definiteMinistry(k, h+1) {
			sc.add(Mention{T0: k, T1: h + 1, Type: graph.Organization, Kind: Name, Source: Pattern})
			continue
		}
		if j := sc.ministryPortfolioAfter(h); j > h && sc.free(h, j) && h > sc.s.T0 && (sc.a.Lower[h-1] == "the" || sc.afterBody(h)) {
			sc.add(Mention{T0: h, T1: j, Type: graph.Organization, Kind: Name, Source: Pattern})
		}
	}
}

// ministryPortfolioBefore returns the start of the portfolio of one or two
// words before the ministry at h ("finance", "Finance", "foreign
// affairs"), or h.
func (sc *scan) ministryPortfolioBefore(h int) int {
	for k := max(sc.s.T0, h-2); k < h; k++ {
		if sc.ministryPortfolio(k, h) {
			return k
		}
	}
	return h
}

// ministryPortfolio reports the words [k, h) as a ministry's portfolio:
// plain words, lower case but for the first (which may open the
// sentence or be capitalised as a name's word: "Finance ministry"), that
// make a minister's title of the lexicon, or a field's abstract noun.
func (sc *scan) ministryPortfolio(k, h int) bool {
	for i := k; i < h; i++ {
		w := sc.word(i)
		if !isLowerWord(w) && (i > k || !isCapitalised(w) || isAllCaps(w)) || !sc.free(i, i+1) || notPortfolio[sc.a.Lower[i]] {
			return false
		}
	}
	words := make([]string, 0, h-k+1)
	words = append(words, sc.a.Words[k:h]...)
	for _, office := range [...]string{"minister", "secretary"} {
		words = append(words[:h-k], office)
		if _, n := sc.lex.title(words, sc.a.Lower[k]); n == len(words) {
			return true
		}
	}
	return h-k == 1 && fieldNoun(sc.a.Lower[k])
}

// ministryPortfolioAfter returns the end of "ministry of X" at h whose
// "minister of X" is a title of the lexicon ("the ministry of foreign
// affairs", "the ministry of defence"), or h.
func (sc *scan) ministryPortfolioAfter(h int) int {
	if sc.word(h+1) != "of" {
		return h
	}
	words := []string{"minister"}
	for i := h + 1; i < sc.s.T1 && i <= h+4; i++ {
		if !isLowerWord(sc.word(i)) {
			break
		}
		words = append(words, sc.a.Words[i])
	}
	if _, n := sc.lex.title(words, "minister"); n > 2 {
		return h + n
	}
	return h
}

// definiteMinistry reports a ministry [k, j) that names one state's
// ministry by what stands before it (see lowerMinistries).
func (sc *scan) definiteMinistry(k, j int) bool {
	if k == sc.s.T0 || opensClause(sc.word(k-1)) {
		return isCapitalised(sc.word(k))
	}
	if sc.afterBody(k) {
		return true
	}
	switch sc.a.Lower[k-1] {
	case "the", "its":
		return true
	case "a", "an":
		return ministryModifies[strings.TrimSuffix(sc.a.Lower[min(j, sc.s.T1-1)], "s")]
	}
	return false
}

// ministryModifies are the nouns of a ministry's people and papers that
// a ministry modifies after "a": "a trade ministry official", "a finance
// ministry statement".
var ministryModifies = map[string]bool{
	"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "source": true,
	"statement": true, "report": true, "document": true, "survey": true, "delegation": true,
	"team": true, "announcement": true, "estimate": true, "adviser": true, "advisor": true,
}
