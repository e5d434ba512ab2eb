package mention

import "github.com/newsgraph/newsgraph/graph"

// joinOrgOfPlace joins an institution's name and the country or region
// after "of" or "for" that the tagger split from it: "the Muslim Council
// of Britain", "the Tourism Authority of Thailand", "the Economic
// Commission for Latin America". The name must end in the head noun of a
// public body ("Council", "Authority", "Federation", "Government"), not a
// company's ("Ltd of Australia" is where the company is) nor a party's,
// and the place must be one the lexicon knows, the whole span.
func (sc *scan) joinOrgOfPlace(spans []Span) []Span {
	return joinSpans(spans, func(sp, next Span) (Span, bool) {
		if sp.Type != "ORG" || next.Type != "LOC" || next.T0 != sp.T1+1 || sp.T1-sp.T0 < 2 {
			return Span{}, false
		}
		i, k := sc.s.T0+sp.T1, sc.s.T0+next.T0
		if w := sc.a.Lower[i]; w != "of" && w != "for" {
			return Span{}, false
		}
		if !bodyHeads[sc.a.Lower[i-1]] || !isCapitalised(sc.word(i-1)) {
			return Span{}, false
		}
		e, n := sc.lex.phrase(sc.a.Words[k : sc.s.T0+next.T1])
		if n != next.T1-next.T0 || !(e.kind == lexCapital || e.kind == lexName && (e.typ == graph.Country || e.typ == graph.Place)) {
			return Span{}, false
		}
		if j := sc.s.T0 + next.T1; j < sc.s.T1 && (sc.word(j) == "'s" || sc.word(j) == "'") {
			return Span{}, false // "the council of Britain's ..."
		}
		end := next.T1
		if j := sc.s.T0 + next.T1; j+1 < sc.s.T1 && sc.word(j) == "and" && isCapitalised(sc.word(j+1)) {
			// "the Police Federation of England and Wales".
			if e, n := sc.lex.phrase(sc.a.Words[j+1 : sc.s.T1]); n > 0 && (e.kind == lexCapital || e.kind == lexName && (e.typ == graph.Country || e.typ == graph.Place)) &&
				(j+1+n >= sc.s.T1 || !isCapitalised(sc.word(j+1+n))) {
				end = j + 1 + n - sc.s.T0
			}
		}
		return Span{T0: sp.T0, T1: end, Type: "ORG"}, true
	})
}

// bodyHeads end the names of public bodies that may name their country
// after "of": "Muslim Council of Britain", "Police Federation of England".
var bodyHeads = map[string]bool{
	"council": true, "authority": true, "federation": true, "confederation": true, "association": true,
	"society": true, "board": true, "commission": true, "government": true, "institute": true,
	"union": true, "chamber": true, "academy": true, "league": true, "movement": true, "front": true,
	"congress": true, "assembly": true, "church": true, "agency": true, "foundation": true,
}
