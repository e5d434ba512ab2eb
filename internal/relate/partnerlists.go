package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// partnerList: "Americast's partners are phone companies Ameritech and
// BellSouth", "In addition to Disney, the venture's partners include A
// and B" (member_of): the companies a text lists as a body's partners
// are in it. Only organisations, two or more, after a possessive right
// before "partners" (so not "the EC's trading partners" nor a law firm's
// partners, who are people); a clause opening "In addition to X," adds X.
// The body must be one the text calls a venture, consortium or alliance:
// a company's own business partners are not its members.
func (s *sentCtx) partnerList(i int) {
	if w := s.word(i - 1); w != "'s" && w != "'" {
		return
	}
	org, oStart, _ := s.entOf(i-2, graph.Organization)
	if org == nil || isParty(org) || !s.calledVenture(org) {
		return
	}
	k := i + 1
	if !listVerbs[s.lower(k)] {
		return
	}
	k++
	// "are phone companies A, B and C": a plural description first.
	for n := 0; n < 3 && isLowerWord(s.word(k)) && s.r.MentionAt(k) < 0 && !listStop[s.lower(k)]; n++ {
		k++
	}
	subs, end := s.listAfter(k, graph.Organization)
	if len(subs) < 2 || isPossessive(s.word(end)) {
		return
	}
	from := oStart
	if t := s.s.T0; s.lower(t) == "in" && s.lower(t+1) == "addition" && s.lower(t+2) == "to" {
		if e, _, b := s.entOf(t+3+s.article(t+3), graph.Organization); e != nil && s.word(b) == "," &&
			(b+1 == oStart || b+2 == oStart && s.lower(b+1) == "the") {
			subs = append(subs, e)
			from = t
		}
	}
	ev := s.evidence(from, end, "partners-are", 0.75)
	for _, sub := range subs {
		if sub != org {
			s.relate(sub, graph.MemberOf, org, ev)
		}
	}
}

// listStop are the lower-case words that end a description before a
// list: a clause goes on, no names follow.
var listStop = map[string]bool{
	"not": true, "that": true, "to": true, "in": true, "of": true, "by": true, "with": true, "said": true,
	"and": true, "or": true, "also": true, "still": true, "now": true,
}

// coalitionPartners: "Sakigake and its coalition partners, the Liberal
// Democratic Party and the Social Democratic Party", "the LDP's coalition
// partner, the New Party" (allied_with): the parties named as the
// coalition partners of a party are its allies. The owner is the party
// before a possessive, or for "its" the one party the sentence names
// before (else the subject of the sentence before), not a company. Only
// parties are listed, so that a country's "coalition partners" in a war
// say nothing.
func (s *sentCtx) coalitionPartners(i int) {
	if s.lower(i-1) != "coalition" {
		return
	}
	var owner *resolve.Entity
	from := i - 2
	switch w := s.word(i - 2); w {
	case "'s", "'":
		owner, from, _ = s.entOf(i-3, graph.Organization)
	default:
		if s.lower(i-2) != "its" && s.lower(i-2) != "their" {
			return
		}
		for k := s.s.T0; k < i-2; k++ {
			e, _, b := s.entOf(k, graph.Organization)
			if e == nil {
				continue
			}
			k = b - 1
			if owner != nil && owner != e {
				return
			}
			owner = e
		}
		if owner == nil {
			owner = s.prevSubjectOrg()
		}
	}
	if owner == nil || companySuffix[lastWord(owner.Name)] {
		return
	}
	k := i + 1
	if s.word(k) == "," {
		k++
	}
	parties, end := s.partyListAfter(k)
	if len(parties) == 0 {
		return
	}
	ev := s.evidence(from, end, "coalition-partners", 0.75)
	for _, p := range parties {
		if p != owner {
			s.relate(owner, graph.AlliedWith, p, ev)
		}
	}
}

// partyListAfter reads the parties listed from k: names of parties
// joined by commas and "and", each with an optional leader's possessive
// before it ("Prime Minister Ryutaro Hashimoto's Liberal Democratic
// Party"), its abbreviation in brackets after it, and a short appositive
// of lower-case words ("the biggest grouping"). Anything else ends it; a
// party list of one needs no "and".
func (s *sentCtx) partyListAfter(k int) ([]*resolve.Entity, int) {
	var out []*resolve.Entity
	end := k
	last := false
	for n := 0; n < 6; n++ {
		j := s.skipPremodifiers(k)
		if p, _, b := s.entOf(j, graph.Person); p != nil && isPossessive(s.word(b)) {
			j = b + 1
		}
		e, _, b := s.entOf(j, graph.Organization)
		if e == nil || !isParty(e) || isPossessive(s.word(b)) {
			break
		}
		out = append(out, e)
		end = b
		if s.word(b) == "(" && s.word(b+2) == ")" {
			b += 3
		}
		if s.word(b) == "," && s.article(b+1) == 1 {
			// ", the biggest grouping,": a short appositive.
			m := b + 2
			for m < b+6 && isLowerWord(s.word(m)) {
				m++
			}
			if s.word(m) == "," && m > b+2 {
				b = m
			}
		}
		if last {
			break
		}
		switch {
		case s.word(b) == "," && s.lower(b+1) == "and":
			k, last = b+2, true
		case s.lower(b) == "and":
			k, last = b+1, true
		case s.word(b) == ",":
			k = b + 1
		default:
			return out, end
		}
	}
	return out, end
}

// calledVenture reports an organisation the text calls a venture,
// partnership, alliance or consortium: by its name's last word ("the
// Star Alliance"), by such a noun within three words after a mention
// ("the Americast television venture", "Skyline, a joint venture") or
// right before it ("the consortium, called Skyline", "the venture
// Skyline").
func (s *sentCtx) calledVenture(e *resolve.Entity) bool {
	if ventureHead[strings.ToLower(lastWord(e.Name))] {
		return true
	}
	for _, mi := range e.Mentions {
		m := s.r.Mentions[mi]
		// "the consortium, called Americast", "the venture Skyline".
		k := m.T0 - 1
		if w := s.a.Lower[max(k, 0)]; w == "called" || w == "named" || w == "dubbed" {
			k--
		}
		if k > 0 && s.a.Words[k] == "," {
			k--
		}
		if k >= 0 && ventureHead[s.a.Lower[k]] {
			return true
		}
		for k := m.T1; k < m.T1+4 && k < len(s.a.Lower); k++ {
			if w := s.a.Lower[k]; ventureHead[w] {
				return true
			} else if w == "." || w == ";" || s.r.MentionAt(k) >= 0 {
				break
			}
		}
	}
	return false
}
