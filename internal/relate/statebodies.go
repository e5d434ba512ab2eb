package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// countryBodyNoun returns the token after "'s <noun>" at b, right after
// a country's name that ends at b, when the noun names the state's own
// unnamed institution ("Kenya's parliament", "Peru's government"); b
// otherwise. The office held in it is one of the country.
func (s *sentCtx) countryBodyNoun(e *resolve.Entity, b int) int {
	if e.Type != graph.Country || !isPossessive(s.word(b)) {
		return b
	}
	// A chamber's noun, or the government: "Kenya's government"; not
	// "Germany's chamber of commerce".
	if w := s.lower(b + 1); !chamberNouns[w] && w != "government" && w != "congress" || s.lower(b+2) == "of" {
		return b
	}
	return b + 2
}

// ministryCivilTitles are the top civil servants of a ministry, which its
// minister leads: "the Foreign Ministry's director-general".
var ministryCivilTitles = map[string]bool{
	"director-general": true, "director general": true, "secretary general": true,
	"secretary-general": true,
}

// ministryOfficial reports a chain whose last title is a ministry's civil
// service head and a body that is a ministry: its director-general is an
// official of it, not its leader.
func ministryOfficial(chain []mention.Title, body *resolve.Entity) bool {
	if body.Type != graph.Organization {
		return false
	}
	if !ministryCivilTitles[chain[len(chain)-1].Title] {
		return false
	}
	for _, w := range strings.Fields(body.Name) {
		if w == "Ministry" {
			return true
		}
	}
	return false
}

// trailingModifierEnd returns the comma that closes an appositive whose
// title's body was named before the title and whose title a modifier
// phrase follows ("Italy's prime minister for a record four years,", "a
// U.S. trade official just back from Lima,"), or 0. The phrase may hold
// no verb of speech or auxiliary: in "Rice, the prime minister of Israel
// has said, ..." the title is the subject of a clause.
func (s *sentCtx) trailingModifierEnd(body *resolve.Entity, from, i, end int) int {
	if body == nil || from >= i {
		return 0
	}
	for k := end; k < s.s.T1 && k < end+12; k++ {
		w := s.lower(k)
		switch w {
		case ",":
			return k // end itself is no comma: the caller has seen it is not
		case ".":
			// "said X, Acme's head of sales in Asia.": the sentence ends it.
			if k == s.s.T1-1 {
				return k
			}
			return 0
		case ";", ":", "--", "(", ")", "\"", "'s", "that", "which",
			"until", "till", "before", "when", "after", "while", "because", "if", "unless":
			// "vice president until Acme bought it": a past office, or a
			// subordinate clause.
			return 0
		}
		if speechWord(w) || auxiliaries[w] || clauseVerbs[w] {
			return 0
		}
	}
	return 0
}

// clauseVerbs are finite verbs and modals that make a phrase a clause.
var clauseVerbs = map[string]bool{
	"are": true, "were": true, "have": true, "does": true, "did": true, "do": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "must": true,
	"shall": true, "announced": true, "added": true,
}

// agencyHeadNouns are the head nouns of a state's agencies whose director
// runs them: "FBI Director X", "the director of the Central Intelligence
// Agency". A ministry's or a parliament's directors serve under its head,
// and a company's or a central bank's directors sit on its board.
var agencyHeadNouns = map[string]bool{"Agency": true, "Bureau": true, "Service": true, "Administration": true}

// agencyDirector reports a chain that is only a director's title of a
// state's agency (a lexicon body of the government): its head, who
// leads it, not an official of the agency and the state. A field before
// the title ("FBI counterterrorism director") names a division's head.
func (s *sentCtx) agencyDirector(chain []mention.Title, body *resolve.Entity) bool {
	if len(chain) != 1 || chain[0].Title != "director" || chain[0].Deputy || body.Type != graph.Organization {
		return false
	}
	if k := chain[0].T0 - 1; k >= s.s.T0 && s.portfolioWord(k) {
		return false
	}
	o, ok := lexicon.OrgByName(body.Name)
	if !ok || o.Kind != lexicon.KindGovernment {
		return false
	}
	for _, w := range strings.Fields(o.Name) {
		if agencyHeadNouns[w] {
			return true
		}
	}
	return false
}

// staffTitles are the offices of a person's own staff, which the
// person's name can come before with no possessive: "Netanyahu aide X",
// "Clinton spokesman Y".
var staffTitles = map[string]bool{"adviser": true, "spokesman": true, "press secretary": true, "chief of staff": true}

// compoundSuperior returns the person whose name ends at i, with its
// first token, when a staff title of one follows it as a compound
// ("Netanyahu aide Dore Gold"). The person must be one the text confirms
// (a full name, a title, a gender): "Amoco spokesman" names a company.
func (s *sentCtx) compoundSuperior(i int) (*resolve.Entity, int) {
	if i+1 >= s.s.T1 || !s.titleStarts[i+1] || !isCapitalised(s.word(i)) {
		return nil, 0
	}
	boss, a, b := s.entOf(i, graph.Person)
	if boss == nil || b != i+1 || s.unconfirmedPerson(boss) {
		return nil, 0
	}
	chain, next := s.titleChain(i + 1)
	if len(chain) != 1 || !staffTitles[canonicalTitle(chain[0].Title)] {
		return nil, 0
	}
	if p, _, _ := s.entOf(next, graph.Person); p == nil || p == boss {
		return nil, 0
	}
	return boss, a
}

// fieldAtBody returns the organisation named after "of", a field of one
// to three lower-case words and "at" ("of marketing at Acme", "of
// currency strategy at the bank Globex"), and the token after its name.
func (s *sentCtx) fieldAtBody(of int) (*resolve.Entity, int) {
	k := of + 1
	for k < s.s.T1 && k <= of+3 && isLowerWord(s.word(k)) && s.portfolioWord(k) {
		k++
	}
	if k == of+1 || s.lower(k) != "at" {
		return nil, 0
	}
	e, _, b := s.entOf(k+1+s.article(k+1), graph.Organization)
	if e == nil || s.unitAfter(b) || isPossessive(s.word(b)) {
		return nil, 0
	}
	return e, b
}

// envoyTitles are the posts of a state's diplomacy, which a region they
// deal with can come before: "U.S. Middle East envoy", "EU Balkans
// negotiator".
var envoyTitles = map[string]bool{"envoy": true, "negotiator": true, "ambassador": true, "coordinator": true}

// stateBeforeRegion returns the state or body named right before a
// region (a Place) that comes right before an envoy's title at i, and
// where it starts; nil and i otherwise.
func (s *sentCtx) stateBeforeRegion(chain []mention.Title, i int) (*resolve.Entity, int) {
	if !envoyTitles[canonicalTitle(chain[0].Title)] {
		return nil, i
	}
	p, a, b := s.entOf(i-1, graph.Place)
	if p == nil || b != i || a <= s.s.T0 {
		return nil, i
	}
	if e, from := s.affiliationAdjacent(a); e != nil && e != p {
		return e, from
	}
	return nil, i
}
