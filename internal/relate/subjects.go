package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// Subjects that are not a name right before the verb: demonyms of the
// people who act for their countries, "it" and "its", the country or the
// company that opens a clause far before.

// demonymGroup: "U.S. and Indian negotiators", "French and German
// officials": the countries of the demonyms (and country names) that
// modify a plural noun of people at k, and where they start.
func (s *sentCtx) demonymGroup(k, verb int) ([]*resolve.Entity, int) {
	if !peopleNoun[s.lower(k)] {
		return nil, k
	}
	// Only auxiliaries and adverbs between the noun and its verb:
	// "negotiators reached", "officials have since agreed".
	for j := k + 1; j < verb; j++ {
		if w := s.word(j); !isLowerWord(w) || !closedClass[w] && !strings.HasSuffix(w, "ly") {
			return nil, k
		}
	}
	var out []*resolve.Entity
	j, from := k-1, k
	// "French and Soviet foreign trade ministers": the portfolio between.
	for n := 0; n < 2 && j > s.s.T0 && isModifier(s.word(j)); n++ {
		if privateSector[s.lower(j)] {
			return nil, k // "French and Malaysian business leaders": no state
		}
		j--
	}
	for j >= s.s.T0 {
		found := false
		for di, dm := range s.found.Demonyms {
			if dm.T1 == j+1 {
				out = append(out, s.countryEntity(dm.Country, di))
				j, from, found = dm.T0-1, dm.T0, true
				break
			}
		}
		if !found {
			if e, a, b := s.entOf(j, graph.Country); e != nil && b == j+1 {
				out = append(out, e)
				j, from, found = a-1, a, true
			}
		}
		if !found {
			break
		}
		if w := s.lower(j); w == "and" || w == "," {
			j--
			continue
		}
		break
	}
	if len(out) == 0 {
		return nil, k
	}
	// The group starts its clause: not "De Clercq has met top Chinese
	// leaders and signed".
	// A "The" that opens the sentence opens the group too: "The French
	// and Malaysian governments signed".
	j = from - 1
	for j >= s.s.T0 && (s.lower(j) == "the" || s.lower(j) == "top" || s.lower(j) == "senior") {
		j--
	}
	if j >= s.s.T0 && !clauseOpener[s.lower(j)] {
		return nil, k
	}
	return out, from
}

// clauseOpener are the words after which a subject noun phrase starts its
// clause.
var clauseOpener = map[string]bool{
	",": true, ";": true, ":": true, "--": true, "that": true, "when": true, "while": true, "after": true,
	"before": true, "as": true, "but": true, "since": true, "because": true, "if": true, `"`: true,
}

// peopleNoun are plural nouns of people who act for their countries.
var peopleNoun = map[string]bool{
	"negotiators": true, "negotiatiors": true, "officials": true, "diplomats": true, "ministers": true,
	"leaders": true, "delegates": true, "delegations": true, "representatives": true, "envoys": true,
	"authorities": true, "governments": true, "troops": true, "forces": true,
}

// nearestSubjectCountry returns the last country this sentence names
// before token i when that name is a possessor or the subject of a verb
// ("Mexico's new package ... its 1985 agreement"), else nil.
func (s *sentCtx) nearestSubjectCountry(i int) *resolve.Entity {
	for k := i - 1; k >= s.s.T0; k-- {
		mi := s.r.MentionAt(k)
		if mi < 0 {
			continue
		}
		e, b := s.r.Entities[s.r.Of[mi]], s.r.Mentions[mi].T1
		k = s.r.Mentions[mi].T0
		if e.Type != graph.Country {
			continue
		}
		if w := s.word(b); w == "'s" || w == "'" || isLowerWord(w) && (auxiliary[w] || strings.HasSuffix(w, "ed")) {
			return e
		}
		return nil
	}
	return nil
}

// leadingSubject returns the country or organisation that opens the
// clause of token i and is followed by its verb ("South Africa will
// repay ... under an agreement", "he said South Africa had repaid"), or
// nil.
func (s *sentCtx) leadingSubject(i int) (*resolve.Entity, int) {
	for k := s.s.T0; k < i; k++ {
		e, a, b := s.entOf(k, graph.Country, graph.Organization)
		if e == nil {
			continue
		}
		k = b - 1
		before := s.lower(a - 1)
		if a > s.s.T0 && before != "said" && before != "that" && before != "," && !(before == "the" && a-1 == s.s.T0) {
			continue
		}
		if w := s.word(b); isLowerWord(w) && (auxiliary[w] || strings.HasSuffix(w, "ed")) {
			return e, a
		}
	}
	return nil, i
}

// auxiliary are the auxiliaries and adverbs that may follow a subject
// before its verb.
var auxiliary = map[string]bool{
	"will": true, "would": true, "has": true, "had": true, "have": true, "is": true, "was": true,
	"can": true, "could": true, "may": true, "must": true, "should": true, "already": true, "also": true,
}

// demonymListAfter: "the Egyptian and Canadian governments", "French and
// German officials": the countries of coordinated demonyms before a noun
// of people or governments at k, and the end of the phrase.
func (s *sentCtx) demonymListAfter(k int) ([]*resolve.Entity, int) {
	if s.lower(k) == "the" {
		k++
	}
	var out []*resolve.Entity
	for k < s.s.T1 {
		found := false
		for di, dm := range s.found.Demonyms {
			if dm.T0 == k {
				out = append(out, s.countryEntity(dm.Country, di))
				k, found = dm.T1, true
				break
			}
		}
		if !found {
			return nil, k
		}
		if w := s.lower(k); w == "and" || w == "," {
			k++
			continue
		}
		break
	}
	if !peopleNoun[s.lower(k)] {
		return nil, k
	}
	return out, k + 1
}

// itAntecedent resolves "it" at k, when nothing this sentence names before
// it can be meant, to the organisation or country that opens the sentence
// before as its subject ("Mitsubishi Motors is to supply Peugeot ... Last
// month, it signed"); nil when that sentence opens otherwise.
func (s *sentCtx) itAntecedent(k int, types []graph.Type) *resolve.Entity {
	if s.si == 0 || k > s.s.T0 && s.word(k-1) != "," {
		return nil // "The German exchange said it": a subject the text describes
	}
	for j := s.s.T0; j < k; j++ {
		if e, _, _ := s.entOf(j, types...); e != nil {
			return nil // "Acme said it": the scan finds Acme
		}
	}
	prev := s.a.Sentences[s.si-1]
	j := prev.T0
	for j < prev.T1 && (s.a.Lower[j] == "the" || s.a.Words[j] == `"`) {
		j++
	}
	mi := s.r.MentionAt(j)
	if mi < 0 {
		return nil
	}
	m := s.r.Mentions[mi]
	e := s.r.Entities[s.r.Of[mi]]
	if e.Type != graph.Organization && e.Type != graph.Country || !hasType(types, e.Type) {
		return nil
	}
	if b := m.T1; b < prev.T1 && s.a.Words[b] == "'s" {
		return nil // "Acme's chief executive said": the subject is a person
	}
	return e
}

// adjacentSubject reports a name right before the verb at i, with only
// auxiliaries and adverbs between ("Indonesia has now accepted").
func (s *sentCtx) adjacentSubject(i int) bool {
	for k := i - 1; k >= s.s.T0 && k >= i-4; k-- {
		if e, _, _ := s.ent(k); e != nil {
			return true
		}
		if w := s.word(k); !isLowerWord(w) || !closedClass[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}
