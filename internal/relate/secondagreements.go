package relate

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// secondAgreements: "Rover and SAIC signed a technology-sharing agreement
// in August ... the £1bn investment deal would be signed in March", "the
// Canadian pact ... The pact with Israel, he said, is working": a text
// that has an agreement may describe another one. A description refers
// back to the text's agreement as a rule ("the accord", "the debt
// accord" after "the accord", "the chip pact" after "a bilateral computer
// chip pact"), so only a definite or possessed description that sets
// itself apart makes a second agreement: a topic word ("investment",
// "rescheduling") that no agreement of the text has, or a party named
// after "with" that is no party of theirs (and then a party to it). Not
// when the text's agreement is a bare "the deal" (any description may be
// it) or a treaty's "pact" when it has a treaty or pact, nor a
// description by amount, date or judgement alone ("the $3bn
// deal", "the 2000 deal", "the preliminary agreement"), nor a class ("as
// a rescue deal").
func (d *docCtx) secondAgreements() {
	var words []string
	var parties []*resolve.Entity
	bare, treaty := false, false
	seen := map[*resolve.Entity]bool{}
	see := func(e *resolve.Entity) {
		if seen[e] {
			return
		}
		seen[e] = true
		treaty = treaty || treatyHead[agreementHead(e)]
		for _, f := range append([]string{e.Name}, e.Forms...) {
			f = strings.ToLower(f)
			if genericAgreementHead[withoutEvaluation(f)] || f == "settlement" {
				bare = true
			}
			words = append(words, strings.FieldsFunc(f, notWordRune)...)
		}
	}
	for _, e := range d.r.Entities {
		if e.Type == graph.Agreement && len(e.Mentions) > 0 {
			see(e)
		}
	}
	for _, f := range d.facts {
		if f.Object != nil && f.Object.Type == graph.Agreement {
			see(f.Object)
			if f.Predicate == graph.PartyTo {
				parties = append(parties, f.Subject)
			}
		}
		if f.Subject.Type == graph.Agreement {
			see(f.Subject)
		}
	}
	if bare {
		return
	}
	stems := map[string]bool{} // the words without a plural's "s"
	for _, x := range words {
		stems[strings.TrimSuffix(x, "s")] = true
	}
	known := func(w string) bool { return stems[strings.TrimSuffix(w, "s")] }
	d.eachDescription(func(s *sentCtx, i, det, start int) {
		if s.lower(det) == "a" || s.lower(det) == "an" || s.lower(det-1) == "as" {
			return // "a market-oriented agreement" may be a wish; "as a rescue deal" a class
		}
		if s.fullComplement(i+1) > i+1 {
			return // "the deal to open talks": what it is about may be the text's agreement
		}
		topic := false
		for k := start; k < i; k++ {
			w := s.lower(k)
			if secondTopic(w) {
				if known(w) {
					topic = false
					break // "the chip pact" after "the bilateral computer chip pact"
				}
				topic = true
			}
		}
		end := i + 1
		var party *resolve.Entity
		if p, b := s.partyWith(i + 1); p != nil {
			if containsEntity(parties, p) || known(strings.ToLower(p.Name)) {
				return // "the deal with Peugeot" in a text about that deal
			}
			party, end = p, b
		}
		if !topic && party == nil || party == nil && treaty && treatyHead[s.lower(i)] {
			return // "the arms pact" in a text about a treaty: that treaty
		}
		f := s.lowerPhrase(start, end)
		if short := withoutAmount(f); short != f && party == nil {
			f = short
		}
		e := s.describedNamed(f)
		if party != nil {
			s.relate(party, graph.PartyTo, e, s.evidence(start, end, "second-agreement", 0.6))
		}
		d.referTo(i, e)
	})
}

// secondTopic reports a modifier that says what an agreement is about
// ("investment", "rescheduling", "chip"), not how big, how old, how
// binding or how good it is.
func secondTopic(w string) bool {
	if len(w) < 3 || evaluative[w] || unspecific[w] || hypothetical[w] || stageWord[w] || amountUnit[w] || closedClass[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false // "$3bn", "2000", "17-year" and other amounts
		}
	}
	return !strings.HasSuffix(w, "-year") && !strings.HasSuffix(w, "-month")
}

// stageWord are modifiers of an agreement's stage, age or form, which do
// not tell one agreement from another ("the draft treaty", "the current
// settlement", "the bilateral pact").
var stageWord = map[string]bool{
	"draft": true, "preliminary": true, "definite": true, "interim": true, "initial": true,
	"current": true, "existing": true, "present": true, "original": true, "previous": true,
	"earlier": true, "old": true, "recent": true, "expected": true, "one": true, "bilateral": true,
	"multilateral": true, "joint": true, "informal": true, "written": true, "verbal": true,
	"signed": true, "agreed": true, "revised": true, "amended": true, "outline": true, "framework": true,
}

// treatyHead are the heads that news uses in turn for one treaty ("the
// INF treaty ... the arms pact").
var treatyHead = map[string]bool{"treaty": true, "pact": true, "convention": true, "charter": true}

// notWordRune splits names into words at spaces, hyphens and marks.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
