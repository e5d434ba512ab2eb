package mention

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/token"
)

// joinOrgOfPlace joins an institution's name and the country or region
// after "of" or "for" that the tagger split from it: "the Muslim Council
// of Britain", "the Tourism Authority of Thailand", "the Economic
// Commission for Latin America". The name must end in the head noun of a
// public body ("Council", "Authority", "Federation", "Government"), not a
// company's ("Ltd of Australia" is where the company is) nor a party's,
// and the place must be one the lexicon knows, the whole span.
//
// It also joins a body's name and the field or cause after "for",
// "of the" or "on" that the tagger took for a name of its own: "the
// Centers for Disease Control", "the Carnegie Foundation for the
// Advancement of Teaching", "the House Subcommittee on Conservation".
func (sc *scan) joinOrgOfPlace(spans []Span) []Span {
	return joinSpans(spans, func(sp, next Span) (Span, bool) {
		if j, ok := sc.bodyForField(sp, next); ok {
			return j, true
		}
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
		if j := sc.s.T0 + next.T1; j+1 < sc.s.T1 && sc.word(j) == "and" {
			// "the Police Federation of England and Wales", "the
			// Economic Commission for Latin America and the Caribbean".
			p := j + 1
			if sc.a.Lower[p] == "the" {
				p++
			}
			if p < sc.s.T1 && isCapitalised(sc.word(p)) {
				if e, n := sc.lex.phrase(sc.a.Words[p:sc.s.T1]); n > 0 && (e.kind == lexCapital || e.kind == lexName && (e.typ == graph.Country || e.typ == graph.Place)) &&
					(p+n >= sc.s.T1 || !isCapitalised(sc.word(p+n))) {
					end = p + n - sc.s.T0
				}
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
	"congress": true, "assembly": true, "church": true, "agency": true, "foundation": true, "soviet": true,
	"exchange": true, "university": true, "college": true, // "the Stock Exchange of Hong Kong"
}

// bodyForField joins an organisation span ending in the head noun of a
// body that is named for its field ("Centers", "Foundation",
// "Subcommittee") and the organisation or other name after "for" or
// "for the", "of the", "of" before an organisation's name, or "on"
// after a committee: "Centers for Disease Control", "Bureau of the
// Census", "Subcommittee on Conservation". A place after the connector
// is left to joinOrgOfPlace (or is where the body is), a person or a
// date names no field ("the Fund for John Smith", "the Commission on
// Monday"), nor does a possessive ("the Committee on Europe's ...") or
// a name before a body's noun ("the Agency for the Senate committee").
func (sc *scan) bodyForField(sp, next Span) (Span, bool) {
	if sp.Type != "ORG" || next.Type != "ORG" && next.Type != "MISC" && next.Type != "LOC" {
		return Span{}, false
	}
	i, k := sc.s.T0+sp.T1, sc.s.T0+next.T0
	head := sc.a.Lower[i-1]
	if !fieldHeads[head] || !isCapitalised(sc.word(i-1)) {
		return Span{}, false
	}
	switch {
	case k == i+1 && sc.a.Lower[i] == "for":
	case k == i+1 && sc.a.Lower[i] == "of" && next.Type == "ORG":
	case k == i+1 && sc.a.Lower[i] == "on" && committeeHeads[head]:
	case k == i+2 && sc.a.Lower[i+1] == "the" && (sc.a.Lower[i] == "for" || sc.a.Lower[i] == "of" || sc.a.Lower[i] == "on" && committeeHeads[head]):
	default:
		return Span{}, false
	}
	end := sc.s.T0 + next.T1
	if lexicon.IsWeekday(sc.word(k)) || lexicon.MonthNumber(sc.word(k)) != 0 {
		return Span{}, false
	}
	if end < sc.s.T1 && (sc.word(end) == "'s" || sc.word(end) == "'" || fieldHeads[sc.word(end)]) {
		// "the Agency for the Joint Economic committee": the name
		// after the connector is another body's.
		return Span{}, false
	}
	if sc.knownOther(k, end) {
		return Span{}, false // "the Fund for Africa": the place is joinOrgOfPlace's
	}
	return Span{T0: sp.T0, T1: next.T1, Type: "ORG"}, true
}

// fieldHeads end the names of bodies that go on with their field after
// "for" or "of the": "Centers for Disease Control", "Institute for
// Fiscal Studies", "Bureau of the Census". Companies' heads are not
// among them: "Acme Corp for $5 million".
var fieldHeads = map[string]bool{
	"institute": true, "institution": true, "foundation": true, "centers": true, "center": true, "centre": true,
	"council": true, "commission": true, "committee": true, "subcommittee": true, "federation": true,
	"confederation": true, "association": true, "society": true, "bureau": true, "agency": true,
	"alliance": true, "coalition": true, "league": true, "academy": true, "fund": true, "trust": true,
	"campaign": true, "movement": true, "front": true, "union": true, "office": true, "administration": true,
}

// committeeHeads name bodies that go on with their subject after "on":
// "Subcommittee on Conservation", "Commission on Human Rights".
var committeeHeads = map[string]bool{
	"committee": true, "subcommittee": true, "commission": true, "council": true, "panel": true,
}

// lexOrgOfPlace returns the end of "of" and a country or place after a
// known organisation's name that ends at token i in a public body's or a
// bank's head noun, when the place is not the organisation's own country:
// "the Export-Import Bank of Japan", "the Development Bank of Singapore",
// "the Federal Reserve Bank of Dallas" name another body than the
// lexicon's entry, whose full name holds the place. It returns 0 when no
// such place follows ("the Export-Import Bank of the United States" is the
// entry itself, "the Communist Party of Britain's" a possessive).
func (sc *scan) lexOrgOfPlace(i int, e lexEntry) int {
	if e.kind != lexName || e.typ != graph.Organization || i+1 >= sc.s.T1 || sc.a.Lower[i] != "of" {
		return 0
	}
	if h := sc.a.Lower[i-1]; !(bodyHeads[h] || h == "bank") || !isCapitalised(sc.word(i-1)) {
		return 0
	}
	p := i + 1
	if sc.a.Lower[p] == "the" {
		p++
	}
	if p >= sc.s.T1 || !isCapitalised(sc.word(p)) {
		return 0
	}
	f, n := sc.lex.phrase(sc.a.Words[p:sc.s.T1])
	if n == 0 {
		return 0
	}
	var country string
	switch {
	case f.kind == lexName && f.typ == graph.Country:
		country = f.canon
	case f.kind == lexCapital || f.kind == lexName && f.typ == graph.Place:
		country = f.country
	default:
		return 0
	}
	if country == "" || country == e.country && f.typ == graph.Country {
		return 0
	}
	j := p + n
	if !sc.free(i, j) {
		return 0
	}
	if j < sc.s.T1 && (isCapitalised(sc.word(j)) && sc.a.Tokens[j].Kind == token.Word || sc.word(j) == "'s" || sc.word(j) == "'") {
		return 0 // "the Bank of Japan Governor", "of Britain's": the place goes on or owns
	}
	return j
}
