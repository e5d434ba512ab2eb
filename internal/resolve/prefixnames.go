package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
)

// joinOrgPrefixNames merges an organisation named by the first words of
// one other organisation's name, when the words left over only say what
// kind of business it is: "Pioneer Sugar" is "Pioneer Sugar Mills Ltd",
// "Marine Midland" is "Marine Midland Banks Inc", "Tri State" is "Tri
// State Supply Inc". A news story names a company in full once and short
// after. Left-over words that name a place or another business ("MG
// Rover China", "Standard Life Investments") make a different company,
// and so does a name the lexicon knows.
func (r *Result) joinOrgPrefixNames() {
	// The organisations' names split once, indexed by their first word.
	var fields [][]string
	var byFirst map[string][]int
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil || !strings.Contains(e.Name, " ") {
			continue
		}
		if fields == nil {
			fields = make([][]string, len(r.Entities))
			byFirst = map[string][]int{}
		}
		fields[ei] = strings.Fields(e.Name)
		k := strings.ToLower(fields[ei][0])
		byFirst[k] = append(byFirst[k], ei)
	}
	for ei, e := range r.Entities {
		if fields == nil || fields[ei] == nil || e.Type != graph.Organization || e.Mentions == nil || r.fromLexicon(e) {
			continue
		}
		short := fields[ei]
		target := -1
		for _, ej := range byFirst[strings.ToLower(short[0])] {
			g := r.Entities[ej]
			if ej == ei || g.Type != graph.Organization || g.Mentions == nil {
				continue
			}
			long := fields[ej]
			if len(long) <= len(short) || !equalFold(long[:len(short)], short) {
				continue
			}
			if target >= 0 || !businessRest(long[len(short):]) {
				target = -2
				break
			}
			target = ej
		}
		if target >= 0 {
			r.mergeInto(target, ei)
		}
	}
}

func equalFold(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// subsidiaryWords end the names of a company's offshoots, not of the
// company itself: "Standard Life Investments", "Bell Canada Enterprises";
// "X Holding Company" owns X.
var subsidiaryWords = map[string]bool{
	"investments": true, "enterprises": true, "capital": true, "international": true, "holding": true,
}

// kindWords say what a company makes or is, after its name: "Pioneer
// Sugar Mills", "Harlan Stores".
var kindWords = map[string]bool{
	"mills": true, "stores": true, "supply": true, "products": true, "works": true, "sons": true,
	"loan": true, // "Savings and Loan Association"
}

// businessRest reports words that only say what kind of business a name
// is: legal suffixes, organisation and company head words, and "and" or
// "&" between them ("Savings and Loan Association", "& Sons").
func businessRest(ws []string) bool {
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		switch {
		case subsidiaryWords[lw]:
			return false
		case lw == "and" || lw == "&":
			if i == 0 || i == len(ws)-1 {
				return false
			}
		case legalSuffixes[lw] || kindWords[lw] || lexicon.IsOrgWord(w) || lexicon.IsCompanyHead(w):
		default:
			return false
		}
	}
	return true
}

// joinPartyLabels merges an organisation named by a party's label outside
// the slots where the label alone makes a party mention ("the Liberal
// Democrat campaign", "Lib Dem Treasury spokesman", "voted Conservative")
// into the one party the text names whose label it is: the singular of a
// plural name ("Liberal Democrats"), a name without "Party", or an alias.
// A label that fits two parties of the text is left alone.
func (r *Result) joinPartyLabels() {
	var parties map[string][]int // label -> the parties it names
	for ej, g := range r.Entities {
		if g.Type != graph.Organization || g.Mentions == nil || !r.fromLexicon(g) {
			continue
		}
		o, ok := lexicon.OrgByName(g.Name)
		if !ok || o.Kind != lexicon.KindParty {
			continue
		}
		if parties == nil {
			parties = map[string][]int{}
		}
		for _, l := range append(mention.PartyLabels(*o), o.Aliases...) {
			if !slices.Contains(parties[l], ej) {
				parties[l] = append(parties[l], ej)
			}
		}
	}
	if parties == nil {
		return
	}
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil || r.fromLexicon(e) {
			continue
		}
		if ps := parties[e.Name]; len(ps) == 1 && ps[0] != ei {
			r.mergeInto(ps[0], ei)
		}
	}
}
