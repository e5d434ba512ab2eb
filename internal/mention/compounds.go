package mention

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// compoundSuffixes end a hyphenated word whose first part names a place
// or a state: "a London-based fund", "US-led forces", "Paris-listed
// shares".
var compoundSuffixes = map[string]bool{
	"based": true, "listed": true, "led": true, "born": true, "made": true, "owned": true,
	"backed": true, "funded": true, "registered": true, "headquartered": true, "controlled": true,
	"run": true, "brokered": true, "sponsored": true, "bound": true, "dominated": true,
	"supported": true, "educated": true, "produced": true, "built": true, "area": true,
}

// agentSuffixes say who leads, backs or owns: a capital before them
// stands for its government ("the Moscow-backed president").
var agentSuffixes = map[string]bool{
	"led": true, "backed": true, "controlled": true, "sponsored": true, "supported": true, "funded": true,
	"brokered": true, "dominated": true, "run": true, "owned": true,
}

// compoundMention returns the mention of the place or state that starts
// the hyphenated word at i, or false: a place ("a London-based fund"), a
// state ("US-led forces"), or a capital's state when the word says who
// leads or backs ("the Moscow-backed president").
func (sc *scan) compoundMention(i int) (Mention, bool) {
	e, ok := sc.placeCompound(i)
	if !ok {
		return Mention{}, false
	}
	m := Mention{T0: i, T1: i + 1, Type: e.typ, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country}
	w := sc.word(i)
	if e.kind == lexCapital && e.country != "" && agentSuffixes[strings.ToLower(w[strings.LastIndexByte(w, '-')+1:])] {
		m.Type, m.Canon = graph.Country, e.country
	}
	return m, true
}

// mayBeCompound reports false for a word placeCompound rules out at
// once, as most words: one that opens with no capital (an upper-case
// ASCII letter, or any non-ASCII letter, which isCapitalised decides) or
// has no hyphen after its first byte.
func mayBeCompound(w string) bool {
	return w != "" && (w[0]-'A' < 26 || w[0] >= utf8.RuneSelf) && strings.LastIndexByte(w, '-') > 0
}

// placeCompound returns the lexicon entry of the place or state that
// starts the hyphenated word at i ("London" of "London-based"), or false.
// A capitalised word before it may be the start of a longer name ("New
// York-based"): the word is then left alone.
func (sc *scan) placeCompound(i int) (lexEntry, bool) {
	w := sc.word(i)
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || !compoundSuffixes[strings.ToLower(w[k+1:])] || !isCapitalised(w) {
		return lexEntry{}, false
	}
	if i > sc.s.T0 && isCapitalised(sc.word(i-1)) && !opensClause(sc.word(i-1)) && i-1 != sc.s.T0 {
		return lexEntry{}, false
	}
	e, n := sc.lex.phrase([]string{w[:k]})
	if n != 1 || !(e.kind == lexCapital || e.kind == lexName && (e.typ == graph.Place || e.typ == graph.Country)) {
		return lexEntry{}, false
	}
	return e, true
}

// CompoundPart returns the first part of a place compound as written
// ("London" of "London-based"), or the word itself.
func CompoundPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k > 0 && compoundSuffixes[strings.ToLower(w[k+1:])] {
		return w[:k]
	}
	return w
}
