package relate

import "github.com/newsgraph/newsgraph/graph"

// partyStance are the words that may stand between a politician's
// possessive and the party's name: "Hashimoto's ruling Liberal
// Democratic Party".
var partyStance = map[string]bool{
	"ruling": true, "governing": true, "opposition": true, "own": true, "former": true, "old": true,
	"minority": true,
}

// personsParty: "de Klerk's National Party", "Hashimoto's ruling
// Liberal Democratic Party" (member_of): a politician's possessive
// before a party's name makes its member. A prime minister's party is
// the one he leads (leader_of): "Prime Minister Hashimoto's Liberal
// Democratic Party", "Cavaco Silva's minority Social Democratic Party"
// in a story that calls him prime minister; a president's party is one
// he belongs to. The possessive is at i.
func (s *sentCtx) personsParty(i int) {
	p, from, b := s.entOf(i-1, graph.Person)
	if p == nil || b != i {
		return
	}
	k := i + 1
	if partyStance[s.lower(k)] {
		k++
	}
	party, a, end := s.entOf(k, graph.Organization)
	if party == nil || a != k || !isParty(party) {
		return
	}
	// The party by its name ("National Party", "Nazi party"), not a
	// label before a noun of another thing ("Blair's Tory predecessor",
	// "Begg's Labour MP", "Schroeder's Social Democrat-Green Party
	// administration").
	if s.lower(end) == "party" {
		end++
	} else if s.lower(end-1) != "party" {
		return
	}
	if w := s.word(end); isCapitalised(w) || partyHeadNouns[s.lower(end)] {
		return
	}
	ev := s.evidence(from, end, "persons-party", 0.75)
	s.later = append(s.later, func() {
		pred := graph.MemberOf
		for _, f := range s.facts {
			if f.Subject == p && f.Predicate == graph.Title && primeMinister(f.Value) {
				pred = graph.LeaderOf
				break
			}
		}
		s.relate(p, pred, party, ev)
	})
}

// primeMinister reports the title of a head of government (a deputy's
// has a canonical title of its own).
func primeMinister(title string) bool {
	t := canonicalTitle(title)
	return t == "prime minister" || t == "premier"
}

// partyHeadNouns head a phrase a party's name only modifies.
var partyHeadNouns = map[string]bool{
	"administration": true, "government": true, "coalition": true, "leader": true, "leadership": true,
	"candidate": true, "candidates": true, "member": true, "members": true, "colleague": true,
	"colleagues": true, "rival": true, "rivals": true, "critics": true, "predecessor": true,
	"successor": true, "chairman": true, "spokesman": true, "spokeswoman": true, "cabinet": true,
	"activists": true, "supporters": true, "deputies": true, "lawmakers": true, "legislators": true,
}
