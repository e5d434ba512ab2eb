package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// subsidiaryNouns name a company or body that another one owns or runs:
// its subsidiary is one of its members.
var subsidiaryNouns = map[string]bool{
	"subsidiary": true, "unit": true, "affiliate": true, "division": true, "arm": true,
}

// ownedMod reports a word that may stand between an article and a
// subsidiary noun: "a wholly owned subsidiary", "a former unit", "a 51
// pct-owned affiliate", "its main operating unit".
func ownedMod(w string) bool {
	switch w {
	case "former", "wholly", "fully", "majority", "owned", "pct", "percent", "main", "principal", "operating":
		return true
	}
	if strings.HasSuffix(w, "-owned") {
		return true
	}
	return startsWithDigit(w)
}

// subsidiary: "Hertz Corp, a unit of UAL Inc", "X is a wholly owned
// subsidiary of Y", "Gentext, an Essilor subsidiary", "Toyota
// subsidiary Lexus", "Yukos's Yugansk unit", "Advanced Medical's wholly
// owned subsidiary, IMED Corp" (member_of: a company in its group). The
// noun is at i; both sides must be organisations.
func (s *sentCtx) subsidiary(i int) {
	if s.lower(i+1) == "of" {
		// "X, a unit of Y", "X is a unit of Y".
		owner, _, oEnd := s.entOf(i+2+s.article(i+2), graph.Organization)
		if owner != nil && !ownerNouns[s.lower(oEnd)] {
			// Not "a unit of U.S. chemical firm Du Pont", where the name
			// before the noun is cut from a description.
			s.subsidiaryBefore(i, owner, oEnd)
		}
		return
	}
	// The organisation named right before the noun: the owner ("an
	// Essilor subsidiary", "Toyota subsidiary Lexus") or, after an
	// owner's possessive, the unit ("Yukos's Yugansk unit").
	named, nStart, nEnd := s.entOf(i-1, graph.Organization)
	if named != nil && nEnd != i {
		named = nil
	}
	k := i + 1
	if s.word(k) == "," {
		k++
	}
	after, aStart, aEnd := s.entOf(k, graph.Organization)
	if after != nil && aStart != k {
		after = nil
	}
	if named == nil {
		// "Y's wholly owned subsidiary, X".
		j := i - 1
		for j > s.s.T0 && ownedMod(s.lower(j)) {
			j--
		}
		if after == nil {
			return
		}
		if owner, oStart := s.unitOwner(j); owner != nil && owner != after {
			s.relate(after, graph.MemberOf, owner, s.evidence(oStart, aEnd, "subsidiary-named", 0.8))
		}
		return
	}
	if w := s.lower(nStart - 1); isPossessive(w) || w == "its" {
		// "Yukos's Yugansk unit", "Acme said its Globex unit"; in "its
		// DTC unit Orion Ltd" the name after the noun is the unit's.
		unit, end := named, i+1
		if after != nil && aStart == i+1 {
			unit, end = after, aEnd
		}
		if owner, oStart := s.unitOwner(nStart - 1); owner != nil && owner != unit && owner != named {
			s.relate(unit, graph.MemberOf, owner, s.evidence(oStart, end, "owner-possessive-unit", 0.8))
		}
		return
	}
	if after != nil && aStart == i+1 {
		// "Toyota subsidiary Lexus"; not "its DTC unit Orion Ltd", where
		// the name before the noun is a kind of business.
		if after != named && !possessiveDet[s.lower(nStart-1)] {
			s.relate(after, graph.MemberOf, named, s.evidence(nStart, aEnd, "owner-unit-name", 0.8))
		}
		return
	}
	// "Gentext, an Essilor subsidiary".
	s.subsidiaryBefore(nStart, named, i+1)
}

// subsidiaryBefore finds the company a subsidiary phrase describes: the
// phrase starts with an article and modifiers before token i and follows
// a comma after the company's name or the company and a copula ("X, a
// unit of Y", "X is a unit of Y"). The owner's name ends at end.
func (s *sentCtx) subsidiaryBefore(i int, owner *resolve.Entity, end int) {
	j := i - 1
	for j > s.s.T0 && ownedMod(s.lower(j)) {
		j--
	}
	if s.article(j) == 0 {
		return
	}
	j--
	switch s.lower(j) {
	case ",", "is", "was", "became", "becomes":
	default:
		return
	}
	if sub, from := s.ownedCompanyBefore(j, owner); sub != nil {
		s.relate(sub, graph.MemberOf, owner, s.evidence(from, end, "subsidiary-of", 0.8))
	}
}

// ownedCompanyBefore returns the company whose name ends at j, other
// than its owner, and where its name starts; nil after "and" or a comma:
// "A and B, units of Y" is a list the patterns do not read.
func (s *sentCtx) ownedCompanyBefore(j int, owner *resolve.Entity) (*resolve.Entity, int) {
	sub, from, b := s.entOf(j-1, graph.Organization)
	if sub == nil || sub == owner || b != j {
		return nil, 0
	}
	if w := s.lower(from - 1); w == "and" || w == "," {
		return nil, 0
	}
	return sub, from
}

// unitOwner returns the organisation of the possessive at j: the name
// before "'s" ("Yukos's unit") or the body "its" refers to ("Acme said
// its unit"), and where its phrase starts.
func (s *sentCtx) unitOwner(j int) (*resolve.Entity, int) {
	if isPossessive(s.word(j)) {
		owner, from, _ := s.entOf(j-1, graph.Organization)
		return owner, from
	}
	if s.lower(j) != "its" {
		return nil, 0
	}
	owner := s.sentenceSubjectBody(j)
	if owner == nil {
		owner = s.itsAntecedent(j)
	}
	if owner == nil || owner.Type != graph.Organization {
		return nil, 0
	}
	return owner, j
}

// possessiveDet are the possessive determiners.
var possessiveDet = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "'s": true, "'": true}

// ownerNouns describe a company after a name cut from its description
// ("U.S. chemical firm Du Pont").
var ownerNouns = map[string]bool{
	"firm": true, "company": true, "group": true, "giant": true, "concern": true, "maker": true, "conglomerate": true,
}

// isPossessive reports a possessive token: "'s" or a bare apostrophe.
func isPossessive(w string) bool { return w == "'s" || w == "'" }

// ownedBy: "Rexnord Inc, 96 pct owned by Banner Industries Inc", "X,
// which is wholly owned by Y", "X is controlled by Y" (member_of: a
// company in the group of the company that owns it). The participle is
// at i; the owner must be an organisation, not a state ("owned by
// France").
func (s *sentCtx) ownedBy(i int) {
	if s.lower(i+1) != "by" {
		return
	}
	owner, _, end := s.entOf(i+2+s.article(i+2), graph.Organization)
	if owner == nil || ownerNouns[s.lower(end)] {
		return
	}
	j := i - 1
	for j > s.s.T0 && ownedMod(s.lower(j)) || s.lower(j) == "jointly" || s.lower(j) == "partly" {
		j--
	}
	switch {
	case s.lower(j) == "is" && s.lower(j-1) == "which" && s.word(j-2) == ",":
		j -= 2 // ", which is owned by"
	case s.word(j) == ",", s.lower(j) == "is" || s.lower(j) == "was":
	default:
		return
	}
	if sub, from := s.ownedCompanyBefore(j, owner); sub != nil {
		s.relate(sub, graph.MemberOf, owner, s.evidence(from, end, "owned-by", 0.8))
	}
}
