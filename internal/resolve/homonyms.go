package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// localHomonyms unlinks a place from the lexicon's place of its name when
// the text puts it in a region or country of another country: "CAMBRIDGE,
// Mass.", "Melbourne, Fla.", "Paris, Texas" are not the Cambridge,
// Melbourne and Paris the lexicon knows. Such a place is a place of its
// own: its canonical name is qualified by the region ("Melbourne
// (Florida)"), so that it keeps its name but not the famous place's node,
// and a capital so named stands for no government.
func localHomonyms(a *text.Analysis, ms []mention.Mention) {
	var local map[string]*mention.Mention // the lexicon name: the local place
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.Canon == "" || m.Country == "" || m.Type != graph.Place && m.Type != graph.Country || m.Kind != mention.Name && m.Kind != mention.Capital {
			continue
		}
		if m.Kind != mention.Capital {
			if p, ok := lexicon.PlaceByName(m.Canon); !ok || p.Kind != "city" && p.Kind != "district" {
				continue // a country's or a region's name: "Siberia, Kazakhstan"
			}
		}
		if n.T0 != m.T1+1 || a.Words[m.T1] != "," || n.Canon == "" || n.Kind != mention.Name {
			continue
		}
		region := ""
		switch n.Type {
		case graph.Country:
			region = n.Canon
		case graph.Place:
			p, ok := lexicon.PlaceByName(n.Canon)
			if !ok || p.Country == "" {
				continue
			}
			switch p.Kind {
			case "state", "province", "region", "territory", "island":
				region = p.Country
			default:
				continue
			}
		default:
			continue
		}
		if region == m.Country || formerState(region) || formerState(m.Country) {
			continue // "Kiev, USSR"
		}
		// Not a list of places: "Paris, Texas and Rome", "Rome, Paris,
		// Madrid".
		// The region ends the phrase: "Paris, Japan promised", "the city
		// of Dalian, U.S. Ambassador X said" are no such places.
		if n.T1 < len(a.Words) && a.SentenceOf(n.T1) == a.SentenceOf(n.T0) {
			switch a.Lower[n.T1] {
			case ",":
				if n.T1+1 < len(a.Words) && (a.Lower[n.T1+1] == "and" || a.Lower[n.T1+1] == "or") || i+2 < len(ms) && ms[i+2].T0 == n.T1+1 {
					continue
				}
			case ".", "-", "--", ")", ";", ":":
			default:
				continue
			}
		}
		if m.T0 > 0 {
			if w := a.Lower[m.T0-1]; w == "," || w == "and" || w == "or" || isQuoteWord(w) {
				continue // "renamed 'Taipei, China'"
			}
		}
		base := stripQualifier(m.Canon)
		if surface := joinWords(a, m.T0, m.T1-m.T0); !strings.EqualFold(surface, base) {
			// "CANTON, Mass.": a name the lexicon files as another
			// place's alias (Guangzhou) names this place by itself.
			base = titleCaseCaps(surface)
		}
		if local == nil {
			local = map[string]*mention.Mention{}
		}
		local[m.Canon] = m
		m.Canon = base + " (" + stripQualifier(n.Canon) + ")"
		m.Country = region
		m.Type, m.Kind = graph.Place, mention.Name
	}
	// The place named alone elsewhere in the text is the local one too:
	// "MELBOURNE, Fla. ... Melbourne officials".
	for i := range ms {
		if l := local[ms[i].Canon]; l != nil && &ms[i] != l && (ms[i].Type == graph.Place || ms[i].Kind == mention.Capital) {
			ms[i].Canon, ms[i].Country = l.Canon, l.Country
			ms[i].Type, ms[i].Kind = graph.Place, mention.Name
		}
	}
}

func isQuoteWord(w string) bool {
	switch w {
	case "'", "\"", "‘", "“", "`", "``":
		return true
	}
	return false
}

// formerState reports a state that no longer exists, whose places the
// lexicon files under their present country.
func formerState(name string) bool {
	c, ok := lexicon.CountryByName(name)
	return ok && c.Former
}

// titleCaseCaps writes the words of a dateline in capitals in title case:
// "CANTON" is "Canton", "KING OF PRUSSIA" is "King Of Prussia".
func titleCaseCaps(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
