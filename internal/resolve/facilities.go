package resolve

import (
	"strings"
	"unicode"

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
	"Refinery": true, "Reactor": true, "Hotel": true, "Square": true, "Arena": true, "Mall": true,
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

// venueKinds are the words before "Centre" or "Center" that make the name
// a site's: "the Glenmoor Shopping Centre", "the Harlow Exhibition and
// Conference Centre", "the World Trade Center". Other centres are as often
// bodies ("the Centre for Policy Studies", "the Harlow Research Centre").
var venueKinds = map[string]bool{
	"Shopping": true, "Exhibition": true, "Conference": true, "Convention": true, "Leisure": true,
	"Sports": true, "Arts": true, "Civic": true, "Community": true, "Trade": true, "Detention": true,
	"Visitor": true, "Visitors": true, "Garden": true, "Retail": true,
}

// instituteWords in a centre's name make it a body's, even after a city's
// possessive: "London's Foreign Policy Centre", "Leeds's Cancer Research
// Centre".
var instituteWords = map[string]bool{
	"Policy": true, "Research": true, "Rights": true, "Studies": true, "Development": true,
	"Medical": true, "Cancer": true, "Health": true, "Information": true, "Security": true,
	"Science": true, "Technology": true, "Innovation": true, "Training": true, "Advice": true,
	"Coordination": true, "Law": true, "Legal": true, "Data": true, "Computing": true, "Space": true,
	"Energy": true, "Economic": true, "Economics": true, "Enterprise": true, "Business": true,
	"Aerospace": true, "Oceanography": true, "Longevity": true, "Media": true, "Entertainment": true,
	"Complaint": true, "Flight": true, "Analysis": true, "Resource": true, "Resources": true,
	"Counselling": true, "Treatment": true, "Crisis": true, "Monitoring": true, "Applications": true,
}

// placeVenues gives the place's type to centres that are sites: a name
// whose "Centre" a venue's word comes before ("the Glenmoor Shopping
// Centre in Leeds", even where "a spokeswoman for" it speaks), and a
// plain name of a centre after a known city's possessive ("Leeds's
// Pennington Centre"). A name another mention of which acts ("the
// Pennington Centre said") or heads a post ("director of the Pennington
// Centre") stays a body's.
func placeVenues(a *text.Analysis, ms []mention.Mention, names []string) {
	var cues map[string]bool // a name's lower case: a venue (true) or a body (false)
	for i := range ms {
		m := &ms[i]
		if !centreName(m, names[i]) {
			continue
		}
		f := strings.Fields(names[i])
		t0, owned := m.T0, cityPossessive(a, ms, i)
		if owned {
			t0 = ms[i-1].T0
		}
		key := strings.ToLower(names[i])
		if cues == nil {
			cues = map[string]bool{}
		}
		switch {
		case venueKinds[f[len(f)-2]]:
			cues[key] = true
		case bodySlot(a, m, t0):
			cues[key] = false
		case owned && plainCentre(f):
			if _, seen := cues[key]; !seen {
				cues[key] = true
			}
		}
	}
	for i := range ms {
		if centreName(&ms[i], names[i]) && cues[strings.ToLower(names[i])] {
			ms[i].Type = graph.Place
		}
	}
}

// centreName reports a name of two words or more, no lexicon's, that
// "Centre" or "Center" ends and that the tagger took for a body or a
// person ("the Kennedy Center").
func centreName(m *mention.Mention, name string) bool {
	if name == "" || m.Kind != mention.Name || m.Canon != "" || m.Type != graph.Organization && m.Type != graph.Person {
		return false
	}
	sp := strings.LastIndexByte(name, ' ')
	return sp > 0 && (name[sp+1:] == "Centre" || name[sp+1:] == "Center")
}

// plainCentre reports a centre's name of at most four words, each
// capitalised, none of a body's or an institute's: "South Bank Centre",
// not "Centre for Policy Studies" or "Harlow Research Centre".
func plainCentre(f []string) bool {
	if len(f) > 4 {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !unicode.IsUpper([]rune(w)[0]) || instituteWords[w] || lexicon.IsOrgWord(w) || lexicon.IsCompanyHead(w) {
			return false
		}
	}
	return true
}

// bodySlot reports a mention where a body stands: before a verb of
// speech or action ("X said", not "a spokesman for Leeds's X said", where
// the spokesman speaks), or after the post it holds ("director of X",
// "head of X"). The phrase of the name starts at t0, with a city's
// possessive, if any.
func bodySlot(a *text.Analysis, m *mention.Mention, t0 int) bool {
	k := t0 - 1
	if k >= 0 && a.Lower[k] == "the" {
		k--
	}
	if m.T1 < len(a.Words) && businessVerbs[a.Words[m.T1]] && (k < 0 || a.Lower[k] != "for" && a.Lower[k] != "of" && a.Lower[k] != "at") {
		return true
	}
	if k < 1 || a.Lower[k] != "of" {
		return false
	}
	switch a.Lower[k-1] {
	case "director", "head", "chairman", "chief", "executive", "president", "founder", "member", "members", "fellow", "researcher", "researchers":
		return true
	}
	return false
}

// cityPossessive reports a mention after a city's or region's possessive
// that a lexicon knows: "Leeds's Pennington Centre".
func cityPossessive(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := &ms[i]
	if i == 0 || m.T0 < 2 || a.Words[m.T0-1] != "'s" && a.Words[m.T0-1] != "'" {
		return false
	}
	p := &ms[i-1]
	return p.T1 == m.T0-1 && p.Type == graph.Place && p.Canon != ""
}
