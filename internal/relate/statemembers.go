package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// fellowNouns are the plural nouns for the other members of a body:
// "Saudi Arabia and other OPEC members", "Britain's EC partners".
var fellowNouns = map[string]bool{
	"members": true, "countries": true, "states": true, "nations": true, "governments": true,
	"partners": true, "allies": true, "producers": true, "exporters": true, "economies": true,
}

// fellowMembers: "Saudi Arabia and other OPEC members", "Britain and
// nine other EC countries", "France, Italy and the other EC states"
// (from "other"), "Britain's EC partners", "the U.S. and its NATO
// allies" (from the body): the ones set beside the other members of a
// body are members of it too (member_of).
func (s *sentCtx) fellowMembers(i int) {
	switch s.lower(i) {
	case "other":
		org, _, b := s.entOf(i+1, graph.Organization)
		if org == nil || !s.fellowHead(b) {
			return
		}
		k := i - 1
		if allDigits(s.lower(k)) || countWords[s.lower(k)] > 0 {
			k-- // "nine other EC countries"
		}
		if w := s.lower(k); w == "the" || w == "its" || w == "their" {
			k--
		}
		if w := s.lower(k); w != "and" && w != "or" {
			return
		}
		if s.word(k-1) == "," {
			k--
		}
		subs, from := s.listBefore(k, graph.Country, graph.Organization)
		s.fellowRelate(subs, org, from, b+1)
	case "'s", "'":
		// "Britain's EC partners", "Turkey's NATO allies".
		org, _, b := s.entOf(i+1, graph.Organization)
		if org == nil || !s.fellowHead(b) {
			return
		}
		sub, a, _ := s.entOf(i-1, graph.Country, graph.Organization)
		if sub == nil {
			return
		}
		s.fellowRelate([]*resolve.Entity{sub}, org, a, b+1)
	case "its", "their":
		// "Britain and its EC partners".
		org, _, b := s.entOf(i+1, graph.Organization)
		if org == nil || !s.fellowHead(b) || s.lower(i-1) != "and" {
			return
		}
		k := i - 1
		if s.word(k-1) == "," {
			k--
		}
		subs, from := s.listBefore(k, graph.Country, graph.Organization)
		s.fellowRelate(subs, org, from, b+1)
	}
}

// fellowHead reports a plural member noun at b that ends the phrase:
// "other EC countries", not "other EC countries' farmers".
func (s *sentCtx) fellowHead(b int) bool {
	if s.lower(b) == "member" {
		b++ // "other EC member states"
	}
	if !fellowNouns[s.lower(b)] {
		return false
	}
	w := s.word(b + 1)
	return w != "'" && w != "'s"
}

func (s *sentCtx) fellowRelate(subs []*resolve.Entity, org *resolve.Entity, from, to int) {
	if len(subs) == 0 {
		return
	}
	ev := s.evidence(from, to, "fellow-members", 0.8)
	for _, sub := range subs {
		if sub != org {
			s.relate(sub, graph.MemberOf, org, ev)
		}
	}
}

// joinedWhich: "Spain, which joined the EC in 1986," (member_of): the
// name the relative clause describes joined the body.
func (s *sentCtx) joinedWhich(i int) {
	if w := s.lower(i - 1); w != "which" && w != "who" || s.word(i-2) != "," {
		return
	}
	org, _, oEnd := s.entOf(i+1+s.article(i+1), graph.Organization)
	if org == nil {
		return
	}
	k := i - 3
	if s.word(k) == ")" {
		k = s.skipAsideBack(k, actors) // "Spain (...), which joined"
	}
	sub, a, b := s.entOf(k, actors...)
	if sub == nil || b != k+1 {
		return
	}
	s.relate(sub, graph.MemberOf, org, s.evidence(a, oEnd, "joined-which", 0.8))
}
