package relate

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// A party's leader is often named by the bare office when the story is
// about the party: "The Liberal Party was shaken by infighting ... a
// revolt against leader John Harwood", "The Greens launched their
// manifesto, with leader Ann Roe saying ...". Like "party leader X" (see
// partyAround), a bare "leader" or "deputy leader" before a name, with no
// body of its own, is an office of the one party named in the sentence or
// the one before, when that party is the last body named before the
// office: no state and no other organisation comes between (a state has
// leaders too: "Ukraine ousted long-serving leader X"). The office must
// stand as the head of its phrase ("against leader X", "Leader X said"),
// not after a word that may name another body ("union leader X" is read
// as such elsewhere). The relation waits for the end of the document: a
// holder the text ties to another party or body is left alone ("the
// Tories' attack on leader X" of a rival party).

// bareLeaderTitle reports whether chain is a bare party office: "leader"
// or "deputy leader", after nothing but the sentence's start, a
// preposition, a verb of speech, a conjunction or a word that dates the
// office.
func (s *sentCtx) bareLeaderTitle(chain []mention.Title) bool {
	if len(chain) != 1 || chain[0].Plural {
		return false
	}
	if t := chain[0].Title; t != "leader" && t != "deputy leader" {
		return false // a party's president or chairman is as often a state's or a committee's
	}
	w, opens := s.wordBeforeOffice(chain[0].T0)
	if opens {
		return true
	}
	switch w {
	case ",", "said", "says", "added", "told", "by", "to", "for", "of", "from", "with", "against", "but",
		"and", "including", "under", "as", "behind", "between", "the":
		return true
	}
	return false
}

// pendContextParty relates the holder of a bare party office (see
// bareLeaderTitle) to the one party named around it, at the end of the
// document, when no other state or organisation is named between the
// party and the office and the text ties the holder to no other body.
func (s *sentCtx) pendContextParty(person *resolve.Entity, chain []mention.Title, from, pEnd int) {
	p := s.partyAround()
	if p == nil {
		return
	}
	// The party is the last body named before the office.
	var last *resolve.Entity
	for k := s.a.Sentences[max(0, s.si-1)].T0; k < chain[0].T0; k++ {
		mi := s.r.MentionAt(k)
		if mi < 0 {
			continue
		}
		k = s.r.Mentions[mi].T1 - 1
		if e := s.r.Entities[s.r.Of[mi]]; e.Type == graph.Organization || e.Type == graph.Country {
			last = e
		}
	}
	if last != p {
		return
	}
	// A quotation may be another party's man speaking of his leader.
	if s.quoteOpenAt(chain[0].T0) {
		return
	}
	// The holder's office or party may be another body's.
	s.pendTitles(person, chain, p, from, pEnd, "title-context-party", graph.LeaderOf, graph.OfficialOf, graph.MemberOf)
}

// wordBeforeOffice returns the lower-case word before an office that
// begins at t0, past the words that date it ("former", "acting"), and
// whether the office opens the sentence instead.
func (s *sentCtx) wordBeforeOffice(t0 int) (string, bool) {
	k := t0 - 1
	for k >= s.s.T0 && (statusAdjective[s.lower(k)] || pastOffice[s.lower(k)]) {
		k--
	}
	if k < s.s.T0 || s.opensSentence(k+1) {
		return "", true
	}
	return s.lower(k), false
}

// pendTitles relates person to body by the titles of chain at the end of
// the document, unless the text has by then related the person to
// another body by one of the predicates elsewhere.
func (s *sentCtx) pendTitles(person *resolve.Entity, chain []mention.Title, body *resolve.Entity, from, pEnd int, rule string, elsewhere ...graph.Predicate) {
	chain = append([]mention.Title(nil), chain...)
	s.later = append(s.later, func() {
		for _, f := range s.facts {
			if f.Subject == person && f.Object != body && slices.Contains(elsewhere, f.Predicate) {
				return
			}
		}
		s.relateTitles(person, chain, body, from, pEnd, rule)
	})
}

// quoteOpenAt reports whether a quotation of the sentence is open at
// token t: an odd number of quotation marks before it.
func (s *sentCtx) quoteOpenAt(t int) bool {
	quotes := 0
	for j := s.s.T0; j < t; j++ {
		if s.word(j) == `"` {
			quotes++
		}
	}
	return quotes%2 == 1
}
