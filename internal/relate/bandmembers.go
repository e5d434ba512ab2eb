package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// bandRoles are a band's members' parts, which news puts between the
// band's name and the member's: "Nirvana frontman Kurt Cobain", "Queen
// bassist John Deacon". "star" counts after a name already known as an
// organisation's ("Rolling Stones star Ronnie Wood"), which a film's or
// a show's name is not.
var bandRoles = map[string]bool{
	"frontman": true, "frontwoman": true, "singer": true, "guitarist": true, "drummer": true,
	"bassist": true, "keyboardist": true, "vocalist": true, "star": true,
}

// bandMembers: "Oasis singer Liam Gallagher", "Rolling Stones star Ronnie
// Wood" (member_of). A former member ("former Blur guitarist Graham
// Coxon", "ex-Beatle") is not one now; a lead singer's "lead" is allowed.
// Only an organisation the lexicon does not file as a government, a
// party, an alliance or an international body: "Labour star X" is a
// party's politician, which other rules read.
func (s *sentCtx) bandMembers() {
	for i := s.s.T0 + 1; i < s.s.T1-1; i++ {
		role := s.lower(i)
		if !bandRoles[role] || !isLowerWord(s.word(i)) {
			continue
		}
		k := i - 1
		if s.lower(k) == "lead" {
			k--
		}
		band, a, _ := s.entOf(k, graph.Organization)
		if band == nil || !actBody(band) {
			continue
		}
		if w := s.lower(a - 1); w == "former" || w == "ex" || w == "late" || w == "then" {
			continue
		}
		person, _, end := s.entOf(i+1, graph.Person)
		if person == nil {
			continue
		}
		s.relate(person, graph.MemberOf, band, s.evidence(a, end, "band-role-name", 0.75))
	}
}

// actBody reports an organisation that may be a band or a company of
// players: none the lexicon files as a state's, a party, an alliance or
// an international body.
func actBody(e *resolve.Entity) bool {
	if isParty(e) {
		return false
	}
	o, ok := lexicon.OrgByName(e.Name)
	if !ok {
		return true
	}
	switch o.Kind {
	case lexicon.KindGovernment, lexicon.KindParty, lexicon.KindAlliance, lexicon.KindIntergovernmental, lexicon.KindArmedGroup:
		return false
	}
	return true
}
