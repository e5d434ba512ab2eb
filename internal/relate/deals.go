package relate

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// agreedWith: "The agreement signed on Tuesday with Britain's export
// credit agency", "a loan deal concluded last month between Rosneft and
// CNPC", "an accord signed in Moscow with French businessman X": after an
// agreement and its participle, and past when and where it was made, the
// names after "with" or "between" are its parties.
func (s *sentCtx) agreedWith(i int) {
	by := s.agentBy(i)
	if by > 0 && s.lower(i) == "signed" {
		return // "signed by": signed() reads it
	}
	if s.word(i-1) == "," && s.lower(i) == "agreed" && by == 0 {
		return // "France backed the deal, agreed with Spain to": a finite verb
	}
	agr, aStart := s.agreementRightBefore(i)
	if agr == nil {
		return
	}
	k := s.skipCircumstance(i + 1)
	if by > 0 {
		k = by // "the agreement -- reached on Friday by A and B"
	}
	var parties []*resolve.Entity
	end := k
	switch s.lower(k) {
	case "by", "with":
		// "the accords signed by the two countries": the two the text
		// has just named.
		if n := s.pairAfter(k + 1); n >= 0 {
			parties, _ = s.pairReference(n, actors)
			end = n + 1
		}
		if len(parties) == 0 {
			parties, end = s.listAfter(k+1, actors...)
		}
	case "between":
		if parties, end = s.pairOrListAfter(k+1, actors); len(parties) < 2 {
			// "between the Egyptian and Canadian governments".
			if parties, end = s.demonymListAfter(k + 1); len(parties) < 2 {
				return
			}
		}
	default:
		return
	}
	ev := s.evidence(aStart, end, "agreement-made-with", 0.75)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
	if y := s.year(i+1, min(end+4, s.s.T1)); y != "" && len(parties) > 0 {
		// "the agreement reached by ministers in May 2004"
		s.attribute(agr, graph.Date, y, s.evidence(aStart, min(end+4, s.s.T1), "agreement-made-with", 0.75))
	}
	if s.describedHere(agr) && s.lower(k) != "by" {
		// "The agreement signed on Tuesday with Britain": a bare
		// "agreement" names no one agreement; its party does.
		f := agr.Name + " " + strings.Join(strings.Fields(s.a.Text(k, end)), " ")
		if genericAgreementHead[agr.Name] && len(agr.Forms) == 1 {
			agr.Name, agr.Forms = f, []string{f}
		} else if !slices.Contains(agr.Forms, f) {
			agr.Forms = append(agr.Forms, f)
		}
		if at := strings.Index(f, "'s "); at > 0 && !slices.Contains(agr.Forms, f[:at]) {
			// "with Britain's export credit agency" is an agreement
			// with Britain too.
			agr.Forms = append(agr.Forms, f[:at])
		}
	}
}

// agreementSignedBy: "the $1.75bn agreement Lenovo signed with IBM on 8
// December": an agreement, then who made it and the verb, then with whom.
func (s *sentCtx) agreementSignedBy(i int) {
	e, a, b := s.entOf(i-1, actors...)
	if e == nil || b != i {
		return
	}
	if s.lower(a-1) == "that" || s.lower(a-1) == "which" {
		a-- // "the deal that Acme signed"
	}
	agr, aStart := s.agreementRightBefore(a)
	if agr == nil {
		return
	}
	parties := []*resolve.Entity{e}
	end := i + 1
	if k := s.skipCircumstance(i + 1); s.lower(k) == "with" {
		more, m := s.listAfter(k+1, actors...)
		parties, end = append(parties, more...), m
	}
	ev := s.evidence(aStart, end, "agreement-made-by", 0.75)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// agreementRightBefore returns the agreement whose head ends just before
// the participle at i ("the agreement signed", "a 10-year accord
// concluded") and where its phrase starts; a relative pronoun between
// ("that concluded", "which was signed") is another construction.
func (s *sentCtx) agreementRightBefore(i int) (*resolve.Entity, int) {
	if w := s.word(i - 1); w == "--" || w == "-" || w == "—" {
		i-- // "the agreement --reached on Friday"
	} else if w == "," {
		i-- // "The accord, reached by OPEC ministers in December,"
	}
	// "an agreement that had been reached between": a relative clause
	// in the passive.
	k := i
	for k > s.s.T0 && k > i-3 && passiveAux[s.lower(k-1)] {
		k--
	}
	if k < i && (s.lower(k-1) == "that" || s.lower(k-1) == "which") && s.lower(i-1) != "that" && s.lower(i-1) != "which" {
		i = k - 1
	}
	return s.agreementEndingAt(i)
}

var passiveAux = map[string]bool{"had": true, "has": true, "have": true, "been": true, "was": true, "were": true, "is": true, "are": true, "be": true}

// skipCircumstance returns the token after the time and place phrases
// that follow a participle: "on Tuesday", "in Moscow last month",
// "recently", "here yesterday", "in 1987".
func (s *sentCtx) skipCircumstance(k int) int {
	for n := 0; n < 4 && k < s.s.T1; n++ {
		switch w := s.lower(k); {
		case w == "recently" || w == "yesterday" || w == "today" || w == "here" || w == "earlier" || w == "there":
			k++
		case (w == "last" || w == "this" || w == "next") && timeNoun[s.lower(k+1)]:
			k += 2
		case w == "on" || w == "in" || w == "at":
			next := k + 1
			if s.article(next) == 1 {
				next++
			}
			switch {
			case isWeekdayOrMonth(s.word(next)) || allDigits(s.word(next)) && len(s.word(next)) == 4:
				k = next + 1
			default:
				if _, _, b := s.entOf(next, graph.Place, graph.Country); b > next {
					k = b
				} else {
					return k
				}
			}
		default:
			return k
		}
	}
	return k
}

var timeNoun = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "spring": true, "summer": true, "autumn": true, "winter": true}

func isWeekdayOrMonth(w string) bool {
	return lexicon.IsWeekday(w) || lexicon.MonthNumber(w) > 0
}

// inDeal: "S&N is to buy 37.5% of India's United Breweries in a deal
// worth 4.66bn rupees", "Acme bought Globex under a $2bn agreement": the
// buyer and the company bought are parties to the deal. A deal needs a
// verb of buying, selling, ordering or merging in the clause before.
func (s *sentCtx) inDeal(i int) {
	k := i + 1
	agr, aEnd := s.ventureAfter(k)
	if agr == nil {
		if s.article(k) == 0 {
			return
		}
		if agr, aEnd = s.agreementAfter(k); agr == nil || !contractHead[agreementHead(agr)] {
			return
		}
	}
	v := -1
	for j := i - 1; j >= s.clauseStart(i) && j >= i-12; j-- {
		if transactionVerb[s.lower(j)] != notTransaction {
			v = j
			break
		}
	}
	if v < 0 || s.refusedBefore(v) || s.lower(v-1) == "to" && attemptWord[s.lower(v-2)] {
		return // "came close to buying Wembley in a £308m deal": no deal
	}
	subs, from := s.subjectBefore(v, graph.Country, graph.Organization, graph.Person)
	switch p := s.lower(from - 1); {
	case len(subs) == 0, objectPreposition[p], p == "by", p == "in", p == "on", p == "at":
		return // "ordered planes from Airbus and has the option to buy"
	}
	parties := subs
	// The company bought: the first organisation after the verb that is
	// not a possessor ("India's United Breweries" names the brewer); what
	// is ordered or sold is goods ("ordered 30 Airbus planes").
	for j := v + 1; j < i && transactionVerb[s.lower(v)] == buying; j++ {
		e, _, b := s.entOf(j, graph.Organization)
		if e == nil {
			continue
		}
		if w := s.word(b); w == "'s" || w == "'" {
			j = b
			continue
		}
		if !containsEntity(parties, e) {
			parties = append(parties, e)
		}
		break
	}
	// "in two joint ventures in coal with Petroleos de Venezuela".
	parties, aEnd = s.partiesAfterPrep(parties, aEnd, 6, "with")
	ev := s.evidence(from, aEnd, "in-deal", 0.7)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// attemptWord before "to" make a transaction attempted, not done.
var attemptWord = map[string]bool{"close": true, "failed": true, "tried": true, "attempted": true, "sought": true, "trying": true, "attempting": true}

// ventureAfter returns the joint venture a phrase at k names ("a joint
// venture", "two joint ventures") as a described agreement, and its end.
func (s *sentCtx) ventureAfter(k int) (*resolve.Entity, int) {
	det := k
	if s.article(k) == 1 || numberWord[s.lower(k)] {
		k++
	}
	if s.lower(k) != "joint" || s.lower(k+1) != "venture" && s.lower(k+1) != "ventures" {
		return nil, k
	}
	start := k
	if det < k && numberWord[s.lower(det)] {
		start = det // "two joint ventures"
	}
	return s.described(det, start, k+2), k + 2
}

var numberWord = map[string]bool{"two": true, "three": true, "four": true, "five": true, "several": true}

// transactionVerb are the verbs of a deal between buyer and seller:
// buying takes the company bought as its object.
var transactionVerb = map[string]transaction{
	"buy": buying, "buys": buying, "bought": buying, "buying": buying, "acquire": buying, "acquires": buying,
	"acquired": buying, "acquiring": buying, "purchase": buying, "purchased": buying, "merge": buying,
	"merged": buying, "sell": selling, "sells": selling, "sold": selling, "selling": selling,
	"ordered": selling, "invest": selling, "invested": selling, "order": selling,
}

type transaction int

const (
	notTransaction transaction = iota
	buying
	selling
)

// formVenture: "In 2002 S&N and United agreed to form a strategic
// partnership", "decided to set up a joint venture with Globex": a
// partnership or joint venture that parties agree to form is an agreement
// between them.
func (s *sentCtx) formVenture(i int) {
	verb := i - 2 // "agreed to form", "decided to set up"
	switch a := s.lower(i - 1); {
	case a == "to":
		if !agreeingVerb[s.lower(i-2)] || s.refusedBefore(i-2) {
			return
		}
	case formedVerb[s.lower(i)]:
		// "Acme formed a joint venture with Globex", "Acme and Globex
		// have set up a joint venture": a venture formed is made. Not
		// one planned or denied ("would set up", "has not formed").
		verb = i
		aux := a == "has" || a == "have" || a == "had"
		if modalBefore(a) || s.refusedBefore(i) || aux && modalBefore(s.lower(i-2)) {
			return // "would set up", "would have formed"
		}
		if s.lower(i) == "set" && !aux {
			return // bare "set up" is also the present and the imperative
		}
	default:
		return
	}
	k := i + 1
	if s.lower(i) == "set" {
		if s.lower(k) != "up" {
			return
		}
		k++
	}
	det := k
	if s.article(k) == 0 {
		return
	}
	k++
	start := k
	for k < s.s.T1 && k < start+3 && agreementModifier(s.word(k)) && !ventureHead[s.lower(k)] {
		k++
	}
	if !ventureHead[s.lower(k)] || s.lower(k) == "venture" && s.lower(k-1) != "joint" {
		return
	}
	if verb == i && s.lower(k) != "venture" && s.lower(k) != "ventures" {
		return // "formed an alliance": also a political grouping
	}
	agr := s.described(det, start, k+1)
	parties, from := s.subjectBefore(verb, graph.Country, graph.Organization)
	end := k + 1
	if s.lower(end) == "with" {
		more, e := s.listAfter(end+1, graph.Country, graph.Organization)
		parties, end = append(parties, more...), e
	}
	if len(parties) < 2 {
		return // a partnership needs partners
	}
	ev := s.evidence(from, end, "form-venture", 0.7)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
	if y := s.year(s.clauseStart(i), i); y != "" {
		// "In 2002 S&N and United agreed to form a partnership".
		s.attribute(agr, graph.Date, y, s.evidence(s.clauseStart(i), end, "form-venture", 0.7))
	}
}

// formedVerb are the finite verbs that make a joint venture.
var formedVerb = map[string]bool{"formed": true, "forms": true, "set": true, "established": true, "establishes": true,
	"created": true, "creates": true, "launched": true, "launches": true}

var agreeingVerb = map[string]bool{"agreed": true, "agree": true, "agrees": true, "decided": true, "signed": true}

var ventureHead = map[string]bool{"partnership": true, "venture": true, "ventures": true, "alliance": true, "consortium": true}

// haveAgreement: "The two countries have a long-term pact", "Britain has
// a defence treaty with Oman": who has a concluded agreement is a party,
// and so is whom it is with.
func (s *sentCtx) haveAgreement(i int) {
	if s.refusedBefore(i) || s.article(i+1) == 0 {
		return // "has signed agreements": an auxiliary
	}
	agr, aEnd := s.agreementAfter(i + 1)
	if agr == nil || !contractHead[agreementHead(agr)] {
		return
	}
	parties, from := s.subjectBefore(i, graph.Country, graph.Organization)
	if s.lower(i-1) == "and" && len(parties) == 1 && s.prepositionObject(from) {
		// "The Amex has a link with the Toronto Exchange and has an
		// agreement with X": the subject of both verbs opens the
		// sentence; the name before "and" is the first one's object.
		parties, from = nil, i
		for k := s.s.T0; k < i-1; k++ {
			e, a, b := s.entOf(k, graph.Country, graph.Organization)
			if e == nil {
				continue
			}
			// The subject: a name right before the first verb ("The
			// Amex currently has"), not a possessor ("Japan's Toyota")
			// or a phrase before a comma ("In Britain, Acme has").
			b = s.tickerClose(b)
			if w := s.lower(b); w == "has" || w == "have" || w == "had" || w == "currently" || w == "also" || w == "now" || w == "already" {
				parties, from = []*resolve.Entity{e}, a
				break
			}
			k = b - 1
		}
	}
	end := aEnd
	if s.lower(aEnd) == "with" && len(parties) > 0 {
		more, e := s.listAfter(aEnd+1, graph.Country, graph.Organization)
		parties, end = append(parties, more...), e
	}
	ev := s.evidence(from, end, "have-agreement", 0.65)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// prepositionObject reports a name starting at a that follows a
// preposition, past an article: "with the Toronto Exchange".
func (s *sentCtx) prepositionObject(a int) bool {
	k := a - 1
	if s.article(k) == 1 {
		k--
	}
	return listPreposition[s.lower(k)]
}

// possessedAgreement: "Mexico's 1985 debt agreement", "Japan's trade pact
// with the United States": the possessor of a concluded agreement is a
// party to it (a plan or an initiative may be only its author's).
func (s *sentCtx) possessedAgreement(i int) {
	var owner *resolve.Entity
	from := i
	if s.lower(i) == "its" {
		// "Manila's new pact slashed its 1985 agreement": the nearest
		// country before, when it is a possessor or a subject.
		owner = s.nearestSubjectCountry(i)
	} else {
		owner, from, _ = s.entOf(i-1, graph.Country, graph.Organization)
	}
	if owner == nil {
		return
	}
	// The possessor's first token: entOf gives the mention's start.
	if w := s.lower(i + 1); strings.HasSuffix(w, "est") || strings.Contains(w, "-ever") || w == "first" || w == "most" {
		return // "Japan's largest-ever takeover deal": a record, not a party
	}
	at := i + 1
	if s.lower(i) == "its" {
		at = i // a determiner for agreementAfter: "its agreement" is no consensus
	}
	agr, aEnd := s.agreementAfter(at)
	if agr == nil || !contractHead[agreementHead(agr)] {
		return
	}
	if s.lower(i) == "its" && aEnd == i+2 && s.lower(i+1) == "agreement" && s.lower(aEnd) != "with" {
		return // "Pyongyang signalled its agreement": its consent
	}
	// The head must end the phrase: "Britain's treaty obligations" are
	// obligations. A verb in the past ("Manila's new pact slashed") or a
	// function word may follow.
	if w := s.word(aEnd); isLowerWord(w) && !closedClass[w] && !strings.HasSuffix(w, "ed") {
		return
	}
	s.relate(owner, graph.PartyTo, agr, s.evidence(from, aEnd, "possessed-agreement", 0.7))
}

// underAgreement: "South Africa will repay 13 pct of its debt under an
// agreement reached today", "had repaid five pct under the standstill
// agreement": who acts under a concluded agreement is bound by it.
func (s *sentCtx) underAgreement(i int) {
	if s.lower(i+1) == "which" {
		return // underWhich reads "an accord under which"
	}
	agr, aEnd := s.agreementAfter(i + 1)
	if agr == nil || !contractHead[agreementHead(agr)] {
		return
	}
	var parties []*resolve.Entity
	from := i
	if i == s.s.T0 || s.word(i-1) == "," && i-1 == s.s.T0 {
		// "Under the agreement, Chile will ...", "Under the deal signed
		// last year, Saudi Arabia has agreed": the subject after.
		for c := aEnd; c < s.s.T1 && c < aEnd+8; c++ {
			if s.word(c) == "," {
				parties, _ = s.listAfter(s.skipPremodifiers(c+1), graph.Country, graph.Organization)
				break
			}
			if s.r.MentionAt(c) >= 0 {
				break
			}
		}
	} else {
		if s.refusedBefore(i) {
			return
		}
		parties, from = s.subjectBefore(i, graph.Country, graph.Organization)
		if len(parties) == 0 {
			if e, a := s.leadingSubject(i); e != nil {
				parties, from = []*resolve.Entity{e}, a
			}
		}
		// Not the object of a preposition or a verb: "members of the
		// Paris Club under a pact", "began broadcasting Home Shopping
		// Network under an affiliation agreement"; the subject of what
		// someone said is one ("He said Chile had repaid 5% under ...").
		prev := from - 1
		if s.article(prev) == 1 {
			prev--
		}
		if p := s.word(prev); len(parties) > 0 && (objectPreposition[p] || p == "by" || p == "of" || isLowerWord(p) && !closedClass[p] && !speechVerb(p)) {
			return
		}
	}
	ev := s.evidence(from, aEnd, "under-agreement", 0.65)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// mergeVerb: "United Bank of Africa and Standard Trust Bank have agreed
// plans to merge", "Acme is to merge with Globex": the companies that
// merge are parties to their merger, which later text calls "the
// merger". Not a merger that may happen ("could merge", "talks to
// merge", "considering a merger").
func (s *sentCtx) mergeVerb(i int) {
	k := i - 1
	if s.lower(k) != "to" {
		return
	}
	switch s.lower(k - 1) {
	case "agreed", "agree", "agrees", "decided", "is", "are", "plans", "plan":
	default:
		return
	}
	if s.lower(k-1) == "plans" || s.lower(k-1) == "plan" {
		// "have agreed plans to merge", not "plan to merge" alone.
		if w := s.lower(k - 2); w != "agreed" && w != "approved" && w != "unveiled" && w != "announced" {
			return
		}
		k--
	}
	verb := k - 1
	if s.refusedBefore(verb) || modalBefore(s.lower(verb-1)) {
		return
	}
	parties, from := s.subjectBefore(verb, graph.Organization)
	end := i + 1
	if s.lower(end) == "with" {
		more, e := s.listAfter(end+1, graph.Organization)
		parties, end = append(parties, more...), e
	}
	if len(parties) < 2 {
		return
	}
	agr := s.describedNamed("merger")
	ev := s.evidence(from, end, "merge", 0.75)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

func modalBefore(w string) bool {
	switch w {
	case "could", "might", "may", "would", "not", "never":
		return true
	}
	return false
}

// describedNamed returns this document's described agreement of the
// given name, made when there is none, so that "the merger" later refers
// to it. An unnamed agreement is this document's: its IRI carries the
// document so that "an agreement" of two texts are two nodes.
func (s *sentCtx) describedNamed(name string) *resolve.Entity {
	if s.describedByName == nil {
		s.describedByName = map[string]*resolve.Entity{}
	}
	if s.describedByHead == nil {
		s.describedByHead = map[string]*resolve.Entity{}
	}
	if e, ok := s.describedByName[name]; ok {
		return e
	}
	id := graph.EntityID(graph.Agreement, name) + "-" + s.a.Doc.Hash[:8]
	e := &resolve.Entity{ID: id, Type: graph.Agreement, Name: name, Forms: []string{name}}
	s.r.Entities = append(s.r.Entities, e)
	s.describedByName[name] = e
	s.describedByHead[lastWord(name)] = e
	return e
}

// possessedProposal: "Jacques Delors' plans to reform farm spending", "Rha
// Woong-bae's proposal for talks", "the Commission's plan": what someone
// put forward is proposed by them. The agreement is named with its
// proposer, as news refers to it ("Delors' plans"), and without.
func (s *sentCtx) possessedProposal(i int) {
	owner, from, _ := s.entOf(i-1, actors...)
	if owner == nil || s.unconfirmedPerson(owner) {
		return
	}
	k := i + 1
	n := 0
	for k < s.s.T1 && n < 3 && !proposalHead[s.lower(k)] && agreementModifier(s.word(k)) {
		k, n = k+1, n+1
	}
	if !proposalHead[s.lower(k)] {
		return
	}
	if w := s.word(k + 1); isLowerWord(w) && !closedClass[w] && !strings.HasSuffix(w, "ed") {
		return // "Delors' plan committee": a modifier
	}
	if h := s.lower(k); intentionsNoun(h) || h == "plan" && (s.complementEnd(k+1) == k+1 || s.lower(k+1) == "to" && isLowerWord(s.word(k+2))) {
		// "Labour's plans", "Charles's marriage plans", "Acme's plans to
		// cut jobs", "Australia's plan to sell uranium": intentions.
		return
	}
	agr := s.described(i+1, i+1, k+1)
	if s.describedHere(agr) {
		f := strings.Join(strings.Fields(s.a.Text(from, k+1)), " ")
		if !slices.Contains(agr.Forms, f) {
			forms := []string{f}
			for _, g := range agr.Forms {
				if strings.Contains(g, " ") {
					forms = append(forms, g) // not the bare "plans"
				}
			}
			agr.Name, agr.Forms = f, forms
		}
	}
	s.relate(agr, graph.ProposedBy, owner, s.evidence(from, k+1, "possessed-proposal", 0.75))
}

// namedProposal: "the Colombian plan", "the Baker plan", "the CFTC
// proposal": a plan named by a nation's adjective, or by a person or body
// the text names, is theirs to propose, as a possessive one is ("Baker's
// plan"). A country's own name before the head may be what the plan is
// for ("the Iraq plan") and a place's is where it is done ("the Cardiff
// plans"): neither is read.
func (s *sentCtx) namedProposal(i int) {
	agr, a, b := s.entOf(i, graph.Agreement)
	if agr == nil || b != i+1 || a >= i {
		return
	}
	k := a + s.article(a)

	j := i
	for j > k && isLowerWord(s.word(j-1)) && agreementModifier(s.word(j-1)) {
		j-- // "the Baker debt plan"
	}
	if j <= k {
		return
	}
	name := strings.Join(s.a.Words[k:j], " ")
	var p *resolve.Entity
	if c, ok := lexicon.CountryByDemonym(name); ok && !strings.HasSuffix(name, "s") {
		p = s.entityNamed(graph.Country, c.Name, c.Name, name)
	} else if e := s.proposerNamed(name); e != nil && e != agr {
		p = e
	}
	if p == nil {
		return
	}
	s.relate(agr, graph.ProposedBy, p, s.evidence(a, i+1, "named-proposal", 0.7))
}

// proposerNamed returns the person or body of the document with the
// surface form name, or the one person whose surname it is ("Baker" for
// James Baker); nil when none or several.
func (s *sentCtx) proposerNamed(name string) *resolve.Entity {
	if e := s.entityByForm(name); e != nil {
		if e.Type == graph.Person || e.Type == graph.Organization {
			return e
		}
		return nil
	}
	if strings.IndexByte(name, ' ') >= 0 {
		return nil
	}
	var p *resolve.Entity
	for _, e := range s.r.Entities {
		if e.Type == graph.Person && strings.HasSuffix(e.Name, " "+name) {
			if p != nil {
				return nil
			}
			p = e
		}
	}
	return p
}

// proposalHead are the nouns of things proposed.
var proposalHead = map[string]bool{
	"plan": true, "plans": true, "proposal": true, "proposals": true, "initiative": true, "blueprint": true,
}

// acceptedAgreement: "Indonesia, Sri Lanka and the Seychelles accepted the
// Paris Club offer", "Baldrige agreed to Rha's proposal": who accepts an
// offer or proposal becomes a party to it.
func (s *sentCtx) acceptedAgreement(i int) {
	k := i + 1
	if s.lower(i) == "agreed" {
		if s.lower(k) != "to" {
			return
		}
		k++
	}
	if s.refusedBefore(i) {
		return
	}
	agr, aEnd := s.agreementAfter(k)
	if agr == nil {
		agr, aEnd = s.offerAfter(k)
	}
	if agr == nil {
		return
	}
	parties, from := s.subjectBefore(i, actors...)
	if len(parties) > 0 && !s.adjacentSubject(i) {
		return // "Du Plessis said 34 banks ... agreed to": the banks did
	}
	ev := s.evidence(from, aEnd, "accepted", 0.65)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// offerAfter returns the proposal or offer named at k by its proposer:
// "Rha's proposal" (made by possessedProposal), "the Paris Club offer"
// (proposed by the Paris Club), and the end of its phrase.
func (s *sentCtx) offerAfter(k int) (*resolve.Entity, int) {
	det := k
	if s.article(k) == 1 {
		k++
	}
	o, a, b := s.entOf(k, actors...)
	if o == nil {
		return nil, k
	}
	if w := s.word(b); w == "'s" || w == "'" {
		s.possessedProposal(b)
		for j := b + 1; j < s.s.T1 && j < b+5; j++ {
			if proposalHead[s.lower(j)] {
				return s.describedByHead[s.lower(j)], j + 1
			}
		}
		return nil, k
	}
	if h := s.lower(b); h == "offer" || proposalHead[h] {
		agr := s.described(det, a, b+1)
		s.relate(agr, graph.ProposedBy, o, s.evidence(a, b+1, "offer-of", 0.7))
		return agr, b + 1
	}
	return nil, k
}

// takeoverOf: "Santander's takeover of Abbey National", "the acquisition of
// Globex by Acme", "Mitsubishi's purchase of UFJ": a company's takeover of
// another is a deal between them, named by its target. A bid or an offer
// for a company is no deal yet.
func (s *sentCtx) takeoverOf(i int) {
	if s.lower(i+1) != "of" {
		return
	}
	target, _, tEnd := s.entOf(i+2+s.article(i+2), graph.Organization)
	if target == nil || s.word(tEnd) == "'s" || s.word(tEnd) == "'" {
		return // "purchase of News Corp's television assets": assets bought
	}
	if s.speculativeBefore(i) {
		return // "Consolidated's possible purchase of Apollo Gas"
	}
	var buyer *resolve.Entity
	from, end := i, tEnd
	k := i - 1
	for k > s.s.T0 && k > i-4 && s.word(k) != "'s" && s.word(k) != "'" && agreementModifier(s.word(k)) &&
		!s.makingVerbNear(k, k+1) && !completingVerb[s.lower(k)] {
		k-- // "Santander's 8.2bn takeover"
	}
	if s.lower(k) == "its" || s.lower(k) == "the" || s.lower(k) == "a" {
		k-- // "completed its acquisition of"
	}
	if w := s.word(k); (w == "'s" || w == "'") && !attemptWord[s.lower(i-1)] {
		buyer, from, _ = s.entOf(k-1, graph.Organization, graph.Country, graph.Person)
	}
	if buyer == nil && s.lower(tEnd) == "by" {
		buyer, _, end = s.entOf(tEnd+1+s.article(tEnd+1), graph.Organization, graph.Country, graph.Person)
	}
	if buyer == nil && (s.makingVerbNear(k, k+1) || completingVerb[s.lower(k)]) {
		// "Verizon seals takeover of MCI", "Acme completed its
		// acquisition of Globex".
		if subs, f := s.subjectBefore(k, graph.Organization, graph.Country, graph.Person); len(subs) == 1 {
			buyer, from = subs[0], f
		}
	}
	if buyer == nil || buyer == target || s.refusedBefore(from) {
		return
	}
	name := s.lower(i) + " of " + target.Name
	agr := s.describedNamed(name)
	ev := s.evidence(from, end, "takeover-of", 0.7)
	s.relate(buyer, graph.PartyTo, agr, ev)
	s.relate(target, graph.PartyTo, agr, ev)
}

// saleTo: "Acme completed the sale of its chemicals unit to Globex",
// "Acme received 50 mln dlrs for the sale of its stake to Globex and
// Initech": a company's sale of what it owns to other companies is a deal
// of seller and buyers. The seller is the company "its" refers to, or the
// subject of a verb that concludes the sale; without a seller ("the sale
// of Hilton to UAL") or a company that buys ("the sale of arms to
// India"), nothing is said.
func (s *sentCtx) saleTo(i int) {
	if s.lower(i+1) != "of" {
		return
	}
	if s.speculativeBefore(i) {
		return // "the planned sale of its stake"
	}
	det := i
	if s.article(i-1) == 1 || definiteDet[s.lower(i-1)] {
		det = i - 1
	}
	var seller *resolve.Entity
	from := det
	to := -1
	for k := i + 2; k < s.s.T1 && k < i+16; k++ {
		w := s.lower(k)
		if w == "to" {
			to = k
			break
		}
		if w == "its" && seller == nil {
			if e := s.itsBody(k); e != nil && e.Type == graph.Organization {
				seller = e
			}
		}
		if w == "," || w == ";" || w == "." || w == "for" || w == "by" || w == "and" && s.word(k-1) == "," {
			return
		}
	}
	if to < 0 {
		return
	}
	if e, _, _ := s.entOf(to+1+s.article(to+1), graph.Organization); e == nil {
		return
	}
	buyers, end := s.listAfter(to+1, graph.Organization)
	if completingVerb[s.lower(det-1)] || s.lower(det-1) == "to" && agreeingVerb[s.lower(det-2)] {
		// "Acme completed the sale of", "Acme agreed to the sale of":
		// the subject sells, though "its" may be read as another's.
		v := det - 1
		if s.lower(v) == "to" {
			v--
		}
		if subs, f := s.subjectBefore(v, graph.Organization); len(subs) == 1 {
			seller, from = subs[0], f
		}
	}
	if seller == nil || len(buyers) == 0 || containsEntity(buyers, seller) || s.refusedBefore(det) {
		return
	}
	for k := s.s.T0; k < det; k++ {
		if e, _, b := s.entOf(k, graph.Organization); e != nil {
			if e != seller {
				// "Acme, 96 pct owned by Globex, said it completed the
				// sale of its unit": which company "it" is, is unsure.
				return
			}
			k = b - 1
		}
	}
	agr := s.described(det, i, i+1)
	ev := s.evidence(from, end, "sale-to", 0.7)
	s.relate(seller, graph.PartyTo, agr, ev)
	for _, b := range buyers {
		s.relate(b, graph.PartyTo, agr, ev)
	}
}

// speculativeBefore reports a speculative word among the three before a
// deal's noun at i.
func (s *sentCtx) speculativeBefore(i int) bool {
	for k := i - 1; k >= s.s.T0 && k >= i-3; k-- {
		if speculative[s.lower(k)] {
			return true
		}
	}
	return false
}

// speculative words make a deal one that may never happen.
var speculative = map[string]bool{
	"possible": true, "potential": true, "proposed": true, "planned": true, "rumoured": true, "rumored": true,
	"mooted": true, "hostile": true, "attempted": true, "failed": true, "abortive": true,
}

// completingVerb are verbs that conclude a takeover.
var completingVerb = map[string]bool{"completed": true, "completes": true, "finalised": true, "finalized": true, "approved": true}

// namedModifierParties: "the OPEC accord", "the Texaco bankruptcy
// settlement", "the EU trade deal with Chile": a country's or a
// company's name modifying a concluded agreement names a party to it,
// and so do the names after "with". The name may be a mention of its own
// (i is the agreement's head) or the start of the agreement's
// (namePrefixParties). A place names where it was made ("the Paris
// accord"), a demonym perhaps only where ("its Indian deals"); "an OPEC
// deal" is mostly one yet to be made, and a bare "OPEC deals with" a verb.
func (s *sentCtx) namedModifierParties(i int) {
	j := i
	for n := 0; n < 2 && isLowerWord(s.word(j-1)) && agreementModifier(s.word(j-1)); n++ {
		j-- // "trade", "bankruptcy"
	}
	e, a, b := s.entOf(j-1, graph.Country, graph.Organization)
	if e == nil || b != j {
		return
	}
	if _, ok := s.demonymAt[a]; ok {
		return
	}
	det, ok := s.modifiedAgreementDet(a, i)
	if !ok {
		return
	}
	if strings.IndexByte(s.word(a), '-') >= 0 {
		return // "Australia-New Zealand ...": compoundParties reads compounds
	}
	// Its own name, not the text's last deal ("the Canada trade deal"
	// after "the Pennzoil deal"); nor is it the one a later "the deal"
	// means, which the text describes otherwise.
	// "an accord between Nigeria and the Paris Club ... The Paris Club
	// multilateral agreement": the party's agreement the text has named.
	if agr := s.agreementOfParty(e); agr != nil {
		addForm(agr, s.lowerPhrase(a, i+1))
		s.modifierParty(e, agr, det, i+1)
		return
	}
	head := s.lower(i)
	prev, had := s.describedByHead[head]
	agr := s.described(a, a, i+1)
	if had {
		s.describedByHead[head] = prev
	} else {
		delete(s.describedByHead, head)
	}
	s.modifierParty(e, agr, det, i+1)
}

// agreementOfParty returns the last described agreement the text has
// made e a party to, or nil.
func (s *sentCtx) agreementOfParty(e *resolve.Entity) *resolve.Entity {
	for k := len(s.facts) - 1; k >= 0; k-- {
		if f := s.facts[k]; f.Predicate == graph.PartyTo && f.Subject == e && s.describedHere(f.Object) && genericAgreementHead[agreementHead(f.Object)] {
			return f.Object
		}
	}
	return nil
}

// modifiedAgreementDet returns the determiner of an agreement whose
// phrase starts with a name at a and ends with its head at h ("the OPEC
// accord"), and whether it is one concluded agreement: a plural ("all
// Paris Club rescheduling accords", "the U.S. free trade agreements with
// Canada and Israel") may be a kind or several agreements.
func (s *sentCtx) modifiedAgreementDet(a, h int) (int, bool) {
	det := a - 1
	switch s.lower(det) {
	case "the", "this", "that":
	default:
		return 0, false
	}
	w := s.lower(h)
	return det, contractHead[w] && !strings.HasSuffix(w, "s") && s.standingAt(det)
}

// modifierParty relates the named modifier e, and the names after a
// "with" at k, to the agreement agr whose phrase starts at det.
func (s *sentCtx) modifierParty(e, agr *resolve.Entity, det, k int) {
	parties, end := []*resolve.Entity{e}, k
	if s.lower(k) == "with" {
		parties, end = s.partiesListedAfter(parties, k+1, end, graph.Country, graph.Organization)
	}
	ev := s.evidence(det, end, "name-modified-agreement", 0.7)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// namePrefixParties: "the OPEC accord", "the Pennzoil deal" as one
// agreement's mention: a name the document gives a country or an
// organisation, then lower-case modifiers and a concluded agreement's
// lower-case head ("the Paris Accord" is a place's; "the Dayton Agreement"
// a title), as in namedModifierParties.
func (s *sentCtx) namePrefixParties() {
	for i := s.s.T0; i < s.s.T1; i++ {
		agr, a, b := s.entOf(i, graph.Agreement)
		if agr == nil {
			continue
		}
		i = b - 1
		h := b - 1
		if h <= a || !contractHead[s.word(h)] {
			continue
		}
		k := a
		for k < h && !isLowerWord(s.word(k)) && strings.IndexByte(s.word(k), '-') < 0 {
			k++
		}
		if k == a || k-a > 3 || s.word(k-1) == "'s" {
			continue
		}
		n := k
		for n < h && isLowerWord(s.word(n)) && agreementModifier(s.word(n)) {
			n++
		}
		if n != h {
			continue
		}
		e := s.entityByForm(s.a.Text(a, k))
		if e == nil {
			if c, ok := lexicon.CountryByName(s.a.Text(a, k)); ok {
				e = s.countryOrPart(c.Name)
			} else if o, ok := lexicon.OrgByName(s.a.Text(a, k)); ok {
				e = s.entityNamed(graph.Organization, o.Name, "", s.a.Text(a, k))
			}
		}
		if e == nil || e.Type != graph.Country && e.Type != graph.Organization {
			continue
		}
		det, ok := s.modifiedAgreementDet(a, h)
		if !ok {
			continue
		}
		s.modifierParty(e, agr, det, b)
	}
}
