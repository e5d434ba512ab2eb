package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// partyRoleNouns are the words for a party's people that the title
// lexicon does not hold (they name no office): "Tory frontbencher John
// Redwood", "the Liberal Democrat candidate Peter Carroll", "Tory
// hopefuls A and B".
var partyRoleNouns = map[string]bool{
	"frontbencher": true, "frontbenchers": true, "front-bencher": true, "front-benchers": true,
	"backbencher": true, "backbenchers": true, "back-bencher": true, "back-benchers": true,
	"candidate": true, "candidates": true, "hopeful": true, "hopefuls": true,
	"activist": true, "activists": true, "rebel": true, "rebels": true,
	"grandee": true, "grandees": true,
	"challenger": true, "nominee": true, "contender": true,
}

// partyMembers finds the members a party's name puts before or around
// people:
//
//   - "Tory Dominic Grieve", "fellow Tory Liam Fox", "Tories Ken Clarke
//     and George Young", "Tory frontbencher John Redwood": a party's
//     name right before the people (a party label of its own, "Liberal
//     Democrat David Laws", is partyAppositive's);
//   - "Vincent Cable, for the Liberal Democrats, said", "Simon Thomas, of
//     Plaid Cymru, called": an aside saying whose side a speaker is on;
//   - "For the Lib Dems, Vince Cable said": the same said before.
func (s *sentCtx) partyMembers() {
	for i := s.s.T0; i < s.s.T1; i++ {
		if !s.mayEnt(i) {
			continue
		}
		party, a, b := s.entOf(i, graph.Organization)
		if party == nil {
			continue
		}
		i = b - 1
		if !isParty(party) {
			continue
		}
		s.partyBeforeNames(party, a, b)
		s.partySide(party, a, b)
		s.partyCandidate(party, a, b)
		s.partyRoleAside(party, a, b)
	}
}

// partyRoleAside: "Sir John Hale, the Tory backbencher who led the
// revolt", "Bob Dole, the Republican presidential nominee,", "Ann Lee, a
// Labour candidate, said": an aside that calls a person one of the
// party's people ("Ann Lee, the Tory leader," holds an office instead).
// After "a", a party's label ("a Missouri Republican") is
// partyAppositive's.
func (s *sentCtx) partyRoleAside(party *resolve.Entity, a, b int) {
	n := b
	if mention.IsRaceWord(s.lower(n)) {
		n++ // "the Tory leadership contender"
	}
	if !partyRoleNouns[s.lower(n)] {
		return
	}
	n++
	if !appositiveEnd(s.lower(n), s.word(n)) && s.lower(n) != "who" {
		return
	}
	k := a - 1
	if w := s.lower(k); w != "the" && (w != "a" && w != "an" || s.mentionKind(a) == mention.PartyLabel) || s.word(k-1) != "," {
		return
	}
	if p, pa, pb := s.entOf(k-2, graph.Person); p != nil && pb == k-1 {
		s.relate(p, graph.MemberOf, party, s.evidence(pa, n, "party-role-aside", 0.8))
	}
}

// partyBeforeNames: "Tory Dominic Grieve", "Tory frontbencher John
// Redwood", "Tories Ken Clarke and Sir George Young".
func (s *sentCtx) partyBeforeNames(party *resolve.Entity, a, b int) {
	if w := s.lower(a - 1); w == "former" || w == "ex" || w == "ex-" || w == "then" {
		return // "former Tory Neil Hamilton": no longer one
	}
	k := b
	// "PAN (National Action Party) candidate", "Labor Party (PT)
	// candidate": the party's name and acronym together.
	if e, _ := s.nameAndAcronym(b); e != nil && s.word(a-1) == "(" {
		k = b + 1
	} else if e, _ := s.nameAndAcronym(b + 2); e != nil && s.word(b) == "(" {
		k = b + 3
	}
	if mention.IsRaceWord(s.lower(k)) && partyRoleNouns[s.lower(k+1)] {
		k++ // "Tory leadership contender David Davis"
	}
	if partyRoleNouns[s.lower(k)] {
		k++
	} else if s.mentionKind(a) == mention.PartyLabel {
		return // "Liberal Democrat David Laws": partyAppositive's
	}
	if s.word(b) == "'s" || s.word(b) == "'" {
		return // "Labour's Robin Cook": partyMember's
	}
	k = s.skipHonorific(k)
	if p, _, _ := s.entOf(k, graph.Person); p == nil {
		return
	}
	people, end := s.listAfter(k, graph.Person)
	if s.word(end) == "'s" || s.word(end) == "'" {
		// "Tory Michael Howard's plans" still names a member; but
		// "Labour Tony Blair's" across a headline would not: only the
		// first name, which the party word touches, counts.
		people = people[:1]
	}
	ev := s.evidence(a, end, "party-name-before", 0.8)
	for _, p := range people {
		s.relate(p, graph.MemberOf, party, ev)
	}
}

// partySide: "Vincent Cable, for the Liberal Democrats, said", "Simon
// Thomas, of Plaid Cymru, called it", "For the Lib Dems, Vince Cable
// said".
func (s *sentCtx) partySide(party *resolve.Entity, a, b int) {
	k := a - 1
	if s.lower(k) == "the" {
		k--
	}
	prep := s.lower(k)
	if prep != "for" && prep != "of" {
		return
	}
	if w := s.word(b); w == "'s" || w == "'" || (w != "," && !isLowerWord(w)) {
		return // "for the Labour Party's campaign", "for Labour Britain"
	}
	if k == s.s.T0 || k == s.s.T0+1 && isOpeningPunct(s.word(s.s.T0)) {
		// "For the Lib Dems, Vince Cable said".
		if prep != "for" {
			return
		}
		j := b
		if s.word(j) == "," {
			j++
		}
		_, next := s.titleChain(j)
		j = s.skipHonorific(next)
		people, end := s.listAfter(j, graph.Person)
		if len(people) == 0 || !isLowerWord(s.word(end)) || s.lower(end) == "and" || s.lower(end) == "of" {
			return
		}
		ev := s.evidence(k, end, "for-party", 0.75)
		for _, p := range people {
			s.relate(p, graph.MemberOf, party, ev)
		}
		return
	}
	// "Vincent Cable, for the Liberal Democrats, said": an aside that
	// closes with a comma or goes on with the verb.
	if s.word(k-1) != "," || s.word(b) != "," && !isLowerWord(s.word(b)) {
		return
	}
	p, pa, pb := s.entOf(k-2, graph.Person)
	if p == nil || pb != k-1 {
		return
	}
	if w := s.lower(pa - 1); w == "to" || w == "by" || w == "with" || w == "from" || w == "against" {
		return // "a letter to Jack Straw, for the Tories": the object
	}
	s.relate(p, graph.MemberOf, party, s.evidence(pa, b, "party-side", 0.75))
}

// isOpeningPunct reports an opening quote or bracket.
func isOpeningPunct(w string) bool {
	switch w {
	case "\"", "'", "(", "“", "‘", "``":
		return true
	}
	return false
}

// partyCandidate: "Ann Lee, the presidential candidate of the Green
// Party,", "Ann Lee, candidate for the Green Party (GP), won": a
// person's aside naming the party whose candidate they are.
func (s *sentCtx) partyCandidate(party *resolve.Entity, a, b int) {
	k := a - 1
	if s.lower(k) == "the" {
		k--
	}
	if w := s.lower(k); w != "of" && w != "for" {
		return
	}
	k--
	if !partyRoleNouns[s.lower(k)] || s.lower(k) == "rebel" || s.lower(k) == "rebels" {
		return
	}
	k--
	for m := 0; m < 2 && (mention.IsRaceWord(s.lower(k)) || isLowerAdj(s.lower(k))); m++ {
		k-- // "presidential", "leading"
	}
	if w := s.lower(k); w == "the" || w == "a" {
		k--
	}
	if s.word(k) != "," {
		return
	}
	b = s.acronymAfter(party, b)
	if _, e := s.nameAndAcronym(b + 2); e > 0 && s.word(b) == "(" {
		b += 3
	}
	switch s.word(b) {
	case ",", ".", ";", ")", "--", "-", "":
	default:
		return // "the candidate of the Green Party's choice"
	}
	if p, pa, pb := s.entOf(k-1, graph.Person); p != nil && pb == k {
		s.relate(p, graph.MemberOf, party, s.evidence(pa, b, "party-candidate", 0.8))
	}
}
