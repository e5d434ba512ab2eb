package mention

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/token"
)

// joinUntaggedCoordinated extends an organisation's span over the
// capitalised words and "and" before it that the tagger left out: "the
// Public and Commercial Services Union", "the government's Management and
// Coordination Agency", "The Coffee, Sugar and Cocoa Exchange". The name
// must end in a singular head word ("Union", "Agency", "Inc"); each word
// taken in must stand alone after a lower-case word, an article or the
// sentence's start (not "Merrill Lynch and", two names listed), belong to
// no other span and be no known name, demonym, given name or title word;
// the name after "and" must not start with a country or demonym ("French
// and German Banks").
func (sc *scan) joinUntaggedCoordinated(spans []Span) []Span {
	var out []Span
	for k, sp := range spans {
		if sp.Type == "ORG" {
			prevEnd := 0
			if k > 0 {
				prevEnd = spans[k-1].T1
			}
			if t0 := sc.coordinatedStart(sp, prevEnd); t0 < sp.T0 {
				if out == nil {
					out = append(make([]Span, 0, len(spans)), spans...)
				}
				out[k].T0 = t0
			}
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// coordinatedStart returns where the name of the organisation span sp
// starts once the words joined to it by "and" before it are taken in,
// sp.T0 when there are none. Tokens before prevEnd (sentence-relative)
// belong to another span.
func (sc *scan) coordinatedStart(sp Span, prevEnd int) int {
	s0 := sc.s.T0
	i, end := s0+sp.T0, s0+sp.T1
	if i-2 < s0 || sc.word(i-1) != "and" || !isCapitalised(sc.word(i)) {
		return sp.T0
	}
	last := sc.word(end - 1)
	if !sc.lex.isOrgWord(last) && !sc.lex.isCompanyHead(last) && !legalSuffixes[sc.a.Lower[end-1]] || pluralBodies[sc.a.Lower[end-1]] {
		return sp.T0
	}
	if e, n := sc.lex.phrase(sc.a.Words[i:end]); n > 0 && (e.kind == lexDemonym || e.kind == lexName && e.typ == graph.Country) {
		return sp.T0
	}
	for joint := i - 1; ; {
		x := joint - 1
		if x < s0 || x-s0 < prevEnd || !sc.free(x, x+1) || !sc.standsAlone(x) {
			return sp.T0
		}
		p := x - 1
		if p >= s0 && sc.word(p) == "," {
			joint = p // "Coffee, Sugar and": a list of the name's words
			continue
		}
		if p < s0 || !isCapitalised(sc.word(p)) || sc.a.Tokens[p].Kind != token.Word || sc.lex.isStopword(sc.word(p)) {
			return x - s0
		}
		return sp.T0
	}
}

// standsAlone reports a capitalised word at x that may be a word of a
// name joined by "and": no known name, demonym, given name or title.
func (sc *scan) standsAlone(x int) bool {
	w := sc.word(x)
	if !isCapitalised(w) || sc.a.Tokens[x].Kind != token.Word || isAllCaps(w) || sc.lex.isGivenName(w) || sc.lex.isTitleWord(w) {
		return false
	}
	if _, n := sc.lex.phrase(sc.a.Words[x : x+1]); n > 0 {
		return false
	}
	return true
}
