package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
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
// "&" between or before them ("Savings and Loan Association", "& Sons",
// "and Electric Co").
func businessRest(ws []string) bool {
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		switch {
		case subsidiaryWords[lw]:
			return false
		case lw == "and" || lw == "&":
			// "Pacific Gas" of "Pacific Gas and Electric Co": a second
			// trade after the first is the business's too.
			if i == len(ws)-1 || i == 0 && !companyTrades(ws[1:]) {
				return false
			}
		case legalSuffixes[lw] || kindWords[lw] || lexicon.IsOrgWord(w) || lexicon.IsCompanyHead(w):
		default:
			return false
		}
	}
	return true
}

// companyTrades reports words that are all trades or legal forms of a
// company ("Electric Co", "Sons", a utility's "Power" or "Light"), not
// the heads of public bodies ("Finance Ministry" after "the Central Bank
// and").
func companyTrades(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if !legalSuffixes[lw] && !kindWords[lw] && !lexicon.IsCompanyHead(w) && lw != "electric" && lw != "power" && lw != "light" {
			return false
		}
	}
	return true
}
