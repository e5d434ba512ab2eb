package resolve

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// genericPartyWords are the words of party names that many countries'
// parties share and that say nothing of the country: "National Party",
// "the Socialists", "Social Democrats", "Labour".
var genericPartyWords = map[string]bool{
	"national": true, "nationals": true, "labour": true, "labor": true, "liberal": true, "liberals": true,
	"conservative": true, "conservatives": true, "democratic": true, "democrat": true, "democrats": true,
	"social": true, "socialist": true, "socialists": true, "communist": true, "communists": true,
	"republican": true, "republicans": true, "green": true, "greens": true, "popular": true, "people": true,
	"people's": true, "peoples": true, "progressive": true, "reform": true, "unity": true, "new": true,
	"democracy": true, "christian": true, "workers": true, "workers'": true, "front": true, "alliance": true,
	"movement": true, "radical": true, "freedom": true, "justice": true, "union": true, "centre": true,
	"center": true, "left": true, "party": true, "of": true, "and": true, "the": true,
}

// genericPartyName reports a mention of a party the lexicon knows by a
// name that parties of many countries bear ("the National Party", "the
// Socialists", "Labour"), not by one of its own ("SPD", "Likud", "the
// Australian Labor Party").
func genericPartyName(a *text.Analysis, m *mention.Mention) bool {
	if m.Kind != mention.Name || m.Source != mention.Lexicon || m.Type != graph.Organization || m.Country == "" || m.Canon == "" {
		return false
	}
	if o, ok := lexicon.OrgByName(m.Canon); !ok || o.Kind != lexicon.KindParty {
		return false
	}
	for k := m.T0; k < m.T1; k++ {
		if !genericPartyWords[a.Lower[k]] {
			return false
		}
	}
	return true
}

// foreignParty returns the country of a party named by a generic name
// (genericPartyName) in a text that shows it set in another country than
// the lexicon's party of that name: it names other countries but not the
// party's, and its places and known bodies are not in the party's
// country either (de Klerk's "National Party" in a story about South
// Africa is not New Zealand's). The country is the one the story is set
// in by its places and bodies (setIn, storySetIn), or else the one
// country it names, or "" when it names several. ok is false when the
// party may be the lexicon's: a text that names no country and whose
// places say nothing keeps it.
func foreignParty(a *text.Analysis, m *mention.Mention, mentioned, named map[string]bool, setIn func() string) (country string, ok bool) {
	if !genericPartyName(a, m) || mentioned[m.Country] {
		return "", false
	}
	in := setIn()
	if in == m.Country || in == "" && len(mentioned) == 0 {
		return "", false
	}
	if in == "" && len(named) == 1 {
		for c := range named {
			in = c
		}
	}
	return in, true
}

// localParty makes m, a party foreignParty found to be another country's
// than the lexicon's, a party of its own: named as the text names it and
// qualified by its country when known ("National Party (South Africa)"),
// so that it takes neither the lexicon's node nor, in a store of many
// texts, that of another country's party of the same name.
func localParty(a *text.Analysis, m *mention.Mention, country string) {
	surface, canon := titleCaseCaps(joinWords(a, m.T0, m.T1-m.T0)), stripQualifier(m.Canon)
	m.Canon, m.Country = "", ""
	if country == "" {
		return
	}
	// "Labour" and "Labour Party" are one party; "Democrats" is named as
	// the text names it.
	name := surface
	if canon == surface+" Party" {
		name = canon
	}
	m.Canon, m.Country = name+" ("+country+")", country
}

// labourNouns follow "labour" the common noun, capitalised at the head
// of a sentence or a headline: "Labour markets firmed", "the Labor
// department said".
var labourNouns = map[string]bool{
	"market": true, "markets": true, "department": true, "costs": true, "cost": true, "force": true,
	"shortage": true, "shortages": true, "law": true, "laws": true, "productivity": true, "relations": true,
	"camp": true, "camps": true, "unrest": true, "dispute": true, "disputes": true, "supply": true,
}

// labourNoun reports "Labour" or "Labor" alone before a noun of work
// (labourNouns): the word, not the party.
func labourNoun(a *text.Analysis, m *mention.Mention) bool {
	if m.T1-m.T0 != 1 || a.Lower[m.T0] != "labour" && a.Lower[m.T0] != "labor" || m.T1 >= len(a.Words) {
		return false
	}
	return labourNouns[a.Words[m.T1]]
}
