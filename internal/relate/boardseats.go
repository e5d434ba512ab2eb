package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// seatVerbs put a person on a body's board or committee, with the
// preposition that follows them: "sits on the board of X", "was elected
// to the X board", "serves on the Senate Finance Committee".
var seatVerbs = map[string]string{
	"sits": "on", "sat": "on", "sitting": "on", "serves": "on", "served": "on", "serving": "on",
	"elected": "to", "re-elected": "to", "appointed": "to", "named": "to", "nominated": "to",
}

// seatNouns are the bodies a seat is on.
var seatNouns = map[string]bool{
	"board": true, "committee": true, "subcommittee": true, "council": true, "commission": true, "panel": true,
}

// seatOn: "Jim Pole, who sits on the board of Acme Corp", "Ann Teller was
// elected to the Acme board", "Carl Hahn serves on the Senate Finance
// Committee": the person is a member of the body whose board it is, or of
// the committee named. The verb is at i, its preposition prep.
func (s *sentCtx) seatOn(i int, prep string) {
	s.legislatureSeat(i)
	if s.lower(i+1) != prep {
		return
	}
	k := i + 2
	if w := s.lower(k); w == "the" || w == "its" || w == "their" {
		k++
	}
	var body *resolve.Entity
	end := 0
	if seatNouns[s.lower(k)] {
		switch {
		case s.lower(k+1) != "of" || s.lower(k+2) == "directors" && s.lower(k+3) != "of":
			body, end = s.companyBoard(k)
		case s.lower(k+2) == "directors":
			// "named to the board of directors of Globex Inc".
			body, _, end = s.entOf(k+4+s.article(k+4), graph.Organization)
		default:
			body, _, end = s.entOf(k+2+s.article(k+2), graph.Organization)
		}
	} else if e, a, b := s.entOf(k, graph.Organization); e != nil && a == k {
		switch {
		case seatNouns[s.lower(b)]:
			body, end = e, b+1 // "the Acme board"
		case isPossessive(s.word(b)) && s.lower(b+1) == "board":
			body, end = e, b+2 // "Acme's board"
		case seatNouns[strings.ToLower(lastWord(e.Name))]:
			body, end = e, b // "the Senate Finance Committee"
		}
	}
	if body == nil {
		return
	}
	subs, from := s.subjectBefore(i, graph.Person)
	ev := s.evidence(from, end, "board-seat", 0.8)
	for _, sub := range subs {
		s.relate(sub, graph.MemberOf, body, ev)
	}
}

// companyBoard: "Jo Hale was re-elected to the board", "Ann Roe was
// named to the board of directors": a board the text does not name is
// the board of the company the document is about (see documentCompany),
// when the sentence names no other organisation; not a panel or a
// committee ("named to the panel that ..."), nor a board a relative
// clause goes on to describe. It returns the company and the end of the
// board's words, or nil.
func (s *sentCtx) companyBoard(k int) (*resolve.Entity, int) {
	if w := s.lower(k - 1); s.lower(k) != "board" || w != "the" && w != "its" {
		return nil, 0
	}
	end := k + 1
	if s.lower(end) == "of" {
		end += 2 // "of directors"
	}
	switch s.lower(end) {
	case "that", "which", "who", "to", "'s":
		return nil, 0
	}
	c := s.docCompany()
	if c == nil {
		return nil, 0
	}
	for j := s.s.T0; j < s.s.T1; j++ {
		e, _, b := s.ent(j)
		if e == nil {
			continue
		}
		j = b - 1
		if e != c && e.Type == graph.Organization {
			return nil, 0 // another body may own the board
		}
	}
	return c, end
}

// chamberNames are the last words of a legislature's name as the text
// gives it: "Parliament", "the House of Commons", "the Senate".
var chamberNames = map[string]bool{
	"Parliament": true, "Commons": true, "Lords": true, "Representatives": true, "Senate": true, "Congress": true,
	"Assembly": true, "Bundestag": true, "Duma": true, "Knesset": true,
}

// legislatureSeat: "Ann Lee was elected to Parliament in 1997", "Tom
// Hale, who served in the Senate for 20 years", "Lord Ross sits in the
// House of Lords", "Ann Lee won a seat in the Scottish Parliament", "the
// campaign that brought Tom Hale into Parliament", "Lord Ross was made a
// life peer at a ceremony in the House of Lords" (member_of): a person
// elected or brought to a legislature, or who sits in it, is a member of
// it. "Elected" must follow an auxiliary ("was", "being", "first"), so
// that "the MPs elected to Parliament" says nothing of the sentence's
// subject.
func (s *sentCtx) legislatureSeat(i int) {
	verb, k := i, i+2
	var people []*resolve.Entity
	from := 0
	switch w := s.lower(i); {
	case w == "elected" || w == "re-elected":
		if s.lower(i+1) != "to" || !electedAfter[s.lower(i-1)] {
			return
		}
	case seatVerbs[w] == "on": // "served in Parliament", "sits in the House of Lords"
		if s.lower(i+1) != "in" {
			return
		}
	case w == "seat":
		// "won a seat in", "took his seat in".
		if s.lower(i+1) != "in" || !seatTaken[s.lower(i-2)] {
			return
		}
		switch s.lower(i - 1) {
		case "a", "his", "her":
		default:
			return
		}
		verb = i - 2
	case w == "brought" || w == "brings" || w == "bring" || w == "bringing":
		// "brought Tom Hale into Parliament": the object enters it.
		people, k = s.listAfter(i+1, graph.Person)
		if len(people) == 0 || s.lower(k) != "into" {
			return
		}
		from, k = i, k+1
	case w == "peer":
		// "was made a life peer in the House of Lords".
		j := i - 1
		if s.lower(j) == "life" {
			j--
		}
		if s.lower(j) != "a" || !peerVerbs[s.lower(j-1)] {
			return
		}
		verb = j - 1
		k = i + 1
		if s.lower(k) == "during" || s.lower(k) == "at" {
			if s.lower(k+1) != "a" || s.lower(k+2) != "ceremony" {
				return
			}
			k += 3 // "during a ceremony in the House of Lords"
		}
		if s.lower(k) != "in" {
			return
		}
		k++
	default:
		return
	}
	k += s.article(k)
	body, a, b := s.entOf(k, graph.Organization)
	if body == nil || a != k || !chamberNames[s.word(b-1)] || isPossessive(s.word(b)) {
		return
	}
	if w := s.lower(b); seatNouns[w] || w == "seat" || w == "seats" {
		return // "elected to the Senate Finance Committee": seatOn's
	}
	if people == nil {
		people, from = s.subjectBefore(verb, graph.Person)
	}
	ev := s.evidence(from, b, "legislature-seat", 0.75)
	for _, p := range people {
		s.relate(p, graph.MemberOf, body, ev)
	}
}

// seatTaken are the verbs of a seat a person holds: "won a seat in",
// "took his seat in".
var seatTaken = map[string]bool{
	"won": true, "wins": true, "took": true, "takes": true, "taken": true, "holds": true, "held": true,
}

// peerVerbs make a person a peer: "was made a life peer", "was created a
// peer".
var peerVerbs = map[string]bool{"made": true, "created": true}

// electedAfter are the words before "elected" of a person's election:
// "was elected", "being elected", "first elected".
var electedAfter = map[string]bool{
	"was": true, "were": true, "is": true, "been": true, "being": true, "be": true, "first": true, "later": true,
	"then": true, "subsequently": true, "narrowly": true, "successfully": true,
}
