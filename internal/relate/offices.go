package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// soleCompany: "Profit of Ste Lyonnaise des Eaux is likely to rise,
// Chairman Jerome Monod told a news conference": a company office with no
// body of its own belongs to the one company the sentence names (none
// when it names several, or a party or a public body).
//
// When the office and its holder close the sentence as its reporting
// clause ("<Qantas> has placed an order with Boeing Co ..., chairman Jim
// Leslie said"), the speaker is the subject company's: bodies named after
// it, in what the company did, are not candidates (a country still
// makes a lower-case "president" a state's).
func (s *sentCtx) soleCompany(chain []mention.Title, pEnd int) *resolve.Entity {
	t := chain[0]
	last := chain[len(chain)-1].Title
	// "..., president M. Keith Goodrich said": a company's president in
	// lower case; "President Reagan" is a state's.
	companyPresident := last == "president" && s.word(t.T0) == "president"
	if !companyOffice[last] && !companyPresident && !boardSeat(chain[len(chain)-1]) || t.T0 > s.s.T0 && isCapitalised(s.word(t.T0-1)) && t.T0-1 > s.s.T0 {
		return nil // "Marsh chief executive X": a body the text did not recognise
	}
	reporting := s.reportingClause(t.T0, pEnd)
	var found *resolve.Entity
	viaPossessor := false // found opens the sentence as a possessor
	k0 := s.s.T0
	if d := s.datelineEnd(); d <= t.T0 {
		k0 = d // "TURIN, Italy, March 31 - Fiat SpA expects": a dateline's place
	}
	for k := k0; k < s.s.T1; k++ {
		e, a, b := s.ent(k)
		if e == nil {
			continue
		}
		k = b - 1
		if found != nil && viaPossessor && e.Type == graph.Organization && e != found {
			return nil // "Acme's rival Globex cut prices, chairman X said": Globex's, maybe
		}
		if found != nil && reporting && (e.Type == graph.Organization || e.Type == graph.Country) {
			// "Acme Corp expects sales in Brazil to rise, chairman X
			// said": the subject's officer reports on other bodies
			// and states.
			continue
		}
		switch e.Type {
		case graph.Organization:
		case graph.Person, graph.Place, graph.Agreement:
			continue
		case graph.Country:
			if currencyWord[s.lower(b)] {
				continue // "152 mln U.S. dlrs": a currency, not a state
			}
			return nil
		default:
			return nil // a country: the office may be a state's
		}
		if o, ok := lexicon.OrgByName(e.Name); ok && o.Kind != lexicon.KindCompany {
			return nil
		}
		if isParty(e) || found != nil && found != e {
			return nil
		}
		// The company is the sentence's subject, before the office: "Dow
		// Chemical Co believes ..., Chairman Paul Oreffice said".
		// Or its subject with an aside on it, when the officer reports:
		// "Acme, which will itself be sold, will keep its stake,
		// chairman X said".
		relative := reporting && s.word(b) == "," && s.lower(b+1) == "which"
		// Or the possessor that opens it: "Acme Corp's profits rose 10
		// pct, chairman X said".
		possessor := reporting && (s.word(b) == "'s" || s.word(b) == "'")
		if found == nil && (a > t.T0 || !s.opensSentence(a) || !isLowerWord(s.word(b)) && !relative && !possessor || s.hasTitleAt(b) ||
			businessNouns[s.lower(b)] || legislature[lastWord(e.Name)]) {
			return nil
		}
		found, viaPossessor = e, possessor
	}
	return found
}

// reportingClause reports whether the office at t0 and the name ending at
// pEnd close the sentence as its reporting clause: a comma (or a closing
// quotation) before the office, a verb of speech after the name, at most
// a short object ("told reporters", "told the annual meeting") and the
// sentence's end.
func (s *sentCtx) reportingClause(t0, pEnd int) bool {
	k := t0 - 1
	if s.word(k) == `"` {
		k--
	}
	if s.word(k) != "," || !speechWord(s.lower(pEnd)) {
		return false
	}
	for j := pEnd + 1; j < s.s.T1 && j <= pEnd+5; j++ {
		switch w := s.word(j); {
		case w == "." && j == s.s.T1-1:
			return true
		case !isLetters(w) || s.r.MentionAt(j) >= 0:
			return false
		}
	}
	return pEnd+1 == s.s.T1
}

// opensSentence reports whether token a starts the sentence, after an
// article or a quotation mark at most.
func (s *sentCtx) opensSentence(a int) bool {
	k := s.datelineEnd() // "HOUSTON, March 30 - "
	if k > a {
		k = s.s.T0
	}
	for k < a && (s.article(k) == 1 || s.word(k) == `"` || s.word(k) == "<") {
		k++ // "<Bank of Montreal> said": Reuters brackets a company's name
	}
	if k < a && a-k <= 6 && leadingPreposition[s.lower(k)] {
		// "At the same time Porsche has hedged": an adverbial first.
		for j := k; j < a; j++ {
			if s.r.MentionAt(j) >= 0 || s.word(j) == `"` {
				return false
			}
		}
		return true
	}
	return k == a
}

var leadingPreposition = map[string]bool{"at": true, "in": true, "on": true, "after": true, "for": true, "since": true, "last": true, "earlier": true}

var legislature = map[string]bool{"Senate": true, "House": true, "Congress": true, "Parliament": true, "Assembly": true, "Committee": true, "Council": true}

// companyOffice are the offices of a company's board and management.
var companyOffice = map[string]bool{
	"chairman": true, "chairwoman": true, "chief executive": true, "managing director": true,
	"chief operating officer": true, "chief financial officer": true, "finance director": true,
	"vice chairman": true, "executive vice president": true, "senior vice president": true,
	// The same offices as news writes them with a hyphen or a board's name.
	"vice-chairman": true, "co-chairman": true, "deputy chairman": true, "chief finance officer": true,
	"executive vice-president": true, "senior vice-president": true,
	"managing board chairman": true, "management board chairman": true,
}

// currencyWord follow a country's name that only names its money.
var currencyWord = map[string]bool{"dlrs": true, "dlr": true, "dollars": true, "dollar": true, "cts": true}

// subjectAsideEnd returns the token after the asides that follow a
// subject's name ending at pEnd ("Jones, 54, was named chairman", "Jones,
// a former banker, has become chairman of Acme", "Jones, himself a Globex
// director, is to become its president"), or pEnd when none follows. An
// aside opens with an age, an article, a possessive or "himself" and
// closes with a comma within a dozen words, with no clause of its own;
// a name after a preposition ("the brother of Jones, a banker, was") is
// no subject.
func (s *sentCtx) subjectAsideEnd(pStart, pEnd int) int {
	if s.word(pEnd) != "," || objectPreposition[s.lower(pStart-1)] || s.lower(pStart-1) == "of" || s.lower(pStart-1) == "by" {
		return pEnd
	}
	k := pEnd // the comma before an aside
	for n := 0; n < 2; n++ {
		w := s.lower(k + 1)
		switch {
		case w == "a" || w == "an" || w == "the" || w == "himself" || w == "herself" || possessivePronouns[w]:
		case isAge(w) && s.word(k+2) == ",":
		case n == 0:
			return pEnd
		default:
			return k + 1
		}
		end := -1
		for j := k + 2; j < s.s.T1 && j < k+14 && end < 0; j++ {
			switch s.lower(j) {
			case ",":
				end = j
			case "(":
				// "a member of the Popular Front (PF),": an acronym.
				if s.word(j+2) != ")" {
					return pEnd
				}
				j += 2
			case "who", "which", "that", "whose", ";", ":", "--", "said", "says":
				return pEnd
			}
		}
		if end < 0 {
			return pEnd
		}
		k = end
	}
	return k + 1
}

// isAge reports whether w is a person's age after the name: "Jones, 54,".
func isAge(w string) bool {
	if len(w) != 2 {
		return false
	}
	return w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
}

// sharedSubjectVerb: "He was elected to the European Parliament in 1989
// and later became president of the Commission", "Jones joined Acme in
// 1980 and became its chairman": when the name at pStart opens the
// sentence and its verb phrase at k is coordinated by "and" with a
// copula, it returns the copula's token (0 otherwise). The first verb
// phrase may name no person (nor an unknown name) and hold no clause of
// its own; the first "and" decides ("joined Acme and Globex" coordinates no verb).
func (s *sentCtx) sharedSubjectVerb(pStart, k int) int {
	if !s.opensSentence(pStart) || !isLowerWord(s.word(k)) || closedClass[s.lower(k)] && !auxiliary[s.lower(k)] {
		return 0
	}
	for j := k; j < s.s.T1 && j < k+25; j++ {
		switch w := s.lower(j); w {
		case "and":
			m := j + 1
			switch s.lower(m) {
			case "later", "then", "subsequently", "eventually", "now", "soon", "also":
				m++
			}
			switch w := s.lower(m); {
			case copulas[w] && !(s.lower(m+1) == "to" && futureCopulas[s.lower(m+2)]) || w == "has" || w == "had" || s.futureCopula(m) > m:
				return m
			}
			return 0
		case ",":
			if s.lower(j+1) != "and" {
				return 0
			}
		case ";", ":", "--", "(", "\"", "who", "which", "that", "whose", "said", "says", "told", "but", "while", "when", "whereas",
			"after", "before", "because", "as", "if", "although", "he", "she", "they", "it", "his", "her", "its", "their":
			return 0
		}
		if e, _, _ := s.ent(j); e != nil && e.Type == graph.Person || e == nil && j > k && isCapitalised(s.word(j)) {
			return 0 // a person, or a name the text may not have found, may be the subject
		}
	}
	return 0
}

// departureVerbs leave a post; a purpose clause after them states the
// next office of their subject: "X left the agency to become ambassador".
var departureVerbs = map[string]bool{
	"left": true, "leaves": true, "quit": true, "quits": true, "resigned": true, "resigns": true,
	"stepped": true, "steps": true, "retired": true, "retires": true, "departed": true,
}

// departureCopula returns the token after "to become", "to be" or "to
// serve" that ends a purpose clause of a departure verb at k ("left to
// become", "resigned from the board to become", "stepped down in May to
// serve as"), or k. At most six words, no name of a person and no
// punctuation come between.
func (s *sentCtx) departureCopula(k int) int {
	w := s.lower(k)
	if !departureVerbs[w] {
		return k
	}
	j := k + 1
	if (w == "stepped" || w == "steps") && s.lower(j) != "down" {
		return k
	}
	for ; j < s.s.T1 && j <= k+7; j++ {
		if s.lower(j) == "to" {
			if futureCopulas[s.lower(j+1)] && s.lower(j+1) != "remain" {
				return j + 2
			}
			continue
		}
		if e, _, b := s.ent(j); e != nil {
			if e.Type == graph.Person {
				return k
			}
			j = b - 1 // "left the U.S. agency"
			continue
		}
		if w := s.word(j); !isLetters(w) && strings.Trim(w, "0123456789") != "" {
			return k
		}
	}
	return k
}
