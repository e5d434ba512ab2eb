package relate

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

var (
	actors    = []graph.Type{graph.Country, graph.Organization, graph.Person}
	states    = []graph.Type{graph.Country, graph.Organization}
	territory = []graph.Type{graph.Place, graph.Country}
)

// verbPatterns finds relations expressed by a verb or noun between a
// subject list and an object: joining, seeking membership, signing,
// proposing, annexing and meeting.
func (s *sentCtx) verbPatterns() {
	hyphen := s.hyphenated()
	for i := s.s.T0; i < s.s.T1; i++ {
		w := s.lower(i)
		switch w {
		case "joined":
			s.joined(i)
			s.joinedWhich(i)
		case "other", "their":
			s.fellowMembers(i)
		case "member", "members":
			s.memberOf(i)
			s.membersSuchAs(i)
			s.memberLists(i)
			s.partyMemberAppositive(i)
			s.membersAppositive(i)
		case "subsidiary", "unit", "affiliate", "division", "arm":
			s.subsidiary(i)
		case "owned", "controlled":
			s.ownedBy(i)
		case "nations", "countries", "states", "economies":
			s.membersSuchAs(i)
			s.memberLists(i)
			s.membersAppositive(i)
		case "allies", "partners", "producers", "exporters":
			s.membersAppositive(i)
			if w == "partners" {
				s.partnerList(i)
				s.coalitionPartners(i)
			}
		case "partner":
			s.coalitionPartners(i)
		case "presidency", "presidencies", "chairmanship":
			s.presidencyOf(i)
		case "directors":
			s.directorList(i)
		default:
			if hyphen && strings.IndexByte(w, '-') > 0 {
				s.countedMembers(i)
			}
			if agreementWordFilter.mayHave(w) {
				if v, ok := keepVerb[w]; ok {
					s.keepsAgreement(i, v)
				}
				if v, ok := leaveVerb[w]; ok {
					s.leftAgreement(i, v)
				}
				if _, ok := nominalPrep[w]; ok {
					s.partyNominal(i)
				}
			}
			if enterVerb[w] || w == "executed" {
				s.enteredInto(i)
			}
			if _, ok := bindingVerb[w]; ok {
				s.bindsParties(i)
			}
		case "join":
			s.wantsToJoin(i)
		case "seeking", "seek", "seeks", "sought":
			s.seeking(i)
		case "applied", "apply", "applies", "applying":
			s.applied(i)
		case "signed":
			s.signed(i)
			s.agreedWith(i)
			s.agreementSignedBy(i)
		case "under":
			s.underWhich(i)
			s.inDeal(i)
			s.underAgreement(i)
		case "in":
			s.inDeal(i)
		case "to":
			s.agreementPurpose(i)
			s.dealForParty(i)
		case "form", "create", "set", "establish", "forms", "creates", "established", "establishes", "created",
			"launched", "launches":
			s.formVenture(i)
		case "merge":
			s.mergeVerb(i)
		case "takeover", "acquisition", "buyout", "purchase":
			s.takeoverOf(i)
		case "sale":
			s.saleTo(i)
		case "has", "have", "had":
			s.haveAgreement(i)
		case "ratified", "ratify", "ratifies", "ratifying", "breached", "breaching", "breach", "breaches",
			"violated", "violating", "violate", "violates", "honour", "honor", "honoured", "honored", "keep", "kept",
			"flout", "flouts", "flouted", "flouting":
			s.boundBy(i)
			s.partyNominal(i) // "Japanese breach of the pact"
		case "presented", "proposed", "unveiled", "tabled", "offered", "offer", "submitted":
			s.proposed(i)
		case "drawn", "put", "drafted", "devised":
			s.proposedPassive(i)
		case "architect", "architects":
			s.architectOf(i)
		case "between", "with", "of":
			s.agreementBetween(i)
		case "sign", "signs", "signing":
			s.sign(i)
		case "accession", "membership":
			s.accessionTalks(i)
			s.prospectiveMembership(i)
			if w == "accession" {
				s.completedEntry(i)
			}
		case "entry", "admission":
			s.completedEntry(i)
		case "bid", "application", "ambition", "ambitions", "attempt", "drive", "quest", "hopes", "determination", "efforts",
			"chances", "prospects":
			s.membershipBid(i)
		case "closer":
			s.closerToMembership(i)
		case "annexed":
			s.annexed(i)
		case "met", "meet", "meets", "meeting", "meetings", "talks", "conference", "summit", "conversations", "conversation", "discussions",
			"negotiations", "negotiating", "conferred", "conferring":
			s.met(i)
		case "talked", "chatted":
			s.talkedWith(i)
		case "discussed":
			s.discussedWith(i)
		case "known", "called":
			s.groupKnownAs(i)
		case "part":
			s.partOfAgreement(i)
			s.partOfBody(i)
		case "comprises", "comprise", "comprised", "includes", "include", "included", "groups", "grouping", "comprising",
			"formed", "founded", "made", "composed", "consisting", "consists":
			s.whichComprises(i)
			if w == "formed" {
				s.formVenture(i)
			}
		case "reached", "struck", "sealed", "clinched", "concluded", "agreed",
			// Headlines are in the present: "Ukraine strikes Turkmen gas deal".
			"reaches", "strikes", "seals", "clinches", "agrees":
			s.reachDeal(i)
			s.agreedWith(i)
			if w == "agreed" {
				s.acceptedAgreement(i) // "agreed to Rha's proposal"
			}
		case "counterpart":
			s.counterpart(i)
		case "leads", "led", "heads", "headed", "chairs", "chaired", "run", "runs", "ran":
			s.leads(i)
		case "defected", "defects", "defecting":
			s.defected(i)
		case "visited", "visit", "visits", "visiting":
			s.visited(i)
		case "hosted", "hosting", "host", "received", "receives", "receiving":
			s.hosted(i)
			s.givenFor(i)
			if w != "host" && w != "hosting" && w != "hosted" {
				s.wonContract(i) // "Halifax Inc said it received a contract"
			}
		case "held", "thrown":
			s.givenFor(i)
		case "'s":
			s.partyMember(i)
			s.personsParty(i)
			s.fellowMembers(i)
			s.possessedAgreement(i)
			s.possessedProposal(i)
		case "'":
			s.possessedProposal(i)
			s.fellowMembers(i)
		case "accepted", "accept", "accepts":
			s.acceptedAgreement(i)
		case "its":
			s.possessedAgreement(i)
			s.fellowMembers(i)
		case "attended":
			s.attendedBy(i)
		case "sits", "sat", "sitting", "serves", "served", "serving", "elected", "re-elected", "appointed", "named", "nominated":
			s.seatOn(i, seatVerbs[w])
		case "seat", "brought", "brings", "bring", "bringing", "peer":
			s.legislatureSeat(i)
		case "deal", "agreement", "settlement", "merger", "accord", "pact":
			s.dealReference(i)
			s.namedModifierParties(i)
		case "treaty":
			s.namedModifierParties(i)
		case "plan", "plans", "proposal", "proposals", "initiative", "blueprint":
			s.namedProposal(i)
		case "won", "wins", "secured", "secures", "awarded", "given", "granted":
			s.wonContract(i)
			if w == "given" {
				s.givenFor(i)
			}
		}
	}
}

// joined: "Poland, the Czech Republic, and Germany (...) joined NATO",
// "she joined the Labour Party"; a person who joins a company takes a
// job there, which is no membership of the schema.
func (s *sentCtx) joined(i int) {
	org, _, oEnd := s.entOf(i+1+s.article(i+1), graph.Organization)
	if org == nil {
		return
	}
	subs, from := s.subjectBefore(i, graph.Country, graph.Organization, graph.Person)
	k := i - 1
	if s.lower(k) == "also" || s.lower(k) == "have" || s.lower(k) == "had" || s.lower(k) == "has" {
		k--
	}
	if groupMembers[s.lower(k)] {
		return // "32 Labour rebels joined Tory opposition": some of the body's people
	}
	for _, sub := range subs {
		if sub.Type == graph.Person && isCompany(org) {
			continue // "Jones joined Barclays in 2003": a job, no membership
		}
		s.relate(sub, graph.MemberOf, org, s.evidence(from, oEnd, "joined", 0.85))
	}
}

// groupMembers are nouns for some of a body's people, which join others
// without the body: "Labour rebels", "Tory MPs", "union members".
var groupMembers = map[string]bool{
	"rebels": true, "mps": true, "members": true, "supporters": true, "voters": true, "activists": true,
	"backbenchers": true, "peers": true, "councillors": true, "officials": true, "ministers": true,
	"workers": true, "employees": true, "staff": true, "troops": true, "soldiers": true, "executives": true,
	"delegates": true, "senators": true, "lawmakers": true, "legislators": true, "deputies": true,
}

// article returns 1 when token i is "the", "a" or "an".
func (s *sentCtx) article(i int) int {
	switch s.lower(i) {
	case "the", "a", "an":
		return 1
	}
	return 0
}

// memberOf: "X is a member of Y", "X, a member of Y", "members of Y such as
// A and B", "Y members A, B and C", "a leading member of the EU".
func (s *sentCtx) memberOf(i int) {
	// "Cyprus is an EU member", "X became a NATO member".
	if org, oStart, _ := s.entOf(i-1, graph.Organization); org != nil {
		// "OPEC member Ecuador", "fellow NATO member Turkey".
		if s.lower(i) == "member" {
			if sub, _, sEnd := s.entOf(i+1, graph.Country, graph.Organization); sub != nil && sub != org {
				s.relate(sub, graph.MemberOf, org, s.evidence(oStart, sEnd, "org-member-name", 0.8))
				return
			}
		}
		k := oStart - 1
		for k > s.s.T0 && isLowerAdj(s.lower(k)) {
			k--
		}
		if s.article(k) == 1 {
			switch s.lower(k - 1) {
			case "is", "was", "became", "becomes", "remains":
				if subs, from := s.subjectBefore(k-1, graph.Country, graph.Organization, graph.Person); len(subs) > 0 {
					for _, sub := range subs {
						s.relate(sub, graph.MemberOf, org, s.evidence(from, i+1, "is-a-member", 0.8))
					}
				}
			}
		}
		return
	}
	if s.lower(i+1) == "of" {
		k := i + 2 + s.article(i+2)
		if w := s.lower(k); w == "his" || w == "her" || w == "its" || w == "their" {
			k++ // "a member of his Christian Democratic Union"
		}
		org, _, oEnd := s.entOf(k, graph.Organization, graph.Agreement)
		if org == nil {
			return
		}
		// "members of NATO such as Poland and Hungary".
		k = oEnd
		if s.lower(k) == "such" && s.lower(k+1) == "as" || s.lower(k) == "including" {
			if s.lower(k) == "such" {
				k += 2
			} else {
				k++
			}
			subs, end := s.listAfter(k, graph.Country, graph.Organization, graph.Person)
			for _, sub := range subs {
				s.relate(sub, membership(org), org, s.evidence(i, end, "members-of-such-as", 0.8))
			}
			return
		}
		// "X is a (founding) member of Y", "X, a member of Y".
		j := i - 1
		for j > s.s.T0 && isLowerAdj(s.lower(j)) {
			j--
		}
		if a := s.lower(j); a == "a" || a == "an" || a == "the" {
			j--
		}
		if w := s.lower(j); (w == "both" || w == "all") && s.lower(i) == "members" && j == i-1 {
			j-- // "France and Italy are both members of", "A and B, all members of"
		}
		if s.lower(j) == "also" || s.lower(j) == "still" {
			j-- // "who is also a member of"
		}
		switch s.lower(j) {
		case "is", "was", "are", "were", "became", "become", "remains", "remained", ",":
			// "Rep. Ann Lee, R-Texas, a member of ...": the person's, not
			// the party's in the tag.
			j = s.skipPartyStateTag(j) - 1
		case "been":
			// "Ireland has been a member of the EU since 1973".
			if w := s.lower(j - 1); w != "has" && w != "have" && w != "had" || conditionals[s.lower(j-2)] {
				return // not "would have been a member"
			}
			j -= 2
		case "be":
			// "Vietnam continues to be a member of the bank".
			if s.lower(j-1) != "to" || !continueVerbs[s.lower(j-2)] {
				return
			}
			j -= 3
		case "as":
			s.asMemberOf(j, org, oEnd)
			return
		case "and":
			// "Rep. Ann Lee, a Texas Democrat and member of the
			// committee": a second description in the appositive, of
			// one person ("member", not "members" of a list).
			c := s.appositiveOpening(j)
			if c < 0 || s.lower(i) != "member" || s.word(j-1) == "," {
				return
			}
			if p, _, _ := s.entOf(c-1, graph.Person); p == nil {
				return
			}
			j = s.skipPartyStateTag(c) - 1
		default:
			return
		}
		if s.lower(j) == "not" || s.lower(j) == "never" {
			return
		}
		if w := s.lower(j); (w == "who" || w == "which") && s.word(j-1) == "," {
			j -= 2 // "Tom Reed, who is a member of the Senate Finance Committee,"
		}
		subs, from := s.listBefore(j+1, graph.Country, graph.Organization, graph.Person)
		for _, sub := range subs {
			s.relate(sub, membership(org), org, s.evidence(from, oEnd, "member-of", 0.8))
		}
	}
}

// appositiveOpening finds the comma that opens an appositive of one
// description ending right before j: ", a Texas Democrat" before "and
// member of"; -1 when none does.
func (s *sentCtx) appositiveOpening(j int) int {
	for c := j - 2; c >= j-6 && c > s.s.T0; c-- {
		switch s.word(c) {
		case ",":
			if a := s.lower(c + 1); (a == "a" || a == "an") && c+2 < j {
				return c
			}
			return -1
		case "and", "or", "(", ")", "who", "which":
			return -1
		}
	}
	return -1
}

// conditionals make "have been" a state that did not happen: "would
// have been a member".
var conditionals = map[string]bool{"would": true, "could": true, "might": true, "should": true, "may": true, "must": true}

// continueVerbs say a state goes on: "continues to be a member".
var continueVerbs = map[string]bool{"continue": true, "continues": true, "continued": true}

// membership is what a member of org is of it: a member of an agreement
// ("India, a member of the General Agreement on Tariffs and Trade") is a
// party to it.
func membership(org *resolve.Entity) graph.Predicate {
	if org.Type == graph.Agreement {
		return graph.PartyTo
	}
	return graph.MemberOf
}

// asMemberOf: "As a member of GATT, India cannot support barter" (the
// phrase opens the sentence; the subject follows its comma).
func (s *sentCtx) asMemberOf(as int, org *resolve.Entity, oEnd int) {
	if s.word(oEnd) == "(" && s.word(oEnd+2) == ")" {
		oEnd += 3 // "As a member of the General Agreement on Tariffs and Trade (GATT),"
	}
	if as != s.s.T0 && !(as == s.s.T0+1 && isOpeningPunct(s.word(s.s.T0))) || s.word(oEnd) != "," {
		return
	}
	sub, _, b := s.entOf(oEnd+1+s.article(oEnd+1), graph.Country, graph.Organization, graph.Person)
	if sub == nil || sub == org {
		return
	}
	if w := s.word(b); w == "'s" || w == "'" || w == "and" || w == "," {
		return // "As a member of NATO, Turkey's army", a list of several
	}
	s.relate(sub, membership(org), org, s.evidence(as, b, "as-member-of", 0.8))
}

// membersSuchAs: "G7 nations, in particular the US", "EU countries such as
// France and Spain", "NATO members including Poland" (member_of).
func (s *sentCtx) membersSuchAs(i int) {
	org, from, b := s.entOf(i-1, graph.Organization)
	if org == nil || b != i {
		return
	}
	k := i + 1
	if s.word(k) == "," {
		k++
	}
	switch {
	case s.lower(k) == "such" && s.lower(k+1) == "as", s.lower(k) == "in" && s.lower(k+1) == "particular":
		k += 2
	case s.lower(k) == "including" || s.lower(k) == "notably" || s.lower(k) == "especially":
		k++
	default:
		return
	}
	subs, end := s.listAfter(k, graph.Country, graph.Organization)
	for _, sub := range subs {
		s.relate(sub, graph.MemberOf, org, s.evidence(from, end, "members-such-as", 0.8))
	}
}

// countWords are the numbers that count an organisation's members.
var countWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}

// countedMembers: "the six-nation Gulf Cooperation Council (GCC) ...
// But the ministers from Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and
// the UAE": a list of exactly as many countries, in this sentence or the
// next two, names the members (member_of).
func (s *sentCtx) countedMembers(i int) {
	num, noun, _ := strings.Cut(s.lower(i), "-")
	switch noun {
	case "nation", "member", "country", "state":
	default:
		return
	}
	n, ok := countWords[num]
	if !ok {
		if v, err := strconv.Atoi(num); err == nil && v >= 2 && v <= 30 {
			n, ok = v, true
		}
	}
	if !ok {
		return
	}
	org, _, oEnd := s.entOf(i+1, graph.Organization)
	if org == nil {
		return
	}
	last := min(len(s.a.Sentences), s.si+3)
	for si := s.si; si < last; si++ {
		o := &sentCtx{docCtx: s.docCtx, s: s.a.Sentences[si], si: si}
		k := o.s.T0
		if si == s.si {
			k = oEnd
		}
		for ; k < o.s.T1; k++ {
			if _, _, b := o.entOf(k, graph.Country); b == 0 {
				continue
			}
			members, end := o.listAfter(k, graph.Country)
			if len(members) == n {
				ev := o.evidence(k, end, "counted-members", 0.7)
				for _, m := range members {
					o.relate(m, graph.MemberOf, org, ev)
				}
				return
			}
			if len(members) > 1 {
				k = end
			}
		}
	}
}

// isLowerAdj accepts the adjectives that may come between "a" and
// "member": "founding", "leading", "full", "permanent".
func isLowerAdj(w string) bool {
	switch w {
	case "founding", "leading", "full", "permanent", "key", "prominent", "senior", "longtime", "long-standing", "associate", "core",
		"veteran", "lifelong", "loyal", "active", "strong":
		return true
	}
	return false
}

// seeking: "Finland and Sweden ... are thinking about seeking NATO
// membership", "seek membership of the EU".
func (s *sentCtx) seeking(i int) {
	var org *resolve.Entity
	end := i + 1
	k := i + 1 + s.article(i+1)
	if e, _, b := s.entOf(k, graph.Organization); e != nil && strings.HasPrefix(s.lower(b), "membership") {
		org, end = e, b+1
	} else if s.lower(k) == "membership" && (s.lower(k+1) == "of" || s.lower(k+1) == "in") {
		k2 := k + 2 + s.article(k+2)
		if e, _, b := s.entOf(k2, graph.Organization); e != nil {
			org, end = e, b
		}
	} else if s.lower(k) == "to" && s.lower(k+1) == "join" {
		k2 := k + 2 + s.article(k+2)
		if e, _, b := s.entOf(k2, graph.Organization); e != nil {
			org, end = e, b
		}
	}
	if org == nil {
		return
	}
	subs, from := s.subjectBefore(i, states...)
	for _, sub := range subs {
		s.relate(sub, graph.SeeksMembership, org, s.evidence(from, end, "seeks-membership", 0.8))
	}
}

// applied: "Ukraine applied to join NATO", "applied for EU membership",
// "a bid to join the EU".
func (s *sentCtx) applied(i int) {
	k := i + 1
	var org *resolve.Entity
	end := k
	switch {
	case s.lower(k) == "to" && s.lower(k+1) == "join":
		if e, _, b := s.entOf(k+2+s.article(k+2), graph.Organization); e != nil {
			org, end = e, b
		}
	case s.lower(k) == "for":
		k2 := k + 1 + s.article(k+1)
		if e, _, b := s.entOf(k2, graph.Organization); e != nil && s.lower(b) == "membership" {
			org, end = e, b+1
		} else if s.lower(k2) == "membership" && (s.lower(k2+1) == "of" || s.lower(k2+1) == "in") {
			if e, _, b := s.entOf(k2+2+s.article(k2+2), graph.Organization); e != nil {
				org, end = e, b
			}
		}
	}
	if org == nil {
		return
	}
	subs, from := s.subjectBefore(i, states...)
	for _, sub := range subs {
		s.relate(sub, graph.SeeksMembership, org, s.evidence(from, end, "applied-to-join", 0.85))
	}
}

// membershipBid: "Ukraine's bid to join NATO", "Turkey's ambition of
// joining the European Union", "Iran's application for membership of the
// WTO" (seeks_membership).
func (s *sentCtx) membershipBid(i int) {
	var applicants []*resolve.Entity
	from := i - 1
	switch s.lower(i - 1) {
	case "'s", "'":
		if e, a, _ := s.entOf(i-2, states...); e != nil {
			applicants, from = []*resolve.Entity{e}, a
		} else if pair, f := s.pairReference(i-2, []graph.Type{graph.Country}); pair != nil {
			// "both countries' ambitions to join NATO": the two the
			// text has just named.
			applicants, from = pair, f
		}
	case "its":
		// "Turkey ... its ambition of joining the EU": the one country
		// the text has just named.
		if e := s.recentCountry(i - 1); e != nil {
			applicants = []*resolve.Entity{e}
		}
	case "their":
		// "Poland and Slovenia ... reinforced their determination to
		// join NATO": the countries the clause is about.
		if subs, f := s.subjectBefore(i-1, graph.Country); len(subs) > 1 {
			applicants, from = subs, f
		}
	}
	if len(applicants) == 0 {
		return
	}
	k := i + 1
	switch {
	case s.lower(k) == "to" && s.lower(k+1) == "join", s.lower(k) == "of" && s.lower(k+1) == "joining":
		k += 2
	case s.lower(k) == "for" && s.lower(k+1) == "membership" && (s.lower(k+2) == "of" || s.lower(k+2) == "in"):
		k += 3
	case s.lower(k) == "of" && (s.lower(k+1) == "admission" && s.lower(k+2) == "to" || s.lower(k+1) == "entry" && s.lower(k+2) == "into"):
		// "Hungary's chances of admission to NATO".
		k += 3
	default:
		return
	}
	// "to join the European Union and NATO": each body named.
	orgs, end := s.listAfter(k, graph.Organization)
	ev := s.evidence(from, end, "bid-to-join", 0.85)
	for _, org := range orgs {
		for _, a := range applicants {
			if a != org {
				s.relate(a, graph.SeeksMembership, org, ev)
			}
		}
	}
}

// signed: "The Minsk agreements were signed by Russia and Ukraine in
// 2015", "Reagan and Chirac signed an agreement", "Mr Blair signed the
// constitution". An object right after the verb makes it active, whatever
// "by" follows ("signed an agreement to buy Globex by exchanging shares").
func (s *sentCtx) signed(i int) {
	obj := i + 1
	if s.lower(obj) == "up" {
		// "Acme signed up for a $2bn deal", "Norway signed up to the
		// treaty": the phrasal verb takes its object after "to" or "for".
		if p := s.lower(obj + 1); p != "to" && p != "for" {
			return
		}
		obj += 2
	} else if by := s.agentBy(i); by > 0 && s.article(i+1) == 0 {
		agr, aStart := s.agreementBefore(i)
		if agr == nil {
			return
		}
		// "the accords signed by the two countries": the two the
		// text has just named.
		parties, end := s.pairOrListAfter(by+1, actors)
		ev := s.evidence(min(aStart, i), end, "signed-by", 0.9)
		for _, p := range parties {
			s.relate(p, graph.PartyTo, agr, ev)
		}
		if y := s.year(i, min(end+4, s.s.T1)); y != "" && len(parties) > 0 {
			s.attribute(agr, graph.Date, y, s.evidence(min(aStart, i), end+2, "signed-in-year", 0.85))
		}
		return
	}
	if s.refusedBefore(i) {
		return // "has never signed the treaty"
	}
	agr, aEnd := s.agreementAfter(obj)
	if agr == nil {
		return
	}
	parties, from := s.subjectBefore(i, actors...)
	ev := s.evidence(from, aEnd, "signed", 0.85)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
	if y := s.year(aEnd, min(aEnd+4, s.s.T1)); y != "" && len(parties) > 0 {
		s.attribute(agr, graph.Date, y, s.evidence(from, aEnd+2, "signed-in-year", 0.85))
	}
}

// boundBy: "Japan failed to keep an agreement", "Turkey accused Greece
// of breaching the 1976 Berne Agreement", "Russia ratified the treaty":
// who keeps, breaks or ratifies an agreement is a party to it (not who
// refuses to ratify it).
func (s *sentCtx) boundBy(i int) {
	w := s.lower(i)
	if strings.HasPrefix(w, "ratif") && s.refusedBefore(i) {
		return
	}
	agr, aEnd := s.agreementAfter(i + 1)
	if agr == nil {
		return
	}
	parties, from := s.gerundSubject(i)
	if len(parties) == 0 {
		if s.word(i-1) == "," && strings.HasSuffix(w, "ing") {
			// "Japan was upset with America's attempt ..., flouting the
			// accord": whose the participle is, the clause does not say.
			return
		}
		parties, from = s.subjectBefore(i, graph.Country, graph.Organization)
	}
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, s.evidence(from, aEnd, "bound-by-agreement", 0.7))
	}
}

// underWhich: "the 1976 Berne Agreement, under which both sides agreed
// to ...", "a deal under which Nigeria and France will reschedule": the
// subject of the clause after "under which" is a party.
func (s *sentCtx) underWhich(i int) {
	if s.lower(i+1) != "which" {
		return
	}
	j := i
	if s.word(j-1) == "," {
		j--
	}
	agr, aStart := s.agreementEndingAt(j)
	if agr == nil {
		return
	}
	k := i + 2
	parties, end := s.pairOrListAfter(k, states)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, s.evidence(aStart, end, "under-which", 0.7))
	}
}

// refusedBefore reports a negation or refusal just before a verb at i:
// "never signed", "refused to ratify", "its unwillingness to sign".
func (s *sentCtx) refusedBefore(i int) bool {
	for k := i - 1; k >= s.s.T0 && k >= i-3; k-- {
		switch w := s.lower(k); w {
		case "not", "never", "n't", "refused", "refuses", "refusing", "refusal", "unwilling", "unwillingness",
			"reluctant", "reluctance", "declined", "declines", "declining", "against", "opposed", "failure", "failed", "fails":
			return true
		}
	}
	return false
}

// proposed: "he has presented a 10-point plan" (proposed_by the speaker)
// and "the plan, first proposed by X".
func (s *sentCtx) proposed(i int) {
	if s.lower(i+1) == "by" {
		agr, aStart := s.agreementBefore(i)
		if agr == nil {
			return
		}
		if props, end := s.listAfter(i+2, actors...); len(props) > 0 {
			for _, p := range props {
				s.relate(agr, graph.ProposedBy, p, s.evidence(min(aStart, i), end, "proposed-by", 0.8))
			}
		}
		return
	}
	if s.article(i-1) == 1 || possessiveDet[s.lower(i-1)] || s.lower(i-1) == "this" || s.lower(i-1) == "that" {
		// "involved in a proposed merger", "the cost of the proposed
		// settlement", "Implats' proposed merger": a participle before
		// the noun, which names no proposer.
		return
	}
	agr, aEnd := s.agreementAfter(i + 1)
	if agr == nil {
		return
	}
	props, from := s.subjectBefore(i, actors...)
	for _, p := range props {
		s.relate(agr, graph.ProposedBy, p, s.evidence(from, aEnd, "proposed", 0.8))
	}
}

// architectOf: "Saudi Arabia was a main architect of the December
// accord", "Baker, the architect of the Plaza agreement," (proposed_by).
func (s *sentCtx) architectOf(i int) {
	if s.lower(i+1) != "of" {
		return
	}
	agr, aEnd := s.agreementAfter(i + 2)
	if agr == nil {
		return
	}
	k := i - 1
	for k > s.s.T0 && architectModifier[s.lower(k)] {
		k-- // "a main", "the chief"
	}
	if s.article(k) != 1 {
		return
	}
	k--
	var props []*resolve.Entity
	from := k
	switch w := s.lower(k); {
	case w == "was" || w == "is" || w == "were" || w == "are" || w == "been":
		if w == "been" {
			k--
		}
		props, from = s.subjectBefore(k, actors...)
	case w == ",":
		// "Baker, the architect of the accord,".
		if e, a, _ := s.entOf(k-1, actors...); e != nil {
			props, from = []*resolve.Entity{e}, a
		}
	}
	for _, p := range props {
		s.relate(agr, graph.ProposedBy, p, s.evidence(from, aEnd, "architect-of", 0.7))
	}
}

// architectModifier are the adjectives of an agreement's architect.
var architectModifier = map[string]bool{
	"main": true, "chief": true, "principal": true, "key": true, "leading": true, "original": true, "prime": true,
}

// annexed: "Putin annexed Crimea", "Russia annexed Crimea in 2014".
func (s *sentCtx) annexed(i int) {
	obj, _, oEnd := s.entOf(i+1+s.article(i+1), territory...)
	if obj == nil {
		return
	}
	subs, from := s.subjectBefore(i, graph.Country, graph.Person)
	for _, sub := range subs {
		s.relate(sub, graph.Annexed, obj, s.evidence(from, oEnd, "annexed", 0.9))
	}
}

// met: "X met (with) Y", "X and Y met", "X opened talks with Y", "after
// meeting with Y" (the subject of the clause met Y).
func (s *sentCtx) met(i int) {
	if s.unrealisedMeeting(i) {
		return
	}
	w := s.lower(i)
	k := i + 1
	coord := -1
	if w != "met" && w != "meet" && w != "meets" {
		s.compoundMeeting(i)
	}
	if w != "met" && s.lower(k) == "between" {
		// "a meeting between A, B and C": each met the others.
		objs, end := s.listAfter(k+1, actors...)
		if n := s.pairAfter(k + 1); len(objs) < 2 && n >= 0 {
			// "talks between the two former allies": the two the text
			// has just named.
			if pair, _ := s.pairReference(n, actors); pair != nil {
				objs, end = pair, n+1
			}
		}
		if len(objs) >= 2 && (w == "meeting" || w == "talks") {
			s.lastMeeting = objs
		}
		s.metEachOther(objs, s.evidence(i, end, "meeting-between", 0.75))
		return
	}
	if s.attendedMeeting(i) {
		return
	}
	// "held brief talks on Sunday with Sarney", "met yesterday with", "after
	// meeting for about an hour with": a time, a place or a duration between.
	k = s.withAfterMeeting(k)
	if s.lower(k) == "with" {
		k++
	} else if v := s.talksVerbBefore(i); v >= 0 {
		// "Blair and Chirac held talks", "the EC and Comecon ended
		// talks", "the two firms held four days of talks": the
		// subjects met each other.
		subs, from := s.subjectBefore(v, actors...)
		s.metEachOther(subs, s.evidence(from, i+1, "held-talks", 0.75))
		return
	} else if at := s.atMeeting(i); at >= 0 {
		// "At a meeting in Paris, French and Soviet ministers said",
		// "China and Israel discussed the issue at a meeting".
		s.metAtMeeting(i, at)
		return
	} else if w == "meeting" && meetingAsVerb[s.lower(i-1)] {
		// "is meeting Ms Furse on Thursday", "after meeting Tony
		// Blair": the verb, with its object.
	} else if w != "met" && w != "meet" && w != "meets" {
		return
	} else if w != "met" && s.lower(i-1) == "and" {
		// "will hold talks with Thatcher and meet the Queen": the
		// subject is not the name before "and" but that of the meeting
		// verb the clause began with.
		if coord = s.previousMeetingVerb(i - 1); coord < 0 {
			return
		}
	}
	if timeOfOffice[s.lower(k)] && !isLowerWord(s.word(k+1)) {
		// "met then Home Office Minister Lord Falconer", "meet former
		// Israeli prime minister Shimon Peres": a title follows.
		k++
	}
	objs, end := s.meetingObjects(k)
	if w == "met" && (len(objs) == 0 || objs[0].Type != graph.Person) {
		// "met House leaders, including Congressman Richard Gephardt".
		for j := k; j < s.s.T1 && j < k+12; j++ {
			if s.lower(j) == "including" {
				objs, end = s.listAfter(j+1, graph.Person)
				break
			}
			if w := s.word(j); w == "." || w == ";" {
				break
			}
		}
	}
	stateOfficials := false
	if len(objs) == 0 {
		// "met Saudi officials", "held talks with Israeli and Egyptian
		// officials": the states whose people the subject met.
		objs, end = s.demonymOfficials(k)
		stateOfficials = len(objs) > 0
	}
	if len(objs) == 0 {
		if w == "met" {
			// "X and Y met".
			subs, from := s.subjectBefore(i, actors...)
			for a := 0; a < len(subs); a++ {
				for b := a + 1; b < len(subs); b++ {
					s.relate(subs[a], graph.MetWith, subs[b], s.evidence(from, i+1, "met", 0.75))
				}
			}
		}
		return
	}
	var subs []*resolve.Entity
	var from int
	if coord >= 0 {
		if subs, from = s.subjectBefore(coord, actors...); len(subs) == 0 {
			return
		}
	} else if w != "met" && w != "meet" && w != "meets" {
		if p, pStart, ok := s.meetingPossessor(i); ok {
			// "Zambia's talks with the IMF": the possessor met them;
			// "the government's talks with the IMF", said by a
			// newspaper: no one named.
			if p == nil || containsEntity(objs, p) {
				return
			}
			subs, from = []*resolve.Entity{p}, pStart
		}
	}
	if subs == nil {
		subs, from = s.clauseSubject(i)
		if len(subs) > 0 && w != "met" && w != "meet" && w != "meets" && s.objectBefore(from) {
			// "Bolivia's agreement with the IMF opened the door to
			// negotiations with the Paris Club", "Nogales told Reuters
			// the negotiations with the Paris Club": an object, not who
			// holds the talks; the subject may be further left ("X will
			// visit the United States and hold talks with Y").
			if objectPreposition[s.lower(from-1-s.article(from-1))] {
				subs, from = s.subjectBefore(from, actors...)
			} else {
				subs = nil
			}
			if len(subs) == 0 || s.objectBefore(from) {
				return
			}
		}
	}
	if len(subs) == 0 {
		// "After a day of meetings with X, Y and Z, Clark said": the
		// subject follows the phrase; "Following a meeting with
		// Borg-Warner officials, GAF said": the body's people.
		k := end
		if peopleNoun[s.lower(k)] && s.word(k+1) == "," && (objs[0].Type == graph.Organization || objs[0].Type == graph.Country) {
			k++
		}
		if s.word(k) != "," {
			return
		}
		k++
		if e, _, _ := s.entOf(s.skipPremodifiers(k), actors...); e != nil && !containsEntity(objs, e) {
			subs, from = []*resolve.Entity{e}, i
		} else if p := s.pronounSubject(k, objs); p != nil {
			subs, from = []*resolve.Entity{p}, i
		}
	}
	if stateOfficials {
		// A person meets a state through its officials, but not the
		// state the person serves (known once the document's offices
		// are all read).
		ev := s.evidence(from, end, "met-state-officials", 0.7)
		for _, sub := range subs {
			if sub.Type != graph.Person {
				continue
			}
			for _, o := range objs {
				s.meetStateLater(sub, o, ev)
			}
		}
		return
	}
	for _, sub := range subs {
		for _, o := range objs {
			if canMeet(sub, o) {
				s.relate(sub, graph.MetWith, o, s.evidence(from, end, "met-with", 0.8))
			} else if sub.Type == graph.Person && o.Type == graph.Country && w != "met" && w != "meet" && w != "meets" && from < i && i-from <= 10 {
				// "X will begin talks with Nigeria", "took part in
				// talks with the Indian government": a person meets a
				// state through its government, but not the state the
				// person serves. Only talks of a subject near before
				// ("no details of why the negotiator had considered the
				// time right for talks with Taiwan" are another's), and
				// not the verb ("meet US requirements").
				s.meetStateLater(sub, o, s.evidence(from, end, "met-state", 0.7))
			}
		}
	}
}

// meetStateLater relates the person to the state met through its
// officials or government once the document's offices are all read, unless
// the person serves that state.
func (s *sentCtx) meetStateLater(person, state *resolve.Entity, ev graph.Evidence) {
	s.later = append(s.later, func() {
		if !s.servesState(person, state) {
			s.relate(person, graph.MetWith, state, ev)
		}
	})
}

// servesState reports a person who holds an office of the state or of one
// of its bodies named by the state or its demonym ("U.S. Senate Budget
// Committee chairman X" serves the United States).
func (s *sentCtx) servesState(person, state *resolve.Entity) bool {
	for _, f := range s.facts {
		if f.Subject != person || f.Object == nil {
			continue
		}
		if f.Predicate != graph.LeaderOf && f.Predicate != graph.OfficialOf && f.Predicate != graph.MemberOf {
			continue
		}
		if f.Object == state || f.Object.Type == graph.Organization && namedState(f.Object.Name) == state.Name {
			return true
		}
	}
	return false
}

// namedState returns the country whose name or demonym opens a body's
// name ("U.S. Senate Budget Committee", "Saudi Press Agency"), or "".
func namedState(body string) string {
	words := strings.Fields(body)
	for n := 1; n <= 2 && n < len(words); n++ {
		if c := countryOfPart(strings.Join(words[:n], " ")); c != "" {
			return c
		}
	}
	return ""
}

// stateOfficialNouns are the plural people of a state named by its
// demonym that one meets: "Saudi officials", "Chinese leaders".
var stateOfficialNouns = map[string]bool{
	"officials": true, "leaders": true, "ministers": true, "negotiators": true, "diplomats": true,
	"delegates": true, "representatives": true, "envoys": true, "authorities": true,
}

// demonymOfficials returns the countries of "(top) Saudi officials",
// "Israeli and Egyptian officials" from token k, a meeting's object, and
// the token after the noun; nothing for other people ("Saudi troops",
// "Saudi businessmen") or when a name follows ("Saudi officials Ali X").
func (s *sentCtx) demonymOfficials(k int) ([]*resolve.Entity, int) {
	switch s.lower(k) {
	case "senior", "top", "other", "government", "high-ranking", "visiting":
		k++
	}
	var out []*resolve.Entity
	for {
		d, ok := s.demonymAt[k]
		if !ok {
			return nil, k
		}
		dm := s.found.Demonyms[d]
		out = append(out, s.countryEntity(dm.Country, d))
		k = dm.T1
		if w := s.lower(k); w == "and" || w == "or" {
			k++
			continue
		}
		if s.lower(k) == "government" {
			k++ // "Saudi government officials"
		}
		break
	}
	if !stateOfficialNouns[s.lower(k)] || !isLowerWord(s.word(k)) {
		return nil, k
	}
	if e, _, _ := s.ent(k + 1); e != nil {
		return nil, k
	}
	return out, k + 1
}

// timeOfOffice are the words that date an office before its title ("then
// Home Office Minister X", "visiting French Foreign Minister Y").
var timeOfOffice = map[string]bool{"then": true, "former": true, "visiting": true, "outgoing": true, "incoming": true}

// unrealisedMeeting reports a meeting word at i that the clause only
// proposes, seeks or refuses ("propose a summit meeting with", "trying to
// arrange a meeting with", "offered to enter into talks with", "whether to
// begin talks with", "refused to meet"), or only supposes ("weighing a
// possible meeting with", "would be happy to meet", "a condition for
// resuming talks with", "efforts aimed at starting discussions between");
// a planned one ("will meet") is still a meeting, and so is one "never"
// qualifies ("had never met X before ... and had since met him twice").
func (s *sentCtx) unrealisedMeeting(i int) bool {
	for k := i - 1; k >= s.s.T0 && k >= i-8; k-- {
		switch s.lower(k) {
		case ".", ";", ",", ":", "and", "but", "said", "says", "after", "before", "following", "during", "when", "while":
			return false
		case "whether", "propose", "proposes", "proposed", "proposing", "arrange", "arranging", "offered", "offers",
			"refused", "refuses", "refusing", "declined", "declines", "not", "n't", "seek", "seeks", "seeking",
			"sought", "trying", "tried", "urged", "urges", "called", "calls", "rejected", "cancelled", "canceled",
			"possible", "possibility", "potential", "happy", "willing", "ready", "condition", "conditions",
			"precondition", "aimed", "aiming":
			return true
		}
		if s.wished(k) {
			return true // "she was hoping to meet X", "would like to meet"
		}
	}
	return false
}

// previousMeetingVerb returns the verb of the meeting clause that ends at
// the "and" at k ("will hold talks with Thatcher and", "met Kohl and"),
// or -1.
func (s *sentCtx) previousMeetingVerb(k int) int {
	for j := k - 1; j >= s.s.T0 && j >= k-12; j-- {
		switch s.lower(j) {
		case ".", ";", ":", "but", "who", "which", "that", "said", "says", "and":
			return -1
		case "talks":
			if talksVerb[s.lower(j-1)] {
				return j - 1
			}
			return -1
		case "met", "meet", "meets":
			return j
		}
	}
	return -1
}

// meetingAsVerb before "meeting" make it a verb: a progressive or a
// clause of time.
var meetingAsVerb = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"after": true, "before": true, "while": true, "when": true,
}

// objectBefore reports a name at from that is the object of a
// preposition or of a verb of telling: "the agreement with the IMF",
// "told Reuters".
func (s *sentCtx) objectBefore(from int) bool {
	k := from - 1
	k -= s.article(k)
	switch p := s.lower(k); p {
	case "told", "tells", "telling", "tell":
		return true
	default:
		return objectPreposition[p]
	}
}

// meetingPossessor: the possessor of a meeting noun at i ("Zambia's
// talks", "the government's current talks"), past up to two lower-case
// modifiers. ok is false without a possessive "'s"; the entity is nil when
// the possessor is no actor the text names.
func (s *sentCtx) meetingPossessor(i int) (*resolve.Entity, int, bool) {
	k := i - 1
	for n := 0; n < 2 && isLowerWord(s.word(k)) && !isFunctionWord(s.lower(k)); n++ {
		k--
	}
	if w := s.word(k); w != "'s" && w != "'" || k <= s.s.T0 {
		return nil, 0, false
	}
	e, a, _ := s.entOf(k-1, actors...)
	return e, a, true
}

// discussedWith: "Kirchner discussed this problem and other issues with
// French president Jacques Chirac": whoever discussed something with
// another met them. The object between is lower-case words, or a name
// right after the verb ("discussed Iraq with"). Subjects that discussed
// something together met each other ("Blair and Chirac discussed Iraq").
func (s *sentCtx) discussedWith(i int) {
	k := -1
	for j := i + 1; j < s.s.T1 && j <= i+10; j++ {
		if s.lower(j) == "with" {
			k = j + 1
			break
		}
		if _, _, b := s.ent(j); b > j && (j == i+1 || j == i+2 && s.lower(i+1) == "the") {
			// "discussed Iraq with X": the matter discussed, right
			// after the verb (in "discussed reports that Bush had met
			// with Putin" the "with" is another clause's).
			j = b - 1
			continue
		}
		if !isLowerWord(s.word(j)) {
			break
		}
	}
	if k < 0 {
		// "Blair and Chirac discussed Iraq": the subjects with each other.
		// Not "Analysts at A and B discussed": the list must be the subject.
		if subs, from := s.subjectBefore(i, actors...); len(subs) >= 2 && s.adjacentSubject(i) && !listPreposition[s.lower(from-1-s.article(from-1))] {
			s.metEachOther(subs, s.evidence(from, i+1, "discussed", 0.7))
		}
		return
	}
	objs, end := s.listAfter(k, actors...)
	if len(objs) == 0 {
		return
	}
	subs, from := s.subjectBefore(i, actors...)
	for _, sub := range subs {
		for _, o := range objs {
			if sub != o && canMeet(sub, o) {
				s.relate(sub, graph.MetWith, o, s.evidence(from, end, "discussed-with", 0.75))
			}
		}
	}
}

// listPreposition are prepositions that make the list after them an
// object, not a clause's subject: "Analysts at A and B discussed".
var listPreposition = map[string]bool{
	"at": true, "of": true, "in": true, "on": true, "by": true, "with": true, "for": true, "to": true,
	"from": true, "among": true, "between": true, "against": true, "into": true,
}

// isFunctionWord reports a preposition, conjunction or determiner, which no
// modifier of a noun is ("Taiwan's position in talks" possesses no talks).
func isFunctionWord(w string) bool {
	switch w {
	case "and", "or", "in", "of", "on", "at", "for", "to", "with", "by", "from", "the", "a", "an", "but":
		return true
	}
	return false
}

// compoundMeeting: "a Franco-German meeting", "the U.S.-Israeli trade
// talks": the countries of a compound before a meeting noun met.
func (s *sentCtx) compoundMeeting(i int) {
	for k := i - 1; k >= s.s.T0 && k >= i-3; k-- {
		w := s.word(k)
		if strings.IndexByte(w, '-') < 0 {
			if !isModifier(w) {
				return
			}
			continue
		}
		cs := s.compoundCountries(w)
		ev := s.evidence(k, i+1, "compound-meeting", 0.75)
		for a := 0; a < len(cs); a++ {
			for b := a + 1; b < len(cs); b++ {
				s.relate(cs[a], graph.MetWith, cs[b], ev)
			}
		}
		return
	}
}

// attendedBy: "The meeting was attended by French President Francois
// Mitterrand, his Prime Minister Jacques Chirac, and by Chancellor Helmut
// Kohl": the people named after "by" met each other, unless one serves
// the other or both the same country; "the meeting, also attended by
// Karl Otto Poehl" after "a meeting between Baker and Stoltenberg": the
// attendee met those the text said met.
func (s *sentCtx) attendedBy(i int) {
	if s.lower(i+1) != "by" {
		return
	}
	noun := -1
	for k := i - 1; k >= s.s.T0 && k >= i-5; k-- {
		if w := s.lower(k); w == "meeting" || w == "talks" || w == "summit" || w == "conference" {
			noun = k
			break
		}
	}
	if noun < 0 {
		return
	}
	var people []*resolve.Entity
	end := i + 2
clause:
	for k := i + 2; k < s.s.T1; k++ {
		switch s.lower(k) {
		case ";", ":", "who", "which", "that", "said", "says", "told", "where", "when", "while", "but":
			break clause
		}
		if e, _, b := s.entOf(k, graph.Person); e != nil {
			if w := s.word(b); w != "'s" && w != "'" && !containsEntity(people, e) {
				people = append(people, e)
			}
			k, end = b-1, b
		}
	}
	ev := s.evidence(noun, end, "meeting-attended-by", 0.7)
	if s.lower(noun-1) == "the" && len(s.lastMeeting) > 0 {
		for _, p := range people {
			for _, o := range s.lastMeeting {
				if o.Type == graph.Person && !containsEntity(people, o) {
					s.relate(p, graph.MetWith, o, ev)
				}
			}
		}
		return
	}
	for a := 0; a < len(people); a++ {
		for b := a + 1; b < len(people); b++ {
			if !s.sameSide(people[a], people[b]) {
				s.relate(people[a], graph.MetWith, people[b], ev)
			}
		}
	}
}

// sameSide reports whether the facts so far put two people on one side:
// one serves or deputises for the other, or both hold office in the same
// country or organisation.
func (s *sentCtx) sameSide(a, b *resolve.Entity) bool {
	var bodiesA []*resolve.Entity
	for _, f := range s.facts {
		switch f.Predicate {
		case graph.ServesUnder, graph.DeputyOf:
			if f.Subject == a && f.Object == b || f.Subject == b && f.Object == a {
				return true
			}
		case graph.LeaderOf, graph.OfficialOf:
			if f.Subject == a {
				bodiesA = append(bodiesA, f.Object)
			}
		}
	}
	for _, f := range s.facts {
		if f.Subject == b && (f.Predicate == graph.LeaderOf || f.Predicate == graph.OfficialOf) && containsEntity(bodiesA, f.Object) {
			return true
		}
	}
	return false
}

// canMeet reports whether a meeting of a and b is one the graph records:
// people with people, countries and organisations with each other.
func canMeet(a, b *resolve.Entity) bool {
	if a == b {
		return false
	}
	// A person meets people and bodies ("talks with Borussia Dortmund");
	// a person and a country are mostly the subject's mistake ("visit the
	// United States and hold talks with President Reagan").
	return a.Type == b.Type || a.Type != graph.Person && b.Type != graph.Person ||
		a.Type == graph.Organization || b.Type == graph.Organization
}

// talksVerb are the verbs whose coordinated subjects held talks together.
var talksVerb = map[string]bool{
	"held": true, "hold": true, "holding": true, "ended": true, "began": true, "opened": true,
	"resumed": true, "concluded": true, "started": true, "begin": true, "open": true, "resume": true,
	"conducted": true,
}

// timeWord reports a word of a short time phrase ("on Sunday", "last
// week", "yesterday", "here").
func timeWord(w string) bool {
	if lexicon.IsWeekday(w) || lexicon.MonthNumber(w) > 0 {
		return true
	}
	switch strings.ToLower(w) {
	case "on", "last", "this", "next", "week", "month", "year", "yesterday", "today", "tomorrow",
		"here", "there", "earlier", "later", "again", "brief", "briefly", "recently":
		return true
	}
	return false
}

// durationWord reports a word of "for about an hour", "for two hours",
// "privately" between a meeting word and "with".
func durationWord(w string) bool {
	switch strings.ToLower(w) {
	case "for", "about", "an", "a", "hour", "hours", "minutes", "nearly", "almost", "over", "more", "than",
		"one", "two", "three", "several":
		return true
	}
	// "met frequently with", "held talks privately with": an adverb of
	// manner or frequency.
	if len(w) > 4 && strings.HasSuffix(w, "ly") && isLowerWord(w) {
		return true
	}
	return allDigits(w)
}

// clauseSubject finds who did what a verb or noun at i describes: the
// subject list before it; for "after meeting with" and "talks with", the
// subject of the main clause, skipping possessors and appositive titles.
func (s *sentCtx) clauseSubject(i int) ([]*resolve.Entity, int) {
	subs, from := s.subjectBefore(i, actors...)
	if len(subs) > 0 {
		return subs, from
	}
	// The first person of the sentence who is not a possessor.
	for k := s.s.T0; k < i; k++ {
		if e, a, b := s.entOf(k, graph.Person); e != nil {
			if s.word(b) == "'s" || s.objectOfRelative(a) {
				k = b
				continue
			}
			return []*resolve.Entity{e}, k
		}
	}
	return nil, i
}

// agreementAfter returns the agreement named at token i (after an article
// or possessive), a known agreement referred to by a definite description
// ("the constitution", "the agreements"), or a described one ("an
// agreement", "a partnership agreement").
func (s *sentCtx) agreementAfter(i int) (*resolve.Entity, int) {
	k := i
	if s.article(k) == 1 || definiteDet[s.lower(k)] || s.lower(k) == "its" {
		k++
	}
	if w := s.word(k); len(w) == 4 && allDigits(w) {
		if e, _, b := s.entOf(k+1, graph.Agreement); e != nil {
			return e, b // "the 1976 Berne Agreement"
		}
	}
	if e, _, b := s.entOf(k, graph.Agreement); e != nil {
		return e, b
	}
	// "the constitution": a definite reference to a named one only.
	if k > i && s.lower(k) == "constitution" && s.lower(k-1) == "the" {
		if e := s.lastAgreement("constitution", k); e != nil {
			return e, k + 1
		}
		return nil, i
	}
	// Up to four modifiers before an agreement noun ("a 10-year debt
	// rescheduling accord", "a joint venture contract").
	for n, j := 0, k; n <= 4 && j < s.s.T1; n, j = n+1, j+1 {
		if intentionsNoun(s.lower(j)) {
			break // "unveiled plans to cut prices": intentions
		}
		// "signed a contract": a contract is an agreement once signed.
		if (s.agreementNoun(j) || s.contractNear(i, j)) && (n <= 2 || contractHead[s.lower(j)]) {
			if k == i && s.lower(j) == "agreement" {
				return nil, i // "reached (general) agreement on": a consensus
			}
			first := j
			for j+1 < s.s.T1 && n < 4 && lexicon.IsAgreementNoun(s.lower(j+1)) {
				// "a formal merger agreement", "a ceasefire accord": the
				// last of the nouns is the head.
				j, n = j+1, n+1
			}
			end := j + 1
			if s.lower(end) == "of" && s.lower(end+1) == "understanding" {
				end += 2 // "a memorandum of understanding"
			}
			e := s.described(i, k, end)
			if w := s.lower(first); first < j && s.describedHere(e) && s.describedByHead[w] == nil {
				s.describedByHead[w] = e // "the merger" after "a merger agreement"
			}
			if j > k && s.word(j-1) == ")" {
				// "a $2bn (1.53bn euros) settlement" is a $2bn settlement.
				if open := s.openBracket(j - 1); open > k {
					f := strings.ToLower(strings.Join(strings.Fields(s.a.Text(k, open)+" "+s.a.Text(j, end)), " "))
					if !slices.Contains(e.Forms, f) {
						e.Forms = append(e.Forms, f)
					}
				}
			}
			return e, end
		}
		if k > i && s.lower(j) == "letter" && s.lower(j+1) == "of" && s.lower(j+2) == "intent" {
			end := j + 3 // "signed a letter of intent"
			return s.described(i, k, end), end
		}
		if w := s.word(j); w == "," && n > 0 && agreementModifier(s.word(j-1)) && allDigits(strings.ReplaceAll(s.word(j+1), ".", "")) {
			// "an exclusive five-year, 25 mln dlr contract": two lists
			// of modifiers.
			n--
			continue
		}
		if w := s.word(j); w == "(" && n > 0 && s.amountEndsAt(j-1) {
			// An amount in other currencies: "$2bn (£1.05bn)".
			if c := s.closeBracket(j); c > j {
				j, n = c, n-1
				continue
			}
		}
		if w := s.word(j); !agreementModifier(w) && !(currencySign(w) && n == 0) && !(j == k && monthModifier(w)) {
			break
		}
		if amountUnit[s.lower(j)] {
			n-- // "a 25 mln dlr contract": an amount is one modifier
		}
	}
	return nil, i
}

var amountUnit = map[string]bool{"mln": true, "billion": true, "million": true, "dlr": true, "dlrs": true, "stg": true, "yen": true}

// amountEndsAt reports an amount of money ending at token k: "2bn",
// "1.8bn", "400 mln" after a currency sign or before a currency word.
func (s *sentCtx) amountEndsAt(k int) bool {
	w := s.word(k)
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || strings.HasSuffix(w, "bn") || w == "mln" || w == "billion" || w == "million"
}

// closeBracket returns the ")" that closes the "(" at k within ten tokens,
// or k.
func (s *sentCtx) closeBracket(k int) int {
	for j := k + 1; j < s.s.T1 && j <= k+10; j++ {
		switch s.word(j) {
		case ")":
			return j
		case "(":
			return k
		}
	}
	return k
}

// openBracket returns the "(" that the ")" at k closes within ten tokens,
// or k.
func (s *sentCtx) openBracket(k int) int {
	for j := k - 1; j >= s.s.T0 && j >= k-10; j-- {
		switch s.word(j) {
		case "(":
			return j
		case ")":
			return k
		}
	}
	return k
}

// agreementNoun reports an agreement's head noun at k: one of the
// lexicon's, or "contract" when a verb just before signs or makes it
// ("signed a contract"; not "his contract expires").
func (s *sentCtx) agreementNoun(k int) bool {
	w := s.lower(k)
	if lexicon.IsAgreementNoun(w) {
		return true
	}
	return (w == "contract" || w == "contracts") && s.makingVerbNear(k-3, k)
}

// signedContract reports "contract" at k with a verb that signs or makes
// it before its whole phrase: "signed a 25 mln dlr contract with".
func (s *sentCtx) signedContract(k int) bool {
	w := s.lower(k)
	return (w == "contract" || w == "contracts") && s.makingVerbNear(k-8, k)
}

// contractNear reports "contract" at k in an object that starts at i, the
// token after a verb that signs or makes it ("signed a joint venture
// contract").
func (s *sentCtx) contractNear(i, k int) bool {
	w := s.lower(k)
	return k > i && (w == "contract" || w == "contracts") && s.makingVerbNear(i-2, i)
}

// intentionsNoun reports the plural "plans", which news uses for what a
// government, a party, a company or a person means to do ("unveiled plans
// to cut prices", "plans unveiled by the Conservatives", "studying
// redeployment plans"): policies and intentions that no text signs, where
// one "plan" is one plan ("a peace plan tabled by France"). Plans that
// the text names ("the Lisbon plans") are mentions of their own.
func intentionsNoun(w string) bool { return w == "plans" }

// agreementEndingAt returns the agreement named or described right
// before j ("the accord" in "the accord, under which", "the treaty
// bans"), and where its words start; nil and j when there is none.
func (s *sentCtx) agreementEndingAt(j int) (*resolve.Entity, int) {
	if e, a, b := s.entOf(j-1, graph.Agreement); e != nil && b == j {
		return e, a
	}
	if s.agreementNoun(j - 1) {
		return s.agreementBefore(j)
	}
	return nil, j
}

// agreementBefore returns the agreement that is the subject of a passive
// verb at i ("The Minsk agreements were signed by") and its first token.
func (s *sentCtx) agreementBefore(i int) (*resolve.Entity, int) {
	for k := i - 1; k >= s.s.T0 && k >= i-6; k-- {
		if e, a, _ := s.entOf(k, graph.Agreement); e != nil {
			return e, a
		}
		if intentionsNoun(s.lower(k)) {
			return nil, i // "plans unveiled by the party": intentions
		}
		if s.agreementNoun(k) || s.signedContract(k) {
			start := k
			if s.lower(k) == "understanding" && s.lower(k-1) == "of" && strings.HasPrefix(s.lower(k-2), "memorand") {
				start = k - 2 // "A memorandum of understanding signed by"
			}
			reach := 2
			if contractHead[s.lower(k)] {
				reach = 4 // "a long-term oil supply deal"
			}
			limit := start - reach
			for start > s.s.T0 && start > limit {
				if s.word(start-1) == ")" {
					// "a $2bn (£1.05bn) settlement with GM"
					if open := s.openBracket(start - 1); open < start-1 && s.amountEndsAt(open-1) {
						limit -= start - open
						start = open
						continue
					}
				}
				if !agreementModifier(s.word(start - 1)) {
					break
				}
				start--
			}
			if w := s.word(start - 1); start < k && (w == "$" || w == "£" || w == "€") && start-1 >= s.s.T0 {
				start-- // "$18.6bn loan agreement"
			}
			det := start
			if det > s.s.T0 && (s.article(det-1) == 1 || definiteDet[s.lower(det-1)]) {
				det--
			}
			return s.described(det, start, k+1), det
		}
	}
	return nil, i
}

// isLowerAdjective reports a lower-case word other than a function word
// ("current", "new" before "loan agreement").
func isLowerAdjective(w string) bool {
	if !isLowerWord(w) {
		return false
	}
	switch w {
	case "and", "or", "of", "to", "in", "on", "with", "by", "for", "a", "an", "the", "this", "that", "his", "her", "their", "its":
		return false
	}
	return true
}

var definiteDet = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// currencySign reports "$", "£" or "€", which starts the amount of a deal
// ("a $1.8bn deal").
func currencySign(w string) bool { return w == "$" || w == "£" || w == "€" }

// agreementModifier reports a word that can stand between an article and
// an agreement noun: any lower-case word but a closed-class one, so that
// numbers, units and common adjectives count ("a ten year rescheduling
// accord", "a new trade deal", "a five billion dollar deal"), which the
// lexicon's stopwords (for capitalised words) would refuse.
func agreementModifier(w string) bool {
	if isModifier(w) {
		return true
	}
	if w == "" || strings.ToLower(w) != w {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return !closedClass[w]
}

// monthModifier reports a month's name, capitalized, that dates the
// agreement it modifies: "OPEC's December accord", "the March pact".
func monthModifier(w string) bool {
	return isCapitalised(w) && lexicon.MonthNumber(w) > 0
}

// closedClass are the function words among the lexicon's stopwords:
// articles, pronouns, prepositions, conjunctions, auxiliaries, quantifiers
// and the adverbs that open clauses; none modifies a noun.
var closedClass = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and but or nor so yet for if then when while whilst where why how
		what which who whom whose this that these those there here it its he she they we i you his her hers
		their theirs our ours my mine your yours him them us me ones some any each every all both either
		neither none no not nothing also although though however moreover meanwhile still instead indeed
		after before during since until unless to because as at by from in into of on onto over under upon
		with within without through throughout across against along among amid around behind below beneath
		beside between beyond despite down except inside near off outside past per toward towards up via
		once twice now today tonight tomorrow yesterday recently soon already finally again often sometimes
		never always perhaps maybe probably possibly reportedly allegedly according including like unlike
		many much few fewer least several such other others another only just even well very
		too quite rather almost nearly about is are was were be been being has have had do does did done
		will would shall should can could might must let whether than whereas ahead together`) {
		m[w] = true
	}
	return m
}()

func isModifier(w string) bool {
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false // "'s", "$", punctuation
	}
	lw := strings.ToLower(w)
	if lw != w || lexicon.IsStopword(w) {
		return false
	}
	switch lw {
	case "and", "or", "of", "to", "in", "on", "with", "by", "for", "a", "an", "the", "this", "that":
		return false
	}
	return true
}

// described returns the agreement entity for an unnamed agreement noun
// phrase [start, end) (det is where its article starts): a definite one
// refers to the last agreement of the document with the same head noun,
// else it becomes an agreement of its own named by the phrase.
func (s *sentCtx) described(det, start, end int) *resolve.Entity {
	e := s.describedAt(det, start, end)
	s.addFullerForms(e, start, end)
	return e
}

// describedAt is described without the fuller forms of the phrase.
func (s *sentCtx) describedAt(det, start, end int) *resolve.Entity {
	head := strings.ToLower(s.word(end - 1))
	name := strings.Join(strings.Fields(strings.ToLower(s.a.Text(start, end))), " ")
	// "the new rescheduling accord" after a signed one is another accord.
	isNew := slices.Contains(strings.Fields(name), "new")
	sameAge := func(e *resolve.Entity) bool {
		return e != nil && (!isNew || slices.Contains(strings.Fields(strings.ToLower(e.Name)), "new"))
	}
	if det < start && definiteDet[s.lower(det)] {
		if e := s.lastAgreement(head, start); sameAge(e) {
			return e
		}
		if e := s.describedByHead[head]; sameAge(e) && end-start == 1 {
			return e // "the deal" after "a trade deal with Argentina"
		}
		// "the deal" after "the merger of Gazprom and Rosneft": a
		// general head refers to the one agreement the text has had.
		if genericAgreementHead[head] {
			// Not a founding treaty or an alliance: "the deal" after
			// "the Warsaw Pact" is another matter.
			if e := s.onlyAgreementBefore(start); sameAge(e) && !foundingHead[agreementHead(e)] && !otherKind(name, e) {
				return e
			}
		}
	}
	if e, ok := s.describedByName[name]; ok {
		s.describedByHead[head] = e
		return e
	}
	e := s.describedNamed(name)
	s.describedByHead[head] = e
	for k := start; k < end-1 && contractHead[head]; k++ {
		if w := s.word(k); yearWord(w) {
			// "its 1985 debt agreement", "the 1987 accord": dated by
			// its name (a plan's year is the one it plans for).
			s.attribute(e, graph.Date, w, s.evidence(start, end, "year-in-name", 0.8))
			break
		}
	}
	if short := withoutEvaluation(name); short != name && !genericAgreementHead[short] {
		e.Forms = append(e.Forms, short) // "an important economic agreement" is an economic agreement
	}
	if c := s.complementEnd(end); c > end && (s.lower(end) != "to" || c-end >= 3) {
		// "an agreement for joint oil exploration": what it is about
		// names it better than its head alone; a bare "to" and verb
		// does not ("a deal to buy 23 planes" is no "deal to buy").
		f := strings.Join(strings.Fields(strings.ToLower(s.a.Text(start, c))), " ")
		if genericAgreementHead[name] {
			e.Name, e.Forms = f, []string{f, name}
		} else {
			e.Forms = append(e.Forms, f)
		}
	}
	return e
}

// complementEnd returns the end of what an agreement is about after its
// head at end-1: "on semiconductors", "for joint oil exploration", "to
// transport crude oil" (up to five words, to the first punctuation,
// conjunction, preposition or name), or end when there is none.
func (s *sentCtx) complementEnd(end int) int {
	switch s.lower(end) {
	case "on", "for", "to":
	default:
		return end
	}
	k := end + 1
	if s.lower(k) == "the" {
		k++
	}
	c := end
	for n := 0; n < 5 && k < s.s.T1; n, k = n+1, k+1 {
		w := s.word(k)
		if !agreementModifier(w) && !(isCapitalised(w) && s.r.MentionAt(k) < 0) || s.r.MentionAt(k) >= 0 ||
			isWeekdayOrMonth(w) || allDigits(w) || timeNoun[w] {
			break // "the agreement on Tuesday" is dated, not described
		}
		c = k + 1
	}
	return c
}

// withoutEvaluation drops the words before an agreement's head that judge
// or date it rather than say what it is about ("important", "new",
// "landmark"), keeping at least the head.
func withoutEvaluation(name string) string {
	f := strings.Fields(name)
	k := 0
	for k < len(f)-1 && evaluative[f[k]] {
		k++
	}
	return strings.Join(f[k:], " ")
}

var evaluative = map[string]bool{
	"new": true, "important": true, "historic": true, "landmark": true, "major": true, "key": true,
	"controversial": true, "latest": true, "separate": true, "similar": true, "formal": true,
	"broad": true, "comprehensive": true, "exclusive": true, "tentative": true, "significant": true,
	"ambitious": true, "unprecedented": true, "big": true, "huge": true, "lucrative": true,
}

// describedHere reports an agreement that this document's patterns made
// from a description ("an accord"), not one named in the text.
func (s *sentCtx) describedHere(e *resolve.Entity) bool {
	for _, d := range s.describedByName {
		if d == e {
			return true
		}
	}
	return false
}

// contractHead are the heads that name a concluded agreement, which may
// take up to four modifiers ("a 10-year debt rescheduling accord"); a
// plan, a motion or an initiative takes two ("a parliamentary motion
// questioning expansion plans" is no plan).
var contractHead = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true, "pact": true,
	"deal": true, "deals": true, "contract": true, "contracts": true, "settlement": true, "protocol": true,
	"merger": true, "mergers": true,
}

var foundingHead = map[string]bool{"pact": true, "treaty": true, "charter": true, "convention": true, "constitution": true}

// truceHead are the heads of a truce, which parties that agree it have
// concluded ("the rebels agreed a ceasefire in April"), where "agreed
// plans" are yet to be carried out.
var truceHead = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "armistice": true}

var genericAgreementHead = map[string]bool{"deal": true, "agreement": true, "accord": true, "pact": true}

// onlyAgreementBefore returns the one agreement named before token i or
// described so far, or nil when there are none or several.
func (s *sentCtx) onlyAgreementBefore(i int) *resolve.Entity {
	var found *resolve.Entity
	for _, e := range s.describedByName {
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	for k := s.s.T0 - 1; k >= 0; k-- {
		mi := s.r.MentionAt(k)
		if mi < 0 {
			continue
		}
		if e := s.r.Entities[s.r.Of[mi]]; e.Type == graph.Agreement {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	for k := s.s.T0; k < i; k++ {
		if e, _, _ := s.entOf(k, graph.Agreement); e != nil && e != found {
			return nil // the sentence names another one first
		}
	}
	return found
}

// lastAgreement returns the agreement named last before token i whose head
// noun is head (singular or plural), or nil.
func (s *sentCtx) lastAgreement(head string, i int) *resolve.Entity {
	stem := strings.TrimSuffix(head, "s")
	for k := i - 1; k >= 0; k-- {
		mi := s.r.MentionAt(k)
		if mi < 0 {
			continue
		}
		e := s.r.Entities[s.r.Of[mi]]
		if e.Type != graph.Agreement {
			continue
		}
		f := strings.Fields(strings.ToLower(e.Name))
		if strings.TrimSuffix(f[len(f)-1], "s") == stem {
			return e
		}
		if len(f) > 2 && f[len(f)-2] == head && lexicon.IsAgreementNoun(f[len(f)-1]) {
			return e // "the Charter" after "the Arctic Charter Treaty"
		}
	}
	return nil
}

// collectives are nouns for groups whose members can be listed before
// them: "France and Germany, a group known as the P5+1".
var collectives = map[string]bool{
	"group": true, "alliance": true, "bloc": true, "coalition": true, "club": true,
	"grouping": true, "forum": true, "union": true, "consortium": true, "partnership": true,
}

// groupKnownAs: "the United States, Russia, China, the United Kingdom and
// France, plus Germany, a group known as the P5+1" (member_of).
func (s *sentCtx) groupKnownAs(i int) {
	k := i + 1
	if s.lower(i) == "known" {
		if s.lower(k) != "as" {
			return
		}
		k++
	}
	org, _, oEnd := s.entOf(k+s.article(k), graph.Organization)
	if org == nil {
		return
	}
	j := i - 1
	if !collectives[s.lower(j)] {
		return
	}
	j--
	if s.article(j) == 1 {
		j--
	}
	if s.word(j) != "," && s.word(j) != "--" {
		return
	}
	members, from := s.listBefore(j, graph.Country, graph.Organization, graph.Person)
	for _, m := range members {
		s.relate(m, graph.MemberOf, org, s.evidence(from, oEnd, "group-known-as", 0.8))
	}
}

// partOfAgreement: "Fiat had sold GM a stake in 2000, as part of a
// partnership agreement": the actors of the clause are parties to the
// agreement, and a year in the clause dates it.
func (s *sentCtx) partOfAgreement(i int) {
	if s.lower(i+1) != "of" || s.lower(i-1) != "as" && s.word(i-1) != "," {
		// "as part of a partnership agreement", ", part of a pact": the
		// clause's acts are done under the agreement; not "Yugansk was
		// not part of the deal", "to repay part of its merger", "the
		// U.S. part of the agreement".
		return
	}
	agr, aEnd := s.agreementAfter(i + 2)
	if agr == nil || !contractHead[agreementHead(agr)] {
		// "sell its A unit and B as part of a plan to cut debt", "as part
		// of its restructuring plans": one side's own plan has no
		// parties, and the units it sells are none.
		return
	}
	clause := s.clauseStart(i)
	for k := clause; k < i; k++ {
		if w := s.lower(k); conditionals[w] || w == "ought" {
			// "the United States ... must press Iraq to ... as part of a
			// settlement": a settlement called for, not made.
			return
		}
	}
	var parties []*resolve.Entity
	for k := clause; k < i; k++ {
		if e, _, b := s.entOf(k, graph.Country, graph.Organization); e != nil {
			if !containsEntity(parties, e) {
				parties = append(parties, e)
			}
			k = b - 1
		}
	}
	if len(parties) < 2 {
		return // one actor alone does not make an agreement
	}
	ev := s.evidence(clause, aEnd, "part-of-agreement", 0.6)
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, ev)
	}
	if y := s.year(clause, i); y != "" {
		s.attribute(agr, graph.Date, y, ev)
	}
}

// clauseStart returns the first token of the clause holding token i: after
// the last ";", ":" or sentence start.
func (s *sentCtx) clauseStart(i int) int {
	for k := i - 1; k >= s.s.T0; k-- {
		switch s.word(k) {
		case ";", ":":
			return k + 1
		}
	}
	return s.s.T0
}

// reachDeal: "Iran faces a deadline to reach a deal", "the two sides
// struck an agreement".
func (s *sentCtx) reachDeal(i int) {
	if s.lower(i) == "agreed" && s.refusedBefore(i) {
		return // "they have not agreed a deal"
	}
	agr, aEnd := s.agreementAfter(i + 1)
	if agr == nil {
		return
	}
	if s.lower(i) == "agreed" && s.describedHere(agr) {
		if h := agreementHead(agr); !contractHead[h] && !truceHead[h] {
			return // "agreed plans to merge": not yet a concluded agreement
		}
	}
	subs, from := s.subjectBefore(i, graph.Country, graph.Organization)
	for _, sub := range subs {
		s.relate(sub, graph.PartyTo, agr, s.evidence(from, aEnd, "reach-agreement", 0.6))
	}
}

// agentBy returns the token of the "by" that introduces the agent of a
// passive verb at i ("signed by", "signed in Paris in 1920 by"), after
// place and time phrases only, or 0.
func (s *sentCtx) agentBy(i int) int {
	for k := i + 1; k < s.s.T1 && k <= i+20; k++ {
		switch w := s.lower(k); w {
		case "by":
			return k
		case ";", ".", "--", "which", "that", "who", "but", "and", "after", "before", "because", "as":
			return 0
		}
	}
	return 0
}

// wishWords say that what follows is wished for, not done: "hopes to
// meet", "would like to sign".
var wishWords = map[string]bool{
	"hoping": true, "hopes": true, "hoped": true, "hope": true, "wants": true, "wanted": true, "want": true,
	"wish": true, "wishes": true, "wished": true, "keen": true, "eager": true,
	"dreams": true, "dreamed": true, "dreamt": true,
}

// wished reports a word of wishWords at k, or "like" after "would":
// "hopes to", "would like to"; not "executives like X".
func (s *sentCtx) wished(k int) bool {
	if s.lower(k) == "like" {
		w := s.lower(k - 1)
		return w == "would" || w == "'d" || w == "should"
	}
	return wishWords[s.lower(k)]
}

// makingVerbs make an agreement after a wish: "hoped to sign a contract",
// not "eager to maintain its treaty".
var makingVerbs = map[string]bool{
	"sign": true, "conclude": true, "reach": true, "strike": true, "seal": true, "agree": true,
	"negotiate": true, "finalise": true, "finalize": true, "complete": true, "clinch": true,
}

// sign: "Portugal will sign the agreement with China", "to formally sign
// the treaty": the subject, and whoever it signs with, are parties.
func (s *sentCtx) sign(i int) {
	if s.refusedBefore(i) {
		return // "its unwillingness to sign the Kyoto Protocol"
	}
	if s.lower(i-1) == "to" && s.wished(i-2) {
		return // "VW hoped to sign a contract with Ford": not signed
	}
	agr, aEnd := s.agreementAfter(i + 1)
	if agr == nil {
		return
	}
	parties, from := s.subjectBefore(i, actors...)
	end := aEnd
	if len(parties) == 0 && i == s.s.T0+1 && (s.lower(i-1) == "by" || s.lower(i-1) == "after") {
		// "By signing the agreement on Tuesday, the prime ministers of
		// Bulgaria and Albania have ...": the subject after the comma.
		for k := aEnd; k < s.s.T1 && k < aEnd+6; k++ {
			if s.word(k) == "," {
				parties, end = s.listAfter(k+1, actors...)
				from = i - 1
				break
			}
		}
	}
	if s.lower(aEnd) == "with" {
		more, e := s.listAfter(aEnd+1, actors...)
		parties, end = append(parties, more...), e
	}
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, s.evidence(min(from, i), end, "sign", 0.75))
	}
}

// accessionTalks: "the EU will start accession talks with Croatia": the
// other side seeks membership of the organisation that is the subject.
func (s *sentCtx) accessionTalks(i int) {
	if s.lower(i+1) != "talks" && s.lower(i+1) != "negotiations" || s.lower(i+2) != "with" {
		return
	}
	k := i + 3
	if s.lower(k) == "both" {
		k++ // "membership talks with both Iraq and Afghanistan"
	}
	apps, end := s.listAfter(k, graph.Country, graph.Organization)
	orgs, from := s.subjectBefore(i, graph.Organization)
	if len(orgs) != 1 {
		return
	}
	for _, a := range apps {
		s.relate(a, graph.SeeksMembership, orgs[0], s.evidence(from, end, "accession-talks", 0.8))
	}
}

// closerToMembership: "a deal bringing Turkey a step closer to EU
// membership", "Ukraine moved closer to NATO membership".
func (s *sentCtx) closerToMembership(i int) {
	if s.lower(i+1) != "to" {
		return
	}
	org, _, b := s.entOf(i+2, graph.Organization)
	if org == nil || s.lower(b) != "membership" {
		return
	}
	subs, from := s.subjectBefore(i, graph.Country, graph.Organization)
	for _, sub := range subs {
		s.relate(sub, graph.SeeksMembership, org, s.evidence(from, b+1, "closer-to-membership", 0.75))
	}
}

// proposedPassive: "a structural adjustment plan drawn up by Nigeria and
// the World Bank", "the plan put forward by France".
func (s *sentCtx) proposedPassive(i int) {
	k := i + 1
	switch s.lower(i) {
	case "drawn":
		if s.lower(k) != "up" {
			return
		}
		k++
	case "put":
		if s.lower(k) != "forward" {
			return
		}
		k++
	}
	if s.lower(k) != "by" {
		return
	}
	agr, aStart := s.agreementBefore(i)
	if agr == nil {
		return
	}
	props, end := s.listAfter(k+1, actors...)
	for _, p := range props {
		s.relate(agr, graph.ProposedBy, p, s.evidence(min(aStart, i), end, "proposed-by", 0.8))
	}
}

// itsBody returns the organisation or country "its" at k refers to: the
// subject of the sentence, the one body named before it, or the nearest
// country that is a subject or possessor; nil when unclear.
func (s *sentCtx) itsBody(k int) *resolve.Entity {
	if e := s.sentenceSubjectBody(k); e != nil {
		return e
	}
	if e := s.itsAntecedent(k); e != nil {
		return e
	}
	return s.nearestSubjectCountry(k)
}

// agreementBetween: "an accord between Nigeria and the Paris Club", "the
// treaty with Japan": the ones named after an agreement are its parties.
func (s *sentCtx) agreementBetween(i int) {
	j := i - 1
	if s.lower(i) == "of" && !mergerNoun[s.lower(j)] {
		// Only a merger is "of" its parties: "the merger of Gazprom and
		// Rosneft", not "the Treaty of Rome".
		return
	}
	// The first word of a joint venture or a letter of intent, which
	// are agreements ending at j; -1 when none ends there.
	named := -1
	switch {
	case (s.lower(j) == "venture" || s.lower(j) == "ventures") && s.lower(j-1) == "joint":
		named = j - 1
	case s.lower(j) == "intent" && s.lower(j-1) == "of" && (s.lower(j-2) == "letter" || s.lower(j-2) == "letters"):
		named = j - 2
	}
	if !s.agreementNoun(j) && !s.signedContract(j) && named < 0 {
		if e, _, b := s.entOf(j, graph.Agreement); e == nil || b != i {
			return
		}
	}
	var agr *resolve.Entity
	var aStart int
	if named >= 0 {
		// "Acme's joint venture with Globex", "the joint venture
		// between Acme and Globex": a venture is an agreement of its
		// partners; "signed a letter of intent with Globex" one of
		// the two who signed it.
		aStart = named
		if s.article(aStart-1) == 1 || definiteDet[s.lower(aStart-1)] {
			aStart--
		}
		agr = s.described(aStart, named, j+1)
	} else {
		agr, aStart = s.agreementBefore(i)
	}
	if agr == nil || s.lower(aStart-1) == "no" {
		return // "there was no treaty between the US and Russia"
	}
	for k := aStart - 1; k >= aStart-5 && k > s.s.T0; k-- {
		if s.lower(k) == "to" && s.wished(k-1) && makingVerbs[s.lower(k+1)] {
			return // "VW hoped to sign a contract with Ford": not made
		}
	}
	// "Turkey's current $18.6bn loan agreement with the IMF": the
	// possessor is a party.
	var owner *resolve.Entity
	ownerStart := aStart
	for k := aStart - 1; k >= aStart-4 && k > s.s.T0; k-- {
		if w := s.word(k); w == "'s" || w == "'" {
			owner, ownerStart, _ = s.entOf(k-1, graph.Country, graph.Organization)
			break
		}
		if k == aStart-1 && s.lower(k) == "its" && s.lower(i) == "with" {
			// "Acme said its supply contract with Globex", "Japan
			// would honour its chip pact with the U.S.": the body the
			// pronoun refers to.
			owner, ownerStart = s.itsBody(k), k
			break
		}
		if w := s.word(k); !agreementModifier(w) && w != "$" && w != "€" && w != "£" && !isLowerAdjective(w) {
			break
		}
	}
	// "with" names a party only when the agreement is made: "signed an
	// agreement with", "terminated an agreement with"; not "his own
	// initiative with Russia".
	standing := s.lower(i) == "with" && owner == nil && !s.makingVerbNear(aStart-4, i)
	if named >= 0 && standing {
		// "plans a joint venture with Globex": formVenture reads the
		// verbs that make one.
		return
	}
	if standing && !s.standingAgreement(agr, aStart) {
		return
	}
	first := i + 1
	if w := s.lower(first); s.lower(i) == "with" && (w == "neighbouring" || w == "neighboring") {
		first++ // "a friendship treaty with neighbouring Hungary"
	}
	parties, end := s.listAfter(first, graph.Country, graph.Organization, graph.Person)
	if standing {
		// "the arms deal with Iran": a description is named once the
		// text's agreements are known (describedAgreements); its
		// parties are related then (relateStanding).
		if len(parties) > 0 {
			from := aStart
			if backer, a := s.backingLeader(aStart - 1); backer != nil {
				parties, from = append([]*resolve.Entity{backer}, parties...), a
			}
			s.standing = append(s.standing, standingParties{j, agr, parties, s.evidence(from, end, "agreement-with", 0.7)})
		}
		return
	}
	if w := s.word(end); ownerStart < aStart && (w == "'s" || w == "'") && s.lower(ownerStart) == "its" {
		return // "its agreement with Germany's proposal": consent
	}
	if s.lower(i) == "between" && len(parties) == 0 {
		// "a trade deal between the two countries", "between both
		// sides": the two this sentence and the one before name.
		n := s.pairAfter(i + 1)
		if pair, _ := s.pairReference(n, states); len(pair) == 2 {
			parties, end = pair, n+1
		}
	}
	if (s.lower(i) == "between" || s.lower(i) == "of") && len(parties) < 2 {
		return
	}
	from := aStart
	if owner != nil && s.lower(i) == "with" && len(parties) > 0 {
		parties, from = append([]*resolve.Entity{owner}, parties...), ownerStart
	} else if s.lower(i) == "with" && len(parties) > 0 {
		// "the US terminated an agreement with the EU": the one who made
		// or ended it is the other party.
		if v := s.makingVerbAt(aStart-4, aStart); v >= 0 {
			if s.refusedBefore(v) {
				return // "Kenya has not signed a deal with Uganda"
			}
			if subs, f := s.subjectBefore(v, graph.Country, graph.Organization, graph.Person); len(subs) > 0 {
				parties, from = append(subs, parties...), f
			}
		}
	}
	for _, p := range parties {
		s.relate(p, graph.PartyTo, agr, s.evidence(from, end, "agreement-"+s.lower(i), 0.75))
	}
	if len(parties) > 0 && s.describedHere(agr) {
		// An unnamed agreement is also known by its parties: "accord
		// between Nigeria and the Paris Club", "agreement with Britain".
		k := aStart
		if s.article(k) == 1 || definiteDet[s.lower(k)] {
			k++
		}
		f := strings.Join(strings.Fields(s.a.Text(k, end)), " ")
		if (s.lower(i) == "between" || s.lower(i) == "with") && k > aStart && s.article(aStart) == 1 && s.lower(aStart) != "the" &&
			genericAgreementHead[agr.Name] && len(agr.Forms) == 1 {
			// "an accord between Nigeria and the Paris Club", "an
			// agreement with the EU": a bare "accord" names no one
			// accord; its parties do.
			agr.Name, agr.Forms = f, []string{f}
		} else if !slices.Contains(agr.Forms, f) {
			agr.Forms = append(agr.Forms, f)
		}
	}
	// "..., reached in 1992", "signed in 2015": the agreement's year.
	for k := end; k < s.s.T1 && k < end+6; k++ {
		switch s.lower(k) {
		case "reached", "signed", "concluded", "agreed":
			if y := s.year(k+1, min(k+4, s.s.T1)); y != "" {
				s.attribute(agr, graph.Date, y, s.evidence(aStart, k+4, "agreement-year", 0.75))
			}
		}
	}
}

// standingParties are the parties "with" names of an agreement that no
// verb makes there (standingAgreement), the agreement's head and the
// agreement it was taken for.
type standingParties struct {
	head    int
	agr     *resolve.Entity
	parties []*resolve.Entity
	ev      graph.Evidence
}

// relateStanding relates the parties of standing agreements, to the
// agreement a description made at its head if any, else to the one
// the pattern found.
func (d *docCtx) relateStanding() {
	for _, st := range d.standing {
		agr := st.agr
		if m := d.r.MentionAt(st.head); m >= 0 {
			if e := d.r.Entities[d.r.Of[m]]; e.Type == graph.Agreement {
				agr = e
			}
		}
		// "the production deal with Peugeot" in a text about Peugeot's
		// deal, which no description made another: that deal.
		fresh := len(agr.Mentions) == 0 && !slices.ContainsFunc(d.facts, func(f Fact) bool { return f.Object == agr || f.Subject == agr })
		s := &sentCtx{docCtx: d}
		for _, p := range st.parties {
			if fresh && slices.ContainsFunc(d.facts, func(f Fact) bool { return f.Subject == p && f.Predicate == graph.PartyTo }) {
				continue
			}
			s.relate(p, graph.PartyTo, agr, st.ev)
		}
	}
}

// standingAgreement reports an agreement phrase starting at aStart whose
// "with" names a party though no verb makes it there: a concluded
// agreement referred to ("the arms deal with Iran", "the U.S. trade
// agreements with Canada and Israel") or one acted under, kept or broken
// ("pursuant to an agreement with", "following an accord with", "to
// honour an agreement with"). Not one sought, refused or only possible
// ("hopes for a deal with", "ruled out any deal with", "a possible
// merger with"), nor a plan or an initiative, which may be its author's
// alone.
func (s *sentCtx) standingAgreement(agr *resolve.Entity, aStart int) bool {
	return contractHead[agreementHead(agr)] && s.standingAt(aStart)
}

// standingAt is standingAgreement for the phrase of a concluded
// agreement's head that starts at aStart.
func (s *sentCtx) standingAt(aStart int) bool {
	if s.refusedBefore(aStart) {
		return false
	}
	det := s.lower(aStart)
	if p := s.lower(aStart - 1); p == "its" || p == "their" || p == "our" {
		det, aStart = p, aStart-1 // "breaking its chip agreement with"
	}
	for k := aStart; k < s.s.T1 && k < aStart+6; k++ {
		w := s.lower(k)
		if w == "with" {
			break
		}
		if hypothetical[w] || speculative[w] || w == "no" || w == "new" && det != "the" {
			return false // "a new deal with": one yet to be made
		}
	}
	if seekingVerb[s.lower(aStart-1)] {
		return false // "to reach the accord with", "hopes for a deal with"
	}
	for k := aStart - 1; k >= s.s.T0 && k >= aStart-3; k-- {
		if w := s.lower(k); talksNoun[w] || modalBefore(w) {
			return false // "talks on a deal with", "could sign a pact with"
		}
	}
	switch det {
	case "the", "this", "that", "these", "those", "its", "their", "our":
		return true
	case "a", "an":
		switch p := s.lower(aStart - 1); p {
		case "under", "following", "after", "through", "via", "honor", "honour", "honoring", "honouring",
			"breaking", "broke", "breach", "breached", "violating", "violated", "revised", "amended":
			return true
		case "backing", "backed", "supporting", "supported", "endorsing", "endorsed", "defending", "defended",
			"implementing", "implemented", "scrapping", "scrapped", "abrogating", "abrogated":
			// "for backing a friendship treaty with Hungary",
			// "parliament backed a trade pact with Chile": an
			// agreement made, now backed, kept or ended.
			return true
		case "to":
			return s.lower(aStart-2) == "pursuant"
		}
	}
	return false
}

// backingLeader returns the one blamed or praised for backing, signing
// or keeping an agreement whose phrase starts after the gerund at v
// ("impeached President Ion Iliescu for backing a friendship treaty
// with Hungary", "praised Chile for ratifying the pact with Peru"), and
// where the name starts: a country, or a person a head of state's or a
// government's title names, whose state is a party. Not a firm's
// shareholders or an observer that backs another's deal.
func (s *sentCtx) backingLeader(v int) (*resolve.Entity, int) {
	if !backingGerund[s.lower(v)] {
		return nil, 0
	}
	subs, a := s.gerundSubject(v)
	if len(subs) != 1 {
		return nil, 0
	}
	e := subs[0]
	switch e.Type {
	case graph.Country:
		return e, a
	case graph.Person:
		if stateLeaderTitle[s.lower(a-1)] {
			return e, a
		}
	}
	return nil, 0
}

// backingGerund are the gerunds of making, supporting or keeping an
// agreement that gerundSubject finds the agent of.
var backingGerund = map[string]bool{
	"backing": true, "supporting": true, "endorsing": true, "defending": true,
	"implementing": true,
}

// stateLeaderTitle are the last words of the titles of heads of state and
// of government, who act for their state.
var stateLeaderTitle = map[string]bool{
	"president": true, "premier": true, "chancellor": true, "king": true,
}

// talksNoun are the nouns of negotiating an agreement not yet made.
var talksNoun = map[string]bool{
	"talks": true, "negotiations": true, "negotiation": true, "discussions": true, "hopes": true, "hope": true,
	"chance": true, "chances": true, "prospect": true, "prospects": true, "possibility": true, "bid": true,
}

// mergerNoun are the agreements whose parties follow "of".
var mergerNoun = map[string]bool{"merger": true, "mergers": true}

// makingVerbAt returns the token of a verb that makes or ends an agreement
// in [i, j), or -1.
func (s *sentCtx) makingVerbAt(i, j int) int {
	for k := max(i, s.s.T0); k < j; k++ {
		if s.makingVerbNear(k, k+1) {
			return k
		}
	}
	return -1
}

// makingVerbNear reports a verb that makes, ends or signs an agreement in
// tokens [i, j).
func (s *sentCtx) makingVerbNear(i, j int) bool {
	for k := max(i, s.s.T0); k < j; k++ {
		switch s.lower(k) {
		case "signed", "sign", "signing", "reached", "reach", "struck", "clinched", "concluded", "terminated",
			"negotiated", "agreed", "sealed", "renewed", "extended", "ratified", "announced", "signs", "strikes",
			"reaches", "seals", "clinches":
			return true
		case "reaching", "striking", "sealing", "clinching", "concluding", "ratifying", "renewing":
			// "since reaching a deal with", "after sealing a pact
			// with": made; "close to striking a deal" not yet.
			if s.lower(k-1) != "to" {
				return true
			}
		}
	}
	return false
}

// counterpart: "Blair met his Israeli counterpart, Ariel Sharon" holds the
// office of its possessor for the country named: Blair leads Britain, so
// Sharon leads Israel; "his LSE counterpart Clara Furse" of a company's
// chief leads the LSE. The possessor's office must be known from the text
// before, else nothing is said.
func (s *sentCtx) counterpart(i int) {
	var country *resolve.Entity
	from := i - 1
	for di, dm := range s.found.Demonyms {
		if dm.T1 == i {
			country, from = s.countryEntity(dm.Country, di), dm.T0
		}
	}
	if country == nil {
		// "Euronext chief X is to meet his LSE counterpart Y": a body's
		// office for a body.
		e, a, _ := s.entOf(i-1, graph.Country, graph.Organization)
		if e == nil {
			s.counterpartAt(i)
			return
		}
		country, from = e, a
	}
	var possessor *resolve.Entity
	switch w := s.lower(from - 1); {
	case w == "his" || w == "her":
		possessor = s.antecedentOf(from-1, w, false)
	case s.word(from-1) == "'s":
		possessor, _, _ = s.entOf(from-2, graph.Person)
	}
	k := i + 1
	if s.word(k) == "," {
		k++
	}
	person, _, end := s.entOf(k, graph.Person)
	if possessor == nil || person == nil || person == possessor {
		return
	}
	s.sameOfficeAt(person, possessor, country, s.evidence(from-1, end, "counterpart", 0.7))
}

// counterpartAt: "X, his counterpart at Acme", "her counterpart at Acme,
// X", "his counterpart in France, X": X holds at the body or in the
// country named the office the possessor holds at theirs.
func (s *sentCtx) counterpartAt(i int) {
	w := s.lower(i - 1)
	if w != "his" && w != "her" {
		return
	}
	if p := s.lower(i + 1); p != "at" && p != "in" && p != "from" {
		return
	}
	body, _, bEnd := s.entOf(i+2+s.article(i+2), graph.Organization, graph.Country)
	if body == nil {
		return
	}
	var person *resolve.Entity
	from, end := i-1, bEnd
	if s.word(i-2) == "," {
		person, from, _ = s.entOf(i-3, graph.Person)
	}
	if person == nil && s.word(bEnd) == "," {
		person, _, end = s.entOf(bEnd+1, graph.Person)
		from = i - 1
	}
	if person == nil {
		return
	}
	possessor := s.antecedentOf(from, w, false)
	if possessor == nil || possessor == person {
		return
	}
	s.sameOfficeAt(person, possessor, body, s.evidence(from, end, "counterpart-at", 0.7))
}

// sameOfficeAt gives person at country (or body) the kind of office the
// possessor holds at another of its type, which the text may give later
// ("the British prime minister"): looked up once every sentence is read.
func (s *sentCtx) sameOfficeAt(person, possessor, country *resolve.Entity, ev graph.Evidence) {
	s.later = append(s.later, func() {
		var office, title *Fact
		for fi := range s.facts {
			f := &s.facts[fi]
			if f.Subject != possessor {
				continue
			}
			if f.Predicate == graph.Title && title == nil {
				title = f
			}
			if f.Object != nil && f.Object.Type == country.Type && f.Object != country &&
				(f.Predicate == graph.LeaderOf || f.Predicate == graph.OfficialOf) {
				if office != nil && office.Predicate != f.Predicate {
					return // offices of two kinds: leave it
				}
				office = f
			}
		}
		if office != nil {
			// "French finance minister A met his German counterpart B":
			// B's title is A's, the one the text gave A first.
			value := ""
			if title != nil {
				value = title.Value
			}
			s.relate(person, office.Predicate, country, ev)
			if value != "" {
				s.attribute(person, graph.Title, value, ev)
			}
		}
	})
}

// leads: "Kahn heads May Department Stores", "Michael Howard, who leads
// the Conservatives", "Ann Lee, who runs Acme" (leader_of), and the
// passive "the Conservative Party, led by Michael Howard", "Acme is headed
// by Ann Lee", "Indonesia's government, led by President X".
func (s *sentCtx) leads(i int) {
	if !isLowerWord(s.word(i)) {
		return // "the Secondary Heads Association": a name, no verb
	}
	if s.lower(i+1) == "by" {
		switch s.lower(i) {
		case "led", "headed", "chaired", "run":
		default:
			return
		}
		// "led by President Megawati", "led by new chief executive X":
		// the holder's title before the name.
		j := i + 2
		if chain, next := s.titleChain(j); len(chain) > 0 {
			j = next
		}
		person, _, end := s.entOf(s.skipHonorific(j), graph.Person)
		k := i - 1
		switch {
		case s.word(k) == "," || s.word(k) == "-" || s.word(k) == "--":
			k-- // "the Sentencing Council - led by Lord Woolf -"
		case s.lower(k) == "is" || s.lower(k) == "was":
			k-- // "Acme is headed by X"
		case s.lower(k) == "been" && (s.lower(k-1) == "has" || s.lower(k-1) == "had"):
			k -= 2
		}
		body, from, _ := s.entOf(k, graph.Organization, graph.Country)
		if body == nil && stateBodyNoun[s.lower(k)] {
			// "Indonesia's (previous) government, led by President X":
			// the state's.
			if statusAdjective[s.lower(k-1)] || s.lower(k-1) == "previous" {
				k--
			}
			if s.word(k-1) == "'s" || s.word(k-1) == "'" {
				body, from, _ = s.entOf(k-2, graph.Country)
			}
		}
		if person != nil && body != nil {
			s.relate(person, graph.LeaderOf, body, s.evidence(from, end, "led-by", 0.75))
		}
		return
	}
	if s.lower(i) == "run" {
		return // "to run Labour's campaign", "will run Nissan day to day": a task, not the head's office
	}
	body, _, end := s.entOf(i+1+s.article(i+1), graph.Organization, graph.Country)
	if body == nil || s.word(end) == "'s" || s.word(end) == "'" || s.nameQualifies(end) {
		// "runs Acme's German arm": a part of the body; "leads Billboard
		// nominations": the name qualifies a noun, not what is led.
		return
	}
	subs, from := s.subjectBefore(i, graph.Person)
	if s.lower(i-1) == "who" && s.word(i-2) == "," {
		// "Michael Howard, who leads the Conservatives".
		if p, a, _ := s.entOf(i-3, graph.Person); p != nil {
			subs, from = []*resolve.Entity{p}, a
		}
	}
	for _, p := range subs {
		s.relate(p, graph.LeaderOf, body, s.evidence(from, end, "leads", 0.75))
	}
}

// nameQualifies reports a lower-case noun at end, after a name, that the
// name qualifies: "leads Billboard nominations", "chairs the G8 summit"
// (not "headed the Menatep group", "chaired Labour nationally").
func (s *sentCtx) nameQualifies(end int) bool {
	w := s.word(end)
	// Not "chairs Vodafone plc" (a legal form), "heads Tesco having run
	// Asda" (a participle).
	return isModifier(w) && isLetters(w) && !strings.HasSuffix(w, "ly") && w != "having" && w != "being" &&
		!bodyNounAfterName[w] && !speechWord(w) && !mention.IsLegalSuffix(w) && !lexicon.IsCompanyHead(w)
}

// bodyNounAfterName are nouns that a name before them makes a body's
// own name: "the Menatep group", "the Labour party".
var bodyNounAfterName = map[string]bool{
	"group": true, "party": true, "company": true, "firm": true, "bank": true, "board": true,
	"team": true, "club": true, "government": true, "alliance": true, "union": true, "movement": true,
}

// defected: "Robert Jackson defected to Labour" (member_of the party he
// joined).
func (s *sentCtx) defected(i int) {
	if s.lower(i+1) != "to" {
		return
	}
	party, _, end := s.entOf(i+2+s.article(i+2), graph.Organization)
	if party == nil {
		return
	}
	subs, from := s.subjectBefore(i, graph.Person)
	for _, p := range subs {
		s.relate(p, graph.MemberOf, party, s.evidence(from, end, "defected-to", 0.8))
	}
}

// visited: "John McCain recently visited Mr Blair" (met_with; visiting a
// country or a city is no meeting).
func (s *sentCtx) visited(i int) {
	o, _, end := s.entOf(s.skipPremodifiers(i+1), graph.Person)
	if o == nil {
		return
	}
	subs, from := s.subjectBefore(i, graph.Person)
	for _, sub := range subs {
		s.relate(sub, graph.MetWith, o, s.evidence(from, end, "visited", 0.75))
	}
}

// partyMember: "Labour's Christine May", "the Tories' Michael Howard": a
// party's possessive before a name makes its member.
func (s *sentCtx) partyMember(i int) {
	party, from, _ := s.entOf(i-1, graph.Organization)
	if party == nil {
		return
	}
	if o, ok := lexicon.OrgByName(party.Name); !ok || o.Kind != lexicon.KindParty {
		return
	}
	// "Labour's Mr Livingstone": an honorific before the name.
	if p, _, end := s.entOf(s.skipHonorific(i+1), graph.Person); p != nil {
		s.relate(p, graph.MemberOf, party, s.evidence(from, end, "party-possessive", 0.75))
	}
}

// yearWord reports a year of the last two centuries: "1985", "2004".
func yearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && allDigits(w)
}

// stateBodyNoun are a state's governing bodies after its possessive name.
var stateBodyNoun = map[string]bool{"government": true, "administration": true, "cabinet": true, "regime": true}
