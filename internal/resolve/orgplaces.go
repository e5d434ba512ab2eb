package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// voteOrgPlaces gives back their place's type to names the tagger alone
// took for organisations and that the text only uses where places stand.
// Taggers trained on sports pages read English counties and towns as
// teams ("Somerset", "Derbyshire", "Burnley"), and news names the same
// places in lists of towns ("Leeds, Somerset and Dorset"), as the region
// after a town ("Hinckley, Leicestershire"), after "in", "across" or
// "throughout", or before "area", "constituency" or "-based". A name keeps
// its organisation's type when any mention reads as a business's ("X
// said", "X shares", "shares in X"), when a lexicon or a pattern found it,
// or when it holds a word of organisations' names ("Bank", "Council",
// "Corp").
func voteOrgPlaces(a *text.Analysis, ms []mention.Mention, names []string) {
	// Only a name with a place's reading somewhere is in question; the
	// business cues, dearer to read, are looked for in those alone.
	type tally struct{ place, org bool }
	var votes map[string]*tally
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Type != graph.Organization || m.Source != mention.Tagger || m.Canon != "" {
			continue
		}
		if orgPlaceCue(a, ms, i) && !hasOrgWord(names[i]) {
			if votes == nil {
				votes = map[string]*tally{}
			}
			votes[strings.ToLower(names[i])] = &tally{}
		}
	}
	if votes == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Type != graph.Organization {
			continue
		}
		t := votes[strings.ToLower(names[i])]
		switch {
		case t == nil:
		case m.Source != mention.Tagger || m.Canon != "" || hasOrgWord(names[i]):
			t.org = true
		case businessCue(a, m) || ownedByBusiness(a, m) || companyCue(a, ms, i):
			t.org = true
		case orgPlaceCue(a, ms, i):
			t.place = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Type != graph.Organization {
			continue
		}
		if t := votes[strings.ToLower(names[i])]; t != nil && t.place && !t.org {
			m.Type = graph.Place
		}
	}
}

// hasOrgWord reports a name with a word that names organisations: "Bank",
// "Council", "Corp", "Foods".
func hasOrgWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if lexicon.IsOrgWord(w) || lexicon.IsCompanyHead(w) {
			return true
		}
	}
	return false
}

// orgPlaceBefore are words before a place's name that no organisation's
// name follows in news: "across X", "throughout X".
var orgPlaceBefore = map[string]bool{
	"across": true, "throughout": true, "near": true, "nearby": true, "around": true, "via": true,
}

// orgPlaceAfter are nouns after a place's name that do not follow a
// company's: "the X area", "the X constituency" (a company has plants,
// sites and stations too).
var orgPlaceAfter = map[string]bool{
	"area": true, "region": true, "county": true, "district": true, "valley": true, "coast": true,
	"constituency": true, "seat": true, "residents": true, "villages": true, "towns": true,
}

// orgPlaceCue reports a mention of a name read as an organisation in a
// slot where only places stand: in a list with a place the lexicon knows
// ("Leeds, X and Y"), as a town's region ("Hinckley, X", "X, Ill."), after
// "in" that follows no stake noun, after "across", before "area" or
// "-based".
func orgPlaceCue(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := &ms[i]
	lw := sentenceOf(a, m.T0).lower
	prev, next := lw(m.T0-1), lw(m.T1)
	if next == "'s" || next == "'" {
		return false // "X's": an owner as often as a place
	}
	switch {
	case orgPlaceBefore[prev]:
		return true
	case orgPlaceAfter[next] && a.Words[m.T1] == next, next == "-based", next == "-born":
		return true
	case next != "," && placeSlotCue(a, ms, i):
		return true // "the resort of X", "X airport", "the X oil field"
	}
	// "Burnley, Lancashire": a town's region after it, not a country's
	// possessive that opens an apposition ("X, Malaysia's biggest bank").
	if i+1 < len(ms) && inRegion(a, m, &ms[i+1]) && ms[i+1].Type == graph.Place && lw(ms[i+1].T1) != "'s" && lw(ms[i+1].T1) != "'" {
		return true
	}
	// "from Hinckley, X.": the region after a town that is where something
	// is, at the end of a phrase.
	if prev == "," && i > 0 && ms[i-1].T1 == m.T0-1 && ms[i-1].Type == graph.Place && locatedAt(a, &ms[i-1]) && (next == "," || next == "." || next == "" || next == ";") {
		return true
	}
	return placeList(a, ms, i)
}

// placeList reports a mention in a list of names ("A, B and C") with a
// place that the lexicon knows, not a country: "Leicester, X, Basingstoke
// and Dorset".
func placeList(a *text.Analysis, ms []mention.Mention, i int) bool {
	lo, hi := i, i+1
	for lo > 0 && ms[lo-1].Kind == mention.Name && ms[lo-1].T1+1 == ms[lo].T0 && listWord(a.Lower[ms[lo-1].T1]) {
		lo--
	}
	for hi < len(ms) && ms[hi].Kind == mention.Name && ms[hi-1].T1+1 == ms[hi].T0 && listWord(a.Lower[ms[hi-1].T1]) {
		hi++
	}
	// Two names make a list with "and" or "or" between: "In Europe, X
	// shed 2%" is none.
	if hi-lo < 2 || hi-lo == 2 && a.Lower[ms[lo].T1] == "," || a.SentenceOf(ms[lo].T0) != a.SentenceOf(ms[hi-1].T0) {
		return false
	}
	for k := lo; k < hi; k++ {
		if k != i && ms[k].Type == graph.Place && knownPlace(&ms[k]) {
			return true
		}
	}
	return false
}
