package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// bandRoles are a band's members' parts, which news puts between the
// band's name and the member's: "Nirvana frontman Kurt Cobain", "Queen
// bassist John Deacon". "star" counts only after a band the lexicon
// knows ("Rolling Stones star Ronnie Wood"): after a show, a studio or a
// club ("EastEnders star X", "Disney star Y") it is no membership.
var bandRoles = map[string]bool{
	"frontman": true, "frontwoman": true, "singer": true, "guitarist": true, "drummer": true,
	"bassist": true, "keyboardist": true, "vocalist": true, "star": true,
}

// pastMember are the words before a band's name that make its member a
// past one: "former Blur guitarist", "sacked Coldplay drummer".
var pastMember = map[string]bool{
	"former": true, "ex": true, "late": true, "then": true, "one-time": true, "onetime": true,
	"sacked": true, "original": true, "founding": true, "erstwhile": true,
}

// bandMembers: "Oasis singer Liam Gallagher", "Rolling Stones star Ronnie
// Wood" (member_of). A former member ("former Blur guitarist Graham
// Coxon", "sacked Coldplay drummer") is not one now; a lead singer's
// "lead" is allowed. The body must pass actBody: "Labour star X" is a
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
		if band == nil || !actBody(band, role == "star") || pastMember[s.lower(a-1)] {
			continue
		}
		person, _, end := s.entOf(i+1, graph.Person)
		if person == nil {
			continue
		}
		s.relate(person, graph.MemberOf, band, s.evidence(a, end, "band-role-name", 0.75))
	}
}

// actBody reports an organisation that may be a band: none the lexicon
// files as other than "other" (a state's body, a party, a company, a
// broadcaster), and no name that ends in a body's or a firm's head word.
// A record label or a studio is no band ("Island Records singer X",
// "Sony BMG singer Y"), nor a broadcaster or a company the lexicon
// knows. With star, only a band the lexicon knows will do.
func actBody(e *resolve.Entity, star bool) bool {
	if isParty(e) {
		return false
	}
	words := strings.Fields(e.Name)
	if last := words[len(words)-1]; lexicon.IsCompanyHead(last) || lexicon.IsOrgWord(last) || last == "BMG" || last == "Music" {
		return false
	}
	o, ok := lexicon.OrgByName(e.Name)
	if !ok {
		return !star
	}
	return o.Kind == lexicon.KindOther
}
