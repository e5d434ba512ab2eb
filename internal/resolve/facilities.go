package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// facilityHeads end the names of buildings and works: airports, dams,
// stadiums, prisons, plants, mines. The schema has no type for them and
// counts them among places ("Edinburgh Airport", "the Three Gorges Dam",
// "Belmarsh Prison"); taggers read them as organisations, or as people
// when a given name opens them.
var facilityHeads = map[string]bool{
	"Airport": true, "Dam": true, "Stadium": true, "Prison": true, "Jail": true, "Gaol": true,
	"Tunnel": true, "Bridge": true, "Plant": true, "Station": true, "Mine": true, "Oilfield": true,
	"Refinery": true, "Reactor": true, "Hotel": true,
}

// plantKinds are the works a plant's name ends in that make it a site:
// "the Palisades Nuclear Plant", "the Wixom Assembly Plant". Other names of
// plants are often those of state enterprises.
var plantKinds = map[string]bool{
	"Power": true, "Nuclear": true, "Atomic": true, "Assembly": true, "Treatment": true, "Desalination": true,
}

// placeFacilities gives the place's type to names of two words or more
// that a facility's head word ends, unless a lexicon knows the name. A
// person's name ending in such a word ("Frank Bridge") keeps its type
// when a given name opens it, and so does a name that a business's noun
// or a verb of speech follows.
func placeFacilities(a *text.Analysis, ms []mention.Mention, names []string) {
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Canon != "" || m.Type != graph.Organization && m.Type != graph.Person {
			continue
		}
		sp := strings.LastIndexByte(names[i], ' ')
		if sp < 0 || !facilityHeads[names[i][sp+1:]] {
			continue
		}
		if names[i][sp+1:] == "Plant" && !plantKinds[names[i][strings.LastIndexByte(names[i][:sp], ' ')+1:sp]] {
			continue // "the Shantou Chemicals Plant will issue bonds": an enterprise
		}
		if m.Type == graph.Person && lexicon.IsGivenName(names[i][:strings.IndexByte(names[i], ' ')]) {
			continue
		}
		if m.T1 < len(a.Words) && (businessAfter[a.Words[m.T1]] || businessVerbs[a.Words[m.T1]]) {
			continue // "UAL's Westin Hotel unit": a company
		}
		m.Type = graph.Place
	}
}

// featureHeads end the names of rivers and lakes, which news also names
// without the head word ("the Nu River" and "the Nu").
var featureHeads = map[string]bool{"River": true, "Lake": true}

// joinPlaceHeadNames merges a place named without the head word of one
// other place's name into it: "Belmarsh" after "Belmarsh Prison",
// "Stansted" after "Stansted Airport", "the Nu" after "the Nu River". A
// name the lexicon knows ("Edinburgh" and "Edinburgh Airport") is a place
// of its own. A place the lexicon names with an article joins its name
// without it: "its Gulf fleet" after "the Gulf" (the Gulf region).
func (r *Result) joinPlaceHeadNames() {
	var full map[string][]int // a facility's or river's name without its head
	for ej, g := range r.Entities {
		if g.Type != graph.Place || g.Mentions == nil {
			continue
		}
		if r.fromLexicon(g) {
			for _, f := range g.Forms {
				if len(f) > 4 && strings.EqualFold(f[:4], "the ") {
					if full == nil {
						full = map[string][]int{}
					}
					key := strings.ToLower(f[4:])
					full[key] = append(full[key], ej)
				}
			}
		}
		sp := strings.LastIndexByte(g.Name, ' ')
		if sp <= 0 || !facilityHeads[g.Name[sp+1:]] && !featureHeads[g.Name[sp+1:]] {
			continue
		}
		if full == nil {
			full = map[string][]int{}
		}
		key := strings.ToLower(g.Name[:sp])
		full[key] = append(full[key], ej)
	}
	if full == nil {
		return
	}
	for ei, e := range r.Entities {
		if e.Type != graph.Place || e.Mentions == nil || r.fromLexicon(e) {
			continue
		}
		// gs[0] is never e: its name is e's with a head word more.
		if gs := full[strings.ToLower(e.Name)]; len(gs) == 1 {
			r.mergeInto(gs[0], ei)
		}
	}
}
