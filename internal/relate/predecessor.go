package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// predecessors: "Acme Corp named Jane Roe chairman, succeeding John
// Hale", "Ann Lee was appointed chief executive, replacing Tom Bell": the
// one the holder succeeds held the office before, and news records a past
// office as one held. A participle clause after a comma, with a person
// right after the verb, gives that person the office the sentence gave
// the nearest person before it (the facts from fact n0 on are this
// sentence's).
func (s *sentCtx) predecessors(n0 int) {
	if len(s.facts) == n0 {
		return
	}
	for k := s.s.T0 + 1; k < s.s.T1; k++ {
		if w := s.lower(k); w != "succeeding" && w != "replacing" || s.word(k-1) != "," {
			continue
		}
		pred, _, pEnd := s.entOf(s.skipHonorific(k+1), graph.Person)
		if pred == nil {
			continue
		}
		// The nearest person before the clause is the holder.
		var holder *resolve.Entity
		hStart := 0
		for j := k - 2; j >= s.s.T0 && holder == nil; j-- {
			if e, a, _ := s.ent(j); e != nil && e.Type == graph.Person {
				holder, hStart = e, a
			}
		}
		if holder == nil || holder == pred {
			continue
		}
		// The holder takes the office in this sentence: an appointment
		// verb or "as" between the holder and the clause, and the office
		// stated after it ("X, chairman of A, was named president of B,
		// succeeding Y" passes on B's office, not A's).
		cue := -1
		for j := hStart; j < k; j++ {
			if appointmentCue[s.lower(j)] {
				cue = j
			}
		}
		if cue < 0 {
			continue
		}
		cueAt := int(s.a.Tokens[cue].Start) - s.s.Start
		ev := s.evidence(hStart, pEnd, "succeeded-holder", 0.75)
		for _, f := range s.facts[n0:] {
			if f.Subject != holder || f.Predicate != graph.LeaderOf && f.Predicate != graph.OfficialOf {
				continue
			}
			if at := strings.Index(f.Evidence.Sentence, f.Evidence.Surface); at < 0 || at+len(f.Evidence.Surface) <= cueAt {
				continue
			}
			s.relate(pred, f.Predicate, f.Object, ev)
		}
	}
}

// appointmentCue are the words by which a sentence gives a person an
// office: "named president", "elected as chairman", "became chief".
var appointmentCue = map[string]bool{
	"named": true, "appointed": true, "elected": true, "promoted": true, "made": true,
	"become": true, "becomes": true, "became": true, "as": true, "nominated": true,
}

// predecessorAs returns where the name of a title's holder starts: next,
// the token after the title chain that starts at i, or, after "his
// predecessor as chief executive, Jo Roe", the name in apposition to
// the role noun: the predecessor or successor held the office.
func (s *sentCtx) predecessorAs(i, next int) int {
	if s.word(next) != "," || s.lower(i-1) != "as" || !successionNouns[s.lower(i-2)] {
		return next
	}
	return s.skipHonorific(next + 1)
}

// successionNouns name the one who held an office before or after
// another.
var successionNouns = map[string]bool{"predecessor": true, "successor": true}
