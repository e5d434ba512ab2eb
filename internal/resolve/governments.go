package resolve

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// stateGovernments makes a name of a state's government that the tagger
// took for an organisation the state itself, as the schema wants it: "the
// Indian Government", "U.S. Government securities", "the UK Government".
// The state's name keeps its own words ("U.S."); a demonym keeps the
// government's ("British Government"), the form the text writes. A
// region's government ("the Scottish Government") and a longer name ("the
// Israeli Government Press Office") stay bodies of their own.
func stateGovernments(a *text.Analysis, ms []mention.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Organization || m.Kind != mention.Name || m.Canon != "" || m.T1-m.T0 != 2 || a.Lower[m.T0+1] != "government" {
			continue
		}
		w := a.Words[m.T0]
		c, ok := lexicon.CountryByName(w)
		if ok {
			m.T1-- // the state's name alone: "U.S." of "U.S. Government"
		} else if c, ok = lexicon.CountryByDemonym(w); !ok {
			continue
		}
		m.Type, m.Canon, m.Country, m.Source, m.Weak = graph.Country, c.Name, c.Name, mention.Lexicon, false
	}
}
