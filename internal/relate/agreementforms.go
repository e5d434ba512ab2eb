package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/resolve"
)

// addFullerForms keeps as names of the agreement e the fuller noun phrase
// the text uses for [start, end) when a pattern took fewer words: "the
// 1993 Israeli-PLO self-rule deal" is also the Israeli-PLO self-rule deal
// and the 1993 Israeli-PLO self-rule deal, "violations of the U.S.-Greek
// bases accord" the U.S.-Greek bases accord. The words taken in are the
// pre-modifiers of the head: a year, a hyphenated compound of the
// parties' names, lower-case adjectives and nouns; not an amount of
// money, a possessive or a determiner, which end the walk. The phrase
// must open after a determiner, a possessive or a preposition (or the
// sentence), so that a verb before an object is not taken for a
// modifier.
func (s *sentCtx) addFullerForms(e *resolve.Entity, start, end int) {
	k := start
	for n := 0; n < 4 && k-1 >= s.s.T0; n++ {
		w := s.word(k - 1)
		if !(yearWord(w) || s.partiesCompound(w) || fullerModifier(w)) {
			break
		}
		k--
	}
	if k == start || !s.npOpensAt(k) {
		return
	}
	addForm(e, s.lowerPhrase(k, end))
	if yearWord(s.word(k)) && k+1 < start {
		addForm(e, s.lowerPhrase(k+1, end)) // and undated
	}
}

// partiesCompound reports a hyphenated word whose parts name two parties:
// "Israeli-PLO", "U.S.-Soviet", "Sino-British".
func (s *sentCtx) partiesCompound(w string) bool {
	return strings.IndexByte(w, '-') > 0 && (len(s.compoundCountries(w)) >= 2 || len(s.compoundBodies(w)) >= 2)
}

// fullerModifier reports a lower-case word that modifies an agreement's
// head ("bilateral", "aviation", "self-rule"), not a number, an amount's
// unit, a function word, nor a participle, which may be a verb before
// its object (a compound one, "long-awaited", is an adjective).
func fullerModifier(w string) bool {
	return isModifier(w) && !closedClass[w] && !amountUnit[w] && !startsWithDigit(w) &&
		!(strings.HasSuffix(w, "ed") && strings.IndexByte(w, '-') < 0) // "importers awarded contracts": a verb
}

// startsWithDigit reports a word that opens with an ASCII digit ("1987",
// "51-pct").
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// npOpensAt reports whether a noun phrase can start at k: after a
// determiner, a possessive or a preposition, or at the sentence's start.
func (s *sentCtx) npOpensAt(k int) bool {
	if k <= s.s.T0 {
		return true
	}
	switch s.lower(k - 1) {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "'s", "'",
		"of", "on", "under", "to", "with", "for", "in", "from", "by", "against", "over", "about":
		return true
	}
	return false
}
