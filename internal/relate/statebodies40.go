package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// countryBodyNoun returns the token after "'s <noun>" at b, right after
// a country's name that ends at b, when the noun names the state's own
// unnamed institution ("Kenya's parliament", "Peru's government"); b
// otherwise. The office held in it is one of the country.
func (s *sentCtx) countryBodyNoun(e *resolve.Entity, b int) int {
	if e == nil || e.Type != graph.Country || !isPossessive(s.word(b)) {
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
	if body == nil || body.Type != graph.Organization || len(chain) == 0 {
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
			if k > end {
				return k
			}
			return 0
		case ".":
			// "said X, Acme's head of sales in Asia.": the sentence ends it.
			if k > end && k == s.s.T1-1 {
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
	"shall": true, "announced": true, "added": true, "says": true,
}
