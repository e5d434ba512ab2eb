package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// withAfterMeeting returns the token after "with" when a short phrase of
// time or place comes between a meeting word and it ("met yesterday
// with", "after a meeting in Khartoum yesterday with", "held brief talks
// on Sunday with"), or k when there is none.
func (s *sentCtx) withAfterMeeting(k int) int {
	for j, n := k, 0; j < s.s.T1 && n < 5; j, n = j+1, n+1 {
		switch {
		case s.lower(j) == "with":
			if j == k {
				return k
			}
			return j
		case s.lower(j) == "in" || s.lower(j) == "at":
			// "in Khartoum", "in the Saudi capital": a place only.
			m := j + 1 + s.article(j+1)
			e, _, b := s.entOf(m, graph.Place, graph.Country)
			if e == nil {
				return k
			}
			j = b - 1
		case timeWord(s.word(j)) || durationWord(s.word(j)):
		default:
			return k
		}
	}
	return k
}

// meetingObjects returns who a meeting at k was with: a list of names, or
// a described holder of an office named at once ("with the president of
// the bank of Mexico, Miguel Mancera").
func (s *sentCtx) meetingObjects(k int) ([]*resolve.Entity, int) {
	if objs, end := s.listAfter(k, actors...); len(objs) > 0 {
		return objs, end
	}
	j := k + s.article(k)
	if s.article(k) == 0 {
		return nil, k
	}
	chain, next := s.titleChain(j)
	if len(chain) == 0 || s.lower(next) != "of" {
		return nil, k
	}
	for m := next + 1; m < s.s.T1 && m < next+7; m++ {
		if s.word(m) == "," {
			if p, _, b := s.entOf(m+1, graph.Person); p != nil && (s.word(b) == "," || s.word(b) == "." || s.lower(b) == "and") {
				return []*resolve.Entity{p}, b
			}
			return nil, k
		}
		if w := s.word(m); !isLetters(w) && w != "'s" {
			return nil, k
		}
	}
	return nil, k
}

// pronounSubject resolves "he" or "she" at k, which opens the clause
// after a fronted phrase ("Speaking after talks with X, he said"), to the
// nearest person before it of a compatible gender who is none of those
// met.
func (s *sentCtx) pronounSubject(k int, met []*resolve.Entity) *resolve.Entity {
	w := s.lower(k)
	if w != "he" && w != "she" {
		return nil
	}
	want := byte('m')
	if w == "she" {
		want = 'f'
	}
	for j := k - 1; j >= s.a.Sentences[max(0, s.si-2)].T0; j-- {
		e, a, _ := s.entOf2(j, graph.Person)
		if e == nil {
			continue
		}
		if containsEntity(met, e) || e.Gender != 0 && e.Gender != want {
			j = a
			continue
		}
		return e
	}
	return s.chainAntecedent(k, w)
}

// hosted: "Putin hosted Chancellor Gerhard Schroeder", "Blair received
// President Hosni Mubarak at Downing Street", "Straw was received by
// President Musharraf", "Chirac played host to Schroeder": a person who
// hosts or receives another person met them. Only people on both sides:
// hosting a dinner, a summit or a country, or receiving a letter, a
// proposal or someone's offer ("received Mr Glazer's proposal") is no
// meeting; nor is the noun "host" ("chat show host Robert Kilroy-Silk").
func (s *sentCtx) hosted(i int) {
	w := s.lower(i)
	verb, k := i, i+1
	if w == "host" {
		switch s.lower(i - 1) {
		case "played", "plays", "play", "playing":
		default:
			return
		}
		if s.lower(i+1) != "to" {
			return
		}
		verb, k = i-1, i+2
	} else if s.lower(k) == "by" {
		// The passive: "was received by", "is being hosted by".
		switch s.lower(i - 1) {
		case "was", "were", "is", "are", "be", "been", "being":
		default:
			return
		}
		verb, k = i-1, k+1
	}
	if s.unrealisedMeeting(verb) {
		return
	}
	k = s.skipPremodifiers(k)
	if timeOfOffice[s.lower(k)] && !isLowerWord(s.word(k+1)) {
		k++ // "received visiting French Foreign Minister X"
	}
	o, _, end := s.entOf(k, graph.Person)
	if o == nil || isPossessive(s.word(end)) {
		return
	}
	subs, from := s.subjectBefore(verb, graph.Person)
	ev := s.evidence(from, end, "hosted", 0.75)
	for _, sub := range subs {
		if sub != o {
			s.relate(sub, graph.MetWith, o, ev)
		}
	}
}

// atMeeting returns the preposition of "at a meeting", "during their
// talks", "at the summit meeting" ending at the meeting noun i (up to two
// lower-case modifiers between), or -1.
func (s *sentCtx) atMeeting(i int) int {
	if w := s.lower(i); w != "meeting" && w != "talks" && w != "summit" {
		return -1
	}
	k := i - 1
	for n := 0; n < 2 && isModifier(s.word(k)); n++ {
		k--
	}
	switch s.lower(k) {
	case "a", "the", "their":
	default:
		return -1
	}
	if p := s.lower(k - 1); p == "at" || p == "during" {
		return k - 1
	}
	return -1
}

// metAtMeeting: the coordinated subjects of the clause a phrase "at a
// meeting" belongs to met each other: after the fronted phrase ("At a
// meeting in Paris last January, French and Soviet ministers said") or
// before it ("China and Israel discussed peace prospects at a meeting").
// A single subject met no one the phrase names.
func (s *sentCtx) metAtMeeting(i, at int) {
	var subs []*resolve.Entity
	var from int
	if at == s.s.T0 {
		c := -1
		for k := i + 1; k < s.s.T1 && k < i+10; k++ {
			if s.word(k) == "," {
				c = k
				break
			}
		}
		if c < 0 {
			return
		}
		for k := c + 1; k < s.s.T1 && k < c+10; k++ {
			if clauseVerb(s.lower(k)) {
				if subs, from = s.subjectBefore(k, actors...); from <= c {
					return
				}
				break
			}
		}
	} else {
		subs, from = s.subjectBefore(at, actors...)
		// The subject opens its clause: "Exports from Brazil and
		// Colombia were discussed at the meeting" names the goods.
		if p := from - 1 - s.article(from-1); p >= s.s.T0 && isLowerWord(s.word(p)) && s.lower(p) != "that" {
			return
		}
	}
	s.metEachOther(subs, s.evidence(min(from, at), i+1, "at-meeting", 0.7))
}

// metEachOther relates every pair of es that may meet as having met.
func (s *sentCtx) metEachOther(es []*resolve.Entity, ev graph.Evidence) {
	for a := 0; a < len(es); a++ {
		for b := a + 1; b < len(es); b++ {
			if canMeet(es[a], es[b]) {
				s.relate(es[a], graph.MetWith, es[b], ev)
			}
		}
	}
}

// clauseVerb: a finite verb that follows the subject after a fronted
// phrase ("..., French and Soviet ministers said").
func clauseVerb(w string) bool {
	switch w {
	case "said", "say", "says", "agreed", "agree", "signed", "sign", "discussed", "discuss",
		"decided", "pledged", "called", "urged", "reached", "failed", "announced", "were", "are", "have",
		"had", "will", "would":
		return true
	}
	return false
}

// socialEvent are the occasions a host gives for a guest.
var socialEvent = map[string]bool{
	"reception": true, "dinner": true, "lunch": true, "luncheon": true, "banquet": true, "breakfast": true,
}

// givenFor: "speaking at a reception held for him by President Raul
// Alfonsin", "a dinner given in her honour by the Queen": the guest the
// pronoun names met the host. A reception with no guest named ("a
// dinner hosted by John Prescott") says nothing of who came.
func (s *sentCtx) givenFor(i int) {
	if !socialEvent[s.lower(i-1)] {
		return
	}
	k, pron := i+1, ""
	switch {
	case s.lower(k) == "for" && (s.lower(k+1) == "him" || s.lower(k+1) == "her"):
		pron = s.lower(k + 1)
		k += 2
	case s.lower(k) == "in" && (s.lower(k+1) == "his" || s.lower(k+1) == "her") &&
		(s.lower(k+2) == "honour" || s.lower(k+2) == "honor"):
		pron = s.lower(k + 1)
		k += 3
	default:
		return
	}
	if s.lower(k) != "by" {
		return
	}
	host, _, end := s.entOf(s.skipPremodifiers(k+1), graph.Person)
	if host == nil {
		return
	}
	if pron == "his" {
		pron = "him"
	}
	guest := s.antecedent(i-1, pron)
	if guest == nil || guest == host {
		return
	}
	s.relate(guest, graph.MetWith, host, s.evidence(i-1, end, "given-for", 0.7))
}

// talksVerbBefore returns the verb of "held talks" before the noun
// "talks" at i, or -1. A measure of the talks ("held four days of talks",
// "had several rounds of talks") or one word of their kind ("held
// private talks", "had merger talks") may stand between, and "had" is
// the verb of talks as much as "held" is. Negotiations and discussions
// are held, opened or entered into as talks are ("the two companies had
// entered into exclusive negotiations").
func (s *sentCtx) talksVerbBefore(i int) int {
	switch s.lower(i) {
	case "talks", "negotiations", "discussions":
	default:
		return -1
	}
	j := i - 1
	if s.lower(j) == "of" {
		// "four days of", "several rounds of", "nine hours of".
		switch s.lower(j - 1) {
		case "days", "hours", "rounds", "weeks":
		default:
			return -1
		}
		// Up to ten of them, or several or a few.
		if q := s.lower(j - 2); !(countWords[q] > 0 && countWords[q] <= 10 || q == "several" || q == "few") && !allDigits(q) {
			return -1
		}
		j -= 3
	} else if w := s.lower(j); isLowerWord(s.word(j)) && isLetters(w) && !closedClass[w] && !talksVerb[w] &&
		!talksHave[w] && !strings.HasSuffix(w, "ing") {
		j-- // "held private talks"
	}
	if w := s.lower(j); talksVerb[w] || talksHave[w] {
		return j
	}
	if s.lower(j) == "into" && enterVerb[s.lower(j-1)] {
		return j - 1
	}
	return -1
}

// enterVerb are the forms of "enter" that open talks ("entered into
// negotiations").
var enterVerb = map[string]bool{"entered": true, "enter": true, "enters": true, "entering": true}

// talksHave are the forms of "have" that can be the verb of talks.
var talksHave = map[string]bool{"had": true, "have": true, "has": true}

// talkedWith: "X talked with Y", "X and Y talked about Iraq", "the pair
// chatted amicably": those who talk or chat with each other meet.
func (s *sentCtx) talkedWith(i int) {
	if !isLowerWord(s.word(i)) || s.unrealisedMeeting(i) {
		return
	}
	k := s.withAfterMeeting(i + 1)
	if s.lower(k) != "with" || s.lower(k+1) == "each" && s.lower(k+2) == "other" {
		subs, from := s.subjectBefore(i, actors...)
		s.metEachOther(subs, s.evidence(from, i+1, "talked", 0.7))
		return
	}
	objs, end := s.meetingObjects(k + 1)
	if len(objs) == 0 {
		return
	}
	subs, from := s.subjectBefore(i, actors...)
	for _, sub := range subs {
		for _, o := range objs {
			if canMeet(sub, o) {
				s.relate(sub, graph.MetWith, o, s.evidence(from, end, "talked-with", 0.75))
			}
		}
	}
}

// attendedMeeting: "a meeting (that) the two men attended", "the talks
// Blair and Chirac held": a relative clause after the meeting noun at i
// whose subject is two or more named actors, or a reference to the two
// just named, says who took part; they met each other.
func (s *sentCtx) attendedMeeting(i int) bool {
	switch s.lower(i) {
	case "meeting", "talks", "summit", "meetings":
	default:
		return false
	}
	j := i + 1
	if w := s.lower(j); w == "that" || w == "which" {
		j++
	}
	subs, end := s.pairOrListAfter(j, actors)
	if len(subs) < 2 {
		return false
	}
	if w := s.lower(end); w != "attended" && w != "held" {
		return false
	}
	s.metEachOther(subs, s.evidence(i, end+1, "attended-meeting", 0.7))
	return true
}

// pairOrListAfter returns the entities of the types named from token k:
// "the two countries" resolved to the two just named, or a list of
// names; and the token after them.
func (s *sentCtx) pairOrListAfter(k int, types []graph.Type) ([]*resolve.Entity, int) {
	if n := s.pairAfter(k); n >= 0 {
		pair, _ := s.pairReference(n, types)
		return pair, n + 1
	}
	return s.listAfter(k, types...)
}
