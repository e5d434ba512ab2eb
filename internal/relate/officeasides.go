package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// skipPartyStateTag returns the comma before a party's letter and state
// set off by commas that ends at the comma j ("Sen. Ann Lee, D-Ore.,
// chairman of the Senate Banking Committee"): the appositive after the
// tag is the person's, as it would be right after the name. j when no
// such tag comes before j.
func (s *sentCtx) skipPartyStateTag(j int) int {
	_, a, b := s.entOf(j-1, graph.Organization)
	if b != j || s.word(a-1) != "," || s.mentionKind(a) != mention.PartyLabel || s.mentionSource(a) != mention.Pattern {
		return j
	}
	if p, _, pEnd := s.entOf(a-2, graph.Person); p == nil || pEnd != a-1 {
		return j
	}
	return a - 1
}

// nameAndAcronym reads the ")" at j as the end of "<name> (<acronym>)" or
// "<acronym> (<name>)": an organisation's name of several words and one
// word in capitals, not read as the same body (an acronym in another
// language, or taken for another body's), that the text gives as one. It
// returns the organisation named in words and the token the pair starts
// at, or nil.
func (s *sentCtx) nameAndAcronym(j int) (*resolve.Entity, int) {
	if s.word(j) != ")" {
		return nil, 0
	}
	if s.word(j-2) == "(" && capitalsWord(s.word(j-1)) {
		// "Coconut Authority (PCA)".
		e, a, b := s.entOf(j-3, graph.Organization)
		if f, _, _ := s.ent(j - 1); e != nil && b == j-2 && b-a > 1 && (f == nil || f.Type == graph.Organization) {
			return e, a
		}
		return nil, 0
	}
	// "PAN (National Action Party)".
	f, fa, fb := s.entOf(j-1, graph.Organization)
	if f == nil || fb != j || fb-fa < 2 || s.word(fa-1) != "(" || !capitalsWord(s.word(fa-2)) {
		return nil, 0
	}
	if e, a, b := s.ent(fa - 2); e != nil && (e.Type != graph.Organization || b-a != 1) {
		return nil, 0
	}
	return f, fa - 2
}

// capitalsWord reports a word of two to six capital letters: an acronym.
func capitalsWord(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// occupationBefore returns, for the "and" at j of "John Cooper, a barrister
// and chairman of the League", the article or comma before the one or two
// lower-case words of the occupation named first, or j when no such words
// come between a comma and j.
func (s *sentCtx) occupationBefore(j int) int {
	k := j - 1
	// "the opposition leader in parliament and head of X": a post with
	// where it is held.
	for k > j-6 && isLetters(s.word(k)) && isLowerWord(s.word(k)) && !occupationStop[s.lower(k)] {
		k--
	}
	if k == j-1 {
		return j
	}
	w := s.lower(k)
	article := w == "a" || w == "an" || w == "the"
	if article && s.word(k-1) == "," || w == "," {
		return k
	}
	if article && (s.lower(k-1) == "now" || s.lower(k-1) == "currently") && s.word(k-2) == "," {
		return k - 1 // ", now the opposition leader and head of X"
	}
	return j
}

// occupationStop are the words that cannot be part of an occupation
// before "and <title>": articles, pronouns and verbs of a clause.
var occupationStop = map[string]bool{
	"a": true, "an": true, "the": true, "who": true, "which": true, "that": true, "he": true, "she": true,
	"is": true, "was": true, "has": true, "had": true, "said": true, "says": true, "and": true, "or": true,
	"his": true, "her": true, "its": true, "their": true, "now": true, "then": true, "also": true,
}
