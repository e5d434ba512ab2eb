package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
	"github.com/newsgraph/newsgraph/internal/token"
)

// Wire copy marks companies with angle brackets: "<Quintette Coals Ltd>",
// and a listed company's stock ticker after its name: "Pennzoil Co <PZL>",
// "Cable and Wireless Plc <CAWL.L>". A ticker names nothing of its own (the
// company is named next to it); the words between brackets are one
// company's name, whatever a tagger makes of them ("<Ali and Fahd Shobokshi
// Group>" is no person and an organisation).

// bracketGroup is the inside [T0, T1) of a pair of angle brackets.
type bracketGroup struct{ T0, T1 int }

// maxBracketWords bounds the words between two brackets of one name.
const maxBracketWords = 12

// wireBrackets takes the tickers of the sentence, so that nothing finds a
// name in them, and returns the bracketed company names.
func (sc *scan) wireBrackets() []bracketGroup {
	var groups []bracketGroup
	for k := sc.s.T0; k < sc.s.T1; k++ {
		if sc.a.Words[k] != "<" {
			continue
		}
		m := k + 1
		for m < sc.s.T1 && m-k <= maxBracketWords+1 && sc.a.Words[m] != ">" && sc.a.Words[m] != "<" {
			m++
		}
		if m >= sc.s.T1 || sc.a.Words[m] != ">" || m == k+1 {
			continue
		}
		switch {
		case sc.ticker(k+1, m):
			sc.take(k, m+1)
		case m == k+2 && (sc.lex.isOrgWord(sc.word(k+1)) || sc.lex.isCompanyHead(sc.word(k+1))):
			sc.take(k, m+1) // a stray legal suffix: "<Ltd>"
		case isCapitalised(sc.word(k + 1)):
			groups = append(groups, bracketGroup{k + 1, m})
		}
		k = m
	}
	return groups
}

// ticker reports whether [i, j) is a stock ticker: a word in capitals,
// with an exchange's suffix after a period ("CAWL.L", "RENA.PA", "C").
func (sc *scan) ticker(i, j int) bool {
	w := sc.word(i)
	if !tickerWord(w) {
		return false
	}
	switch j - i {
	case 1:
		return true
	case 3:
		return sc.word(i+1) == "." && tickerWord(sc.word(i+2))
	}
	return false
}

// tickerWord reports a word of capital letters and digits that starts with
// a letter, as tickers are written.
func tickerWord(w string) bool {
	if w == "" || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// clipBrackets cuts the tagged spans that cross an angle bracket at it
// ("<Westfield Capital Corp Ltd", "Gregg River Co> of Canada"), keeping
// the parts that start with a capitalised word.
func (sc *scan) clipBrackets(spans []Span) []Span {
	var out []Span
	for k, sp := range spans {
		cut := false
		for t := sp.T0; t < sp.T1; t++ {
			if w := sc.word(sc.s.T0 + t); w == "<" || w == ">" {
				cut = true
				break
			}
		}
		if !cut {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)), spans[:k]...)
		}
		start := sp.T0
		for t := sp.T0; t <= sp.T1; t++ {
			if t < sp.T1 {
				if w := sc.word(sc.s.T0 + t); w != "<" && w != ">" {
					continue
				}
			}
			end := t
			for end > start && isLowerWord(sc.word(sc.s.T0+end-1)) {
				end-- // "J.C. Walter of <Walter Oil and Gas Corp>"
			}
			if end > start && isCapitalised(sc.word(sc.s.T0+start)) {
				out = append(out, Span{T0: start, T1: end, Type: sp.Type})
			}
			start = t + 1
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// bracketNames makes each bracketed name one organisation: a mention that
// covers it exactly becomes an organisation if it was a person or a place;
// the mentions of its parts ("Ali" and "Fahd Shobokshi Group") give way to
// one of the whole.
func (sc *scan) bracketNames(groups []bracketGroup) {
groups:
	for _, g := range groups {
		exact, inside := -1, 0
		for n := len(sc.res.Mentions) - 1; n >= 0; n-- {
			m := &sc.res.Mentions[n]
			if m.T1 <= sc.s.T0 {
				break
			}
			if m.T1 <= g.T0 || m.T0 >= g.T1 {
				continue
			}
			if m.T0 < g.T0 || m.T1 > g.T1 {
				inside = -1 // a mention reaches out of the brackets
				break
			}
			inside++
			if m.T0 == g.T0 && m.T1 == g.T1 {
				exact = n
			}
		}
		switch {
		case inside < 0:
			continue
		case exact >= 0:
			if m := &sc.res.Mentions[exact]; m.Kind == Name && m.Source == Tagger && (m.Type == graph.Person || m.Type == graph.Place) {
				m.Type, m.Canon, m.Country = graph.Organization, "", ""
				sc.cued[strings.Join(sc.a.Words[g.T0:g.T1], " ")] = true
			}
			continue
		}
		// "<Danish Dairy Farms Ltd>": a nationality that opens the
		// brackets is the first word of the company's name, not the
		// country of a name after it.
		d := sc.demonymEndAt(g.T0)
		for k := max(g.T0, d); k < g.T1; k++ {
			if sc.taken[k-sc.s.T0] && !sc.mentionAt(k) {
				continue groups // a title inside
			}
		}
		if d > g.T0 && d < g.T1 {
			sc.dropDemonym(g.T0)
		}
		if inside > 0 {
			ms := sc.res.Mentions[:0]
			for _, m := range sc.res.Mentions {
				if m.T0 >= g.T0 && m.T1 <= g.T1 {
					continue
				}
				ms = append(ms, m)
			}
			sc.res.Mentions = ms
		}
		sc.addCued(g.T0, g.T1)
	}
}

// joinUnitBrackets joins a company's name, the place or line of business
// of its unit in round brackets and the legal form after them into one
// organisation's name, which the tagger cuts at the brackets and whose
// middle it reads as a country or place: "Salomon Brothers (Asia) Ltd",
// "Barrick Resources (USA) Inc", "Jardine Fleming (Securities) Ltd". The
// name before the brackets must be a tagged span that ends at them; one to
// three capitalised words fill the brackets. A bracket with no legal form
// after it ("the Liberal Democrats (Lib Dems) said") joins nothing.
func (sc *scan) joinUnitBrackets(spans []Span) []Span {
	if strings.IndexByte(sc.a.Doc.Text[sc.s.Start:sc.s.End], '(') < 0 {
		return spans
	}
	var out []Span
	done := 0 // spans[:done] are in out or dropped
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		end := sc.unitBracketsEnd(sc.s.T0 + sp.T1)
		if end == 0 || k < done {
			continue
		}
		if out == nil {
			out = make([]Span, 0, len(spans))
		}
		out = append(out, spans[done:k]...)
		out = append(out, Span{T0: sp.T0, T1: end - sc.s.T0, Type: "ORG"})
		done = k + 1
		for done < len(spans) && spans[done].T0 < end-sc.s.T0 {
			done++ // the tagger's spans inside: "Asia", "Securities ) Ltd"
		}
	}
	if out == nil {
		return spans
	}
	return append(out, spans[done:]...)
}

// unitBracketsEnd returns the end of "( Asia ) Ltd" at i, 0 if none is
// there.
func (sc *scan) unitBracketsEnd(i int) int {
	if sc.word(i) != "(" {
		return 0
	}
	for c := i + 2; c <= i+4 && c+1 < sc.s.T1; c++ {
		if !isCapitalised(sc.word(c - 1)) {
			return 0
		}
		if sc.word(c) == ")" {
			if legalSuffixes[sc.a.Lower[c+1]] {
				return c + 2
			}
			return 0
		}
	}
	return 0
}

// hasBrackets reports whether the sentence has an opening angle bracket.
func (sc *scan) hasBrackets() bool {
	return strings.IndexByte(sc.a.Doc.Text[sc.s.Start:sc.s.End], '<') >= 0
}

// joinAmpersands joins the tagged spans on either side of an ampersand into
// one organisation's name, which the tagger split ("Stone &" and "McCarthy
// Research"), and makes any span with an ampersand inside an
// organisation's: no person's or place's name has one ("Marsh &
// McLennan").
func (sc *scan) joinAmpersands(spans []Span) []Span {
	spans = joinSpans(spans, func(sp, next Span) (Span, bool) {
		if next.Type == "MISC" || sp.Type == "MISC" {
			return Span{}, false
		}
		switch {
		case next.T0 == sp.T1 && sp.T1-sp.T0 >= 2 && sc.word(sc.s.T0+sp.T1-1) == "&",
			next.T0 == sp.T1+1 && sc.word(sc.s.T0+sp.T1) == "&",
			next.T1-next.T0 >= 2 && next.T0 == sp.T1 && sc.word(sc.s.T0+next.T0) == "&":
			return Span{T0: sp.T0, T1: next.T1, Type: "ORG"}, true
		}
		return Span{}, false
	})
	var out []Span
	for k, sp := range spans {
		if sp.Type != "ORG" && sp.Type != "MISC" && sc.hasAmpersand(sp) {
			if out == nil {
				out = append(make([]Span, 0, len(spans)), spans...)
			}
			out[k].Type = "ORG"
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// hasAmpersand reports an ampersand between two words of a span.
func (sc *scan) hasAmpersand(sp Span) bool {
	for t := sp.T0 + 1; t < sp.T1-1; t++ {
		if sc.word(sc.s.T0+t) == "&" {
			return true
		}
	}
	return false
}

// insideTaggedOrg reports whether token k is inside a tagged
// organisation's name of capitalised words and connectors, not last:
// "Transport and General Workers' Union"; or first of three or more words
// when an organisation word ends them: "General Workers' Union".
func (sc *scan) insideTaggedOrg(k int) bool {
	r := k - sc.s.T0
	for _, sp := range sc.spans {
		if sp.Type != "ORG" || sp.T0 > r || sp.T1 <= r+1 {
			continue
		}
		if sp.T0 == r && (sp.T1-sp.T0 < 3 || !sc.lex.isOrgWord(sc.word(sc.s.T0+sp.T1-1))) {
			continue // "General Jones", but "General Workers' Union"
		}
		for t := sc.s.T0 + sp.T0; t < sc.s.T0+sp.T1; t++ {
			if w := sc.word(t); !isCapitalised(w) && !connectors[w] && w != "'s" && w != "'" && w != "&" {
				return false
			}
		}
		return isCapitalised(sc.word(k + 1))
	}
	return false
}

// companyTitles are the titles of a company's head that a company's name
// comes right before: "Hardwick Bell chairwoman Ann Lee".
var companyTitles = map[string]bool{
	"chairman": true, "chief executive": true, "managing director": true, "co-chairman": true,
	"general manager": true, "vice chairman": true,
	"chief operating officer": true, "chief financial officer": true,
}

// companyTitleAt reports a company head's title at k followed by its
// holder's name, with a comma between or not: what a tagged person's name
// before it names is a company.
func (sc *scan) companyTitleAt(k int) bool {
	for _, ti := range sc.res.Titles {
		if ti.T0 < k {
			continue
		}
		if ti.T0 > k || !companyTitles[strings.TrimPrefix(sc.titleBase(ti), "co-")] {
			return false
		}
		n := ti.T1
		if sc.word(n) == "," {
			n++
		}
		return n < sc.s.T1 && isCapitalised(sc.word(n)) && sc.a.Tokens[n].Kind == token.Word
	}
	return false
}

// titleBase returns the lexicon's canonical title of a title in the
// text, without a modifier: "chairwoman" is "chairman".
func (sc *scan) titleBase(ti Title) string {
	k := ti.T0
	if _, ok := titleModifierRoles[sc.a.Lower[k]]; ok && ti.T1-ti.T0 > 1 {
		k++
	}
	if t, n := sc.lex.title(sc.a.Words[k:ti.T1], sc.a.Lower[k]); n == ti.T1-k {
		return t.Title
	}
	return ti.Title
}

// holidays are feasts and festivals: times, which a tagger may take for
// places or people; seasons are times when tagged as places.
var (
	holidays = map[string]bool{
		"christmas": true, "easter": true, "ramadan": true, "thanksgiving": true, "hanukkah": true,
		"diwali": true, "passover": true, "lent": true, "advent": true, "halloween": true,
		"hogmanay": true, "whitsun": true, "pentecost": true, "eid": true, "xmas": true,
	}
	seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "winter": true}
)

// stationNumber extends a tagged broadcaster's name that ends at j-1 with
// "Radio" or "Channel" over the channel's number: "BBC Radio 4", "Radio 5
// Live", "Channel 4", "BBC 6 Music". It returns the new end.
func (sc *scan) stationNumber(j int) int {
	if j >= sc.s.T1 {
		return j
	}
	switch sc.a.Lower[j-1] {
	case "radio", "channel", "bbc", "tv":
	default:
		return j
	}
	if w := sc.word(j); len(w) > 2 || !allDigits(w) || !sc.free(j, j+1) {
		return j
	}
	j++
	if w := sc.word(j); (w == "Live" || w == "Extra" || w == "Music" && sc.word(j-2) == "BBC") && sc.free(j, j+1) {
		j++ // "BBC 6 Music", not "Radio 2 Music Week"
	}
	return j
}

// IsLegalSuffix reports a company's legal form, in any case: "plc",
// "Inc", "Corp".
func IsLegalSuffix(w string) bool { return legalSuffixes[strings.ToLower(w)] }

// legalSuffixes end a company's name with its legal form.
var legalSuffixes = map[string]bool{
	"ltd": true, "ltd.": true, "inc": true, "inc.": true, "corp": true, "corp.": true, "plc": true,
	"co": true, "co.": true, "ag": true, "sa": true, "s.a.": true, "nv": true, "n.v.": true, "gmbh": true,
	"llc": true, "spa": true, "bv": true, "ab": true, "asa": true, "a/s": true, "oyj": true, "pty": true,
	"corporation": true, "incorporated": true, "limited": true,
}

// cueLegalStems marks the name of each organisation that ends in a legal
// form without it ("MacMillan Bloedel" of "MacMillan Bloedel Ltd") as an
// organisation's, so that the tagger's other mentions of it are no person
// or place.
func cueLegalStems(a *text.Analysis, ms []Mention, cued map[string]bool) {
	for _, m := range ms {
		if m.Type != graph.Organization || m.Kind != Name || m.T1-m.T0 < 2 || !legalSuffixes[a.Lower[m.T1-1]] {
			continue
		}
		end := m.T1 - 1
		if w := a.Lower[end-1]; w == "&" || w == "and" {
			continue // "Smith and Co"
		}
		cued[strings.Join(a.Words[m.T0:end], " ")] = true
	}
}

// demonymEndAt returns the end of the demonym the lexicon found at i
// ("Danish", "West German"), or i.
func (sc *scan) demonymEndAt(i int) int {
	if i >= sc.s.T1 || !sc.taken[i-sc.s.T0] || sc.mentionAt(i) {
		return i
	}
	if e, n := sc.lex.phrase(sc.a.Words[i:sc.s.T1]); n > 0 && e.kind == lexDemonym {
		return i + n
	}
	return i
}

// dropDemonym forgets the demonym found at i, which a name holds.
func (sc *scan) dropDemonym(i int) {
	ds := sc.res.Demonyms
	for n := len(ds) - 1; n >= 0 && ds[n].T1 > sc.s.T0; n-- {
		if ds[n].T0 == i {
			sc.res.Demonyms = append(ds[:n], ds[n+1:]...)
			return
		}
	}
}
