package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// bodyUnitNouns are, besides unitNouns, the parts of a body a title
// after "of" can head past modifiers: "leader of the Labour group on the
// council", "commander of the UN peacekeeping force": its head holds an
// office in the body.
var bodyUnitNouns = map[string]bool{
	"group": true, "caucus": true, "faction": true, "committee": true, "subcommittee": true,
	"force": true, "forces": true, "contingent": true, "panel": true, "department": true, "unit": true,
	"branch": true, "wing": true, "section": true, "directorate": true,
}

// stateUnitNouns are the units of a state's service abroad or in arms:
// "head of the US delegation", "commander of the Dutch contingent".
var stateUnitNouns = map[string]bool{
	"delegation": true, "mission": true, "force": true, "forces": true, "contingent": true,
}

// bodyUnit returns the token after a unit noun that follows a body named
// before end, past up to two lower-case modifiers ("the UN peacekeeping
// force", "the Labour parliamentary group"), and then past a lower-case
// or named complement of place that closes the appositive ("in the area,",
// "on Devon council,"), or 0. A "group" is a unit of a party only.
func (s *sentCtx) bodyUnit(body *resolve.Entity, end int) int {
	for k := end; k < end+3 && k < s.s.T1; k++ {
		w := s.lower(k)
		if (unitNouns[w] || bodyUnitNouns[w]) && s.word(k) == w {
			if w == "group" && !isParty(body) || w == "team" && isCompany(body) || body.Type == graph.Country && !stateUnitNouns[w] {
				// "president of the Sharp electronics group" is the
				// company; "captain of the England team" no office of
				// the state.
				return 0
			}
			return s.unitPlace(k + 1)
		}
		if !isLowerWord(s.word(k)) || !isModifier(s.word(k)) || businessNouns[w] || speechWord(w) {
			return 0
		}
	}
	return 0
}

// unitPlace returns the comma or full stop that closes "in the area",
// "on the council", "at Holyrood" after a unit at k, or k when none does.
func (s *sentCtx) unitPlace(k int) int {
	switch s.lower(k) {
	case "in", "on", "at":
	default:
		return k
	}
	for j := k + 1; j < s.s.T1 && j < k+6; j++ {
		switch w := s.word(j); {
		case w == "," || w == ".":
			if j > k+1 {
				return j
			}
			return k
		case speechWord(s.lower(j)) || auxiliaries[s.lower(j)]:
			return k
		case !isLetters(w) && s.r.MentionAt(j) < 0:
			return k
		}
	}
	return k
}

// partyBeforeChamber returns the party named before a chamber that is
// the body of a title at i, and where it starts: "SNP Holyrood leader
// Nicola Sturgeon", "the Tories' Lords leader", "Conservative Holyrood
// leader" hold the party's office in that chamber, not the chamber's.
func (s *sentCtx) partyBeforeChamber(body *resolve.Entity, from, i int) (*resolve.Entity, int) {
	if body == nil || body.Type != graph.Organization || from != i-1 || !mention.ChamberName(s.lower(from)) {
		return nil, 0
	}
	k := from - 1
	if isPossessive(s.word(k)) {
		k--
	}
	if k < s.s.T0 {
		return nil, 0
	}
	if e, a, b := s.ent(k); e != nil && b == k+1 && e.Type == graph.Organization && isParty(e) {
		return e, a
	}
	if e := s.partyOfAdjective(s.word(k)); e != nil && s.r.MentionAt(k) < 0 {
		return e, k
	}
	return nil, 0
}
