package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

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
	if sc.startsWithPlace(i, j) {
		return false // "analysts in London", "traders at Frankfurt"
	}
	return true
}

// employeeNouns name those who work for an employer named after "of" or
// "at": "a former employee of", "employees at".
var employeeNouns = map[string]bool{
	"employee": true, "employees": true, "ex-employee": true, "ex-employees": true,
}

// employeeOf reports a name from i after an employee's "of" or "at" (and
// "the"): "a former employee of Halvern Mills", "employees at Norbrook".
// It names the employer, a firm or a body ("employee of General Mills"
// serves no general). Callers keep a person's name that opens with a
// given name ("a former employee of Donald Trump") and a name the
// lexicon knows as a place or a country ("employees of Ontario").
func (sc *scan) employeeOf(i int) bool {
	k := i - 1
	if k > sc.s.T0 && sc.a.Lower[k] == "the" {
		k--
	}
	if k-1 < sc.s.T0 || sc.a.Lower[k] != "of" && sc.a.Lower[k] != "at" {
		return false
	}
	return employeeNouns[sc.word(k-1)]
}

// employerAfterEmployee reports a name [i, j) after an employee's "of"
// or "at" that names the employer: not a person's name that opens with a
// given name nor a name the lexicon knows as a place or a country.
func (sc *scan) employerAfterEmployee(i, j int) bool {
	return sc.employeeOf(i) && !sc.startsWithPlace(i, j) && !sc.lex.isGivenName(sc.word(i))
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
	if sc.startsWithPlace(i, j) {
		return false
	}
	return true
}

// firmModified are the nouns a company's name modifies that nothing
// else's does: "a Thyssen spokesman", "Lasmo shares fell", "Ostra
// shareholders voted". A party, a ministry and a politician have
// spokesmen too, but the lexicon knows parties and ministries, and the
// tagger a politician's name; a politician has no shares.
var firmModified = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"shares": true, "shareholders": true, "stockholders": true,
}

// firmHoldings are the holdings in a company that "in" or "of" joins to
// its name: "shares in Brackwater", "a stake in Ostra".
var firmHoldings = map[string]bool{
	"shares": true, "stake": true, "stakes": true, "shareholding": true,
}

// shareClasses name a class of a company's shares, not the company:
// "class B shares", "Series C shares".
var shareClasses = map[string]bool{
	"class": true, "series": true, "preferred": true, "common": true, "ordinary": true, "voting": true,
}

// firmSlot reports a name [i, j) in a company's slot: before a noun of
// firmModified ("A Halvenor spokesman said", "Velmark shares jumped") or
// after a holding of firmHoldings and "in" or "of" ("Shares of Brackwater
// rose", "a 5% stake in Ostra"). typ is the tagger's type ("" when the
// tagger gave none): a name the tagger took for a person has a
// spokesman of its own ("a Kerry spokesman"), so only shares name its
// company. A name the lexicon knows as a place or country, a common word
// capitalised by its place ("Fellow shareholders"), a given name and a
// class of shares ("Class B shares") are no company.
func (sc *scan) firmSlot(i, j int, typ string) bool {
	modified := j < sc.s.T1 && firmModified[sc.word(j)]
	if !modified {
		if i-2 < sc.s.T0 {
			return false
		}
		if p := sc.a.Lower[i-1]; p != "in" && p != "of" || !firmHoldings[sc.a.Lower[i-2]] {
			return false
		}
	}
	if j-i > 3 || len(sc.word(i)) < 2 || sc.lex.isGivenName(sc.word(i)) || sc.commonWordAt(i) {
		return false
	}
	if sc.startsWithPlace(i, j) {
		return false
	}
	if modified {
		if typ == "PER" && !strings.HasPrefix(sc.word(j), "share") && sc.word(j) != "stockholders" {
			return false
		}
		if shareClasses[sc.a.Lower[i]] || i > sc.s.T0 && shareClasses[sc.a.Lower[i-1]] {
			return false
		}
		return j+1 >= sc.s.T1 || sc.word(j+1) != "'s" && sc.word(j+1) != "'"
	}
	// After a holding ("a 5% stake in Ostra"), unless the name goes on:
	// "a stake in Pay 'N Pak".
	return j >= sc.s.T1 || sc.word(j) != "'" && sc.word(j) != "&"
}

// commonWordAt reports a word at i that news writes in lower case and
// that has its capital here only from its place: at a sentence's start,
// or as a class's name ("Series C"). A word the document writes with a
// capital mid-sentence elsewhere is a name.
func (sc *scan) commonWordAt(i int) bool {
	w := sc.word(i)
	if isAllCaps(w) {
		return false
	}
	if sc.lex.isStopword(w) || sc.lowerElsewhere.has(sc.a.Lower[i]) {
		return true
	}
	if !sc.writtenLower(i) {
		return false
	}
	return !sc.capitalisedElsewhere(i)
}

// startsWithPlace reports whether [i, j) starts with a name the lexicon
// knows as a place, a capital, a country or a demonym: such a name keeps
// its type in a company's slot ("analysts in London", "shares in
// London").
func (sc *scan) startsWithPlace(i, j int) bool {
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n > 0 && (e.kind == lexCapital || e.kind == lexDemonym || e.typ == graph.Place || e.typ == graph.Country)
}
