package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// complementStarts open a title's complement in an appositive: "head of
// strategy for emerging markets", "economist at a Tokyo bank", "analyst
// with a broker".
var complementStarts = map[string]bool{
	"of": true, "for": true, "at": true, "with": true, "in": true, "on": true, "to": true,
}

// appositiveTitleOnly gives the person before an appositive's comma the
// office the appositive states when its complement names no body the
// patterns read ("Ann Lee, chair of the CBI's small firms council", "Ed
// Ray, economist at a Tokyo broker"): the title alone, no relation. The
// chain must be followed by a preposition that opens its complement.
func (s *sentCtx) appositiveTitleOnly(person *resolve.Entity, chain []mention.Title, comma, next int) bool {
	if person == nil || !complementStarts[s.lower(next)] || s.word(comma) != "," {
		return false
	}
	if comma+1 < chain[0].T0 {
		// "Rice, the prime minister of Israel has said, is welcome": a
		// title after an article or a possessive may start a clause of
		// speech instead.
		for k := next + 1; k < s.s.T1 && k < next+16; k++ {
			w := s.lower(k)
			if w == "," || w == "." || w == ";" || w == ":" || w == "--" || w == "-" || w == ")" {
				break
			}
			if speechWord(w) {
				return false
			}
		}
	}
	ev := s.evidence(chain[0].T0, next+1, "appositive-title-only", 0.8)
	for _, t := range chain {
		if t.Plural || t.Role == lexicon.Member && strings.HasSuffix(t.Title, "member") {
			// "a senior member of the hunt": membership, no office.
			continue
		}
		s.attribute(person, graph.Title, t.Title, ev)
	}
	return true
}

// rankedName returns the person named after a title chain that starts at
// k, right after another name ("Marine Lt. Col. Oliver North"), and the
// token after it; nil when no title starts at k or no person follows it.
func (s *sentCtx) rankedName(k int) (*resolve.Entity, int) {
	if !s.hasTitleAt(k) {
		return nil, k
	}
	_, next := s.titleChain(k)
	p, _, end := s.entOf(next, graph.Person)
	if p == nil {
		return nil, k
	}
	return p, end
}

// possessorBeforeDemonym returns the organisation whose possessive ends
// right before a demonym at k, and its first token: in "Ariadne's
// Philippine agent" or "Nissan's French chief executive" the company holds
// the office and the demonym says where it is or who holds it.
func (s *sentCtx) possessorBeforeDemonym(k int) (*resolve.Entity, int) {
	if w := s.word(k - 1); w != "'s" && w != "'" {
		return nil, k
	}
	e, a, _ := s.entOf(k-2, graph.Organization)
	if e == nil {
		return nil, k
	}
	return e, a
}

// possessedUnit returns the token after a unit of a body named before b
// and its possessive ("the Fund's European Department", "the Council's
// anti-corruption unit"), or 0: a few words that end in a unit noun.
func (s *sentCtx) possessedUnit(b int) int {
	if w := s.word(b); w != "'s" && w != "'" {
		return 0
	}
	for k := b + 1; k < s.s.T1 && k <= b+5; k++ {
		w := s.lower(k)
		if e, _, _ := s.ent(k); e != nil && e.Type == graph.Person {
			return 0
		}
		if possessedUnitNouns[w] {
			return k + 1
		}
		if !isLetters(strings.ReplaceAll(w, "-", "")) {
			return 0
		}
	}
	return 0
}

// officialChain returns a chain whose leaders' offices are offices in a
// part of the body: its head is one of the body's officials.
func officialChain(chain []mention.Title) []mention.Title {
	out := append([]mention.Title(nil), chain...)
	for i := range out {
		if out[i].Role == lexicon.Leader {
			out[i].Role = lexicon.Official
		}
	}
	return out
}

// possessedUnitNouns end the name of a part of a body.
var possessedUnitNouns = map[string]bool{
	"department": true, "unit": true, "division": true, "office": true, "centre": true,
	"center": true, "initiative": true, "programme": true, "program": true, "arm": true,
	"bureau": true, "team": true, "desk": true, "section": true, "branch": true,
	"subsidiary": true, "directorate": true,
}

// placePossessedBody returns the organisation a place's possessive
// names after an office's "of": in "chief executive of Britain's
// Vodafone" and "leader of France's Communist-led CGT union" the country
// or city only says where the body is. Up to three lower-case modifiers
// may stand between ("Britain's biggest union Unison"); a trailing
// common noun of the body ("CGT union") is taken with it. None when no
// organisation follows ("president of Costa Rica's central bank").
func (s *sentCtx) placePossessedBody(b int) (*resolve.Entity, int) {
	if w := s.word(b); w != "'s" && w != "'" {
		return nil, b
	}
	for k := b + 1; k < s.s.T1 && k <= b+4; k++ {
		if e, _, end := s.entOf(k, graph.Organization); e != nil {
			if w := s.lower(end); businessNouns[w] || w == "union" || w == "party" || w == "agency" {
				end++
			}
			return e, end
		}
		if w := s.word(k); !ledBy(w) && (!isLowerAdjective(w) || !isLetters(strings.ReplaceAll(w, "-", ""))) {
			return nil, b
		}
	}
	return nil, b
}

// placeBasedBody returns the organisation after a place that ends at b
// when a "-based" word makes the place its home: "Palo Alto, Calif.-based
// Adobe", "the Dallas-based Harlan".
func (s *sentCtx) placeBasedBody(b int) (*resolve.Entity, int) {
	k := b
	if s.word(k) == "," && strings.HasSuffix(s.lower(k+1), "-based") {
		k += 2 // "Palo Alto, Calif.-based"
	} else if strings.HasSuffix(s.lower(b-1), "-based") {
		k = b // the place inside "Dallas-based"
	} else {
		return nil, b
	}
	if e, _, end := s.entOf(k, graph.Organization); e != nil {
		return e, end
	}
	return nil, b
}

// officeBodyPreps name the body of a described office after its title:
// "a spokesman for the Treasury", "an analyst at Acme", "a consultant
// with Acme".
var officeBodyPreps = map[string]bool{"for": true, "at": true, "with": true}

// appositiveOfName reports an article before the title at i that opens
// an appositive to a person named right before its comma ("Ann Lee, a
// spokeswoman for Acme, ..."): the office is that person's.
func (s *sentCtx) appositiveOfName(i int) bool {
	k := i - 1
	if s.lower(k) == "former" {
		k--
	}
	if s.article(k) != 1 || s.word(k-1) != "," {
		return false
	}
	p, _, _ := s.entOf(k-2, graph.Person)
	return p != nil
}
