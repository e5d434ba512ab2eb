package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// previousSubjectBody: "The Countryside Alliance said the meets would go
// ahead. Chief executive Simon Hart said ...": an office of an
// organisation's own, with no body before it, in a sentence that names no
// other organisation or country, belongs to the organisation that opened the
// sentence before as its subject. News names the body, then goes on with
// its officer ("Civil rights group Liberty said ... Director X called";
// "The Lib Dems say ... Health spokesman X said"). The sentence may name
// that organisation again ("Company spokesman X said Exxon ...").
//
// A capitalised "President" is a state's; a country as the subject
// before makes no candidate (a minister's office is its government's);
// nor does a legislature or a company name cut short.
func (s *sentCtx) previousSubjectBody(chain []mention.Title, pEnd int) *resolve.Entity {
	if s.si == 0 {
		return nil
	}
	t := chain[0]
	last := chain[len(chain)-1].Title
	switch {
	case companyOffice[last] || ownOffice[last] || spokesTitle[lastWord(last)]:
	case last == "president" && s.word(chain[len(chain)-1].T0) == "president":
	default:
		return nil
	}
	if k := t.T0 - 1; k >= s.s.T0 && isCapitalised(s.word(k)) && !s.opensSentence(t.T0) &&
		(!s.opensSentence(k) || s.r.MentionAt(k) >= 0 || s.hasTitleAt(k)) {
		return nil // "Marsh chief executive X": a body the text did not recognise
	}
	if t.T0 > s.s.T0 && s.lower(t.T0-1) == "'s" {
		return nil // a possessor: "the agency's chief executive X"
	}
	var own *resolve.Entity // a body the sentence names
	for k := s.s.T0; k < s.s.T1; k++ {
		e, _, b := s.ent(k)
		if e == nil {
			continue
		}
		k = b - 1
		if e.Type == graph.Country && k >= pEnd {
			continue // "... said Exxon still considered the deal valid, despite Russia ...": what was said
		}
		if e.Type == graph.Organization || e.Type == graph.Country {
			if own != nil && own != e {
				return nil
			}
			own = e
		}
	}
	for k := s.s.T0; k < t.T0; k++ {
		switch s.lower(k) {
		case "the", "a", "an", "its", "their", "his", "her", "former", "new":
			return nil // "The agency's ...", "its chairman": another reference
		}
	}
	body := s.prevSubjectOrg()
	if own != nil && own != body {
		return nil // a body of its own in the sentence
	}
	return body
}

// prevSubjectOrg returns the organisation that opens the sentence before
// as its subject and is that sentence's only body ("The Countryside
// Alliance said ..."), or nil.
func (s *sentCtx) prevSubjectOrg() *resolve.Entity {
	if s.si == 0 {
		return nil
	}
	prev := &sentCtx{docCtx: s.docCtx, s: s.a.Sentences[s.si-1], si: s.si - 1}
	for k := prev.datelineEnd(); k < prev.s.T1; k++ {
		e, a, b := prev.ent(k)
		if e == nil {
			continue
		}
		conj := prev.afterConjunction(a)
		if c := prev.acronymAfter(e, b); c > b {
			b = c // "The Association of Directors of Social Services (ADSS) said"
		}
		b = prev.descriptionAsideEnd(b) // "Exxon, the world's largest oil company, has signed"
		if e.Type != graph.Organization || !conj && !prev.opensSentence(a) && !prev.opensSentence(prev.describedFrom(a)) || companySuffix[e.Name] || !conj && prev.nameCut(a) ||
			legislature[lastWord(e.Name)] || !isLowerWord(prev.word(b)) || businessNouns[prev.lower(b)] || prev.hasTitleAt(b) {
			return nil
		}
		// The subject must be the sentence's only body.
		for j := b; j < prev.s.T1; j++ {
			f, _, fb := prev.ent(j)
			if f == nil {
				continue
			}
			j = fb - 1
			if f != e && (f.Type == graph.Organization || f.Type == graph.Country) {
				return nil
			}
		}
		return e
	}
	return nil
}

// ownOffice are offices an organisation of any kind has of its own (a
// company's are companyOffice).
var ownOffice = map[string]bool{
	"director": true, "director general": true, "director-general": true, "general secretary": true,
	"secretary general": true, "secretary-general": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chief": true, "boss": true, "head": true,
}

// describedFrom returns where a short description of the kind of body
// before the name at a begins ("Civil rights group Liberty", "Telecoms
// firm Eircom"): at most three words without a name before a noun of a
// kind of body. It returns a when there is none.
func (s *sentCtx) describedFrom(a int) int {
	if a-1 < s.s.T0 || !bodyKindNoun[s.lower(a-1)] {
		return a
	}
	k := a - 1
	for j := a - 2; j >= s.s.T0 && j >= a-4; j-- {
		w := s.word(j)
		if !isLetters(w) || s.r.MentionAt(j) >= 0 || s.hasTitleAt(j) || s.article(j) == 1 {
			break
		}
		k = j
	}
	return k
}

var bodyKindNoun = map[string]bool{
	"group": true, "firm": true, "company": true, "charity": true, "union": true, "body": true,
	"organisation": true, "organization": true, "watchdog": true, "association": true, "maker": true,
	"giant": true, "carrier": true, "retailer": true, "airline": true, "bank": true,
}

// afterConjunction reports a subject at a that opens the sentence after
// a conjunction or a sentence adverb: "But Age Concern argued", "And
// the Red Cross said", "However, Oxfam warned".
func (s *sentCtx) afterConjunction(a int) bool {
	k := s.datelineEnd()
	switch s.word(k) {
	case "But", "And", "Yet", "However", "Meanwhile":
	default:
		return false
	}
	k++
	if s.word(k) == "," {
		k++
	}
	if s.article(k) == 1 {
		k++
	}
	return k == a
}

// acronymAfter returns the token after the acronym of e in brackets
// right after its name at b ("... Services (ADSS) said"), or b.
func (s *sentCtx) acronymAfter(e *resolve.Entity, b int) int {
	if s.word(b) != "(" || s.word(b+2) != ")" {
		return b
	}
	if f, _, _ := s.ent(b + 1); f == e {
		return b + 3
	}
	return b
}

// prevSubjectList returns the coordinated names of the given types that
// open the sentence before as its subject ("Poland and Slovenia are
// hoping to join the EU", "Both Acme and Globex said ..."): two or more,
// followed by a lower-case word (the verb), not a possessive or a noun
// they qualify, in a sentence that names no second list of those types.
// A sentence-opening "They" refers to them. Nil otherwise.
func (s *sentCtx) prevSubjectList(types []graph.Type) []*resolve.Entity {
	if s.si == 0 {
		return nil
	}
	prev := &sentCtx{docCtx: s.docCtx, s: s.a.Sentences[s.si-1], si: s.si - 1}
	start := prev.datelineEnd()
	if prev.lower(start) == "both" {
		start++
	}
	a := start // where the first name begins
	for ; a < prev.s.T1; a++ {
		if e, ea, _ := prev.ent(a); e != nil && ea == a {
			break
		}
	}
	if a >= prev.s.T1 || a != start && !prev.opensSentence(a) {
		return nil // the sentence opens with no name
	}
	list, end := prev.listAfter(a, types...)
	if len(list) < 2 {
		return nil
	}
	if w := prev.word(end); !isLowerWord(w) || closedClass[w] && !auxiliary[w] && !pluralBe[w] || businessNouns[w] || prev.hasTitleAt(end) || peopleNoun[w] {
		return nil
	}
	for j := end; j < prev.s.T1; j++ {
		if f, fa, fb := prev.entOf(j, types...); f != nil {
			if other, _ := prev.listAfter(fa, types...); len(other) > 1 {
				return nil // "... sued Initech and Hooli": two lists "They" may be
			}
			j = fb - 1
		}
	}
	return list
}

// pluralBe are the forms of "be" a plural subject takes.
var pluralBe = map[string]bool{"are": true, "were": true, "both": true}

// descriptionAsideEnd returns the token after a short description set off
// by commas at b (", the world's largest oil company,") that names no
// person, organisation or country; b when there is none.
func (s *sentCtx) descriptionAsideEnd(b int) int {
	if s.word(b) != "," {
		return b
	}
	switch s.lower(b + 1) {
	case "the", "a", "an":
	default:
		return b
	}
	for k := b + 2; k < s.s.T1 && k <= b+10; k++ {
		if s.word(k) == "," {
			if s.hasEntityBetween(b+1, k, []graph.Type{graph.Person, graph.Organization, graph.Country}) {
				return b
			}
			return k + 1
		}
	}
	return b
}
