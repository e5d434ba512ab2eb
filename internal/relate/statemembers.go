package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// fellowNouns are the plural nouns for the other members of a body:
// "Saudi Arabia and other OPEC members", "Britain's EC partners".
var fellowNouns = map[string]bool{
	"members": true, "countries": true, "states": true, "nations": true, "governments": true,
	"partners": true, "allies": true, "producers": true, "exporters": true, "economies": true,
}

// fellowMembers: "Saudi Arabia and other OPEC members", "Britain and
// nine other EC countries", "France, Italy and the other EC states"
// (from "other"), "Britain's EC partners", "the U.S. and its NATO
// allies" (from the body): the ones set beside the other members of a
// body are members of it too (member_of).
func (s *sentCtx) fellowMembers(i int) {
	switch s.lower(i) {
	case "other":
		org, _, b := s.entOf(i+1, graph.Organization)
		if org == nil || !s.fellowHead(b) {
			return
		}
		k := i - 1
		if allDigits(s.lower(k)) || countWords[s.lower(k)] > 0 {
			k-- // "nine other EC countries"
		}
		if w := s.lower(k); w == "the" || w == "its" || w == "their" {
			k--
		}
		if w := s.lower(k); w != "and" && w != "or" {
			return
		}
		if s.word(k-1) == "," {
			k--
		}
		subs, from := s.listBefore(k, graph.Country, graph.Organization)
		s.fellowRelate(subs, org, from, b+1)
	case "'s", "'":
		// "Britain's EC partners", "Turkey's NATO allies".
		org, _, b := s.entOf(i+1, graph.Organization)
		if org == nil || !s.fellowHead(b) {
			return
		}
		sub, a, _ := s.entOf(i-1, graph.Country, graph.Organization)
		if sub == nil {
			return
		}
		if w := s.lower(a - 1); w == "and" || w == "the" && s.lower(a-2) == "and" {
			// "Greece and Turkey's NATO allies": the allies of both.
			if subs, from := s.listBefore(i, graph.Country, graph.Organization); len(subs) > 1 {
				s.fellowRelate(subs, org, from, b+1)
				return
			}
		}
		s.fellowRelate([]*resolve.Entity{sub}, org, a, b+1)
	case "its", "their":
		// "Britain and its EC partners", "Spain and its 11 EC partners".
		at := i + 1
		if allDigits(s.lower(at)) || countWords[s.lower(at)] > 0 {
			at++
		}
		org, _, b := s.entOf(at, graph.Organization)
		if org == nil || !s.fellowHead(b) || s.lower(i-1) != "and" {
			return
		}
		k := i - 1
		if s.word(k-1) == "," {
			k--
		}
		subs, from := s.listBefore(k, graph.Country, graph.Organization)
		s.fellowRelate(subs, org, from, b+1)
	}
}

// fellowHead reports a plural member noun at b that ends the phrase:
// "other EC countries", not "other EC countries' farmers".
func (s *sentCtx) fellowHead(b int) bool {
	if s.lower(b) == "member" {
		b++ // "other EC member states"
	}
	if !fellowNouns[s.lower(b)] {
		return false
	}
	w := s.word(b + 1)
	return w != "'" && w != "'s"
}

func (s *sentCtx) fellowRelate(subs []*resolve.Entity, org *resolve.Entity, from, to int) {
	if len(subs) == 0 {
		return
	}
	ev := s.evidence(from, to, "fellow-members", 0.8)
	for _, sub := range subs {
		if sub != org {
			s.relate(sub, graph.MemberOf, org, ev)
		}
	}
}

// joinedWhich: "Spain, which joined the EC in 1986," (member_of): the
// name the relative clause describes joined the body.
func (s *sentCtx) joinedWhich(i int) {
	if w := s.lower(i - 1); w != "which" && w != "who" || s.word(i-2) != "," {
		return
	}
	org, _, oEnd := s.entOf(i+1+s.article(i+1), graph.Organization)
	if org == nil {
		return
	}
	k := i - 3
	if s.word(k) == ")" {
		k = s.skipAsideBack(k, actors) // "Spain (...), which joined"
	}
	sub, a, b := s.entOf(k, actors...)
	if sub == nil || b != k+1 {
		return
	}
	s.relate(sub, graph.MemberOf, org, s.evidence(a, oEnd, "joined-which", 0.8))
}

// whichComprises: "the Central European Free Trade Area, which comprises
// Hungary, Slovakia and the Czech Republic" (member_of): the countries and
// bodies a relative clause lists as what a body is made of are its
// members. Two or more are needed, so that "the group, which includes its
// chairman's firm" says nothing. Without "which" ("The GCC groups Oman,
// Qatar and Bahrain", "the Andean Pact, formed by Peru, Bolivia and
// Chile,", "the union, made up of ...") only countries count.
func (s *sentCtx) whichComprises(i int) {
	k := i - 1
	first := i + 1
	switch s.lower(i) {
	case "formed", "founded":
		if s.lower(i+1) != "by" {
			return
		}
		first++
	case "made", "composed", "consisting", "consists":
		if w := s.lower(i + 1); w != "of" && !(w == "up" && s.lower(i+2) == "of") {
			return
		}
		if s.lower(i+1) == "up" {
			first++
		}
		first++
	}
	if s.lower(k) == "also" {
		k--
	}
	types := []graph.Type{graph.Country, graph.Organization}
	var org *resolve.Entity
	var oStart int
	if s.lower(k) == "which" && s.word(k-1) == "," {
		org, oStart, _ = s.entOf(k-2, graph.Organization)
	} else {
		if w := s.lower(k); (w == "is" || w == "was") && (s.lower(i) == "made" || s.lower(i) == "composed" || s.lower(i) == "formed") {
			k-- // "the union is made up of"
		}
		comma := s.word(k) == ","
		j := k
		if comma {
			j--
		}
		var b int
		org, oStart, b = s.entOf(j, graph.Organization)
		if org == nil && s.word(j) == ")" {
			// "the Gulf Cooperation Council (GCC), grouping ..."
			org, oStart, _ = s.entOf(s.skipAsideBack(j, []graph.Type{graph.Organization}), graph.Organization)
			b = j + 1
		}
		if org == nil || b != j+1 {
			return
		}
		if comma && !participialComprise[s.lower(i)] || !comma && !finiteComprise[s.lower(i)] {
			return
		}
		types = []graph.Type{graph.Country}
	}
	if org == nil {
		return
	}
	subs, end := s.listAfter(first, types...)
	if len(subs) < 2 || s.word(end) == "'s" || s.word(end) == "'" {
		return
	}
	if s.word(end) == "(" && s.word(end+2) == ")" {
		end += 3 // "... and the United Arab Emirates (UAE)."
	}
	if w := s.word(end); w != "," && w != "." && w != ";" && w != "--" && w != ")" && end < s.s.T1 {
		return // "which includes Acme and Globex shares": not the names
	}
	ev := s.evidence(oStart, end, "which-comprises", 0.75)
	for _, sub := range subs {
		if sub != org {
			s.relate(sub, graph.MemberOf, org, ev)
		}
	}
}

// participialComprise are the participles of an appositive that lists
// a body's members: "the Andean Pact, formed by Peru and Chile,".
var participialComprise = map[string]bool{
	"comprising": true, "grouping": true, "formed": true, "founded": true, "made": true,
	"composed": true, "consisting": true,
}

// finiteComprise are the verbs whose subject is the body itself: "The
// GCC groups Oman, Qatar and Bahrain", "the union is made up of".
var finiteComprise = map[string]bool{
	"comprises": true, "groups": true, "consists": true, "made": true, "composed": true, "formed": true,
}

// partOfBody: "Poland and Slovenia are both part of the Central European
// Free Trade Area" (member_of): countries said to be part of a body (an
// organisation, not a country: "Ukraine was part of the Soviet Union")
// are in it. Only a present state: "was part of" may be over.
func (s *sentCtx) partOfBody(i int) {
	if s.lower(i+1) != "of" {
		return
	}
	org, _, oEnd := s.entOf(i+2+s.article(i+2), graph.Organization)
	if org == nil {
		return
	}
	k := i - 1
	if s.lower(k) == "a" {
		k--
	}
	for w := s.lower(k); w == "both" || w == "also" || w == "now" || w == "all"; w = s.lower(k) {
		k--
	}
	switch s.lower(k) {
	case "is", "are", "remains", "remain", "become", "became", "becomes":
	default:
		return
	}
	subs, from := s.subjectBefore(k, graph.Country)
	ev := s.evidence(from, oEnd, "part-of-body", 0.75)
	for _, sub := range subs {
		s.relate(sub, graph.MemberOf, org, ev)
	}
}

// prospective are the modifiers that make a membership one still sought:
// "Russia's proposed membership of the WTO".
var prospective = map[string]bool{
	"proposed": true, "planned": true, "possible": true, "eventual": true, "future": true, "prospective": true,
	"potential": true,
}

// prospectiveMembership: "Russia's proposed membership of the World
// Trade Organisation", "Ukraine's eventual NATO membership",
// "Croatia's planned accession to the EU" (seeks_membership).
func (s *sentCtx) prospectiveMembership(i int) {
	j := i - 1
	org, oStart, oEnd := s.entOf(j, graph.Organization)
	end := i + 1
	if org != nil {
		j = oStart - 1
	}
	if !prospective[s.lower(j)] {
		return
	}
	if w := s.word(j - 1); w != "'s" && w != "'" {
		return
	}
	applicant, from, _ := s.entOf(j-2, states...)
	if applicant == nil {
		return
	}
	if org == nil {
		switch s.lower(i + 1) {
		case "of", "in", "to", "into":
			org, _, oEnd = s.entOf(i+2+s.article(i+2), graph.Organization)
		}
		if org == nil {
			return
		}
		end = oEnd
	}
	if applicant != org {
		s.relate(applicant, graph.SeeksMembership, org, s.evidence(from, end, "prospective-membership", 0.8))
	}
}

// joinWishes are the verbs and adjectives whose "to join" is a membership
// still sought: "Russia hopes to join the WTO", "Turkey is trying to
// join the EU", "Russia has been waiting for a decade to join the WTO".
var joinWishes = map[string]bool{
	"hopes": true, "hope": true, "hoping": true, "wants": true, "want": true, "wanting": true, "aims": true, "aiming": true,
	"trying": true, "tries": true, "waiting": true, "eager": true, "keen": true, "determined": true, "bidding": true,
	"striving": true, "strives": true,
}

// wantsToJoin: a country that hopes, wants, tries or waits to join a body
// seeks membership of it (seeks_membership). Only countries: a company
// that "wants to join" a venture or a person a party is another story.
func (s *sentCtx) wantsToJoin(i int) {
	if s.lower(i-1) != "to" {
		return
	}
	orgs, end := s.listAfter(i+1, graph.Organization)
	if len(orgs) == 0 {
		return
	}
	// The wish verb within a few words before "to": "waiting for a
	// decade to join".
	v := -1
	for k := i - 2; k >= s.s.T0 && k >= i-6; k-- {
		if joinWishes[s.lower(k)] {
			v = k
			break
		}
		if w := s.word(k); w == "," || w == "." || w == ";" {
			break
		}
	}
	if v < 0 || s.lower(v-1) == "not" || s.lower(v-1) == "no" {
		return
	}
	subs, from := s.subjectBefore(v, graph.Country)
	ev := s.evidence(from, end, "wants-to-join", 0.75)
	for _, sub := range subs {
		for _, org := range orgs {
			s.relate(sub, graph.SeeksMembership, org, ev)
		}
	}
}

// membersAppositive: "Kenya and Uganda, the two founding COMESA members",
// "Chile, Peru and Bolivia, all ALADI member states", "Oman and Qatar,
// both GCC producers" (member_of): the states of a list that a plural
// appositive describes as members of a body. The appositive's noun is
// one of fellowNouns right after the body's name (so not "the EC's
// trading partners"); between its determiner and the body only counts,
// member adjectives and one capitalised word that names nothing
// ("Socialist"). "Former" members are left alone.
func (s *sentCtx) membersAppositive(i int) {
	if !fellowNouns[s.lower(i)] {
		return
	}
	at := i
	if s.lower(i-1) == "member" {
		at = i - 1 // "all EU member states"
	}
	org, oStart, b := s.entOf(at-1, graph.Organization)
	if org == nil || b != at || !s.fellowHead(at) {
		return
	}
	k := oStart - 1
	n, caps := 0, 0
	for ; k > s.s.T0 && oStart-k <= 4; k-- {
		w := s.lower(k)
		if c, ok := countWords[w]; ok {
			n = c
			continue
		}
		if isLowerAdj(w) || w == "current" || w == "other" || w == "remaining" || w == "fellow" ||
			strings.HasSuffix(w, "est") && len(w) > 4 {
			continue
		}
		if caps == 0 && isCapitalised(s.word(k)) && s.r.MentionAt(k) < 0 {
			caps++ // "the two Socialist GATT members"
			continue
		}
		break
	}
	switch s.lower(k) {
	case "the", "both", "all":
		if s.lower(k) == "both" {
			n = 2
		}
		k--
	}
	if s.word(k) != "," {
		return
	}
	subs, from := s.listBefore(k, graph.Country)
	if len(subs) < 2 || n > 0 && len(subs) != n {
		return
	}
	ev := s.evidence(from, i+1, "members-appositive", 0.75)
	for _, sub := range subs {
		s.relate(sub, graph.MemberOf, org, ev)
	}
}

// presidencyOf: "the UK's presidency of the EU and G8", "the Dutch
// presidency of the EU" is not named, "Italy's G7 chairmanship",
// "Britain's EU and G8 presidencies" (member_of): a country that holds
// the rotating chair of a body sits in it. Only countries: "Bush's
// presidency" is an office, and "the US presidency" is the country's
// own.
func (s *sentCtx) presidencyOf(i int) {
	var orgs []*resolve.Entity
	var end, k int
	if s.lower(i+1) == "of" {
		orgs, end = s.listAfter(i+2+s.article(i+2), graph.Organization)
		k = i - 1
	} else {
		// "Britain's EU and G8 presidencies": the bodies before.
		orgs, k = s.listBefore(i, graph.Organization)
		if len(orgs) > 0 && s.skipAsideBack(i-1, nil) != i-1 {
			return
		}
		k--
		end = i + 1
	}
	if len(orgs) == 0 {
		return
	}
	if w := s.word(k); w == "'s" || w == "'" {
		k--
	} else if s.lower(i+1) != "of" {
		return // "the EU and G8 presidencies": no holder
	}
	c, from, b := s.entOf(k, graph.Country)
	if c == nil || b != k+1 {
		return
	}
	ev := s.evidence(from, end, "presidency-of", 0.7)
	for _, org := range orgs {
		s.relate(c, graph.MemberOf, org, ev)
	}
}

// pastEntryWords open a phrase of an entry that has happened: "since
// Spain's entry into the EC", "following the accession of Portugal to
// the Community".
var pastEntryWords = map[string]bool{"since": true, "after": true, "following": true, "upon": true}

// bodyNouns refer back to the one body a sentence has named: "the entry
// of Spain and Portugal into the group".
var bodyNouns = map[string]bool{
	"group": true, "bloc": true, "community": true, "alliance": true, "organisation": true, "organization": true,
}

// completedEntry: "since Spain's entry into the EC", "following the
// entry of Spain and Portugal into the group", "after Austria's
// accession to the EU" (member_of): states whose entry, accession or
// admission to a body a time phrase puts in the past are its members.
// Without "since", "after", "following" or "upon" the entry may still be
// sought ("the US backs Ukraine's entry into the WTO") and nothing is
// said. "the group" stands for the one body the sentence named before.
func (s *sentCtx) completedEntry(i int) {
	var subs []*resolve.Entity
	var from, k int
	if s.lower(i+1) == "of" {
		// "the entry of Spain and Portugal into".
		if s.lower(i-1) != "the" || !pastEntryWords[s.lower(i-2)] {
			return
		}
		subs, k = s.listAfter(i+2, graph.Country)
		from = i - 2
	} else {
		// "Spain's entry into", "Spain and Portugal's entry into".
		if w := s.word(i - 1); w != "'s" && w != "'" {
			return
		}
		subs, from = s.listBefore(i-1, graph.Country)
		if len(subs) == 0 || !pastEntryWords[s.lower(from-1)] {
			return
		}
		from--
		k = i + 1
	}
	if len(subs) == 0 {
		return
	}
	if w := s.lower(k); w != "into" && w != "to" {
		return
	}
	k++
	var org *resolve.Entity
	end := 0
	if s.lower(k) == "the" && bodyNouns[s.lower(k+1)] {
		if w := s.word(k + 2); w == "'s" || w == "'" || !isLowerWord(w) && w != "," && w != "." && w != "" {
			return
		}
		org, end = s.oneBodyBefore(from), k+2
	} else {
		org, _, end = s.entOf(k+s.article(k), graph.Organization)
	}
	if org == nil || isParty(org) {
		return
	}
	ev := s.evidence(from, end, "completed-entry", 0.75)
	for _, sub := range subs {
		s.relate(sub, graph.MemberOf, org, ev)
	}
}

// oneBodyBefore returns the one organisation, not a party, that the
// sentence names before token i, or nil when none or several.
func (s *sentCtx) oneBodyBefore(i int) *resolve.Entity {
	var found *resolve.Entity
	for k := s.s.T0; k < i; k++ {
		e, _, b := s.entOf(k, graph.Organization)
		if e == nil {
			continue
		}
		k = b - 1
		if isParty(e) || found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}
