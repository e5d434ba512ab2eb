package relate

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// keepsAgreement: "Japan failed to live up to the agreement", "OPEC will
// extend its current agreement", "persuade Japan to abide by the pact",
// "Tokyo's alleged failure to comply with the terms of the pact", "The two
// countries will also continue a joint venture agreement": who abides
// by, complies with, implements, extends or renews a concluded agreement
// is a party to it, whether or not they keep it.
func (s *sentCtx) keepsAgreement(i int, v phrasalVerb) {
	k, ok := s.afterParticles(i+1, v)
	if !ok {
		return
	}
	if s.lower(k) == "the" && s.lower(k+1) == "terms" && s.lower(k+2) == "of" {
		k += 3 // "comply with the terms of the pact"
	}
	agr, aEnd := s.agreementAfter(k)
	if agr == nil || !contractHead[agreementHead(agr)] && !foundingHead[agreementHead(agr)] {
		return // "implement the plan": a plan is its author's
	}
	var parties []*resolve.Entity
	from := i
	if s.lower(i-1) == "to" && s.attemptNoun(i-2) >= 0 {
		// "Tokyo's alleged failure to live up to": the possessor, or
		// no one ("the failure to implement the pact").
		n := s.attemptNoun(i - 2)
		j := n - 1
		for m := 0; m < 2 && isLowerWord(s.word(j)) && !closedClass[s.word(j)]; m++ {
			j-- // "alleged", "continued"
		}
		if w := s.word(j); w != "'s" && w != "'" {
			return
		}
		e, a, _ := s.entOf(j-1, states...)
		if e == nil {
			return
		}
		parties, from = []*resolve.Entity{e}, a
	} else {
		parties, from = s.subjectBefore(i, states...)
	}
	if v.stem == "implement" {
		// A ministry or an agency carries out what its country signed:
		// "MITI was taking measures to implement the pact".
		parties = slices.DeleteFunc(parties, func(e *resolve.Entity) bool { return e.Type != graph.Country })
	}
	if len(parties) == 0 {
		return
	}
	end := aEnd
	if s.lower(aEnd) == "with" {
		// "renegotiate the agreements with Vestron".
		parties, end = s.partiesListedAfter(parties, aEnd+1, end, states...)
	}
	ev := s.evidence(from, end, "keeps-agreement", 0.65)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// attemptNoun returns k when the word at k is a noun of failing, refusing
// or trying that takes an infinitive ("failure to", "refusal to",
// "efforts to"), else -1.
func (s *sentCtx) attemptNoun(k int) int {
	switch s.lower(k) {
	case "failure", "refusal", "reluctance", "unwillingness", "willingness", "efforts", "effort", "attempt", "attempts",
		"commitment", "pledge", "promise", "decision", "determination", "inability", "readiness":
		return k
	}
	return -1
}

// agreementWordFilter rules out most words before verbPatterns looks
// them up among the verbs of keeping and leaving an agreement and the
// nouns of its keeping, breaking and ratifying.
var agreementWordFilter = newWordFilter(keepVerb).union(newWordFilter(leaveVerb)).union(newWordFilter(nominalPrep))

// keepVerb maps the forms of the verbs of keeping, carrying out and
// prolonging an agreement to their stems and the particles before the
// agreement ("abide by").
var keepVerb = phrasalVerbs(map[string][]string{
	"abide":       {"abide", "abides", "abiding", "abided"},
	"live":        {"live", "lives", "living", "lived"},
	"comply":      {"comply", "complies", "complying", "complied"},
	"adhere":      {"adhere", "adheres", "adhering", "adhered"},
	"implement":   {"implement", "implements", "implementing", "implemented"},
	"extend":      {"extend", "extends", "extending", "extended"},
	"renew":       {"renew", "renews", "renewing", "renewed"},
	"renegotiate": {"renegotiate", "renegotiates", "renegotiating", "renegotiated"},
	"continue":    {"continue", "continues", "continuing", "continued"},
}, map[string]string{"abide": "by", "live": "up to", "comply": "with", "adhere": "to"})

// phrasalVerb is a verb form's stem and the particles that must follow
// it before its object: "lived" is live, "up to".
type phrasalVerb struct {
	stem      string
	particles []string
}

// phrasalVerbs maps every form of each stem to the stem and the particles
// given for it (none for the stems not given).
func phrasalVerbs(forms map[string][]string, particles map[string]string) map[string]phrasalVerb {
	m := map[string]phrasalVerb{}
	for stem, fs := range forms {
		v := phrasalVerb{stem: stem, particles: strings.Fields(particles[stem])}
		for _, f := range fs {
			m[f] = v
		}
	}
	return m
}

// afterParticles returns the token after v's particles, which must start
// at k, and whether they do.
func (s *sentCtx) afterParticles(k int, v phrasalVerb) (int, bool) {
	for _, p := range v.particles {
		if s.lower(k) != p {
			return 0, false
		}
		k++
	}
	return k, true
}
