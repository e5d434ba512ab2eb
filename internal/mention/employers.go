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

// firmOfficers are the bodies and offices of a company that news names
// with "of" before the company: "the board of X", "directors of X",
// "shareholders of X", "chief executive of X". No town has a board of
// directors or shareholders. ("president", "director" and "head" are
// left out: a country, a museum and a region have them too.)
var firmOfficers = map[string]bool{
	"board": true, "boards": true, "directors": true, "shareholders": true, "stockholders": true,
	"executives": true, "chairman": true, "chairwoman": true, "shareholder": true,
}

// firmOfOfficers reports a tagged name [i, j) after one of firmOfficers
// and "of" (and "the"): "sits on the board of Harlow Vance", "the chief
// executive of Tesmond". The name is the company, not a place or a
// person. "executive" counts after "chief" only ("an executive of" is
// ambiguous, "the executive of the region"); a name the lexicon knows
// as a place or a country keeps its type ("the board of Ireland's
// central bank" is cut before the place anyway).
func (sc *scan) firmOfOfficers(i, j int) bool {
	k := i - 1
	if k > sc.s.T0 && sc.a.Lower[k] == "the" {
		k--
	}
	if k-1 < sc.s.T0 || sc.a.Lower[k] != "of" {
		return false
	}
	w := sc.a.Lower[k-1]
	if !firmOfficers[w] && !(w == "executive" && k-2 >= sc.s.T0 && sc.a.Lower[k-2] == "chief") {
		return false
	}
	if sc.a.Words[k-1] != w && k-1 > sc.s.T0 {
		return false // "the Board of Trade": a name's own words
	}
	if e, n := sc.lex.phrase(sc.a.Words[i:j]); n > 0 && (e.kind == lexCapital || e.kind == lexDemonym || e.typ == graph.Place || e.typ == graph.Country) {
		return false
	}
	return true
}
