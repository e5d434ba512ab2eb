package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// agreementPurpose: "Acme said it signed a definitive agreement to acquire
// Globex", "India signed an agreement to sell 500 cars to Hungary", "a
// deal in principle to buy 36 planes from Avions de Transport Regional":
// an agreement that someone made (a party the sentence already has) to
// buy, sell or merge is one with the company bought, whom one sells to or
// buys from, and whom one merges with. The "to" is at i.
func (s *sentCtx) agreementPurpose(i int) {
	kind := dealVerbs[s.lower(i+1)]
	if kind != buyVerb && kind != sellVerb && kind != mergeDealVerb {
		return
	}
	j := i
	if s.lower(j-1) == "principle" && s.lower(j-2) == "in" {
		j -= 2 // "an agreement in principle to buy"
	}
	// Only an agreement that this sentence says was made: its maker is
	// already a party ("signed", "entered into", "reached"). The
	// agreement is the one of those facts whose head ends before "to".
	var agr *resolve.Entity
	if e, _, b := s.entOf(j-1, graph.Agreement); e != nil && b == j {
		agr = e
	}
	head, hEnd := s.lower(j-1), j
	letter := head == "intent" && s.lower(j-2) == "of" && s.lower(j-3) == "letter"
	if letter {
		// "signed a letter of intent to sell its unit to Globex": a
		// letter of intent binds buyer and seller as an agreement does.
		head, hEnd = "letter", j-2
	}
	if agr == nil && !contractHead[head] && !letter {
		return
	}
	var parties []*resolve.Entity
	for _, f := range s.facts {
		if f.Predicate != graph.PartyTo || f.Evidence.Start != s.s.Start || f.Object.Type != graph.Agreement {
			continue
		}
		if agr == nil && agreementHead(f.Object) == head {
			agr = f.Object
		}
		if f.Object != agr {
			if agreementHead(f.Object) == head {
				return // two agreements of that head: which one is unclear
			}
			continue
		}
		if !containsEntity(parties, f.Subject) {
			parties = append(parties, f.Subject)
		}
	}
	if len(parties) == 0 {
		return
	}
	aStart := hEnd - 1
	for k := hEnd - 2; k >= s.s.T0 && k >= hEnd-6; k-- {
		if s.article(k) == 1 {
			aStart = k // "a definitive agreement"
			break
		}
		if !agreementModifier(s.word(k)) {
			break
		}
	}
	objs, end := s.dealCounterparts(i+1, kind)
	ev := s.evidence(aStart, end, "agreement-to-buy", 0.65)
	for _, o := range objs {
		if !containsEntity(parties, o) {
			s.relate(o, graph.PartyTo, agr, ev)
		}
	}
}

// dealForParty: "signing a deal worth 1bn euros for Acme to sell 23
// planes to Globex", "an agreement for Globex to buy Acme's stake": a
// made agreement "for X to" buy, sell or merge is one between X and whom
// it buys from, sells to or merges with. The "to" is at i.
func (s *sentCtx) dealForParty(i int) {
	kind := dealVerbs[s.lower(i+1)]
	if kind != buyVerb && kind != sellVerb && kind != mergeDealVerb {
		return
	}
	x, a, _ := s.entOf(i-1, graph.Organization, graph.Country)
	if x == nil || s.lower(a-1) != "for" {
		return
	}
	j := a - 1 // "for"
	if w := s.worthBefore(j); w >= 0 {
		j = w // "a deal worth 1bn euros ($1.3bn) for"
	}
	agr, aStart := s.agreementEndingAt(j)
	if agr == nil || !contractHead[agreementHead(agr)] {
		return
	}
	det := aStart
	if s.article(det) == 1 {
		det++
	}
	if !s.makingVerbNear(det-3, det) {
		return // "talks on a deal for Acme to buy": one sought
	}
	objs, end := s.dealCounterparts(i+1, kind)
	ev := s.evidence(aStart, end, "deal-for-party", 0.65)
	s.relate(x, graph.PartyTo, agr, ev)
	for _, o := range objs {
		if o != x {
			s.relate(o, graph.PartyTo, agr, ev)
		}
	}
}

// worthBefore returns the "worth" or "valued" whose amount ends right
// before j ("worth 1bn euros ($1.3bn; £690m)", "valued at $2m"), or -1.
func (s *sentCtx) worthBefore(j int) int {
	for k := j - 1; k > s.s.T0 && k >= j-14; k-- {
		switch w := s.lower(k); {
		case w == "worth" || w == "valued" && k+1 < j && s.lower(k+1) == "at":
			return k
		case w == "at" || w == "up" || w == "to" || w == "about" || w == "around" || w == "some" || w == "nearly" || w == "almost":
		case amountUnit[w] || amountCurrency[w] || currencySign(w) || w == "(" || w == ")" || w == ";" || w == "," && k > j-12:
		case s.amountEndsAt(k):
		default:
			return -1
		}
	}
	return -1
}

// amountCurrency are currencies named after an amount ("1bn euros").
var amountCurrency = map[string]bool{
	"euros": true, "euro": true, "dollars": true, "pounds": true, "sterling": true, "francs": true,
	"marks": true, "rupees": true, "yuan": true, "roubles": true, "rubles": true, "dlr": true, "dlrs": true,
}
