package resolve

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Business news names most companies once, by a name no lexicon knows,
// and then calls them by a reference noun of a business
// (mention.IsBusinessReference): "the company", "the firm's chief
// executive", "the bank said".

// businessAntecedent returns the organisation that the business reference
// i ("the company") names, or -1. The organisation must be of the noun's
// kind (a company for "the company", a bank for "the bank", an airline for
// "the airline"), named since token lo, and the choice must be safe: it is
// the only such organisation named there, or it opens the sentence before
// and the reference's own sentence names no other before it. An organisation no lexicon knows and
// nothing shows to be of another kind ("Yukos", "MCI") could be the
// company meant, so it stands in the way too.
func (r *Result) businessAntecedent(a *text.Analysis, i int, noun string, lo int) int {
	m := &r.Mentions[i]
	cur := a.SentenceOf(m.T0)
	// "the Dutch bank": an organisation the lexicon files under another
	// country is not meant.
	var land string
	if m.T0 > 1 && a.Lower[m.T0-2] == "the" {
		if c, ok := mention.NationalAdjective(a.Words[m.T0-1]); ok {
			land = c.Name
		}
	}
	kind := map[int]int8{} // entity: 1 candidate, -1 rival, 0 neither
	ofLand := -1           // the one candidate of the adjective's country
	only, n, rivals := -1, 0, 0
	for j := i - 1; j >= 0 && r.Mentions[j].T0 >= lo; j-- {
		ei := r.Of[j]
		if ei < 0 && r.Mentions[j].Kind == mention.Reference && mention.IsBusinessReference(a.Lower[r.Mentions[j].T1-1]) {
			rivals++ // "the company" the text named before and this one could not tell
			continue
		}
		if ei < 0 || r.Entities[ei].Type != graph.Organization {
			continue
		}
		if _, ok := kind[ei]; ok {
			continue
		}
		kind[ei] = r.businessRole(a, ei, noun)
		if land != "" && kind[ei] != 0 {
			switch c := r.orgCountry(a, ei); {
			case c == "":
			case !landIn(land, c):
				kind[ei] = 0
			case c != land:
			case ofLand >= 0 && ofLand != ei:
				ofLand = -2 // two of that country
			case ofLand == -1:
				ofLand = ei
			}
		}
		switch kind[ei] {
		case 1:
			only = ei
			n++
		case -1:
			rivals++
		}
	}
	switch {
	case ofLand >= 0:
		return ofLand // the one organisation of that country
	case n == 1 && rivals == 0:
		return only
	case cur == 0:
		return -1
	case n == 0:
		// None known to be of the noun's kind: an organisation of
		// unknown kind that opened the sentence before may be the one
		// meant, when the reference opens its own sentence too ("Acme
		// Corp ... The bank said").
		if !unknownKindRef[noun] || !opensSentence(a, a.Sentences[cur], m.T0) {
			return -1
		}
	}
	// Several: the subject of the sentence before, when the reference's
	// own sentence names no other candidate or rival before it. Sentences
	// that name no organisation (a quote's) are passed over, up to two.
	prev := a.Sentences[cur-1]
	for back := cur - 1; back > 0 && back >= cur-2 && !r.namesOrganisation(a.Sentences[back], i); back-- {
		prev = a.Sentences[back-1]
	}
	at := subjectStart(a, prev)
	for j := i - 1; j >= 0 && r.Mentions[j].T0 >= prev.T0; j-- {
		if r.Mentions[j].T0 != at {
			continue
		}
		ei := r.Of[j]
		if ei < 0 || kind[ei] != 1 && (n > 0 || kind[ei] != -1 || r.otherKindName(a, ei, noun)) {
			return -1
		}
		for k := j + 1; k < i; k++ {
			if ek := r.Of[k]; ek >= 0 && ek != ei && kind[ek] != 0 && r.Mentions[k].T0 >= a.Sentences[cur].T0 {
				return -1
			}
		}
		return ei
	}
	return -1
}

// namesOrganisation reports whether sentence s names an organisation in
// a mention before mention i.
func (r *Result) namesOrganisation(s text.Sentence, i int) bool {
	for j := i - 1; j >= 0 && r.Mentions[j].T0 >= s.T0; j-- {
		if ei := r.Of[j]; r.Mentions[j].T0 < s.T1 && ei >= 0 && r.Entities[ei].Type == graph.Organization {
			return true
		}
	}
	return false
}

// orgCountry returns the country of the organisation ei that the lexicon
// files it under, that its legal form tells ("|"-separated when it tells
// several), or that the text puts before a mention of it ("India's United
// Breweries", "Dutch bank ABN Amro"), or "".
func (r *Result) orgCountry(a *text.Analysis, ei int) string {
	e := r.Entities[ei]
	if o := r.lexiconOrg(e); o != nil && o.Country != "" {
		return o.Country
	}
	if i := strings.LastIndexByte(e.Name, ' '); i > 0 {
		if c := suffixLand[e.Name[i+1:]]; c != "" {
			return c // "Hapag Lloyd AG" is German, "Fiat SpA" Italian
		}
	}
	for _, mi := range e.Mentions {
		m := &r.Mentions[mi]
		if m.Kind == mention.Reference {
			continue
		}
		k := m.T0 - 1
		for k > 0 && k >= m.T0-3 && a.Words[k] == a.Lower[k] && a.Words[k] != "'s" && a.Words[k] != "," {
			k-- // "India's biggest brewer United Breweries", "Dutch bank ABN Amro"
		}
		if k < 0 {
			continue
		}
		if a.Words[k] == "'s" && k > 0 {
			if c, ok := lexicon.CountryByName(a.Words[k-1]); ok {
				return c.Name
			}
		} else if c, ok := mention.NationalAdjective(a.Words[k]); ok {
			return c.Name
		}
	}
	return ""
}

// suffixLand are legal forms of one country's companies.
var suffixLand = map[string]string{
	"AG": "Germany|Switzerland|Austria", "GmbH": "Germany|Switzerland|Austria", "SpA": "Italy",
	"KK": "Japan", "Oyj": "Finland", "plc": "United Kingdom|Ireland", "PLC": "United Kingdom|Ireland",
}

// landIn reports whether land is one of the "|"-separated countries cs.
func landIn(land, cs string) bool {
	for c := range strings.SplitSeq(cs, "|") {
		if c == land {
			return true
		}
	}
	return false
}

// unknownKindRef are the reference nouns that may name the subject of the
// sentence before though nothing shows its kind: "the group" and "the
// exchange" are left out ("the group" names parties, bands and
// militias as often as businesses).
var unknownKindRef = map[string]bool{
	"company": true, "firm": true, "bank": true, "lender": true, "carmaker": true,
	"airline": true, "carrier": true,
}

// opensSentence reports whether the reference at t0 is the subject that
// opens sentence s: "The bank said", "The Dutch bank said".
func opensSentence(a *text.Analysis, s text.Sentence, t0 int) bool {
	at := subjectStart(a, s)
	return t0 == at || t0 == at+1 && mention.IsNationalAdjective(a.Words[at])
}

// otherKindName reports whether a word of the organisation's name shows
// it is a business of another kind than noun: "Orrin Airways" is no bank,
// "Harwick Tools Corp" no airline (a company that nothing shows to be a
// bank or an airline).
func (r *Result) otherKindName(a *text.Analysis, ei int, noun string) bool {
	e := r.Entities[ei]
	switch noun {
	case "bank", "lender", "airline", "carrier":
		if r.businessOfKind(a, ei, "company") {
			return true
		}
	}
	for _, f := range e.Forms {
		for w := range strings.FieldsSeq(f) {
			if exchangeWord(w) && noun != "exchange" {
				return true
			}
			switch noun {
			case "bank", "lender":
				if airlineWord(w) || plainCompanyWord(w) {
					return true
				}
			case "airline", "carrier":
				if bankWord(w) || plainCompanyWord(w) {
					return true
				}
			case "carmaker":
				if bankWord(w) || airlineWord(w) {
					return true
				}
			case "company", "firm":
				if bankWord(w) {
					return false // a bank is a company
				}
			}
		}
	}
	return false
}

// plainCompanyWord reports a word of a company's name that shows it is
// neither a bank nor an airline: a legal form or a company's head word
// ("Corp", "Tools"); "Group" may head either.
func plainCompanyWord(w string) bool {
	return companyWords[w] && w != "Group" || lexicon.IsCompanyHead(w)
}

// businessRole tells whether the organisation ei is a business of the kind
// the reference noun names (1), may be one for all the text shows (-1), or
// is not (0).
func (r *Result) businessRole(a *text.Analysis, ei int, noun string) int8 {
	if r.businessOfKind(a, ei, noun) {
		return 1
	}
	e := r.Entities[ei]
	if r.fromLexicon(e) {
		return 0
	}
	if strings.LastIndexByte(e.Name, ' ') > 0 && subBody(e.Name) {
		return 0 // "Federal Trade Commission", "Teamsters Union"
	}
	return -1
}

// subjectStart returns the token where the subject of sentence s starts:
// after a wire dateline ("HOUSTON, March 30 - ") and a leading "The".
func subjectStart(a *text.Analysis, s text.Sentence) int {
	k := s.T0
	for j := k; j < s.T1 && j < k+8; j++ {
		if w := a.Words[j]; w == "-" || w == "--" {
			k = j + 1
			break
		} else if !startsCapital(w) && w != "," && w != "." && !allDigits(w) {
			break
		}
	}
	if k+1 < s.T1 && a.Words[k+1] == "," && startsCapital(a.Words[k]) && lexicon.IsStopword(a.Words[k]) {
		k += 2 // "Meanwhile, ..."
	}
	if k < s.T1 && (a.Words[k] == "The" || a.Words[k] == "the") {
		// "The group's flagship company, Globex Inc, ...": the name in
		// apposition is the subject.
		for j := k + 1; j < s.T1 && j < k+8; j++ {
			if a.Words[j] == "," {
				if j+1 < s.T1 && (businessBefore[a.Lower[j-1]] || groupCue[a.Lower[j-1]]) && startsCapital(a.Words[j+1]) {
					return j + 1
				}
				break
			}
			if a.Words[j] != a.Lower[j] {
				break
			}
		}
		k++
	}
	return k
}

func allDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// businessOfKind reports whether the organisation ei is a business of the
// kind the reference noun names.
func (r *Result) businessOfKind(a *text.Analysis, ei int, noun string) bool {
	e := r.Entities[ei]
	switch noun {
	case "bank", "lender":
		return hasWordWith(e.Forms, bankWord) || r.calledBusiness(a, ei, bankCue)
	case "airline", "carrier":
		return hasWordWith(e.Forms, airlineWord) || r.calledBusiness(a, ei, airlineCue)
	case "exchange":
		return hasWordWith(e.Forms, exchangeWord) || r.calledBusiness(a, ei, exchangeCue)
	}
	cues := businessBefore
	if noun == "group" {
		cues = groupCue // "media group Reuters", "food group Parmalat"
	}
	if o := r.lexiconOrg(e); o != nil && o.Kind == lexicon.KindCompany || r.calledBusiness(a, ei, cues) {
		return true
	}
	if r.fromLexicon(e) {
		return false
	}
	for _, f := range e.Forms {
		if i := strings.LastIndexByte(f, ' '); i > 0 && !strings.Contains(f, " of ") {
			last := strings.TrimSuffix(f[i+1:], ".")
			if legalSuffixes[strings.ToLower(last)] || companyWords[last] || lexicon.IsCompanyHead(last) {
				return true
			}
		}
	}
	return false
}

// lexiconOrg returns the lexicon's organisation that a mention of e
// names, or nil.
func (r *Result) lexiconOrg(e *Entity) *lexicon.Org {
	for _, mi := range e.Mentions {
		if c := r.Mentions[mi].Canon; c != "" {
			if o, ok := lexicon.OrgByName(c); ok {
				return o
			}
		}
	}
	return nil
}

// companyWords end the names of companies: "Acme Industries", "Globex
// Group".
var companyWords = map[string]bool{
	"Group": true, "Industries": true, "Motors": true, "Airlines": true, "Airways": true,
	"Enterprises": true, "Technologies": true, "Pharmaceuticals": true, "Bancorp": true,
	"Telecom": true, "Electronics": true, "Petroleum": true, "Steel": true, "Chemicals": true,
}

var (
	groupCue    = map[string]bool{"group": true, "company": true, "firm": true, "conglomerate": true}
	bankCue     = map[string]bool{"bank": true, "lender": true}
	airlineCue  = map[string]bool{"airline": true, "carrier": true}
	exchangeCue = map[string]bool{"exchange": true, "bourse": true}
)

// exchangeWord is a word of a stock or commodity exchange's name.
func exchangeWord(w string) bool {
	switch w {
	case "Exchange", "Boerse", "Börse", "Bourse", "Borsa", "Bolsa", "Nasdaq":
		return true
	}
	return false
}

func bankWord(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "bank") || l == "banque" || l == "banco" || l == "banca" || l == "bancorp"
}

func airlineWord(w string) bool {
	switch w {
	case "Air", "Airlines", "Airline", "Airways", "Aviation", "Aerolineas":
		return true
	}
	return false
}

// hasWordWith reports whether a word of one of the forms satisfies f.
func hasWordWith(forms []string, f func(string) bool) bool {
	for _, form := range forms {
		for w := range strings.FieldsSeq(form) {
			if f(w) {
				return true
			}
		}
	}
	return false
}

// calledBusiness reports whether the text calls the organisation ei by
// one of nouns: right before a mention ("software company Acme"), or in
// an appositive after it ("Acme, a Texas software company,", "Acme,
// Britain's biggest bank.").
func (r *Result) calledBusiness(a *text.Analysis, ei int, nouns map[string]bool) bool {
	for _, mi := range r.Entities[ei].Mentions {
		m := &r.Mentions[mi]
		if m.T0 > 0 && nouns[a.Lower[m.T0-1]] && a.Words[m.T0-1] == a.Lower[m.T0-1] {
			return true
		}
		if m.T0 > 1 && a.Words[m.T0-1] == "," && nouns[a.Lower[m.T0-2]] && a.Words[m.T0-2] == a.Lower[m.T0-2] {
			return true // "its flagship company, Globex Inc"
		}
		if m.T1 >= len(a.Words) || a.Words[m.T1] != "," {
			continue
		}
		s := a.Sentences[a.SentenceOf(m.T0)]
		for k := m.T1 + 1; k < s.T1 && k <= m.T1+7; k++ {
			w := a.Lower[k]
			if w == "," || w == "." || w == "which" || w == "who" || w == "and" || w == "of" || w == "said" {
				break
			}
			if nouns[w] && a.Words[k] == w {
				if k+1 >= s.T1 {
					return true
				}
				switch a.Lower[k+1] {
				case ",", ".", "based", "which", "that", "in", "with":
					return true
				}
				break
			}
		}
	}
	return false
}
