package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// joinMinistryForms makes the two ways news names one ministry or
// department one organisation: "the Ministry of Transport" and "the
// transport ministry", "the Department of Commerce" and "the Commerce
// Department", "the Ministry of Foreign Affairs" and "the Foreign
// Ministry". A name the lexicon knows is kept; else the first one named
// with capitals. A text that names more than one state may mean two
// states' ministries ("Israel's Defence Ministry", and in London "the
// Ministry of Defence"): it joins none.
func (r *Result) joinMinistryForms() {
	named := map[string]bool{}
	for _, e := range r.Entities {
		if e.Type == graph.Country && e.Mentions != nil {
			named[e.Name] = true
		}
	}
	if len(named) > 1 {
		return // "Israel's Defence Ministry ... In London, the Ministry of Defence": two
	}
	var byKey map[string]int
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil {
			continue
		}
		k := ministryKey(e.Name)
		if k == "" {
			continue
		}
		if byKey == nil {
			byKey = map[string]int{}
		}
		ej, ok := byKey[k]
		if !ok {
			byKey[k] = ei
			continue
		}
		if g := r.Entities[ej]; g.Country != "" || e.Country != "" {
			// The lexicon's ministry is one state's: the text must
			// name that state ("Israel's Defence Ministry" is not
			// Britain's Ministry of Defence).
			c := g.Country
			if c == "" {
				c = e.Country
			}
			if g.Country != "" && e.Country != "" && g.Country != e.Country || !named[c] {
				continue
			}
		}
		into, from := ej, ei
		g := r.Entities[ej]
		if r.fromLexicon(e) && !r.fromLexicon(g) || !r.fromLexicon(g) && !startsCapital(g.Name) && startsCapital(e.Name) {
			into, from = ei, ej
			byKey[k] = ei
		}
		r.mergeInto(into, from)
	}
}

// ministryKey is the head noun ("ministry", "department") and the field
// of a ministry's name in either order, lower case ("ministry:transport"
// for "Ministry of Transport" and "Transport Ministry"); "" for other
// names. A trailing "affairs" is no part of the field.
func ministryKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return ""
	}
	var head string
	var field []string
	switch last := f[len(f)-1]; {
	case len(f) >= 3 && (f[0] == "ministry" || f[0] == "department") && f[1] == "of":
		head, field = f[0], f[2:]
		if field[0] == "the" {
			field = field[1:]
		}
	case last == "ministry" || last == "department":
		head, field = last, f[:len(f)-1]
	default:
		return ""
	}
	if n := len(field); n > 1 && field[n-1] == "affairs" {
		field = field[:n-1]
	}
	if len(field) == 0 {
		return ""
	}
	return head + ":" + strings.Join(field, " ")
}
