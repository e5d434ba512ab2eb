package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/token"
)

// stateGovernment reports the word "government" at k, written in lower
// case after a state's demonym: "the Israeli government said" names the
// state by its government, as news writes it, and the schema counts it
// as the state. A capitalised "Government" is left to the tagger's name
// ("the Scottish Government" is a region's body; a state's is made the
// state when entities are resolved).
func (sc *scan) stateGovernment(k int) bool {
	return k < sc.s.T1 && sc.a.Words[k] == "government"
}

// stateForce returns the end of a state's armed force written in lower
// case at k, after the state's demonym: "the Rwandan army said", "the
// Turkish air force bombed", "the Burmese military denied", "the Greek
// navy and ...", or k. The force must end the noun phrase: a noun after it
// makes it a modifier ("an American army base", "the Israeli military
// authorities", "Chilean military ruler"), save an office of the army,
// navy or air force itself ("the Thai army commander", "an Iraqi army
// spokesman"), which the titles read next.
func (sc *scan) stateForce(k int) int {
	if k >= sc.s.T1 {
		return k
	}
	j := k + 1
	switch sc.a.Words[k] {
	case "army", "navy", "military":
	case "air":
		if j >= sc.s.T1 || sc.a.Words[j] != "force" {
			return k
		}
		j++
	case "armed":
		if j >= sc.s.T1 || sc.a.Words[j] != "forces" {
			return k
		}
		j++
	default:
		return k
	}
	if j >= sc.s.T1 || sc.a.Tokens[j].Kind != token.Word {
		return j
	}
	w := sc.a.Words[j]
	switch {
	case forceFollowers[w] || reportingVerb[w]:
		return j
	case edForm(w) && isLowerWord(w):
		// "the Israeli army stormed", "the Burmese military seized".
		return j
	case sc.a.Words[k] != "military" && isLowerWord(w):
		// "the Rwandan army spokesman": an office of the force.
		if _, n := sc.lex.title(sc.a.Words[j:sc.s.T1], w); n > 0 {
			return j
		}
	}
	return k
}

// forceFollowers are the words that follow a noun phrase ended by an
// armed force's noun: auxiliaries, adverbs, prepositions. Not "and" or
// "or", which as often join the force to another modifier of a noun
// after them ("Israeli army and police units") as to another body.
var forceFollowers = map[string]bool{
	"has": true, "had": true, "have": true, "is": true, "was": true, "were": true, "are": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"must": true, "did": true, "does": true, "also": true, "still": true, "now": true, "then": true,
	"but": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"from": true, "with": true, "by": true, "that": true, "which": true, "who": true, "as": true,
	"into": true, "after": true, "before": true, "since": true, "during": true, "against": true,
	"near": true, "yesterday": true, "today": true, "later": true, "says": true,
}

// forceMention returns the mention of the state's armed force named by
// the demonym at [d, k) and the force's words [k, j): an organisation of
// the demonym's country, the lexicon's when it knows the force ("the
// Israeli army" is the Israel Defense Forces).
func (sc *scan) forceMention(d, j int, country string) Mention {
	m := Mention{T0: d, T1: j, Type: graph.Organization, Kind: Name, Source: Pattern, Country: country}
	if o, ok := lexicon.OrgByName(strings.Join(sc.a.Words[d:j], " ")); ok && o.Country == country {
		m.Canon, m.Source = o.Name, Lexicon
	}
	return m
}

// nameBefore reports a capitalised word before token i that is no
// function word: "Bosnian Serb army" is no army of Serbia.
func (sc *scan) nameBefore(i int) bool {
	w := sc.word(i - 1)
	if i == sc.s.T0 || sc.a.Tokens[i-1].Kind != token.Word || !isCapitalised(w) || sc.lex.isStopword(w) {
		return false
	}
	// "the Tutsi-dominated Rwandan army": a compound adjective is none.
	h := strings.LastIndexByte(w, '-')
	return h < 0 || !isLowerWord(w[h+1:])
}

// forceBeforeTitle reports a state's armed force named by its demonym
// that ends at the lower-case title at i: "the Rwandan army spokesman",
// "a Turkish air force commander". The force is the body of the office,
// found as a name with the lexicon's words, not a portfolio of the title.
func (sc *scan) forceBeforeTitle(i int) bool {
	for s := max(sc.s.T0, i-2); s < i; s++ {
		if sc.stateForce(s) != i {
			continue
		}
		for d := max(sc.s.T0, s-2); d < s; d++ {
			if e, n := sc.lex.phrase(sc.a.Words[d:s]); n == s-d && e.kind == lexDemonym && e.country != "" && !sc.nameBefore(d) {
				return true
			}
		}
	}
	return false
}
