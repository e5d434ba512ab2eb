package mention

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/token"
)

// splitCoordinatedOrgs splits an organisation span the tagger made of two
// names joined by "and": "Liggett Group and Brown and Williamson",
// "Citizens Bank and Canal Bank", "the Electoral Commission and National
// Union of Students", "Treasury and Bank of England forecasts". The words
// before "and" must make a whole name: two or more words closed by a head
// noun that ends names and does not go on with "and" inside one ("Group",
// "Bank", "Commission", a legal form other than "Co"), or a name the
// lexicon knows; the words after it must start a name of their own. Names
// that join two words inside them ("Securities and Exchange Commission",
// "Yasuda Trust and Banking Co", "Investors Bank and Trust") stay whole.
func (sc *scan) splitCoordinatedOrgs(spans []Span) []Span {
	var out []Span
	for k, sp := range spans {
		if sp.Type != "ORG" || sp.T1-sp.T0 < 3 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		parts := sc.splitOrgSpan(sp)
		if len(parts) == 1 && out == nil {
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:k]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return spans
	}
	return out
}

// splitOrgSpan returns the names an organisation span holds, itself when
// it is one.
func (sc *scan) splitOrgSpan(sp Span) []Span {
	i, j := sc.s.T0+sp.T0, sc.s.T0+sp.T1
	if e, n := sc.lex.phrase(sc.a.Words[i:j]); n == j-i && e.kind != lexDemonym {
		return []Span{sp} // a known name: "Trinidad and Tobago"
	}
	if j-i == 3 && sc.a.Lower[i+1] == "and" && j < sc.s.T1 && pluralBodies[sc.word(j)] && isCapitalised(sc.word(i+2)) {
		// "the Liberal and National parties", "the Senate and House
		// committees": two bodies that share the noun after them.
		return []Span{{T0: sp.T0, T1: sp.T0 + 1, Type: "ORG"}, {T0: sp.T0 + 2, T1: sp.T1, Type: "ORG"}}
	}
	for k := i + 1; k+1 < j; k++ {
		if sc.a.Lower[k] != "and" || !sc.closedOrgName(i, k) || !sc.startsOrgName(k+1, j) {
			continue
		}
		left := Span{T0: sp.T0, T1: k - sc.s.T0, Type: "ORG"}
		right := Span{T0: k + 1 - sc.s.T0, T1: sp.T1, Type: "ORG"}
		return append([]Span{left}, sc.splitOrgSpan(right)...)
	}
	return []Span{sp}
}

// closedOrgName reports whether [i, j) is a whole organisation's name:
// several words ending in a closing head noun, or a known organisation.
func (sc *scan) closedOrgName(i, j int) bool {
	if j-i >= 2 && closingHeads[sc.a.Lower[j-1]] && isCapitalised(sc.word(j-1)) {
		return true
	}
	if j-i >= 3 && (sc.a.Lower[j-1] == "co" || sc.a.Lower[j-1] == "co.") && (sc.word(j-2) == "and" || sc.word(j-2) == "&") {
		return true // "Goldman Sachs and Co and First Boston Corp"
	}
	// A known name of one word may be a surname too ("Wagner and
	// Brown"): only longer ones count.
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return j-i >= 2 && n == j-i && e.kind == lexName && e.typ == graph.Organization
}

// startsOrgName reports whether [i, j) is a name of its own: a
// capitalised word that is no common word first, and more than a head
// noun or a legal form ("and Trust", "and Co" finish the name before).
func (sc *scan) startsOrgName(i, j int) bool {
	w := sc.word(i)
	if !isCapitalised(w) || sc.a.Tokens[i].Kind != token.Word {
		return false
	}
	if sc.lex.isStopword(w) && !(j-i >= 2 && (sc.lex.isOrgWord(sc.word(j-1)) || sc.lex.isCompanyHead(sc.word(j-1)))) {
		return false // "Sunday Telegraph" is a name, "Monday" none
	}
	if legalSuffixes[sc.a.Lower[i]] {
		return false
	}
	for k := i; k < j; k++ {
		lw := sc.a.Lower[k]
		if isCapitalised(sc.word(k)) && !sc.lex.isOrgWord(sc.word(k)) && !sc.lex.isCompanyHead(sc.word(k)) && !legalSuffixes[lw] {
			return true
		}
	}
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n == j-i && e.kind == lexName && e.typ == graph.Organization
}

// closingHeads end an organisation's name and are not joined by "and" to
// another word inside one: "Liggett Group and", "Canal Bank and", not
// "Yasuda Trust and Banking", "Texas Oil and Gas", "Nippon Telegraph and
// Telephone", "Harris Upham and Co".
var closingHeads = map[string]bool{
	"group": true, "bank": true, "association": true, "commission": true, "committee": true,
	"council": true, "department": true, "ministry": true, "party": true, "agency": true,
	"authority": true, "office": true, "board": true, "bureau": true, "institute": true,
	"federation": true, "foundation": true, "organisation": true, "organization": true,
	"times": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"plc": true, "corporation": true, "incorporated": true, "limited": true, "ag": true, "gmbh": true,
	"llc": true, "airlines": true, "airways": true,
}

// pluralBodies are plural nouns of bodies that follow coordinated names
// sharing them: "the Liberal and National parties".
var pluralBodies = map[string]bool{
	"parties": true, "committees": true, "houses": true, "chambers": true, "governments": true,
	"banks": true, "unions": true, "companies": true, "councils": true, "ministries": true,
	"departments": true, "newspapers": true, "papers": true, "exchanges": true, "airlines": true,
}
