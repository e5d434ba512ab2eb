package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// appointVerbs put a person into an office of the body that does it.
var appointVerbs = map[string]bool{
	"named": true, "appointed": true, "elected": true, "re-elected": true, "names": true, "appoints": true, "elects": true,
}

// appointments: "Datapoint Corp said it named Stephen Baum as its
// treasurer", "Pauley Petroleum Inc said it appointed Mark Newgard
// president and chief operating officer", "Acme's board elected John
// Tucker chairman": a company (or a state) that appoints a person to an
// office gives them that office in it. The office must end the phrase,
// or be "of the company"; "named X chairman of its Globex unit" is
// another body's office.
func (s *sentCtx) appointments() {
	for i := s.s.T0; i < s.s.T1; i++ {
		w := s.a.Lower[i]
		if w == "" || w[0] != 'n' && w[0] != 'a' && w[0] != 'e' && w[0] != 'r' && w[0] != 's' {
			continue // the verbs start so; most words do not
		}
		if resignVerbs[w] {
			s.reportedChange(i)
			continue
		}
		if !appointVerbs[w] {
			continue
		}
		body, from := s.appointer(i)
		if body == nil {
			s.reportedChange(i)
			continue
		}
		k := i + 1
		for {
			person, _, pEnd := s.entOf(s.skipHonorific(k), graph.Person)
			if person == nil {
				break
			}
			end, ok := s.giveOffice(person, body, from, pEnd, "appointed")
			if !ok {
				break
			}
			// "named Arie Guldemond as chairman and Harold Allmacher as
			// president".
			if s.word(end) == "," && s.lower(end+1) == "and" {
				end++ // "..., and John Peter as chief financial officer"
			}
			if s.lower(end) != "and" {
				break
			}
			k = end + 1
		}
	}
}

// giveOffice relates person to body by the office appointedOffice reads
// at k, and returns the token after the office.
func (s *sentCtx) giveOffice(person, body *resolve.Entity, from, k int, rule string) (int, bool) {
	chain, end := s.appointedOffice(k)
	if len(chain) == 0 || chain[0].Role == lexicon.Other {
		return end, false
	}
	ev := s.evidence(from, end, rule, 0.8)
	for _, t := range chain {
		s.attribute(person, graph.Title, t.Title, ev)
	}
	role := chain[0].Role
	if chain[0].Deputy && role == lexicon.Leader {
		role = lexicon.Official
	}
	s.relate(person, roleRelation(role, body), body, ev)
	return end, true
}

// resignVerbs take a person out of an office: "resigned as", "stepped
// down as".
var resignVerbs = map[string]bool{
	"resigned": true, "resigns": true, "resign": true, "retired": true, "retires": true, "retire": true,
	"stepped": true, "steps": true, "step": true,
}

// reportedChange: "Acme Corp said John Tucker has been named president",
// "Acme Corp said Jane Roe resigned as chairman", "Acme Corp said Jane
// Roe will step down as chief executive": the office a body reports one
// of its people was given or gave up is an office in that body (one
// held before counts, as former heads do). The verb is at i; the person
// must follow the body's "said" at once, and the office must be the
// body's (appointedOffice).
func (s *sentCtx) reportedChange(i int) {
	k, office := i, i+1
	if appointVerbs[s.lower(i)] {
		switch s.lower(i - 1) {
		case "been", "was", "were":
			k--
		default:
			return // "the newly named president"
		}
	} else {
		step := strings.HasPrefix(s.lower(i), "step") // of resignVerbs, "stepped", "steps" and "step"
		if step && s.lower(office) == "down" {
			office++
		}
		if s.lower(office) != "as" || step && office == i+1 {
			return // "resigned from the board", "retired bank debt"
		}
	}
	for steps := 0; steps < 3; steps++ {
		switch s.lower(k - 1) {
		case "has", "have", "had", "also", "will", "would", "to", "is":
			k--
			continue
		}
		break
	}
	person, a, b := s.entOf(k-1, graph.Person)
	if person == nil || b != k {
		return
	}
	said := a - 1
	if s.lower(said) == "that" {
		said--
	}
	if w := s.lower(said); w != "said" && w != "announced" {
		return
	}
	body := s.sentenceSubjectBody(said)
	if body == nil || isParty(body) {
		return
	}
	rule := "appointed"
	if resignVerbs[s.lower(i)] {
		rule = "resigned"
	}
	s.giveOffice(person, body, s.datelineEnd(), office, rule)
}

// appointer returns the body that appoints at the verb i and where its
// phrase starts: the subject right before ("Acme Corp named", "Acme Corp
// has appointed"), "it" after the body's "said" ("Acme Corp said it has
// named"), or the body's board ("Acme's board elected", "Acme said its
// board of directors elected").
func (s *sentCtx) appointer(i int) (*resolve.Entity, int) {
	k := i - 1
	switch s.lower(k) {
	case "has", "have", "had", "also", "today", "yesterday":
		k--
	}
	switch s.lower(k) {
	case "has", "have", "had", "also":
		k--
	}
	if s.lower(k) == "directors" && s.lower(k-1) == "of" && s.lower(k-2) == "board" {
		k -= 2
	}
	if s.lower(k) == "board" {
		switch w := s.lower(k - 1); {
		case w == "its":
			k--
		case w == "'s" || w == "'":
			k -= 2
		default:
			return nil, i
		}
	}
	var e *resolve.Entity
	a := k
	switch s.lower(k) {
	case "it", "its":
		// The body that said so, the sentence's subject.
		if s.lower(k-1) != "said" && s.lower(k-1) != "announced" && s.lower(k-1) != "that" && s.lower(k) == "it" {
			return nil, i
		}
		e = s.sentenceSubjectBody(k)
	default:
		e, a, _ = s.entOf(k, graph.Organization, graph.Country)
		if e != nil && (a != s.datelineEnd() && !s.opensSentence(a) || companySuffix[e.Name] || s.nameCut(a)) {
			return nil, i // the subject must open the sentence
		}
	}
	if e == nil || isParty(e) {
		return nil, i
	}
	return e, a
}

// appointedOffice reads the office after an appointed person's name at
// k: "as (its|the) treasurer", "president and chief operating officer",
// "to the newly-created position of senior vice president", optionally
// "of the company". It returns the titles and the token after the phrase,
// or none when the office is another body's or the phrase goes on.
func (s *sentCtx) appointedOffice(k int) ([]mention.Title, int) {
	if s.word(k) == "," && s.lower(k+1) == "as" {
		k++
	}
	if s.lower(k) == "as" {
		k++
	} else if s.lower(k) == "to" {
		// "to the newly-created position of senior vice president".
		k++
		if s.article(k) == 1 {
			k++
		}
		for s.word(k) != "" && (isModifier(s.word(k)) || statusAdjective[s.lower(k)]) && !officeNoun[s.lower(k)] && !s.hasTitleAt(k) {
			k++
		}
		if !officeNoun[s.lower(k)] || s.lower(k+1) != "of" {
			return nil, k
		}
		k += 2
	}
	if w := s.lower(k); w == "its" || w == "the" || w == "a" {
		k++
	}
	if statusAdjective[s.lower(k)] {
		k++
	}
	chain, next := s.titleChain(k)
	if len(chain) == 0 {
		return nil, k
	}
	if s.lower(next) == "of" {
		// "president of the company": the appointer's office.
		if s.lower(next+1) == "the" && (s.lower(next+2) == "company" || s.lower(next+2) == "firm" || s.lower(next+2) == "bank" || s.lower(next+2) == "corporation" || s.lower(next+2) == "board") {
			return chain, next + 3
		}
		// "senior vice president of operations": a portfolio in lower
		// case, not a body.
		k := next + 1
		for k < next+5 && isLowerWord(s.word(k)) && isModifier(s.word(k)) {
			k++
		}
		if k == next+1 {
			return nil, next
		}
		next = k
	}
	switch w := s.word(next); {
	case w == "," || w == "." || w == "" || w == ";" || w == "and":
	case w == "effective" || w == "succeeding" || w == "replacing" || w == "to" || w == "on" || w == "in" || w == "after":
	default:
		return nil, next
	}
	if strings.HasPrefix(chain[0].Title, "party ") {
		return nil, next
	}
	return chain, next
}

// officeNoun name a post: "the position of", "the post of".
var officeNoun = map[string]bool{"position": true, "post": true, "job": true, "office": true, "posts": true, "positions": true}
