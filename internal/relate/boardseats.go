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
		if s.lower(k+1) != "of" {
			return // "sits on the board", "named to the panel that ..."
		}
		body, _, end = s.entOf(k+2+s.article(k+2), graph.Organization)
	} else if e, a, b := s.entOf(k, graph.Organization); e != nil && a == k {
		switch {
		case seatNouns[s.lower(b)]:
			body, end = e, b+1 // "the Acme board"
		case seatNouns[strings.ToLower(lastWord(e.Name))]:
			body, end = e, b // "the Senate Finance Committee"
		}
	}
	if body == nil {
		return
	}
	subs, from := s.subjectBefore(i, graph.Person)
	for _, sub := range subs {
		s.relate(sub, graph.MemberOf, body, s.evidence(from, end, "board-seat", 0.8))
	}
}
