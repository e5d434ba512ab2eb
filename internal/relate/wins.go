package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// wonContract: "Cigra Inc won a contract to supply 33,000 tonnes", "a
// group led by Siemens won the contract to build an airport", "Weston
// Inc said it was awarded a three-year contract", "it won a 300 mln
// mark deal from the Federal Labour Office": who wins or is awarded a
// contract is a party to it, and so is whom it is won from. A company
// that "received a contract" has won it as well, and the one that
// awards it is the other party: "was awarded a contract by the Navy",
// "McDonnell Douglas said it awarded two contracts to Abex".
func (s *sentCtx) wonContract(i int) {
	aux := i
	prep := "from"
	receiving := false
	switch w := s.lower(i); w {
	case "received", "receives", "receiving":
		receiving = true
		if p := s.lower(i - 1); p == "has" || p == "have" || p == "had" {
			aux = i - 1 // "it has received a contract"
		}
	case "awarded", "given", "granted":
		// The passive: "was awarded a contract", "having been awarded";
		// the active "X awarded a contract to Y" binds X and Y.
		if p := s.lower(i - 1); p != "was" && p != "were" && p != "been" && p != "is" && p != "are" {
			if w != "awarded" {
				return
			}
			prep = "to"
			break
		}
		prep = "by"
		aux = i - 1
		if s.lower(aux-1) == "has" || s.lower(aux-1) == "have" || s.lower(aux-1) == "had" {
			aux--
		}
		if s.lower(aux-1) == "having" {
			return // ", having been awarded": the subject of the main clause
		}
	}
	if s.refusedBefore(aux) || modalBefore(s.lower(aux-1)) {
		return // "failed to win a contract", "did not secure a deal"
	}
	det := i + 1
	start := det + 1
	switch {
	case s.article(det) == 1:
	case numberWord[s.lower(det)] || allDigits(s.word(det)):
		// "won two contracts", "was awarded four multi-year contracts".
	default:
		// "won multi-million pound contracts": a plural without one.
		start = det
	}
	k := start
	for n := 0; n < 4 && k < s.s.T1 && !wonHead[s.lower(k)]; n++ {
		if w := s.word(k); !agreementModifier(w) && !(currencySign(w) && n == 0) {
			return
		}
		k++
	}
	if !wonHead[s.lower(k)] || start == det && !strings.HasSuffix(s.lower(k), "s") {
		return
	}
	agr := s.described(det, start, k+1)
	var parties []*resolve.Entity
	var from int
	if s.lower(aux-1) == "it" || s.lower(aux-1) == "they" {
		parties, from = s.subjectBefore(aux, actors...)
	} else if receiving {
		// A company receives a contract, named right before the verb: a
		// name at the end of a long subject ("Bull Inc, the company
		// owned by NEC and Machines Bull of France, received") is an
		// aside's.
		if e, _, _ := s.ent(aux - 1); e == nil {
			return // "Bull Inc <BULL.PA> received": ent reads past the ticker
		}
		parties, from = s.subjectBefore(aux, graph.Organization)
	} else {
		parties, from = s.subjectBefore(aux, graph.Organization, graph.Country)
	}
	if len(parties) == 0 || s.lower(from-1) == "by" {
		return // "is reported by Reuters to have won": the reporter
	}
	// "won an order worth 300 mln marks from the Federal Labour Office",
	// "was awarded a contract by the Navy", "awarded a contract to Abex".
	parties, end := s.partiesAfterPrep(parties, k+1, 8, prep)
	ev := s.evidence(from, end, "won-contract", 0.7)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
}

// wonHead are what a company wins: contracts and deals.
var wonHead = map[string]bool{"contract": true, "contracts": true, "deal": true, "deals": true}
