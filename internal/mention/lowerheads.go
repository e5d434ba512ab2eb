package mention

import (
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// fieldCommitteeHeads are the lower-case heads of the standing bodies a
// parliament or an international organisation names by their field:
// "the Commons public accounts committee", "the EC agriculture
// committee", "the UN war crimes tribunal".
var fieldCommitteeHeads = map[string]bool{
	"committee": true, "subcommittee": true, "tribunal": true,
}

// fieldCommittees marks a body named by a known organisation, one to
// three lower-case words of its field and a committee's head after "the":
// "the Commons public accounts committee", "the House agriculture
// subcommittee", "the EC agriculture committee", "the UN war crimes
// tribunal". The organisation must be one the lexicon knows, the whole
// capitalised run: a country ("the US trade committee" may be any), a
// company or a party's people ("the Labour policy committee" of
// a local party, ...) name no standing body the same way; "the committee",
// "the same committee", "a Commons committee" name none.
func (sc *scan) fieldCommittees() {
	for h := sc.s.T0 + 2; h < sc.s.T1; h++ {
		if !fieldCommitteeHeads[sc.a.Words[h]] {
			continue
		}
		k := h
		for k > sc.s.T0 && h-k < 3 && fieldWord(sc.word(k-1)) && (sc.a.Lower[k-1] != "and" || k < h && k-2 >= sc.s.T0 && fieldWord(sc.word(k-2)) && sc.a.Lower[k-2] != "and") {
			k--
		}
		if k == h || sc.a.Lower[k] == "and" {
			continue
		}
		s := sc.namedAfterThe(k)
		if s == k || !sc.free(s, h+1) {
			continue
		}
		e, n := sc.lex.phrase(sc.a.Words[s:k])
		if n != k-s || e.kind != lexName || e.typ != graph.Organization {
			continue
		}
		// The organisation keeps its own mention inside the body's
		// name: "the UN war crimes tribunal" names the UN too.
		sc.add(Mention{T0: s, T1: k, Type: graph.Organization, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
		sc.add(Mention{T0: s, T1: h + 1, Type: graph.Organization, Kind: Name, Source: Pattern})
		h++
	}
}

// fieldWord reports a lower-case word of a committee's field: "public",
// "accounts", "war", "crimes", "and" between two of them.
func fieldWord(w string) bool {
	if len(w) < 2 || !isLowerWord(w) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return !nonFieldWords[w]
}

// nonFieldWords are lower-case words that stand before a committee's head
// and name no field: "the Commons said committee", "the EU's own
// committee".
var nonFieldWords = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"own": true, "same": true, "new": true, "said": true, "says": true, "that": true, "which": true,
	"of": true, "to": true, "in": true, "on": true, "by": true, "for": true, "with": true, "or": true,
	"is": true, "was": true, "has": true, "had": true, "will": true, "would": true, "s": true,
}

// lowerBodies marks two bodies news names with a lower-case head after
// "the": a town's exchange ("the Warsaw bourse", "the Milan stock
// exchange"; the town the lexicon knows, which keeps its own mention) and a church the lexicon knows by its
// capitalised name ("the Roman Catholic church" is the Roman Catholic
// Church). "a Paris bourse", "the German stock exchange" (a country's, by
// its demonym) and "the Paris church" (a building) name none; nor does
// "the London exchange", which mostly takes up an exchange the text has
// named in full ("the Kansas City Board of Trade ... the Kansas exchange").
func (sc *scan) lowerBodies() {
	for h := sc.s.T0 + 2; h < sc.s.T1; h++ {
		head := sc.a.Words[h]
		k := h
		switch {
		case head == "exchange" && sc.a.Words[h-1] == "stock":
			k--
		case head != "bourse" && head != "church":
			continue
		}
		s := sc.namedAfterThe(k)
		if s == k || !sc.free(s, h+1) {
			continue
		}
		if head == "church" {
			var buf [4]string
			ws := append(append(buf[:0], sc.a.Words[s:k]...), "Church")
			if e, n := sc.lex.phrase(ws); n == len(ws) && e.kind == lexName && e.typ == graph.Organization {
				sc.add(Mention{T0: s, T1: h + 1, Type: graph.Organization, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
			}
			continue
		}
		e, n := sc.lex.phrase(sc.a.Words[s:k])
		town := Mention{T0: s, T1: k, Type: graph.Place, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country}
		switch {
		case n != k-s:
			continue
		case e.kind == lexCapital:
			town.Kind = Capital
		case e.kind != lexName || e.typ != graph.Place:
			continue
		}
		sc.add(town)
		sc.add(Mention{T0: s, T1: h + 1, Type: graph.Organization, Kind: Name, Source: Pattern})
	}
}

// namedAfterThe returns the start of the one to three capitalised words
// that end at k right after "the" ("the EC agriculture committee", "the
// Warsaw bourse"), k when there are none.
func (sc *scan) namedAfterThe(k int) int {
	s := k
	for s > sc.s.T0 && k-s < 3 && isCapitalised(sc.word(s-1)) && sc.a.Lower[s-1] != "the" {
		s--
	}
	if s == sc.s.T0 || sc.a.Lower[s-1] != "the" {
		return k
	}
	return s
}
