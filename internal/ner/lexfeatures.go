package ner

import (
	"regexp"

	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/token"
)

// Features from the project's lexicon (package lexicon): what kind of word
// a word is (a given name, an honorific, an organisation or place head
// word, ...), and which names of countries, capitals, organisations,
// places and office titles a sentence contains. They are computed when a
// model is trained and stored in it: a model does not change when the
// lexicon does, and tagging never calls the lexicon.

// Word classes from the lexicon.
const (
	lexGiven     = 1 << iota // given name
	lexHonorific             // Mr, Mrs, Sir
	lexOrgWord               // Party, Ministry, Inc
	lexPlaceWord             // province, region, river
	lexTitle                 // president, minister
	lexDemonym               // Russian, Germans
	lexDate                  // month or weekday
	lexStop                  // capitalised word that does not start a name
)

// lexClasses returns the lexicon classes of word w.
func lexClasses(w string) uint8 {
	if w == "" || w[0] == 0 {
		return 0
	}
	var c uint8
	if lexicon.IsGivenName(w) {
		c |= lexGiven
	}
	if _, ok := lexicon.Honorific(w); ok {
		c |= lexHonorific
	}
	if lexicon.IsOrgWord(w) {
		c |= lexOrgWord
	}
	if lexicon.IsPlaceWord(w) {
		c |= lexPlaceWord
	}
	if _, ok := lexicon.TitleByPhrase(w); ok {
		c |= lexTitle
	}
	if _, ok := lexicon.CountryByDemonym(w); ok {
		c |= lexDemonym
	}
	if lexicon.IsWeekday(w) || lexicon.MonthNumber(w) > 0 {
		c |= lexDate
	}
	if lexicon.IsStopword(w) {
		c |= lexStop
	}
	return c
}

// Name categories of the lexicon gazetteer.
const (
	lexCountry = iota + 1 // stored as gazetteer types 1..
	lexCapital
	lexOrg
	lexPlace
	lexTitleName
)

var qualifier = regexp.MustCompile(`\s*\([^)]*\)\s*$`)

// lexiconGazetteers returns gazetteers of the lexicon's names (matched in
// their case) and of its office titles (matched in any case), and the
// words of the names.
func lexiconGazetteers() (names, titles *gazetteer, words []string) {
	names, titles = newGazetteer(), newGazetteer()
	titles.lower = true
	var (
		toks []token.Token
		hw   []uint64
	)
	add := func(g *gazetteer, name string, cat Type, lower bool) {
		name = qualifier.ReplaceAllString(name, "")
		toks = token.Append(toks[:0], name, 0, len(name))
		hw = hw[:0]
		for _, t := range toks {
			w := token.Normal(t.Text(name))
			words = append(words, w)
			if lower {
				hw = append(hw, hashLower(w))
			} else {
				hw = append(hw, hashString(w))
			}
		}
		g.add(hw, cat)
	}
	for _, c := range lexicon.Countries() {
		add(names, c.Name, lexCountry, false)
		for _, a := range c.Aliases {
			add(names, a, lexCountry, false)
		}
		for _, a := range c.Capitals {
			add(names, a, lexCapital, false)
		}
	}
	for _, o := range lexicon.Orgs() {
		add(names, o.Name, lexOrg, false)
		for _, a := range o.Aliases {
			add(names, a, lexOrg, false)
		}
	}
	for _, p := range lexicon.Places() {
		add(names, p.Name, lexPlace, false)
		for _, a := range p.Aliases {
			add(names, a, lexPlace, false)
		}
	}
	for _, t := range lexicon.Titles() {
		add(titles, t.Title, lexTitleName, true)
		for _, v := range t.Variants {
			add(titles, v, lexTitleName, true)
		}
	}
	// Only the names: the gazetteer's word tables are the training
	// data's.
	for _, g := range []*gazetteer{names, titles} {
		clear(g.words)
		clear(g.first)
	}
	return names, titles, words
}
