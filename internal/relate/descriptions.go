package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// describedSubject returns the person a definite description of an office
// that opens a clause refers to when the text gave no one that office
// before: the subject of the sentence before. News names a person, then
// goes on with their office as the next subject ("Robert Kilroy-Silk has
// attacked the policy. The Veritas leader said ..."; "Mr Kennedy went on
// to suggest ... That suggests the Lib Dem leader believes ..."). The
// description at [from-1, next) is "the" + body + title.
//
// The sentence before must open with the person as its subject, and may
// name no other person but as a possessor ("in Tony Blair's
// government"); a person the text already ties to another body of the
// same kind is not meant ("Mr Blair said ... The Tory leader replied").
func (s *sentCtx) describedSubject(next int, body *resolve.Entity, from int) *resolve.Entity {
	if s.si == 0 || s.lower(from-1) != "the" || !s.opensSentence(from-1) {
		return nil
	}
	// The description is the subject: a verb or an aside follows, not a
	// name or a complement.
	if !finiteVerb(s.lower(next)) {
		return nil // "The ICO executive board", "The minister at the Presidency, X,"
	}
	if e, _, _ := s.ent(next); e != nil {
		return nil
	}
	prev := &sentCtx{docCtx: s.docCtx, s: s.a.Sentences[s.si-1], si: s.si - 1}
	person := prev.openingPerson()
	if person == nil {
		return nil
	}
	for k := s.s.T0; k < s.s.T1; k++ {
		if e, _, _ := s.ent(k); e == person {
			return nil // "the Lib Dem chief executive said ... Mr Kennedy": someone else
		}
	}
	if s.tiedElsewhere(person, body) {
		return nil
	}
	return person
}

// tiedElsewhere reports a person whom the facts so far make a leader,
// official or member of another body of body's kind (another country,
// another party, another firm): "the French president" is not the
// President Bush named last, but the president the text tied to France.
func (s *sentCtx) tiedElsewhere(person, body *resolve.Entity) bool {
	for _, f := range s.facts {
		if f.Subject != person || f.Object == nil || f.Object == body || f.Object.Type != body.Type {
			continue
		}
		switch f.Predicate {
		case graph.LeaderOf, graph.OfficialOf, graph.MemberOf:
			if body.Type != graph.Organization || isParty(body) == isParty(f.Object) {
				return true
			}
		}
	}
	return false
}

// describedOffices: "The Veritas leader said", "The Tory leader argued",
// "That suggests the Lib Dem leader believes": a body's office in lower
// case, with no name, as the subject of a clause, refers to the subject of
// the sentence before (describedSubject). The mention stage marks no title
// there (a lower-case title word is an office only next to a name), so
// the phrase is read here: "the", a body (its name, a party label or a
// country's adjective), an office of the lexicon, then the verb.
func (s *sentCtx) describedOffices() {
	if s.si == 0 {
		return
	}
	// The phrase opens the sentence: past a dateline, a quote or an
	// adverbial of a few words at most (opensSentence).
	last := s.datelineEnd() + 10
	for i := s.s.T0; i+3 < s.s.T1 && i < last; i++ {
		if s.lower(i) != "the" || !s.opensSentence(i) {
			continue
		}
		var body *resolve.Entity
		b := 0
		if e, _, eb := s.entOf(i+1, graph.Organization, graph.Country); e != nil {
			body, b = e, eb
		} else if d, ok := s.demonymAt[i+1]; ok {
			dm := s.found.Demonyms[d]
			body, b = s.countryEntity(dm.Country, d), dm.T1
		}
		if body == nil || s.hasTitleAt(b) {
			continue
		}
		for n := 2; n >= 1; n-- {
			phrase := ""
			for k := b; k < b+n; k++ {
				if !isLowerWord(s.word(k)) {
					phrase = ""
					break
				}
				if phrase != "" {
					phrase += " "
				}
				phrase += s.lower(k)
			}
			if phrase == "" {
				continue
			}
			lt, ok := lexicon.TitleByPhrase(phrase)
			if !ok || lt.Role == lexicon.Other || spokesTitle[lt.Title] {
				continue
			}
			person := s.describedSubject(b+n, body, i+1)
			if person == nil {
				break
			}
			chain := []mention.Title{{T0: b, T1: b + n, Title: lt.Title, Role: lt.Role, Deputy: lt.Deputy}}
			s.applyTitles(person, chain, body, i, b+n, "described-office-subject")
			break
		}
	}
}

// spokesTitle are offices that speak for someone: a spokesman's words
// follow the person they speak for, who is not the spokesman.
var spokesTitle = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "press secretary": true}

// openingPerson returns the person who is the subject of the sentence:
// named first, after at most a few words of description and no
// punctuation ("Ex-chatshow host Robert Kilroy-Silk has attacked", "Mr
// Kennedy went on"), or named right before a verb of speech that ends a
// quotation or a clause ("The Conservatives would ..., Michael Howard
// pledged"). The sentence may name no other person but as a possessor
// ("in Tony Blair's government"), nor a list of people.
func (s *sentCtx) openingPerson() *resolve.Entity {
	var person *resolve.Entity
	k0 := s.datelineEnd()
	for k := k0; k < s.s.T1; k++ {
		e, a, b := s.ent(k)
		if e == nil {
			continue
		}
		k = b - 1
		if e.Type != graph.Person {
			continue
		}
		switch s.lower(b) {
		case "'s", "'":
			continue // a possessor
		case "and", "or":
			return nil // a list
		}
		if person != nil && person != e {
			return nil
		}
		if person == e {
			continue
		}
		subject := a-k0 <= 4
		for j := k0; j < a && subject; j++ {
			if w := s.word(j); !isLetters(strings.ReplaceAll(strings.TrimSuffix(w, "."), "-", "")) {
				subject = false
			} else if o, _, _ := s.ent(j); o != nil && o.Type == graph.Person {
				subject = false
			}
		}
		if !subject && s.word(a-1) == "," && speechVerb(s.lower(b)) {
			subject = true // "..., Michael Howard pledged"
		}
		if !subject {
			return nil
		}
		person = e
	}
	return person
}

// speechVerb reports a verb of speech or of stating a view in the past.
func speechVerb(w string) bool {
	switch w {
	case "pledged", "promised", "announced", "declared", "predicted", "admitted", "added", "urged", "suggested":
		return true
	}
	return speechWord(w)
}

// finiteVerb reports a word that is most likely the finite verb of a
// clause whose subject came before it: an auxiliary, a verb of speech, a
// past form in -ed or a few common verbs.
func finiteVerb(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
		"did", "does", "also", "then", "later", "now", "told", "went", "made", "gave", "took", "met", "spoke", "wrote", "became",
		"came", "sent", "said", "says", "thinks", "believes", "argues", "insists", "wants", "warns", "supports", "admits", "hopes",
		"brands", "accepts", "denies", "rejects", "expects":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || speechVerb(w)
}
