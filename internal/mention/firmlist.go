package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/token"
)

// joinFirmLists joins the partners' names of a firm that the tagger split
// at commas: "Sears, Roebuck and Co", "Prescott, Ball and Turben Inc",
// "Birr, Wilson and Co". The last span must be one surname, "and" or "&",
// more of the name and a legal form ("Wilson and Co", "Fenner and Smith
// Inc"); each span before it, after a comma, a few capitalised words that
// name no known country, place or organisation, and a person only as one
// word that is no given name ("Thomas Smith, Smith and Co chairman" is
// the chairman and his firm).
func (sc *scan) joinFirmLists(spans []Span) []Span {
	var out []Span
	done := 0 // spans[:done] are in out
	for k := 1; k < len(spans); k++ {
		if !sc.firmTail(spans[k]) {
			continue
		}
		m := k
		for m > 0 && spans[m-1].T1+1 == spans[m].T0 && sc.word(sc.s.T0+spans[m-1].T1) == "," && sc.firmPartner(spans[m-1]) {
			m--
		}
		if m == k || m < done {
			continue
		}
		if out == nil {
			out = make([]Span, 0, len(spans))
		}
		out = append(out, spans[done:m]...)
		out = append(out, Span{T0: spans[m].T0, T1: spans[k].T1, Type: "ORG"})
		done = k + 1
	}
	if out == nil {
		return spans
	}
	return append(out, spans[done:]...)
}

// firmTail reports a tagged organisation "Surname and ... Co": its second
// word "and" or "&", its last a legal form; or "Surname en Surname", a
// foreign "and" second.
func (sc *scan) firmTail(sp Span) bool {
	i, j := sc.s.T0+sp.T0, sc.s.T0+sp.T1
	if sp.Type != "ORG" || j-i < 3 {
		return false
	}
	c := sc.word(i + 1)
	if c != "and" && c != "&" && !foreignAnds[c] {
		return false
	}
	if !legalSuffixes[strings.ToLower(sc.word(j-1))] && !foreignAnds[c] {
		// A foreign "and" needs no legal form: "Pierson, Heldring en
		// Pierson".
		return false
	}
	return sc.firmWord(i) && sc.firmWord(i+2)
}

// firmPartner reports a span that may be a partner's name in a firm's:
// one to three capitalised words, no known name.
func (sc *scan) firmPartner(sp Span) bool {
	i, j := sc.s.T0+sp.T0, sc.s.T0+sp.T1
	if sp.Type == "MISC" || j-i > 3 {
		return false
	}
	if sp.Type == "PER" && (j-i > 1 || sc.lex.isGivenName(sc.word(i))) {
		return false
	}
	for k := i; k < j; k++ {
		if !sc.firmWord(k) {
			return false
		}
	}
	// A known name on its own is no partner's: "Chrysler, Ford and
	// Smith Inc" lists companies.
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n < j-i || e.kind != lexName && e.kind != lexCapital
}

// firmWord reports a capitalised word, not in capitals, that may be a
// surname.
func (sc *scan) firmWord(k int) bool {
	w := sc.word(k)
	return sc.a.Tokens[k].Kind == token.Word && isCapitalised(w) && !isAllCaps(w) && !sc.lex.isStopword(w) && !sc.lex.isTitleWord(w)
}
