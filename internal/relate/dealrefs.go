package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// dealReference: "Acme has agreed to buy Globex for $2bn. The deal will
// ...", "Acme agreed to pay $50m to settle the case, but under the
// settlement it admits nothing": news states a transaction first and
// then refers back to it as "the deal", "the settlement", "the merger".
// A definite agreement noun at i with no agreement named between it and
// a transaction clause in its sentence or the two before is that
// transaction; the clause's subject is a party, and so is whom it buys
// from, sells to, pays or merges with.
func (s *sentCtx) dealReference(i int) {
	if !referenceHead[s.lower(i)] || s.r.MentionAt(i) >= 0 {
		return
	}
	det := i - 1
	for n := 0; n < 3 && det > s.s.T0 && !definiteDet[s.lower(det)] && (agreementModifier(s.word(det)) || currencySign(s.word(det))); n++ {
		det-- // "the landmark deal", "the £13.8m deal"
	}
	if w := s.lower(det); w != "the" && w != "this" || s.refusedBefore(det) {
		return // "were not part of the agreement"
	}
	switch s.lower(i + 1) {
	case "with", "between", "of":
		return // "the deal with Globex" names its own party
	}
	for n := det + 1; n < i; n++ {
		if w := s.lower(n); speculative[w] || w == "new" || w == "other" || w == "previous" || w == "original" || w == "same" {
			return // "the proposed deal", "the new deal": not the one stated
		}
	}
	for j := s.si; j >= 0 && j >= s.si-2; j-- {
		c, end := s, det
		if j != s.si {
			c = &sentCtx{docCtx: s.docCtx, s: s.a.Sentences[j], si: j}
			end = c.s.T1
		}
		for k := end - 1; k >= c.s.T0; k-- {
			if e, _, _ := c.entOf(k, graph.Agreement); e != nil || c.agreementNoun(k) || nearerDealNoun[c.lower(k)] {
				return // the nearer agreement (or offer) is what is referred to
			}
			verb, aux, kind := c.transactionAt(k)
			if kind == notDealVerb {
				continue
			}
			if c.refusedBefore(aux) || modalBefore(c.lower(aux-1)) || attemptWord[c.lower(aux-1)] {
				return
			}
			parties, from := c.subjectBefore(aux, actors...)
			if len(parties) == 0 || !c.subjectRightBefore(aux) {
				return // "Acme will pay X and will pay Y": the subject is far
			}
			for a := c.s.T0; a < from; a++ {
				if e, _, _ := c.entOf(a, graph.Agreement); e != nil || c.agreementNoun(a) {
					return // "the December accord, under which OPEC agreed to ...": that accord
				}
			}
			objs, oEnd := c.dealCounterparts(verb, kind)
			for _, o := range objs {
				if !containsEntity(parties, o) {
					parties = append(parties, o)
				}
			}
			agr := s.described(det, det+1, i+1)
			if agreementHead(agr) != s.lower(i) {
				// "the agreement" after "a letter of intent" and the
				// transaction: the transaction, which is nearer.
				agr = s.describedNamed(s.lower(i))
			}
			for _, f := range s.facts {
				if f.Object == agr && f.Predicate == graph.PartyTo && !containsEntity(parties, f.Subject) {
					return // an agreement of other parties: not this transaction
				}
			}
			ev := c.evidence(from, max(oEnd, verb+1), "deal-reference", 0.6)
			for _, p := range parties {
				s.relate(p, graph.PartyTo, agr, ev)
			}
			return
		}
	}
}

// subjectRightBefore reports a subject that ends right before the verb
// group at aux, past adverbs ("Acme has tentatively agreed", "it also
// agreed", "Acme Corp <ACM> agreed"): a name, "it" or "they".
func (s *sentCtx) subjectRightBefore(aux int) bool {
	k := aux - 1
	for k > s.s.T0 && (strings.HasSuffix(s.lower(k), "ly") && isLowerWord(s.word(k)) || s.lower(k) == "also" || s.lower(k) == "now") {
		k--
	}
	if w := s.lower(k); w == "it" || w == "they" {
		return true
	}
	if e, _, b := s.ent(k); e != nil && b == k+1 {
		return true
	}
	if s.word(k) == ")" {
		if e, _, b := s.ent(k - 1); e != nil && b == k {
			return true // "U.S. Lines (S.A.)"
		}
		if o := s.openBracket(k); o < k {
			// "China International Trust and Investment Corp (Citic) bought"
			e, _, b := s.ent(o - 1)
			return e != nil && b == o
		}
	}
	return false
}

// nearerDealNoun are nouns of a deal or an offer that a reference after
// them may mean ("have agreed to a new contract. The deal ...").
var nearerDealNoun = map[string]bool{"offer": true, "bid": true, "contract": true, "contracts": true, "offers": true, "bids": true, "intent": true}

// referenceHead are the agreement nouns news uses to refer back to a
// transaction it has stated.
var referenceHead = map[string]bool{
	"deal": true, "agreement": true, "settlement": true, "merger": true, "accord": true, "pact": true,
}

type dealVerb int

const (
	notDealVerb dealVerb = iota
	buyVerb
	sellVerb
	payVerb
	mergeDealVerb
	agreeToVerb
)

var dealVerbs = map[string]dealVerb{
	"buy": buyVerb, "acquire": buyVerb, "purchase": buyVerb, "sell": sellVerb, "transfer": sellVerb, "pay": payVerb, "merge": mergeDealVerb,
}

var payNoun = map[string]bool{"cut": true, "cuts": true, "rise": true, "rises": true, "increase": true, "freeze": true, "deal": true, "talks": true, "offer": true, "award": true}

var dealVerbsFinite = map[string]dealVerb{
	"buys": buyVerb, "bought": buyVerb, "acquires": buyVerb, "acquired": buyVerb, "purchased": buyVerb,
	"sells": sellVerb, "sold": sellVerb, "merged": mergeDealVerb, "merges": mergeDealVerb,
}

// transactionAt reports a verb of a transaction at k that the text states
// as agreed or done: "has agreed to buy", "is to buy", "will pay",
// "agreed in principle to sell", "bought" (not "was bought", "could
// buy"). It returns the verb, where its verb group starts and its kind.
func (s *sentCtx) transactionAt(k int) (int, int, dealVerb) {
	w := s.lower(k)
	if kind := dealVerbsFinite[w]; kind != notDealVerb {
		switch s.lower(k - 1) {
		case "was", "were", "been", "be", "being", "is", "are", "to":
			return k, k, notDealVerb // passive, or a participle
		}
		aux := k
		if p := s.lower(k - 1); p == "has" || p == "have" || p == "had" {
			aux = k - 1
		}
		// The subject is right before: "Acme bought", "it has sold";
		// not "will be built in Japan and sold".
		if !s.subjectRightBefore(aux) {
			return k, k, notDealVerb
		}
		return k, aux, kind
	}
	if w == "agreed" || w == "agree" || w == "agrees" {
		// "The EU and US have agreed to begin talks", "Acme agreed in
		// principle with Globex to share plants", "X, Y and Z agreed in
		// Paris in late February to stabilise currencies".
		j := s.skipCircumstance(k + 1)
		if s.lower(j) == "in" && s.lower(j+1) == "principle" {
			j += 2
		}
		if s.lower(j) == "with" {
			if _, e := s.listAfter(j+1, actors...); e > j+1 {
				j = e
			}
		}
		if v := s.word(j + 1); s.lower(j) != "to" || !isLowerWord(v) || closedClass[v] {
			return k, k, notDealVerb
		}
		aux := k
		if p := s.lower(k - 1); p == "has" || p == "have" || p == "had" {
			aux = k - 1
		}
		return k, aux, agreeToVerb
	}
	kind := dealVerbs[w]
	if kind == notDealVerb || kind == payVerb && payNoun[s.lower(k+1)] {
		return k, k, notDealVerb // "agree to pay cut": a noun
	}
	switch s.lower(k - 1) {
	case "will", "would":
		return k, k - 1, kind
	case "to":
	default:
		return k, k, notDealVerb
	}
	a := k - 2
	if s.lower(a) == "principle" && s.lower(a-1) == "in" {
		a -= 2 // "agreed in principle to sell"
	}
	switch s.lower(a) {
	case "agreed", "agree", "agrees":
		if p := s.lower(a - 1); p == "has" || p == "have" || p == "had" {
			a--
		}
		return k, a, kind
	case "is", "are":
		return k, a, kind // "Acme is to buy Globex"
	}
	return k, k, notDealVerb
}

// dealCounterparts returns the other side of a transaction whose verb is
// at v: the company bought ("buy rival Globex", "buy 33% of Globex", "buy
// Globex's stake in Initech": the seller), whom one sells to, whom one
// pays ("pay Fiat 1.5bn euros") and whom one merges with or into.
func (s *sentCtx) dealCounterparts(v int, kind dealVerb) ([]*resolve.Entity, int) {
	switch kind {
	case buyVerb:
		for j := v + 1; j < s.s.T1 && j <= v+8; j++ {
			switch s.word(j) {
			case ",", ";", ":", "(":
				return nil, v + 1
			}
			if e, _, b := s.entOf(j, graph.Organization); e != nil {
				if w := s.word(b); isLowerWord(w) && !closedClass[w] {
					j = b - 1 // "the PC division of IBM": a modifier
					continue
				}
				return []*resolve.Entity{e}, b
			}
			if _, _, b := s.ent(j); b > j {
				j = b - 1 // "a Paris-based", "India's": a place or country
			}
		}
	case sellVerb:
		for j := v + 1; j < s.s.T1 && j <= v+12; j++ {
			switch s.lower(j) {
			case ";", ":", "for", "and":
				return nil, v + 1
			case "to":
				return s.listAfter(j+1, graph.Organization, graph.Country, graph.Person)
			}
		}
	case payVerb:
		if e, _, b := s.entOf(s.skipPremodifiers(v+1), actors...); e != nil && s.word(b) != "'s" && s.word(b) != "'" {
			return []*resolve.Entity{e}, b
		}
	case mergeDealVerb:
		j := v + 1
		if s.lower(j) == "with" && s.lower(j+1) == "and" && s.lower(j+2) == "into" {
			j += 2 // "merge with and into Globex"
		}
		if w := s.lower(j); w == "with" || w == "into" {
			return s.listAfter(j+1, graph.Organization) // "merged into Globex": the company it joins
		}
	case agreeToVerb:
		j := s.skipCircumstance(v + 1)
		if s.lower(j) == "in" && s.lower(j+1) == "principle" {
			j += 2
		}
		if s.lower(j) == "with" {
			return s.listAfter(j+1, actors...)
		}
	}
	return nil, v + 1
}
