package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// News names a body once and then gives its officers by a reference to
// it: "Age Concern argued ... Its director general, Gordon Lishman,
// said"; "The QCA said ... said its chairman, Sir Anthony Greener";
// "The Association of Directors of Social Services said ... Tony
// Hunter, the organisation's president, said"; "Migration Watch says
// ... Sir Andrew Green, chairman of the organisation, says". The body
// referred to is the one the sentence names before the reference, or,
// when it names none, the organisation that was the subject of the
// sentence before (prevSubjectOrg). A wrong body is worse than none:
// one candidate only, of a kind the noun fits.

// refBodyNouns are the nouns of "the charity's director", "head of the
// agency" that refer back to a named body, other than those the resolve
// stage resolves itself ("the company", "the bank"). generic nouns fit
// any body that is not a party or a company; the others fit a body
// whose name has the noun ("the agency": the Child Support Agency) or,
// for "party", a party.
var refBodyNouns = map[string]bool{
	// generic
	"organisation": true, "organization": true, "charity": true, "body": true, "watchdog": true,
	"union": true, "campaign": true, "regulator": true, "association": true, "party": true,
	// named by the noun
	"agency": true, "authority": true, "commission": true, "council": true, "federation": true,
	"foundation": true, "institute": true, "society": true, "trust": true, "exchange": true,
	"league": true, "service": true, "fund": true, "institution": true, "forum": true, "confederation": true,
}

var genericRefNoun = map[string]bool{
	"organisation": true, "organization": true, "charity": true, "body": true, "watchdog": true,
	"union": true, "campaign": true, "regulator": true, "association": true,
}

// refFits reports whether the organisation e can be what "the noun"
// refers to.
func refFits(noun string, e *resolve.Entity) bool {
	if e == nil || e.Type != graph.Organization {
		return false
	}
	if noun == "party" {
		return isParty(e)
	}
	if isParty(e) || companySuffix[lastWord(e.Name)] {
		return false
	}
	head := strings.ToUpper(noun[:1]) + noun[1:]
	for _, f := range e.Forms {
		for w := range strings.FieldsSeq(f) {
			if w == head {
				return true
			}
		}
	}
	if !genericRefNoun[noun] {
		return false
	}
	if o, ok := lexicon.OrgByName(e.Name); ok {
		switch o.Kind {
		case lexicon.KindOther:
			return true
		case lexicon.KindGovernment, lexicon.KindIntergovernmental:
			return noun != "charity" && noun != "union" && noun != "campaign" && noun != "association"
		}
		return false
	}
	return true
}

// refNounAt returns the token of the noun of a reference "the [modifier]
// noun" that starts with "the" at k, or -1: "the organisation", "the
// Frankfurt-based exchange". The noun must be free of any mention (the
// resolve stage decided those).
func (s *sentCtx) refNounAt(k int) int {
	if s.lower(k) != "the" {
		return -1
	}
	n := k + 1
	if !refBodyNouns[s.lower(n)] {
		// One lower-case or hyphenated modifier: "the pressure group",
		// "the London-based charity".
		if w := s.word(n); w == "" || s.r.MentionAt(n) >= 0 || s.hasTitleAt(n) || !(isLowerWord(w) || strings.IndexByte(w, '-') > 0) || statusAdjective[w] || otherRefModifier[w] {
			return -1
		}
		n++
	}
	if !refBodyNouns[s.lower(n)] || !isLowerWord(s.word(n)) || s.r.MentionAt(n) >= 0 {
		return -1
	}
	return n
}

// otherRefModifier make "the <modifier> noun" another body than the one
// named: "the other union", "the new agency".
var otherRefModifier = map[string]bool{
	"other": true, "rival": true, "opposition": true, "same": true, "second": true, "first": true,
	"proposed": true, "planned": true, "governing": true, "ruling": true, "main": true, "largest": true,
	"biggest": true, "national": true, "local": true, "regional": true, "international": true, "european": true,
	"government": true, "parent": true, "umbrella": true, "whole": true, "entire": true, "separate": true,
}

// referredBody returns the organisation "the noun" with its noun at n
// (the reference starting at k) refers to: the one body the sentence
// names before k when it fits the noun, or else, when the sentence
// names none before it, the subject of the sentence before (a body
// named after the reference does not stand in the way: the reference
// points back).
func (s *sentCtx) referredBody(k, n int) *resolve.Entity {
	noun := s.lower(n)
	var before *resolve.Entity
	for j := s.s.T0; j < k; j++ {
		e, _, b := s.ent(j)
		if e == nil {
			continue
		}
		j = b - 1
		if e.Type != graph.Organization && e.Type != graph.Country {
			continue
		}
		if before != nil && before != e || !refFits(noun, e) {
			return nil
		}
		before = e
	}
	if before != nil {
		return before
	}
	if e := s.prevSubjectOrg(); refFits(noun, e) {
		return e
	}
	return nil
}

// possessedReference: "Tony Hunter, the organisation's president,", "The
// charity's director, Barbara Stocking,": the body a reference before a
// possessive names, for the title at i, and where the phrase starts.
func (s *sentCtx) possessedReference(i int) (*resolve.Entity, int) {
	k := i - 1
	for m := 0; m < 2 && statusAdjective[s.lower(k)]; m++ {
		k--
	}
	if s.word(k) != "'s" {
		return nil, i
	}
	n := k - 1
	the := n - 1
	if s.lower(the) != "the" {
		the--
	}
	if s.refNounAt(the) != n {
		return nil, i
	}
	if e := s.referredBody(the, n); e != nil {
		return e, the
	}
	if k < i-1 {
		// "The agency's former chief executive X": the one body of the
		// text whose name ends in the noun (bodyByHeadNoun), past the
		// words that date the office.
		return s.bodyByHeadNoun(k + 1)
	}
	return nil, i
}

// itsPreviousSubject: "Age Concern argued ... . Its director general,
// Gordon Lishman, said": "its" at j in a sentence that names no body
// before it (nor a common noun of one, "the committee and its chairman")
// refers to the organisation that was the subject of the sentence
// before.
func (s *sentCtx) itsPreviousSubject(j int) *resolve.Entity {
	for k := s.s.T0; k < j; k++ {
		if e, _, b := s.ent(k); e != nil {
			if e.Type == graph.Organization || e.Type == graph.Country {
				return nil
			}
			k = b - 1
			continue
		}
		if w := s.word(k); otherBodyNoun[w] || refBodyNouns[w] || itsOtherNoun[w] {
			return nil
		}
		if w := s.lower(k); w == "it" && k > s.s.T0 {
			// "X said it would ...": the pronoun's own referent is of
			// this sentence; "It said its chairman" opens it.
			continue
		}
	}
	return s.prevSubjectOrg()
}

// itsOtherNoun are common nouns besides bodies that "its" after them may
// refer to: "the club and its chairman", "the country and its
// president".
var itsOtherNoun = map[string]bool{
	"club": true, "team": true, "country": true, "nation": true, "state": true, "city": true,
	"school": true, "university": true, "college": true, "hospital": true, "newspaper": true,
	"paper": true, "magazine": true, "channel": true, "station": true, "network": true, "website": true,
	"business": true, "operation": true, "operations": true, "plant": true, "chain": true,
	"carmaker": true, "airline": true, "lender": true, "carrier": true, "insurer": true, "retailer": true,
	"region": true, "province": true, "administration": true, "cabinet": true, "ministry": true,
	"department": true, "court": true, "parliament": true, "assembly": true, "senate": true,
}

// referenceOfBody: "Sir Andrew Green, chairman of the organisation,", "Ann
// Lee, a spokeswoman for the agency,": the body the reference after "of"
// or "for" at next names, and the token after it.
func (s *sentCtx) referenceOfBody(next int) (*resolve.Entity, int) {
	if w := s.lower(next); w != "of" && w != "for" {
		return nil, next
	}
	n := s.refNounAt(next + 1)
	if n < 0 {
		return nil, next
	}
	switch s.word(n + 1) {
	case ",", ".", "", ";", ")", "--", "-":
	default:
		if !speechWord(s.lower(n + 1)) {
			return nil, next // "head of the agency's unit", "of the union in Wales"
		}
	}
	if e := s.referredBody(next+1, n); e != nil {
		return e, n + 1
	}
	return nil, next
}
