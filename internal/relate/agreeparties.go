package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// enteredInto: "Acme said it entered into an agreement with Globex" (or
// "entered an agreement", "executed an agreement"),
// "they have entered into a merger agreement", "Egypt's decision to enter
// into the trade agreement": who enters into an agreement makes it, as
// who signs it does; and so does whom it is made with.
func (s *sentCtx) enteredInto(i int) {
	k := i + 1
	switch {
	case s.lower(k) == "into":
		k++
	case s.article(k) == 1:
		// "Acme said it entered an agreement to acquire Globex", "it
		// executed a definitive agreement".
	default:
		return
	}
	if s.refusedBefore(i) || modalBefore(s.lower(i-1)) {
		return
	}
	agr, aEnd := s.agreementAfter(k)
	if agr == nil {
		agr, aEnd = s.contractAfter(k)
	}
	if agr == nil || !contractHead[agreementHead(agr)] {
		return
	}
	var parties []*resolve.Entity
	from := i
	if s.lower(i-1) == "to" && s.attemptNoun(i-2) >= 0 {
		// "Egypt's decision to enter into": the possessor.
		if e, a := s.possessorBefore(i - 2); e != nil {
			parties, from = []*resolve.Entity{e}, a
		}
	} else {
		parties, from = s.subjectBefore(i, actors...)
	}
	if len(parties) == 0 {
		return
	}
	end := aEnd
	if s.lower(aEnd) == "with" {
		parties, end = s.partiesListedAfter(parties, aEnd+1, end, actors...)
	}
	ev := s.evidence(from, end, "entered-into", 0.8)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// contractAfter returns the contract an object at k names after the verb
// that makes it ("entered into a three-year supply contract"), up to
// four modifiers after its article, and the end of its phrase.
func (s *sentCtx) contractAfter(k int) (*resolve.Entity, int) {
	if s.article(k) == 0 {
		return nil, k
	}
	for j := k + 1; j < s.s.T1 && j <= k+5; j++ {
		if w := s.lower(j); w == "contract" || w == "contracts" {
			return s.described(k, k+1, j+1), j + 1
		}
		if !agreementModifier(s.word(j)) {
			break
		}
	}
	return nil, k
}

// possessorBefore returns the country or organisation whose possessive
// ends right before token k ("Japan's", past up to two lower-case
// modifiers: "Japan's alleged"), or the country a demonym there names
// ("Japanese", "alleged Japanese"), and where it starts.
func (s *sentCtx) possessorBefore(k int) (*resolve.Entity, int) {
	j := k - 1
	for m := 0; m < 2 && j > s.s.T0 && isLowerWord(s.word(j)) && !closedClass[s.word(j)] && s.word(j) != "'s"; m++ {
		if _, ok := s.demonymAt[j]; ok {
			break
		}
		j--
	}
	if w := s.word(j); w == "'s" || w == "'" {
		if e, a, _ := s.entOf(j-1, states...); e != nil {
			return e, a
		}
		return nil, k
	}
	for di, dm := range s.found.Demonyms {
		if dm.T1 == j+1 && dm.T0 >= s.s.T0 {
			return s.countryEntity(dm.Country, di), dm.T0
		}
	}
	return nil, k
}

// partyNominal: "Japan's alleged violation of the chip pact", "Japanese
// breach of the trade accord", "Acme's withdrawal from the contract",
// "Germany's commitment to the stability pact": who breaks, leaves,
// keeps or ratifies an agreement, named by a noun, is a party to it.
func (s *sentCtx) partyNominal(i int) {
	prep, ok := nominalPrep[s.lower(i)]
	if !ok || s.lower(i+1) != prep {
		return
	}
	owner, from := s.possessorBefore(i)
	if owner == nil && prep == "of" && s.lower(i) != "ratification" {
		// "sanctions against Japan for alleged violations of the pact":
		// whom the breach is blamed on.
		j := i - 1
		for n := 0; n < 2 && isLowerWord(s.word(j)) && !closedClass[s.word(j)]; n++ {
			j-- // "alleged", "repeated"
		}
		if e, a, b := s.entOf(j-1, graph.Country, graph.Organization); e != nil && b == j && s.lower(j) == "for" {
			owner, from = e, a
		}
	}
	if owner == nil {
		return
	}
	k := i + 2
	if s.lower(k) == "the" && s.lower(k+1) == "terms" && s.lower(k+2) == "of" {
		k += 3 // "compliance with the terms of the pact"
	}
	agr, aEnd := s.agreementAfter(k)
	if agr == nil || !contractHead[agreementHead(agr)] && !foundingHead[agreementHead(agr)] {
		return // "Acme's commitment to the plan": a plan is its author's
	}
	s.relate(owner, graph.PartyTo, agr, s.evidence(from, aEnd, "party-nominal", 0.7))
}

// nominalPrep are the nouns of keeping, breaking, leaving and ratifying an
// agreement, with the preposition that introduces it.
var nominalPrep = map[string]string{
	"violation": "of", "violations": "of", "breach": "of", "breaches": "of", "ratification": "of",
	"withdrawal": "from", "pullout": "from", "exit": "from",
	"compliance": "with", "commitment": "to", "adherence": "to",
}

// leftAgreement: "Turkcell was set to pull out of the $3bn deal", "GM
// pulled out of an agreement to buy Fiat", "Acme terminated its supply
// contract with Globex", "the Gulf states withdrew from the pact", "Japan
// had abrogated the chip pact", "Acme is likely to end the licensing
// agreement": who leaves, breaks or ends a concluded agreement was a
// party to it.
func (s *sentCtx) leftAgreement(i int, v phrasalVerb) {
	k, ok := s.afterParticles(i+1, v)
	if !ok {
		return
	}
	agr, aEnd := s.agreementAfter(k)
	if agr == nil || !contractHead[agreementHead(agr)] && !foundingHead[agreementHead(agr)] {
		return // "pulled out of the talks", "withdrew from the race"
	}
	if !s.headEnds(aEnd) {
		return // "withdraw from further merger talks"
	}
	parties, from := s.gerundSubject(i)
	if len(parties) == 0 {
		if !s.subjectRightBefore(s.verbGroupStart(i)) {
			// "it said a partner was set to pull out of a deal": the
			// subject is the partner.
			return
		}
		parties, from = s.subjectBefore(i, actors...)
		if p := s.lower(from - 1); len(parties) == 0 || objectPreposition[p] || p == "by" {
			return // "asset sales made by Fiat have terminated the agreement"
		}
	}
	end := aEnd
	if s.lower(aEnd) == "with" {
		parties, end = s.partiesListedAfter(parties, aEnd+1, end, actors...)
	}
	ev := s.evidence(from, end, "left-agreement", 0.7)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// leaveVerb maps the forms of the verbs of leaving or ending an agreement
// to their stems and the particles before the agreement ("pulled out of").
var leaveVerb = phrasalVerbs(map[string][]string{
	"pull":      {"pull", "pulls", "pulled", "pulling"},
	"back":      {"backed", "backing"},
	"walk":      {"walk", "walks", "walked", "walking"},
	"withdraw":  {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"},
	"renege":    {"renege", "reneges", "reneged", "reneging"},
	"tear":      {"tear", "tears", "tore", "tearing"},
	"terminate": {"terminate", "terminates", "terminated", "terminating"},
	"exit":      {"exits", "exited", "exiting"},
	"abrogate":  {"abrogate", "abrogates", "abrogated", "abrogating"},
	"break":     {"break", "breaks", "broke", "broken", "breaking"},
	"end":       {"end", "ends", "ended", "ending"},
}, map[string]string{"pull": "out of", "back": "out of", "walk": "away from", "withdraw": "from", "renege": "on", "tear": "up"})

// headEnds reports that an agreement's phrase ends before token k: no
// lower-case noun follows its head ("the merger talks", "the treaty
// obligations"), though a verb in the past or a function word may.
func (s *sentCtx) headEnds(k int) bool {
	w := s.word(k)
	return !isLowerWord(w) || closedClass[w] || strings.HasSuffix(w, "ed")
}

// verbGroupStart returns the first token of the verb group whose main
// verb is at i: past auxiliaries, adverbs and the verbs that take it as
// an infinitive ("was set to pull out", "has agreed to withdraw", "could
// also walk away").
func (s *sentCtx) verbGroupStart(i int) int {
	k := i
	for k > s.s.T0 {
		w := s.lower(k - 1)
		if w == "to" || passiveAux[w] || groupVerb[w] || strings.HasSuffix(w, "ly") && isLowerWord(s.word(k-1)) {
			k--
			continue
		}
		break
	}
	return k
}

// groupVerb are the words of a verb group before the main verb besides
// the auxiliaries of passiveAux.
var groupVerb = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "must": true, "can": true,
	"did": true, "does": true, "do": true, "also": true, "now": true, "not": true, "never": true, "then": true,
	"set": true, "decided": true, "agreed": true, "plans": true, "planned": true, "threatened": true, "threatens": true,
	"voted": true, "wants": true, "wanted": true, "moved": true, "chose": true, "opted": true, "going": true,
	"expected": true, "likely": true, "able": true, "forced": true,
}

// otherKind reports a definite agreement phrase that tells itself apart
// from the agreement e of the same head the text had before: "the
// standstill agreement" after "an agreement reached today", "the draft
// agreement" after "its current loan agreement". A word that says what
// it is about or what stage it is at, and that e's name lacks, makes it
// another; amounts and judgements do not ("the $3bn deal", "the
// landmark deal" after "a mobile deal").
func otherKind(name string, e *resolve.Entity) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || agreementHead(e) != f[len(f)-1] {
		return false
	}
	had := map[string]bool{}
	for _, form := range e.Forms {
		for _, w := range strings.Fields(strings.ToLower(form)) {
			had[strings.TrimSuffix(w, "s")] = true
		}
	}
	for _, w := range f[:len(f)-1] {
		if evaluative[w] || closedClass[w] || !isLowerWord(w) || strings.ContainsAny(w, "0123456789$£€") || had[strings.TrimSuffix(w, "s")] {
			continue
		}
		return true
	}
	return false
}

// bindsParties: "The treaty bans Russia and the United States from
// deploying missiles", "the pact obliges France and Germany to cut their
// deficits", "the deal would allow Acme to buy": those an agreement
// binds, bars or entitles by name are its parties. The agreement is the
// clause's subject (not "the withdrawal from the treaty allows Iran to")
// and a concluded one, not a law or a plan.
func (s *sentCtx) bindsParties(i int) {
	particle := bindingVerb[s.lower(i)]
	j := i
	for n := 0; n < 2 && j > s.s.T0 && (modalBefore(s.lower(j-1)) || s.lower(j-1) == "also"); n++ {
		j-- // "would also allow"
	}
	if j == i && !strings.HasSuffix(s.lower(i), "s") && !strings.HasSuffix(s.lower(i), "ed") && s.lower(i) != "bound" && s.lower(i) != "forbade" {
		return // a bare "allow" only after a modal ("would allow")
	}
	agr, aStart := s.agreementEndingAt(j)
	if agr == nil || !contractHead[agreementHead(agr)] && !foundingHead[agreementHead(agr)] {
		return
	}
	switch s.lower(aStart - 1) {
	case "of", "from", "with", "to", "in", "under", "by", "on", "for", "into", "against", "over", "about", "without":
		return // "the withdrawal from the treaty allows": not its subject
	}
	parties, end := s.listAfter(i+1, graph.Country, graph.Organization)
	if len(parties) == 0 || s.lower(end) != particle && !(particle == "from" && s.lower(end) == "to") {
		return
	}
	ev := s.evidence(aStart, end+1, "agreement-binds", 0.7)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// bindingVerb maps the verbs of an agreement's binding, barring or
// entitling its parties to the word that follows their object: "bans X
// from", "obliges X to" ("bars X to" does not occur; "from" takes either).
var bindingVerb = map[string]string{
	"bans": "from", "banned": "from", "prohibits": "from", "prohibited": "from", "bars": "from", "barred": "from",
	"forbids": "to", "forbade": "to", "obliges": "to", "obliged": "to", "obligates": "to", "obligated": "to",
	"requires": "to", "required": "to", "commits": "to", "committed": "to", "binds": "to", "bound": "to",
	"allows": "to", "allowed": "to", "permits": "to", "permitted": "to", "entitles": "to", "entitled": "to",
	// After a modal: "the deal would allow Acme to".
	"ban": "from", "prohibit": "from", "bar": "from", "forbid": "to", "oblige": "to", "obligate": "to", "require": "to",
	"commit": "to", "bind": "to", "allow": "to", "permit": "to", "entitle": "to",
}

// gerundSubject returns the name right before "of" or "for" and a gerund
// at i, its subject ("accused Japan of breaking the pact", "action
// against Korea for violating its agreement"), and where it starts.
func (s *sentCtx) gerundSubject(i int) ([]*resolve.Entity, int) {
	if p := s.lower(i - 1); !strings.HasSuffix(s.lower(i), "ing") || p != "of" && p != "for" {
		return nil, i
	}
	if e, a, b := s.entOf(i-2, actors...); e != nil && b == i-1 {
		return []*resolve.Entity{e}, a
	}
	return nil, i
}
