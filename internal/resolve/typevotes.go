package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// voteOrganizations gives one type to a name the tagger read both as an
// organisation and as a place in one text: "Exel shares rose ... Exel
// closed up", "Opposition from TCI ... TCI said". A text uses a name for
// one thing, and a company's name set in a place's slot ("investment in
// Rover") is the tagger's commonest confusion. The organisation wins when
// it has at least as many mentions as the place and one of them reads as
// an actor (it speaks, owns or is owned: "TCI said", "Rover's plant"),
// and when no mention of the name is a place by the lexicon or by a
// pattern (a dateline, "the city of X").
func voteOrganizations(a *text.Analysis, ms []mention.Mention, names []string) {
	type tally struct {
		org, place int
		actor      bool
		fixed      bool // a place by the lexicon or a pattern
		located    bool // a place where things are: "at X", "living in X"
	}
	var votes map[string]*tally
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Type != graph.Organization && m.Type != graph.Place {
			continue
		}
		if votes == nil {
			votes = map[string]*tally{}
		}
		k := strings.ToLower(names[i])
		t := votes[k]
		if t == nil {
			t = &tally{}
			votes[k] = t
		}
		if m.Type == graph.Place {
			t.place++
			if m.Source != mention.Tagger || m.Canon != "" {
				t.fixed = true
			}
			if locatedAt(a, m) || i+1 < len(ms) && inRegion(a, m, &ms[i+1]) {
				t.located = true
			}
			continue
		}
		t.org++
		if actorMention(a, m) {
			t.actor = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Place || names[i] == "" {
			continue
		}
		if t := votes[strings.ToLower(names[i])]; t != nil && t.org > 0 && t.org >= t.place && (t.actor || t.org > t.place) && !t.fixed && !t.located {
			m.Type = graph.Organization
		}
	}
}

// actorMention reports an organisation mention that does what places
// rarely do in news: it is followed by a possessive or a speech verb.
func actorMention(a *text.Analysis, m *mention.Mention) bool {
	if m.T1 >= len(a.Words) || a.SentenceOf(m.T1) != a.SentenceOf(m.T0) {
		return false
	}
	w := a.Lower[m.T1]
	return w == "'s" || w == "'" || speechVerbs[w] || m.T0 > 0 && speechVerbs[a.Lower[m.T0-1]]
}

// stakeNouns are what one holds "in" a company: "an investment in X",
// "trading in X shares".
var stakeNouns = map[string]bool{
	"investment": true, "investments": true, "stake": true, "stakes": true, "interest": true,
	"interests": true, "shares": true, "share": true, "trading": true, "dealings": true,
	"sales": true, "holding": true, "holdings": true,
}

// locatedAt reports a place mention after "at", "near" or "outside", or
// after "in" that follows no stake noun or number: the place where
// something is or happens.
func locatedAt(a *text.Analysis, m *mention.Mention) bool {
	if m.T0 < 1 || a.SentenceOf(m.T0-1) != a.SentenceOf(m.T0) {
		return false
	}
	switch a.Lower[m.T0-1] {
	case "at", "near", "outside":
		return true
	case "in":
		if m.T0 < 2 {
			return true
		}
		p := a.Lower[m.T0-2]
		return !stakeNouns[p] && !allDigits(p)
	}
	return false
}

// inRegion reports a place mention m followed by a comma and a country or
// a place that the lexicon knows: "Bloomington, Ill.", "Zug, Switzerland",
// or the part of one a lower-case compass point names: "Neasden, north
// west London", "Topolcany, western Slovakia".
func inRegion(a *text.Analysis, m, n *mention.Mention) bool {
	// n starts past m.T1, so m.T1 is a token of the text.
	if n.T0 <= m.T1 || n.T0 > m.T1+3 || a.Words[m.T1] != "," || n.Canon == "" {
		return false
	}
	for k := m.T1 + 1; k < n.T0; k++ {
		if !lexicon.IsCompassWord(a.Words[k]) {
			return false
		}
	}
	return n.Type == graph.Place || n.Type == graph.Country
}

// placeCompanies gives a company's type to the bare name of a town that
// a company of the text is named after, where the text treats the bare
// name as the business: "Arequipa Resources Ltd ... Arequipa
// shareholders ... Arequipa's exploration". Wire copy names a firm in
// full once and by its first word after; the lexicon knows the word as a
// town. One bare mention must read as the business's (it speaks, owns
// or is owned: "X said", "X shares", "X's chairman") and none as a place
// ("in X", "the city of X"), so a text about a city's firm and the city
// keeps both; other mentions ("X's exploration") say nothing.
func placeCompanies(a *text.Analysis, ms []mention.Mention, names []string) {
	var firms map[string]bool // lower-case first words of companies' full names
	for i := range ms {
		m := &ms[i]
		if m.Kind != mention.Name || m.Type != graph.Organization || m.T1-m.T0 < 2 || !isLegalSuffix(a.Words[m.T1-1]) {
			continue
		}
		if firms == nil {
			firms = map[string]bool{}
		}
		firms[a.Lower[m.T0]] = true
	}
	if firms == nil {
		return
	}
	type tally struct{ business, place bool }
	var votes map[string]*tally
	for i := range ms {
		m := &ms[i]
		if m.Kind != mention.Name || m.Type != graph.Place || m.T1-m.T0 != 1 || !firms[a.Lower[m.T0]] {
			continue
		}
		if votes == nil {
			votes = map[string]*tally{}
		}
		t := votes[a.Lower[m.T0]]
		if t == nil {
			t = &tally{}
			votes[a.Lower[m.T0]] = t
		}
		switch {
		case locatedAt(a, m) || placeCue(a, ms, i):
			t.place = true
		case businessCue(a, m) || ownedByBusiness(a, m) || companyCue(a, ms, i) || actorMention(a, m):
			t.business = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != mention.Name || m.Type != graph.Place || m.T1-m.T0 != 1 {
			continue
		}
		if t := votes[a.Lower[m.T0]]; t != nil && t.business && !t.place {
			m.Type = graph.Organization
			m.Canon, m.Country = "", ""
			names[i] = mentionName(a, m)
		}
	}
}
