package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// coordOffice: "Acme chairman John Smith and chief executive Paul Jones",
// "its chief executive A and chief operating officer B", "BBC chairman
// A, director-general B": news lists the officers of one body with the
// body named once, before the first office. An office of a body's own
// (a company's board and management, a director-general, a spokesman)
// right after "and" or a comma that close the name of the holder of
// another such office of a named organisation is an office of that
// organisation too. A state's offices are left out: "French President
// A and Chancellor B" names officers of two states.
type coordOffice struct {
	body *resolve.Entity // the organisation of the office before
	end  int             // the token after its holder's name
}

// note records the office chain before the name that ends at pEnd.
func (c *coordOffice) note(body *resolve.Entity, chain []mention.Title, pEnd int) {
	c.body, c.end = nil, -1
	if body != nil && body.Type == graph.Organization && ownsOffice(chain[len(chain)-1].Title) {
		c.body, c.end = body, pEnd
	}
}

// bodyFor returns the organisation of the office before when chain is
// the next office of the list, or nil.
func (c *coordOffice) bodyFor(s *sentCtx, chain []mention.Title) *resolve.Entity {
	k := chain[0].T0 - 1
	if c.body == nil || k != c.end || !ownsOffice(chain[len(chain)-1].Title) {
		return nil
	}
	switch s.word(k) {
	case "and", ",":
		return c.body
	}
	return nil
}

// ownsOffice reports a title that is an office of an organisation of
// its own, not a state's.
func ownsOffice(t string) bool {
	return companyOffice[t] || ownOffice[t] && t != "head" && t != "chief" && t != "boss"
}
