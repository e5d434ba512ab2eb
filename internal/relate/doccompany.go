package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// pendDocumentCompany: a story about one company quotes its officers by
// their bare office: "Acme Corp's profits rose 5% ... "We are pleased,"
// said chief executive Jane Roe." A company office with no body of its
// own, in a sentence that names no other organisation, is an
// office of the company the document is about (see documentCompany).
// The relation waits for the end of the document: a holder the text
// gives an office of another body elsewhere is left alone.
func (s *sentCtx) pendDocumentCompany(person *resolve.Entity, chain []mention.Title, from, pEnd int) {
	if !companyOffice[chain[len(chain)-1].Title] {
		return
	}
	// The office is the speaker's or the subject's, not a possessor's
	// ("the agency's chief executive X") nor an unrecognised body's
	// ("Marsh chief executive X"), nor one of a list of officers of
	// another ("Globex's chairman A and chief executive B"). A
	// preposition may govern it: "a victory for chairman X", "the
	// wishes of chief executive X".
	if w, opens := s.wordBeforeOffice(chain[0].T0); !opens && (w != "as" || !successionNouns[s.lower(chain[0].T0-2)]) {
		// "his predecessor as chief executive, X" is the company's too.
		switch w {
		case ",", `"`, "said", "says", "added", "told", "by", "to", "for", "of", "from", "with", "against", "but",
			"quoted", "quoting", "cited", "citing": // "the statement quoted chairman X"
		default:
			return
		}
	}
	s.pendCompanyOffice(person, chain, from, pEnd)
}

// pendCompanyOffice relates the holder of a company office with no body
// of its own to the company the document is about, at the end of the
// document, unless a quotation or another organisation in the sentence
// may own the office, or the text gives the holder an office elsewhere.
func (s *sentCtx) pendCompanyOffice(person *resolve.Entity, chain []mention.Title, from, pEnd int) {
	// '... as a service provider," chief executive X said': a quotation
	// that opened sentences before may be another body's speaker's.
	if s.quoteOpenAt(chain[0].T0) {
		return
	}
	c := s.docCompany()
	if c == nil {
		return
	}
	inQuote := false
	for j := s.s.T0; j < s.s.T1; j++ {
		if s.word(j) == `"` {
			inQuote = !inQuote
		}
		e, _, b := s.ent(j)
		if e == nil || inQuote && j < chain[0].T0 {
			// '"Selling Perrier is still an option," chief executive X
			// said': a body the quotation names is not the speaker's.
			continue
		}
		j = b - 1
		// A state has no board or management: "chief executive X said
		// sales grew in the UK" is still the company's.
		if e != c && e.Type == graph.Organization {
			return // a body of its own in the sentence
		}
	}
	// The holder's office may be another body's.
	s.pendTitles(person, chain, c, from, pEnd, "title-document-company", graph.LeaderOf, graph.OfficialOf)
}

// docCompany returns documentCompany, found once for the document.
func (s *sentCtx) docCompany() *resolve.Entity {
	if !s.mainCompanyDone {
		s.mainCompany, s.mainCompanyDone = s.documentCompany(), true
	}
	return s.mainCompany
}

// documentCompany returns the business a document is about: named in its
// first two sentences (the headline and the lead), named at least three
// times, and at least twice as often as any other organisation. A party,
// a legislature or a public body is none: their chairmen chair a
// committee or a board as often as they lead the body. It returns nil
// when no business stands out.
func (s *sentCtx) documentCompany() *resolve.Entity {
	var best, second *resolve.Entity
	for _, e := range s.r.Entities {
		if e.Type != graph.Organization {
			continue
		}
		switch {
		case best == nil || len(e.Mentions) > len(best.Mentions):
			best, second = e, best
		case second == nil || len(e.Mentions) > len(second.Mentions):
			second = e
		}
	}
	if best == nil || len(best.Mentions) < 3 || second != nil && 2*len(second.Mentions) > len(best.Mentions) {
		return nil
	}
	if o, ok := lexicon.OrgByName(best.Name); ok && o.Kind != lexicon.KindCompany && o.Kind != lexicon.KindMedia {
		return nil
	}
	if isParty(best) || legislature[lastWord(best.Name)] || publicBodyNoun[lastWord(best.Name)] {
		return nil
	}
	lead := s.a.Sentences[min(1, len(s.a.Sentences)-1)].T1
	for _, mi := range best.Mentions {
		if s.r.Mentions[mi].T0 < lead {
			return best
		}
	}
	return nil
}

// publicBodyNoun end the names of public bodies ("Child Support Agency",
// "Competition Commission").
var publicBodyNoun = map[string]bool{
	"Agency": true, "Department": true, "Ministry": true, "Office": true, "Commission": true,
	"Authority": true, "Service": true, "Board": true, "Court": true, "Government": true,
	"Executive": true, "Inquiry": true, "Tribunal": true, "Administration": true,
}

// heldCompanyBody: "Mr Ghosn, who masterminded its recovery, will remain
// chief executive", "Ms Roe took over as chairman", "Acme said Roe will
// become president": a company office a verb of holding or taking gives
// with no body of its own is an office of the one company the sentence
// opens with (see soleCompany), or else, at the end of the document, of
// the company the document is about (see pendCompanyOffice). It returns
// the sentence's company, or nil.
func (s *sentCtx) heldCompanyBody(person *resolve.Entity, chain []mention.Title, from, to int) *resolve.Entity {
	held := false
	for _, t := range chain {
		switch {
		case companyOffice[t.Title] || t.Title == "chief executive officer":
			held = true
		case t.Title == "president" && s.word(t.T0) == "president":
			// a company's president in lower case; a state's when the
			// sentence names one ("his second term as president").
			for k := s.s.T0; k < s.s.T1; k++ {
				if e, _, b := s.ent(k); e != nil {
					if e.Type == graph.Country {
						return nil
					}
					k = b - 1
				}
			}
			held = true
		}
	}
	if !held || chain[0].Role == lexicon.Other {
		return nil
	}
	if c := s.soleCompany(chain, to); c != nil {
		return c
	}
	s.pendCompanyOffice(person, chain, from, to)
	return nil
}
