package mention

import "github.com/newsgraph/newsgraph/graph"

// marketStaff are the people news quotes by the firm they work at: "Jane
// Roe, an analyst at Gartmore", "chief economist with Global Insight",
// "dealers at Creditanstalt".
var marketStaff = map[string]bool{
	"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "dealer": true, "dealers": true,
	"trader": true, "traders": true,
}

// employerOfStaff reports a tagged name [i, j) that follows a market
// analyst's or economist's "at" or "with": the name is the firm that
// employs them, not a place or a person, whatever the tagger said ("an
// analyst at Troika Dialog", "economist at Fact and Opinion Economics").
// A name the lexicon knows as a place or a country keeps its type.
func (sc *scan) employerOfStaff(i, j int) bool {
	if i-2 < sc.s.T0 {
		return false
	}
	if p := sc.a.Lower[i-1]; p != "at" && p != "with" || !marketStaff[sc.a.Lower[i-2]] {
		return false
	}
	if e, n := sc.lex.phrase(sc.a.Words[i:j]); n > 0 && (e.kind == lexCapital || e.kind == lexDemonym || e.typ == graph.Place || e.typ == graph.Country) {
		return false // "analysts in London", "traders at Frankfurt"
	}
	return true
}
