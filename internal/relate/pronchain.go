package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// News profiles and obituaries tell a life in a run of sentences that open
// with "He" or "She": "Lord Smith was born in Leeds. He studied law. In
// 1970 he joined the navy. He became a minister in 1980." Each opening
// pronoun continues the subject of the sentence before, so the run leads
// back to the person last named as a sentence's subject, however many
// sentences ago. chainAntecedent follows such a run when the nearby
// resolution finds no one (or more than one person).

// subjectKind classifies what a sentence opens with.
type subjectKind int8

const (
	subjOther    subjectKind = iota // no person subject ("It was a hard year for ...")
	subjPronoun                     // "he" or "she"
	subjNamed                       // a named person
	subjQuote                       // a quotation: someone else may speak
	subjEmbedded                    // "he"/"she" in a clause after the subject
)

// maxChain bounds how far back (in sentences) a run of opening pronouns
// is followed.
const maxChain = 12

// sentenceSubject returns what sentence si opens with: the first person
// name or "he"/"she" that is not the object of a preposition or a
// possessor, past a fronted phrase ("Born in 1942 in Leeds, he ...",
// "During his visit, Mr Smith ..."). For a pronoun it returns its token
// and its gender; for a name, the entity.
func (s *sentCtx) sentenceSubject(si int) (subjectKind, *resolve.Entity, int, byte) {
	sent := s.a.Sentences[si]
	embedded, named := false, false
	for k := sent.T0; k < sent.T1 && k < sent.T0+40; k++ {
		w := s.a.Words[k]
		if isQuoteMark(w) {
			return subjQuote, nil, k, 0
		}
		switch l := s.a.Lower[k]; l {
		case "he", "she":
			if named || embedded && s.a.Words[k-1] != "," {
				// "Critics said he ...", "... Mr Lee's record, saying
				// it fell when he was minister": not the sentence's
				// subject.
				return subjEmbedded, nil, k, 0
			}
			if l == "he" {
				return subjPronoun, nil, k, 'm'
			}
			return subjPronoun, nil, k, 'f'
		case "i", "we", "you", "they", "it":
			return subjOther, nil, k, 0
		}
		if clauseWords[s.a.Lower[k]] {
			embedded = true
		}
		e, a, b := s.entOf2(k, graph.Person)
		if e == nil {
			continue
		}
		if s.notSubject(a, b) {
			k = b - 1
			named = true
			continue
		}
		return subjNamed, e, a, 0
	}
	return subjOther, nil, -1, 0
}

// clauseWords open a clause whose subject is not the sentence's: a
// pronoun after them is no continuation of the run.
var clauseWords = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true, "added": true, "adding": true,
	"that": true, "when": true, "if": true, "because": true, "while": true, "whether": true, "who": true,
	"which": true, "whom": true, "where": true, "since": true, "although": true, "though": true,
	"until": true, "unless": true, "believes": true, "believed": true, "thinks": true, "thought": true,
	"claimed": true, "claims": true, "insisted": true, "argued": true, "warned": true, "suggested": true,
	"reported": true, "announced": true, "confirmed": true, "denied": true, "knew": true, "hoped": true,
}

// prepositionBefore are words before a name that make it no subject.
var prepositionBefore = map[string]bool{
	"to": true, "by": true, "with": true, "against": true, "from": true, "for": true, "of": true,
	"under": true, "at": true, "on": true, "in": true, "'s": true, "meeting": true, "and": true,
	"than": true, "like": true, "about": true, "between": true, "after": true, "before": true,
}

// personGender is a person's gender from the given name, or from an
// honorific before one of the mentions ("Mr", "Lord", "Mrs"), or 0.
func (s *sentCtx) personGender(e *resolve.Entity) byte {
	if e.Gender != 0 {
		return e.Gender
	}
	for _, mi := range e.Mentions {
		if t := s.r.Mentions[mi].T0; t > 0 {
			switch s.a.Lower[t-1] {
			case "mr", "mr.", "lord", "sir", "king", "prince":
				return 'm'
			case "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "baroness", "queen", "princess":
				return 'f'
			}
		}
	}
	return 0
}

// chainAntecedent resolves a "he"/"she" at i that is the subject its
// sentence opens with, following the run of sentences opened by the same
// pronoun back to the last sentence whose subject is a named person of
// that gender. It gives up at a quotation, at a named subject of unknown
// gender, and when another person of that gender who is not the object
// of a preposition is named along the way.
func (s *sentCtx) chainAntecedent(i int, pronoun string) *resolve.Entity {
	if e, ok := s.chained[i]; ok {
		return e
	}
	e := s.followChain(i, pronoun)
	if s.chained == nil {
		s.chained = map[int]*resolve.Entity{}
	}
	s.chained[i] = e
	return e
}

func (s *sentCtx) followChain(i int, pronoun string) *resolve.Entity {
	want := byte('m')
	if pronoun == "she" {
		want = 'f'
	} else if pronoun != "he" {
		return nil
	}
	if kind, _, k, _ := s.sentenceSubject(s.si); kind != subjPronoun || k != i {
		return nil
	}
	gaps := 0
	for j := s.si - 1; j >= 0 && j >= s.si-maxChain; j-- {
		kind, e, _, g := s.sentenceSubject(j)
		switch kind {
		case subjQuote, subjEmbedded:
			return nil
		case subjPronoun:
			if g != want {
				return nil
			}
			continue
		case subjNamed:
			switch s.personGender(e) {
			case want:
				if s.rivalBetween(e, j, i, want) || s.rivalSubject(e, j, want) {
					return nil
				}
				return e
			case 0:
				return nil
			}
			continue
		}
		// "It was a hard year for Mr Smith": a sentence about
		// one person of that gender continues the run; a sentence naming
		// no one is passed over.
		switch p := s.onlyPerson(j, want); {
		case p == nil:
			if gaps++; gaps > 2 {
				return nil
			}
			continue
		case p != severalPeople && !s.rivalBetween(p, j, i, want):
			return p
		}
		return nil
	}
	return nil
}

// rivalSubject reports another person of gender want (or unknown gender)
// who is the named subject of one of the two sentences before j: "Smith
// resigned. Jones took over. He ..." leaves the pronoun open.
func (s *sentCtx) rivalSubject(e *resolve.Entity, j int, want byte) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		kind, p, _, _ := s.sentenceSubject(k)
		if kind == subjNamed && p != e {
			if g := s.personGender(p); g == 0 || g == want {
				return true
			}
		}
	}
	return false
}

// severalPeople marks a sentence that names more than one person.
var severalPeople = &resolve.Entity{}

// onlyPerson returns the one person sentence j names when the gender is
// want, nil when it names no one, and severalPeople otherwise.
func (s *sentCtx) onlyPerson(j int, want byte) *resolve.Entity {
	var found *resolve.Entity
	sent := s.a.Sentences[j]
	for k := sent.T0; k < sent.T1; k++ {
		p, _, b := s.entOf2(k, graph.Person)
		if p == nil {
			continue
		}
		k = b - 1
		if found != nil && p != found || s.personGender(p) != want {
			return severalPeople
		}
		found = p
	}
	return found
}

// rivalBetween reports another person of gender want (or of unknown
// gender) named from the start of sentence j up to token i, other than as
// the object of a preposition or a possessor.
func (s *sentCtx) rivalBetween(e *resolve.Entity, j, i int, want byte) bool {
	for k := s.a.Sentences[j].T0; k < i; k++ {
		if k == s.a.Sentences[j].T1 {
			// The sentences between open with the pronoun: people they
			// name later are not their subjects ("He lost to Tom Jones in
			// the final round. He ...").
			k = s.s.T0
		}
		p, a, b := s.entOf2(k, graph.Person)
		if p == nil {
			continue
		}
		k = b - 1
		if p == e {
			continue
		}
		if g := s.personGender(p); g != 0 && g != want {
			continue
		}
		if s.notSubject(a, b) {
			continue
		}
		return true
	}
	return false
}

// notSubject reports a person name at [a, b) that is a possessor or the
// object of a preposition, past the titles before it ("to the Labour
// leader Tom Bell", "with the former Finance Minister Ann Lee").
func (s *sentCtx) notSubject(a, b int) bool {
	if b < len(s.a.Words) && (s.a.Words[b] == "'s" || s.a.Words[b] == "'") {
		return true
	}
	k := a - 1
	for ; k >= 0 && k > a-6; k-- {
		w := s.a.Words[k]
		if w == "" || !(isCapitalised(w) || s.titleStarts[k] || titleFiller[s.a.Lower[k]]) {
			break
		}
	}
	return k >= 0 && prepositionBefore[s.a.Lower[k]]
}

var titleFiller = map[string]bool{"the": true, "former": true, "then": true, "ex": true, "late": true}
