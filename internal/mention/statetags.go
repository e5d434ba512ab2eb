package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/token"
)

// clippedState looks up the short name of an American state written after
// a town and a comma without its period: "Pontiac, Mich, said", "born in
// Dayton, Ohio and ...", the sentence's period standing for the
// abbreviation's ("in Tulsa, Okla."), or in capitals ("ORLANDO, FLA,").
// The lexicon writes the name with its period ("Mich."): its entry and 1,
// or 0. Only after "Town," and before a comma, a period, a semicolon or
// the sentence's end, where a person's "Miss" or a "Mass" is no state.
func (sc *scan) clippedState(i int) (lexEntry, int) {
	if i-2 < sc.s.T0 || sc.word(i-1) != "," || !isCapitalised(sc.word(i-2)) {
		return lexEntry{}, 0 // most words: no comma before
	}
	w := sc.word(i)
	if len(w) < 2 || len(w) > 5 || sc.a.Tokens[i].Kind != token.Word || !isCapitalised(w) || strings.ContainsAny(w, ".-") {
		return lexEntry{}, 0
	}
	if next := sc.word(i + 1); i+1 < sc.s.T1 && next != "," && next != "." && next != ";" {
		return lexEntry{}, 0
	}
	if isAllCaps(w) {
		w = w[:1] + strings.ToLower(w[1:])
	}
	e, n := sc.lex.phrase([]string{w + "."})
	if n == 0 {
		// The lexicon keeps "Ga." as the tokeniser cuts it: "Ga" ".".
		if e, n = sc.lex.phrase([]string{w, "."}); n == 2 {
			n = 1
		}
	}
	if n != 1 || e.kind != lexName || e.typ != graph.Place || e.country != "United States" {
		return lexEntry{}, 0
	}
	return e, 1
}
