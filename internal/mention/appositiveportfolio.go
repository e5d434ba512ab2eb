package mention

import "strings"

// complementAfterTitle are the words that open a title's complement
// after an appositive's office: "sales director at Rightmove", "media
// analyst with a broker", "campaigns director for the charity".
var complementAfterTitle = map[string]bool{
	"at": true, "of": true, "for": true, "with": true, "from": true,
}

// appositivePortfolio returns the first of up to two lower-case portfolio
// words before the title at [i, end) in an appositive that follows a
// name and states its holder's employer: "Miles Shipside, commercial
// director at Rightmove", "Ann Lee, an investment analyst from ING". The
// name before the comma stands where titleModifiers wants a body: the
// words name the holder's field. A leader's title is left alone, by the
// caller (titles calls it for no leader's title): the board before
// "chairman" is the tier it leads ("supervisory board chairman of X"
// leads X). It returns i when the title is no such appositive's.
func (sc *scan) appositivePortfolio(i, end int) int {
	if end >= sc.s.T1 || !complementAfterTitle[sc.a.Lower[end]] || !isLowerWord(sc.word(i)) {
		return i
	}
	start := i
	for k := i - 1; k >= sc.s.T0 && i-k <= 2; k-- {
		w := sc.a.Lower[k]
		if !isLowerWord(sc.word(k)) || !sc.modifierWord(k) || statusWords[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
			break
		}
		start = k
	}
	if start == i || start == sc.s.T0 {
		return i // no comma and name can stand before the sentence's first word
	}
	k := start - 1
	if w := sc.a.Lower[k]; w == "a" || w == "an" || w == "the" {
		k--
	}
	if k-1 < sc.s.T0 || sc.word(k) != "," || !isCapitalised(sc.word(k-1)) || sc.lex.isStopword(sc.word(k-1)) {
		return i
	}
	return start
}
