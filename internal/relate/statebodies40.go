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
