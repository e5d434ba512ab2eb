package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// memberHeads are the nouns after "member" that name members of a body:
// "EU member states".
var memberHeads = map[string]bool{
	"state": true, "states": true, "country": true, "countries": true, "nation": true, "nations": true,
}

// listVerbs introduce the members of a body: "UMOA members are Benin,
// Mali and Niger", "NATO members include Poland".
var listVerbs = map[string]bool{
	"are": true, "were": true, "include": true, "includes": true, "included": true, "comprise": true,
}

// memberLists: "ORG members are A, B and C", "the members of ORG include
// A and B", "ORG member states A and B", "X, the largest of ORG's 184
// members", "X, a ORG member" (member_of).
func (s *sentCtx) memberLists(i int) {
	org, oStart, head := s.memberBody(i)
	if org == nil {
		return
	}
	k := head + 1
	switch {
	case listVerbs[s.lower(k)]:
		k++
	case s.lower(i) == "member" && head > i:
		// "EU member states France and Germany".
	case s.lower(i) == "members" && head == i && s.countryAt(i+1):
		// "OPEC members Saudi Arabia and Kuwait".
		k = i + 1
		subs, end := s.listAfter(k, graph.Country)
		if s.word(end) == "'s" || s.word(end) == "'" {
			return
		}
		ev := s.evidence(oStart, end, "members-named", 0.8)
		for _, sub := range subs {
			s.relate(sub, graph.MemberOf, org, ev)
		}
		return
	case (s.lower(i) == "members" && head == i || s.lower(i+1) == "of") && s.namedAfterMembers(oStart, k):
		// "the permanent members of the Security Council -- China,
		// France and Britain", "Among the council's members, Russia and
		// France backed it".
		subs, end := s.listAfter(k+1, graph.Country)
		ev := s.evidence(oStart, end, "members-named", 0.8)
		for _, sub := range subs {
			s.relate(sub, graph.MemberOf, org, ev)
		}
		return
	default:
		s.memberAppositive(org, oStart, head)
		return
	}
	subs, end := s.listAfter(k, graph.Country, graph.Organization, graph.Person)
	if len(subs) == 0 || s.word(end) == "'s" || s.word(end) == "'" {
		return
	}
	if head > i && len(subs) < 2 && s.lower(head) != "state" && s.lower(head) != "country" && s.lower(head) != "nation" {
		return
	}
	ev := s.evidence(oStart, end, "members-are", 0.8)
	for _, sub := range subs {
		if sub != org {
			s.relate(sub, graph.MemberOf, org, ev)
		}
	}
}

// memberBody finds the body of a member noun at i: "ORG members", "ORG's
// 184 members", "the members of ORG", "ORG member states". It returns the
// body, where its phrase starts and the head noun's token.
func (s *sentCtx) memberBody(i int) (*resolve.Entity, int, int) {
	head := i
	if w := s.lower(i); w != "member" && w != "members" && !(memberHeads[w] && s.lower(i+1) == "of") {
		return nil, 0, 0 // "EU countries": the fellow-member patterns
	}
	if s.lower(i) == "member" {
		if !memberHeads[s.lower(i+1)] {
			return nil, 0, 0
		}
		head = i + 1
	}
	if (s.lower(i) == "members" || memberHeads[s.lower(i)]) && s.lower(i+1) == "of" {
		// "the members of ORG", "the six nations of ORG".
		org, _, b := s.entOf(i+2+s.article(i+2), graph.Organization)
		if org == nil {
			return nil, 0, 0
		}
		return org, i, b - 1
	}
	k := i - 1
	if isLowerAdj(s.lower(k)) {
		k-- // "the council's five permanent members"
	}
	if allDigits(strings.ReplaceAll(s.word(k), ",", "")) || countWords[s.lower(k)] > 0 {
		k-- // "the IMF's 184 members"
	}
	if w := s.word(k); w == "'s" || w == "'" {
		k--
		if org, a := s.bodyByHeadNoun(k + 2); org != nil && a < k {
			// "the council's five permanent members": the one body of
			// the text whose name ends in the noun (the Security
			// Council).
			return org, a, head
		}
	}
	org, a, _ := s.entOf(k, graph.Organization)
	if org == nil {
		return nil, 0, 0
	}
	return org, a, head
}

// memberAppositive: "The US, the largest of the IMF's 184 members",
// "Britain, one of the EU's members", "Klaus Berg, a CDU member who",
// "X, a member of the board and a CDU member".
func (s *sentCtx) memberAppositive(org *resolve.Entity, oStart, head int) {
	if s.lower(head) == "members" {
		k := oStart - 1
		if s.lower(k) == "the" {
			k--
		}
		if s.lower(k) != "of" {
			return
		}
		k--
		if w := s.lower(k); w != "one" && !(strings.HasSuffix(w, "est") && len(w) > 4) {
			return
		}
		k--
		if s.lower(k) == "the" {
			k--
		}
		if s.word(k) != "," {
			return
		}
		if e, a, _ := s.entOf(k-1, graph.Country, graph.Organization, graph.Person); e != nil && e != org {
			s.relate(e, graph.MemberOf, org, s.evidence(a, head+1, "one-of-members", 0.8))
		}
		return
	}
}

// partyMemberAppositive: "Klaus Berg, a CDU member who", "Anna Vogt, a
// member of the board and a CDU member,": the person the appositive
// describes is a member of the body before "member".
func (s *sentCtx) partyMemberAppositive(i int) {
	at := i
	if s.lower(i-1) == "board" {
		at = i - 1 // "X, a Globex board member"
	}
	org, oStart, b := s.entOf(at-1, graph.Organization)
	if org == nil || b != at || s.lower(i) != "member" {
		return
	}
	k := oStart - 1
	for k > s.s.T0 && isLowerAdj(s.lower(k)) {
		k--
	}
	if w := s.lower(k); w != "a" && w != "an" && w != "another" {
		return
	}
	k--
	if s.lower(k) == "and" {
		// Back to the comma that opens the appositive, over a first
		// description without names or commas.
		j := k - 1
		for ; j > s.s.T0 && j > k-12; j-- {
			if w := s.word(j); w == "," {
				break
			} else if w == "." || w == ";" || w == "--" || copulas[s.lower(j)] {
				return
			}
		}
		if s.word(j) != "," || s.article(j+1) != 1 {
			return
		}
		k = j
	}
	if w := s.word(k); w != "," && w != "-" && w != "--" {
		return
	}
	// "Ecuador, an OPEC member,": a state the same way.
	if p, a, _ := s.entOf(k-1, graph.Person, graph.Country); p != nil {
		s.relate(p, graph.MemberOf, org, s.evidence(a, i+1, "member-appositive", 0.8))
	}
}

// qualifiesDirectors are the words between the determiner and
// "directors" in a list of a board: "the ten former outside directors".
func qualifiesDirectors(w string) bool {
	switch w {
	case "former", "outside", "other", "independent", "non-executive", "executive", "new", "remaining", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "current":
		return true
	}
	return allDigits(w)
}

// directorList: "The ten former outside directors are A, B and C", "Two
// other former directors, A and B, remain": the people a text lists as
// directors sit on the board of the one company whose directors it
// speaks of ("directors at X", "X's directors", "the directors of X").
func (s *sentCtx) directorList(i int) {
	k := i - 1
	for k >= s.s.T0 && qualifiesDirectors(s.lower(k)) {
		k--
	}
	if k >= s.s.T0 && s.lower(k) != "the" && !(k+1 < i && s.opensClause(k+1)) {
		return
	}
	j := i + 1
	var body *resolve.Entity
	if w := s.lower(j); w == "of" || w == "at" {
		e, _, b := s.entOf(j+1+s.article(j+1), graph.Organization)
		if e == nil {
			return
		}
		body, j = e, b
	}
	switch {
	case listVerbs[s.lower(j)] && s.lower(j) != "include" && s.lower(j) != "includes" && s.lower(j) != "included":
		j++
	case s.word(j) == ",":
		j++
	default:
		return
	}
	people, end := s.listAfter(j, graph.Person)
	if len(people) < 2 {
		return
	}
	if s.word(j-1) == "," && s.word(end) != "," {
		return // "the directors, A and B": an aside that closes
	}
	if body == nil {
		if !s.boardDone {
			s.board, s.boardDone = s.boardCompany(), true
		}
		body = s.board
		if body == nil {
			body = s.oneBodyAround()
		}
	}
	if body == nil {
		return
	}
	ev := s.evidence(k+1, end, "directors-are", 0.75)
	for _, p := range people {
		s.relate(p, graph.MemberOf, body, ev)
	}
}

// boardCompany returns the one organisation whose directors the text
// names ("directors at X", "directors of X", "X directors", "X's
// board"), or nil when none or several are.
func (s *sentCtx) boardCompany() *resolve.Entity {
	var found *resolve.Entity
	a := s.a
	for k := 0; k+1 < len(a.Lower); k++ {
		var e *resolve.Entity
		switch w := a.Lower[k]; w {
		case "director", "directors", "board":
			if n := a.Lower[k+1]; n == "of" || n == "at" {
				j := k + 2
				if j < len(a.Lower) && a.Lower[j] == "the" {
					j++
				}
				if mi := s.r.MentionAt(j); mi >= 0 && s.r.Mentions[mi].T0 == j {
					e = s.r.Entities[s.r.Of[mi]]
				}
			}
			if e == nil && k > 0 {
				j := k - 1
				if a.Words[j] == "'s" || a.Words[j] == "'" {
					j--
				}
				if mi := s.r.MentionAt(j); j >= 0 && mi >= 0 && s.r.Mentions[mi].T1 == j+1 {
					e = s.r.Entities[s.r.Of[mi]]
					if t0 := s.r.Mentions[mi].T0; t0 > 0 && (a.Lower[t0-1] == "and" || a.Lower[t0-1] == "or" || a.Words[t0-1] == ",") {
						return nil // "Globex and Initech directors": two boards
					}
				}
			}
		}
		if e == nil || e.Type != graph.Organization || e == found {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// oneBodyAround returns the one organisation named in this sentence and
// the one before, or nil.
func (s *sentCtx) oneBodyAround() *resolve.Entity {
	// "Terrapet Energy Corp said five directors resigned. It said the
	// directors are ...".
	var found *resolve.Entity
	for k := s.a.Sentences[max(0, s.si-1)].T0; k < s.s.T1; k++ {
		e, _, b := s.entOf2(k, graph.Organization)
		if e == nil {
			continue
		}
		k = b - 1
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// countryAt reports a country's name at k, after "the" at most: "OPEC
// members Saudi Arabia", "EC members the Netherlands".
func (s *sentCtx) countryAt(k int) bool {
	k += s.article(k)
	e, a, _ := s.entOf(k, graph.Country)
	return e != nil && a == k
}

// namedAfterMembers reports two or more countries that name the members
// at k: after a dash or colon ("the members of the council -- A, B and
// C"), or after the comma that closes an opening "Among the members of
// ORG," ("Among the council's members, A and B backed it"). The list must
// not be the possessor of what follows ("A and B's envoys").
func (s *sentCtx) namedAfterMembers(oStart, k int) bool {
	switch s.word(k) {
	case "--", ":":
	case ",":
		j := oStart - 1
		if s.lower(j) == "the" {
			j--
		}
		if s.lower(j) != "among" || j != s.s.T0 {
			return false
		}
	default:
		return false
	}
	subs, end := s.listAfter(k+1, graph.Country)
	if len(subs) < 2 || s.word(end) == "'s" || s.word(end) == "'" {
		return false
	}
	return true
}
