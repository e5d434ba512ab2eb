package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// legislatorTitles are the seats of a legislature: the name before them
// is the holder's party ("Labour MP"), the legislature itself ("Senate
// Democrat"), or the seat represented ("the Salford MP").
var legislatorTitles = map[string]bool{
	"mp": true, "mep": true, "msp": true, "mla": true, "senator": true, "representative": true,
	"backbencher": true, "peer": true, "councillor": true,
}

// legislatorSeat reports a legislator's title whose body, named before
// it from token from, is neither a party nor a legislature: "the Ealing
// North MP" represents a constituency, "the Greek U.N. representative" is
// sent to a body; neither belongs to it. A body the lexicon knows as no
// party is such a body; an unknown one is when "the" comes before it, as
// before a constituency ("the Labour MP" names a party the lexicon
// knows).
func (s *sentCtx) legislatorSeat(chain []mention.Title, body *resolve.Entity, from int) bool {
	t := chain[len(chain)-1]
	if body == nil || body.Type != graph.Organization || t.Role != lexicon.Member || !legislatorTitles[canonicalTitle(t.Title)] {
		return false
	}
	if legislature[lastWord(body.Name)] {
		return false
	}
	if o, ok := lexicon.OrgByName(body.Name); ok {
		return o.Kind != lexicon.KindParty
	}
	return !isParty(body) && s.lower(from-1) == "the"
}
