// Package relate finds typed relations and attributes between the resolved
// entities of a document, sentence by sentence, with general patterns:
// titles before names ("Russian Foreign Minister Sergey Lavrov"),
// appositives ("Alexander Grushko, Russia's deputy foreign minister"),
// possessives ("Lavrov's deputy, Grushko"), coordinated subjects with
// membership, signing, meeting and proposal verbs, and geography ("the
// eastern Ukrainian province of Donbass", "Bethesda, Maryland").
//
// Every fact carries its sentence, the span of text that triggered it, the
// rule and a confidence in [0,1].
package relate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Fact is a relation (Object is an entity) or an attribute (Value is set)
// found in one sentence.
type Fact struct {
	Subject   *resolve.Entity
	Predicate graph.Predicate
	Object    *resolve.Entity
	Value     string
	Evidence  graph.Evidence
}

// Find returns the facts of a document.
func Find(a *text.Analysis, found *mention.Result, r *resolve.Result) []Fact {
	d := &docCtx{a: a, found: found, r: r}
	d.titleAt = map[int]int{}
	d.titleStarts = make([]bool, len(a.Words))
	for i, t := range found.Titles {
		d.titleAt[t.T0] = i
		d.titleStarts[t.T0] = true
	}
	d.demonymAt = map[int]int{}
	for i, dm := range found.Demonyms {
		d.demonymAt[dm.T0] = i
	}
	for si := range a.Sentences {
		s := &sentCtx{docCtx: d, s: a.Sentences[si], si: si}
		s.run()
	}
	for _, fn := range d.later {
		fn()
	}
	d.repeatedDeal()
	d.describedHolders()
	d.describedAgreements()
	d.relateStanding()
	return d.facts
}

type docCtx struct {
	a         *text.Analysis
	found     *mention.Result
	r         *resolve.Result
	titleAt   map[int]int // token -> title index
	demonymAt map[int]int // token -> demonym index
	facts     []Fact
	// describedByName holds the agreements that patterns made from
	// descriptions ("a partnership agreement"), by name.
	describedByName map[string]*resolve.Entity
	// describedByHead holds the last described agreement of each head
	// noun, for "the deal" after "a trade deal".
	describedByHead map[string]*resolve.Entity
	// lastMeeting are the parties of the last "meeting between" the
	// text named.
	lastMeeting []*resolve.Entity
	// standing are the parties of agreements that "with" names without
	// a verb that makes them, related once descriptions are known.
	standing []standingParties
	// board is the one company whose directors the text names, once
	// looked up (boardDone).
	board     *resolve.Entity
	boardDone bool
	// mainCompany is the organisation the document is about, once
	// looked up (mainCompanyDone); see documentCompany.
	mainCompany     *resolve.Entity
	mainCompanyDone bool
	// later are patterns that need the facts of the whole document,
	// run once every sentence is read.
	later []func()
	// bareOffices are the offices bareDescription read, given to their
	// holders once the text is read (bareOfficeHolder).
	bareOffices []bareOffice
	// pendingDescribed are the offices of a named body described with no name
	// and no holder yet (pendDescribedOffice), given to their holder once
	// the text is read.
	pendingDescribed []pendingOffice
	// homeOffices are the bare state offices that homeStates places
	// once the document is read.
	homeOffices []homeOffice
	// titleStarts marks the tokens of titleAt, for a quick test.
	titleStarts []bool
	// chained caches chainAntecedent by the pronoun's token.
	chained map[int]*resolve.Entity
}

type sentCtx struct {
	*docCtx
	s  text.Sentence
	si int
	// officePerson holds the office of a body that an appositive title
	// gave last, named at officeStart, the appositive ending at
	// officeEnd: a second office may follow ("..., and president of Y").
	officePerson           *resolve.Entity
	officeStart, officeEnd int
	// hyphen is 0 until hyphenated looks, then 1 (no word with a
	// hyphen) or 2.
	hyphen int8
	// quotes is 0 until quoted looks, then 1 (no quotation mark) or 2.
	quotes int8
}

// quoted reports whether the sentence has a quotation mark.
func (s *sentCtx) quoted() bool {
	if s.quotes == 0 {
		s.quotes = 1
		for k := s.s.T0; k < s.s.T1; k++ {
			if isQuoteMark(s.a.Words[k]) {
				s.quotes = 2
				break
			}
		}
	}
	return s.quotes == 2
}

// hyphenated reports whether a word of the sentence has a hyphen after
// its first byte (strings.IndexByte(w, '-') > 0), as few sentences do;
// the lower-case forms of the words have then none either.
func (s *sentCtx) hyphenated() bool {
	if s.hyphen == 0 {
		s.hyphen = 1
		for k := s.s.T0; k < s.s.T1; k++ {
			if strings.IndexByte(s.a.Words[k], '-') > 0 {
				s.hyphen = 2
				break
			}
		}
	}
	return s.hyphen == 2
}

func (s *sentCtx) run() {
	n0 := len(s.facts)
	s.agreementYears()
	s.compoundParties()
	s.namePrefixParties()
	s.titleAs()
	s.copularTitles()
	s.titlePatterns()
	s.describedOffices()
	s.appointments()
	s.partyAppositive()
	s.partyMembers()
	s.bandMembers()
	s.possessiveSuperior()
	s.serviceTo()
	s.verbPatterns()
	s.geography()
	s.alliances()
	s.predecessors(n0)
}

// word returns the normalised word at i, or "" outside the sentence.
func (s *sentCtx) word(i int) string {
	if i < s.s.T0 || i >= s.s.T1 {
		return ""
	}
	return s.a.Words[i]
}

func (s *sentCtx) lower(i int) string {
	if i < s.s.T0 || i >= s.s.T1 {
		return ""
	}
	return s.a.Lower[i]
}

// ent returns the entity mentioned at token i and the token range of the
// mention, or nil.
func (s *sentCtx) ent(i int) (*resolve.Entity, int, int) {
	if !s.mayEnt(i) || i < s.s.T0 || i >= s.s.T1 {
		return nil, 0, 0
	}
	mi := s.r.MentionAt(i)
	if mi < 0 {
		switch s.word(i) {
		case "<":
			mi = s.r.MentionAt(i + 1) // "<Western Airlines>"
		case ">":
			// The end of a name in brackets or of the ticker after one.
			k := i - 1
			if o := s.tickerOpen(i); o > 0 {
				k = o - 1
				if s.word(k) == ">" {
					k--
				}
			}
			mi = s.r.MentionAt(k)
		}
		if mi < 0 {
			return nil, 0, 0
		}
	}
	m := s.r.Mentions[mi]
	a, b := m.T0, m.T1
	if b-a == 1 && m.Canon != "" && strings.IndexByte(s.a.Words[a], '-') > 0 && mention.CompoundPart(s.a.Words[a]) != s.a.Words[a] {
		// "a London-based group", "US-led forces": a place named inside
		// a modifier takes part in no pattern.
		return nil, 0, 0
	}
	// Wire copy's markup belongs to the name: "<Vacuumschmelze GmbH>",
	// "Delta Air Lines Inc <DAL.N>".
	if s.word(a-1) == "<" && a-1 >= s.s.T0 {
		a--
	}
	if s.word(b) == ">" {
		b++
	}
	if c := s.tickerClose(b); c > b {
		b = c
	}
	return s.r.Entities[s.r.Of[mi]], a, b
}

// mayEnt reports false when ent(i) is nil because token i is in no
// mention and is no markup, as most tokens are: a quick test that hot
// loops inline.
func (s *sentCtx) mayEnt(i int) bool {
	if uint(i) >= uint(len(s.r.ByToken)) || s.r.ByToken[i] >= 0 {
		return true
	}
	w := s.a.Words[i]
	return len(w) == 1 && (w[0] == '<' || w[0] == '>')
}

// tickerClose returns the token after a stock ticker in brackets that
// starts at k ("<DAL.N>"), or k.
func (s *sentCtx) tickerClose(k int) int {
	if s.word(k) != "<" {
		return k
	}
	for j := k + 1; j < s.s.T1 && j <= k+8; j++ {
		if s.word(j) == ">" {
			if j > k+1 && mention.TickerLike(s.a.Text(k+1, j)) {
				return j + 1
			}
			return k
		}
	}
	return k
}

// tickerOpen returns the "<" of a ticker in brackets that ends with the
// ">" at k, or 0.
func (s *sentCtx) tickerOpen(k int) int {
	for j := k - 1; j > s.s.T0 && j >= k-8; j-- {
		if s.word(j) == "<" {
			if j < k-1 && mention.TickerLike(s.a.Text(j+1, k)) {
				return j
			}
			return 0
		}
	}
	return 0
}

// entOf returns the entity at i when it has one of the types.
func (s *sentCtx) entOf(i int, types ...graph.Type) (*resolve.Entity, int, int) {
	e, a, b := s.ent(i)
	if e == nil {
		return nil, 0, 0
	}
	for _, t := range types {
		if e.Type == t {
			return e, a, b
		}
	}
	return nil, 0, 0
}

// mentionKind returns the kind of the mention at i.
func (s *sentCtx) mentionKind(i int) mention.Kind {
	mi := s.r.MentionAt(i)
	if mi < 0 {
		return 0
	}
	return s.r.Mentions[mi].Kind
}

// mentionSource says what found the mention at token i, 0 when none.
func (s *sentCtx) mentionSource(i int) mention.Source {
	mi := s.r.MentionAt(i)
	if mi < 0 {
		return 0
	}
	return s.r.Mentions[mi].Source
}

func (s *sentCtx) evidence(i, j int, rule string, conf float64) graph.Evidence {
	if i < s.s.T0 {
		i = s.s.T0
	}
	if j > s.s.T1 {
		j = s.s.T1
	}
	return graph.Evidence{
		Start:      s.s.Start,
		End:        s.s.End,
		Sentence:   s.a.Doc.Text[s.s.Start:s.s.End],
		Surface:    s.a.Text(i, j),
		Rule:       rule,
		Confidence: conf,
	}
}

// relate records a relation when the schema allows it between the types.
func (s *sentCtx) relate(sub *resolve.Entity, p graph.Predicate, obj *resolve.Entity, ev graph.Evidence) {
	if sub == nil || obj == nil || sub == obj || !p.Allows(sub.Type, obj.Type) {
		return
	}
	s.facts = append(s.facts, Fact{Subject: sub, Predicate: p, Object: obj, Evidence: ev})
}

func (s *sentCtx) attribute(sub *resolve.Entity, p graph.Predicate, v string, ev graph.Evidence) {
	if sub == nil || strings.TrimSpace(v) == "" {
		return
	}
	if p == graph.Title && sub.Type != graph.Person || p == graph.Date && sub.Type != graph.Agreement {
		return
	}
	s.facts = append(s.facts, Fact{Subject: sub, Predicate: p, Value: v, Evidence: ev})
	if phrase := headPhrase(sub.Name); p == graph.Date && len(v) == 4 && s.describedHere(sub) && contractHead[lastWord(phrase)] {
		// "an agreement with the EU, reached in 1992" is also known as
		// "the 1992 agreement", the way news refers back to it (a
		// concluded agreement; not a plan).
		if r, _ := utf8.DecodeRuneInString(phrase); !unicode.IsDigit(r) {
			if f := v + " " + phrase; !slices.Contains(sub.Forms, f) {
				sub.Forms = append(sub.Forms, f)
			}
		}
	}
}

// headPhrase returns a described agreement's name up to its head, without
// the parties or the subject after it: "trade agreement" of "trade
// agreement with the EU", "accord" of "accord on semiconductors".
func headPhrase(name string) string {
	f := strings.Fields(name)
	for k, w := range f {
		switch w {
		case "with", "between", "on", "for", "to", "of":
			if k > 0 {
				return strings.Join(f[:k], " ")
			}
		}
	}
	return name
}

// agreementHead returns the head noun of an agreement's name, lower case:
// "agreement" of "Agreement with the EU", "treaty" of "Treaty of Rome".
func agreementHead(e *resolve.Entity) string {
	return lastWord(headPhrase(strings.ToLower(e.Name)))
}

// roleRelation maps a title role to the relation it gives with the body it
// names.
func roleRelation(role lexicon.Role, body *resolve.Entity) graph.Predicate {
	switch role {
	case lexicon.Leader:
		return graph.LeaderOf
	case lexicon.Member:
		if body.Type == graph.Organization {
			return graph.MemberOf
		}
		return graph.OfficialOf
	}
	return graph.OfficialOf
}

// boardSeat reports a director's seat on a company's board ("non-executive
// director", "outside director"), a membership title unlike an executive
// director's office ("finance director", "managing director").
func boardSeat(t mention.Title) bool {
	return t.Role == lexicon.Member && strings.HasSuffix(t.Title, "director")
}

// hasTitleAt reports a title starting at token i.
func (s *sentCtx) hasTitleAt(i int) bool {
	_, ok := s.titleAt[i]
	return ok
}

// titleChain returns the titles that follow each other from token i
// ("Supreme Leader Ayatollah"), honorifics ("Sen.", "Mr") skipped, and the
// token after them.
func (s *sentCtx) titleChain(i int) ([]mention.Title, int) {
	var out []mention.Title
	for i < s.s.T1 {
		if ti, ok := s.titleAt[i]; ok {
			t := s.found.Titles[ti]
			out = append(out, t)
			i = t.T1
			continue
		}
		if _, ok := lexicon.Honorific(strings.TrimSuffix(s.word(i), ".")); ok && len(out) > 0 {
			i++
			if s.word(i) == "." {
				i++
			}
			continue
		}
		// "chairman and chief executive".
		if len(out) > 0 && s.lower(i) == "and" {
			if _, ok := s.titleAt[i+1]; ok && !strings.HasPrefix(s.lower(i+1), "ex-") {
				i++
				continue
			}
			// "National Party leader and former president X", "Labour
			// MP and former minister X": an office held once is no
			// office now; the name is the holder of those before.
			if w := s.lower(i + 1); w == "former" || w == "ex" && s.word(i+2) == "-" || strings.HasPrefix(w, "ex-") {
				k := i + 2
				switch {
				case w == "ex":
					k++ // "ex - minister"
				case w != "former":
					k = i + 1 // "ex-minister", one word
				}
				if ti, ok := s.titleAt[k]; ok {
					i = s.found.Titles[ti].T1
					break
				}
			}
		}
		break
	}
	// "president and chief executive officer": "officer" after the last
	// title of a chain is that title's.
	if n := len(out); n > 0 && strings.HasSuffix(out[n-1].Title, "chief executive") && s.lower(i) == "officer" && out[n-1].T1 == i {
		i++
	}
	// "the Commission's chief spokesman", "the bank's chief economic
	// adviser": "chief" right before an official's title ranks him
	// among its officials; he does not head the body.
	for k := 0; k+1 < len(out); k++ {
		if out[k].T1-out[k].T0 == 1 && s.lower(out[k].T0) == "chief" && out[k].Role == lexicon.Leader && out[k+1].T0 == out[k].T1 && out[k+1].Role == lexicon.Official {
			out[k].Role = lexicon.Official
		}
	}
	return out, i
}

// affiliationBefore finds the body a title at token i belongs to when it
// is named just before it: a demonym ("Russian President"), a country or
// organisation ("U.S. Secretary of State", "Fiat chief executive", "NATO
// Secretary General"), a possessive ("Iran's Supreme Leader") or a party
// label ("Liberal Democrat leader"). It returns the entity and the first
// token of the phrase.
func (s *sentCtx) affiliationBefore(i int) (*resolve.Entity, int) {
	e, from, _ := s.affiliation(i)
	return e, from
}

// affiliation is affiliationBefore that also reports a portfolio
// between the body and the title ("Labour election chief"): its holder
// heads a field of the body, not the body.
func (s *sentCtx) affiliation(i int) (*resolve.Entity, int, bool) {
	e, from := s.affiliationAdjacent(i)
	if e != nil || from != i {
		return e, from, false
	}
	e, from = s.portfolioBody(i)
	return e, from, e != nil
}

func (s *sentCtx) affiliationAdjacent(i int) (*resolve.Entity, int) {
	j := i - 1
	if j < s.s.T0 {
		return nil, i
	}
	// "Mitsubishi's newly-appointed chief executive": modifiers after
	// the possessive.
	for m := j; m > j-4 && m > s.s.T0 && (isModifier(s.word(m)) || s.word(m) == "-" || statusAdjective[s.word(m)]) && !s.hasTitleAt(m); m-- {
		if s.word(m-1) == "'s" || s.word(m-1) == "'" || s.lower(m-1) == "its" {
			j = m - 1
			break
		}
	}
	// "Circle K Corp said its chairman, Karl Eller,": the body the
	// pronoun refers to, the subject of the sentence.
	if s.lower(j) == "its" {
		if e := s.sentenceSubjectBody(j); e != nil {
			return e, j
		}
		if e := s.itsAntecedent(j); e != nil && s.statusOnly(j+1, i) {
			return e, j
		}
		if e := s.itsPreviousSubject(j); e != nil && s.statusOnly(j+1, i) {
			return e, j
		}
		return nil, i
	}
	// "Democratic Justice Party (DJP) chairman": the bracketed acronym
	// of the body.
	if s.word(j) == ")" && s.word(j-2) == "(" {
		if w := s.word(j - 3); w == "'s" || w == "'" {
			// "the Export Credits Guarantee Department's (ECGD) chief
			// executive": the possessor, its acronym after.
			if e, a, _ := s.entOf(j-4, graph.Country, graph.Organization); e != nil {
				return e, a
			}
		}
		if e, a, _ := s.entOf(j-3, graph.Country, graph.Organization); e != nil {
			if f, _, _ := s.entOf(j-1, graph.Country, graph.Organization); f == nil || f == e {
				return e, a
			}
		}
	}
	// "PAN (National Action Party) candidate", "Coconut Authority (PCA)
	// chairman": a body's name and its acronym in another language or
	// read as another body's.
	if e, a := s.nameAndAcronym(j); e != nil {
		return e, a
	}
	if s.word(j) == "'s" || s.word(j) == "'" {
		if e, a, _ := s.entOf(j-1, graph.Country, graph.Organization); e != nil {
			return e, a
		}
		// "the country's deposed President Ferdinand Marcos": the one
		// country the text has just named.
		if s.lower(j-1) == "country" && s.lower(j-2) == "the" {
			if c := s.recentCountry(j - 2); c != nil {
				return c, j - 2
			}
		}
		return nil, i
	}
	for di, dm := range s.found.Demonyms {
		if dm.T1 == i {
			if e, a := s.possessorBeforeDemonym(dm.T0); e != nil {
				return e, a
			}
			return s.countryEntity(dm.Country, di), dm.T0
		}
	}
	if e, a, b := s.entOf(j, graph.Country, graph.Organization); e != nil {
		if openEnded(s.lower(b - 1)) {
			return s.nameAcrossTitle(a, b, i), a
		}
		return e, a
	}
	if e := s.partyOfAdjective(s.word(j)); e != nil {
		return e, j
	}
	// "Liberal Democrat chairman", "Christian Democrat leader": a party
	// label of two words.
	if isCapitalised(s.word(j-1)) && s.r.MentionAt(j-1) < 0 && s.r.MentionAt(j) < 0 && !s.hasTitleAt(j-1) {
		if e := s.partyOfAdjective(s.word(j-1) + " " + s.word(j)); e != nil {
			return e, j - 1
		}
	}
	return nil, i
}

// portfolioBody finds the party or organisation named before a
// portfolio of one or two lower-case words that comes between it and a
// title at i: "Conservative local government spokesman", "Labour's
// campaign spokesman", "Acme's sales director". A demonym is the
// holder's nationality, not the body ("British oil company chairman"),
// and a word that names a body of its own ("oil company", "research
// unit") makes the title its office.
func (s *sentCtx) portfolioBody(i int) (*resolve.Entity, int) {
	for j := i - 1; j >= i-2 && j > s.s.T0; j-- {
		if !s.portfolioWord(j) {
			break
		}
		k := j - 1
		if s.demonymEndsAt(j) {
			return nil, i
		}
		if s.word(k) == "'s" || s.word(k) == "'" {
			if e, a, _ := s.entOf(k-1, graph.Organization); e != nil {
				return e, a
			}
			return nil, i
		}
		if e, a, b := s.entOf(k, graph.Organization); e != nil {
			if b != j {
				return nil, i
			}
			return e, a
		}
		if e := s.partyOfAdjective(s.word(k)); e != nil {
			return e, k
		}
		if isCapitalised(s.word(k-1)) && s.r.MentionAt(k-1) < 0 && s.r.MentionAt(k) < 0 && !s.hasTitleAt(k-1) {
			if e := s.partyOfAdjective(s.word(k-1) + " " + s.word(k)); e != nil {
				return e, k - 1
			}
		}
	}
	return nil, i
}

// demonymEndsAt reports a demonym whose last token is right before j.
func (s *sentCtx) demonymEndsAt(j int) bool {
	for _, dm := range s.found.Demonyms {
		if dm.T1 == j {
			return true
		}
	}
	return false
}

// portfolioWord reports a lower-case word at k that can name a field of
// an office ("health", "local government", "elections"): no function
// word, verb form or adverb, no name, title or demonym, and no noun of a
// body of its own.
func (s *sentCtx) portfolioWord(k int) bool {
	w := s.word(k)
	if !isModifier(w) && !portfolioStopwords[w] || s.hasTitleAt(k) || s.r.MentionAt(k) >= 0 || statusAdjective[w] || speechWord(w) || auxiliaries[w] {
		return false
	}
	if _, ok := s.demonymAt[k]; ok {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.IndexByte(w, '-') >= 0 || portfolioVerbs[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false // "Airbus 320 chairman": a model, not a field
		}
	}
	return !businessNouns[w] && !bodyHeads[w] && !unitNouns[w] && !portfolioBodyNouns[w]
}

// namesBusiness reports a title that names a company of its own before
// its office ("oil company chairman", "steel group chief").
func namesBusiness(title string) bool {
	words := strings.Fields(title)
	for _, w := range words[:max(len(words)-1, 0)] {
		if businessNouns[w] && w != "bank" && w != "banks" { // a central bank serves the state
			return true
		}
	}
	return false
}

// portfolioStopwords are the words of fields that the lexicon lists
// among the words that start no name ("local government", "elections",
// "foreign affairs").
var portfolioStopwords = map[string]bool{
	"local": true, "regional": true, "international": true, "foreign": true, "domestic": true,
	"economic": true, "social": true, "political": true, "military": true, "nuclear": true,
	"public": true, "civil": true, "human": true, "elections": true,
}

// portfolioVerbs are verbs of news whose object can be a title and a
// name ("the Senate overrode President X", "Acme names chairman X"):
// the body before them is their subject.
var portfolioVerbs = map[string]bool{
	"names": true, "appoints": true, "hires": true, "fires": true, "sacks": true, "promotes": true,
	"chose": true, "made": true, "gave": true, "sent": true, "met": true, "saw": true, "took": true,
	"beat": true, "overrode": true, "backs": true, "meets": true, "sees": true, "thanks": true,
	"urges": true, "urge": true, "asks": true, "ask": true, "tells": true, "told": true, "won": true,
}

// portfolioBodyNouns name a body or a part of one: a title after them
// is its office, not the office of the body named before.
var portfolioBodyNouns = map[string]bool{
	"unit": true, "subsidiary": true, "arm": true, "branch": true, "department": true, "ministry": true,
	"committee": true, "board": true, "union": true, "club": true,
	"team": true, "body": true, "institute": true, "authority": true, "trust": true, "charity": true,
	"school": true, "university": true, "college": true, "hospital": true, "paper": true, "magazine": true,
	"station": true, "channel": true, "network": true, "plant": true, "mine": true, "factory": true,
	"region": true, "province": true, "state": true, "city": true, "town": true, "county": true,
}

// nameGoesOn reports a one-word organisation at from, right before a
// title at i, whose name the title's capitalised first word goes on
// with: "Dairy Farm chairman", "Salvation Army spokesman", "South Africa
// Finance Minister", "Solicitor General" were cut into a body and a
// title. A demonym read as a body ("Welsh First Minister") is none
// either. Not an acronym ("EC Farm Commissioner"), a lexicon's body, a
// title that starts with a title of its own ("Gazprom Deputy Chairman")
// or a known portfolio ("Yukos Finance Director").
func (s *sentCtx) nameGoesOn(body *resolve.Entity, from, i int, t mention.Title) bool {
	mi := s.r.MentionAt(from)
	if mi < 0 || s.r.Entities[s.r.Of[mi]] != body {
		return false // a name mended across the title ("Bank of England")
	}
	m := s.r.Mentions[mi]
	if m.T0 != from || m.T1 != i || m.Type != graph.Organization || m.Canon != "" {
		return false
	}
	if _, ok := lexicon.OrgByName(s.a.Text(from, i)); ok || s.partyOfAdjective(s.a.Text(from, i)) != nil {
		return false // "Lib Dem Home Affairs spokesman"
	}
	longer := strings.ToLower(s.a.Text(from, i) + " " + s.word(i))
	for _, f := range body.Forms {
		if strings.HasPrefix(strings.ToLower(f), longer) {
			return false // "Data General president": the body's name goes on so
		}
	}
	w := s.word(from)
	if !isCapitalised(w) || strings.ToLower(w[1:]) != w[1:] {
		return false // "EC", "WorldCom"
	}
	if _, ok := lexicon.CountryByDemonym(w); ok && m.T1 == m.T0+1 {
		return true
	}
	first := s.word(i)
	if t.T0 != i || !isCapitalised(first) {
		return false
	}
	if _, ok := lexicon.TitleByPhrase(strings.ToLower(first)); ok {
		return strings.ToLower(first) == "general" && t.T1 == i+1
	}
	_, known := lexicon.TitleByPhrase(t.Title)
	return !known
}

// bodyHeads are the nouns that end a body's name and refer back to it
// alone: "the bank" for the Asian Development Bank.
var bodyHeads = map[string]bool{
	"bank": true, "fund": true, "council": true, "commission": true, "agency": true,
	"federation": true, "association": true, "organisation": true, "organization": true,
}

// bodyByHeadNoun returns the organisation that a noun before a title at
// i refers to ("bank president X", "the bank's chairman"), when the text
// names exactly one whose name ends in that noun, and where the phrase
// starts.
func (s *sentCtx) bodyByHeadNoun(i int) (*resolve.Entity, int) {
	k := i - 1
	if t, ok := s.titleAt[i]; ok && s.found.Titles[t].T1 > i+1 && bodyHeads[s.word(i)] {
		k = i // the title read with the noun: "bank president"
	} else if w := s.word(k); w == "'s" || w == "'" {
		k--
		if s.lower(k-1) != "the" {
			return nil, i
		}
	}
	w := s.word(k)
	if !bodyHeads[w] || s.r.MentionAt(k) >= 0 {
		return nil, i // lower case only: "Bank president" may start a name
	}
	head := strings.ToUpper(w[:1]) + w[1:]
	named := func(e *resolve.Entity) bool {
		return e.Type == graph.Organization && e.Name != head && lastWord(e.Name) == head
	}
	// The one such body of this sentence and the one before, else of
	// the text.
	var found *resolve.Entity
	for j := s.a.Sentences[max(0, s.si-1)].T0; j < k; j++ {
		mi := s.r.MentionAt(j)
		if mi < 0 {
			continue
		}
		j = s.r.Mentions[mi].T1 - 1
		if e := s.r.Entities[s.r.Of[mi]]; named(e) && e != found {
			if found != nil {
				return nil, i
			}
			found = e
		}
	}
	if found == nil {
		for _, e := range s.r.Entities {
			if !named(e) || len(e.Mentions) == 0 {
				continue
			}
			if found != nil {
				return nil, i
			}
			found = e
		}
	}
	if found == nil {
		return nil, i
	}
	if s.lower(k-1) == "the" {
		k--
	}
	return found, k
}

// statusAdjective are the common words that date an office between its
// body's possessive and its title ("Ukraine's new president").
var statusAdjective = map[string]bool{
	"new": true, "current": true, "then": true, "former": true, "outgoing": true, "incoming": true,
	"acting": true, "interim": true, "newly": true, "present": true, "previous": true,
}

// partyOfAdjective returns the organisation of this document that a
// capitalised party adjective names ("Liberal leader" with the Liberals,
// "Democratic leader" with the Democrats, "Conservative MP" with the
// Conservative Party), or nil: the adjective alone is no entity, so the
// party must be named elsewhere in the text.
func (s *sentCtx) partyOfAdjective(w string) *resolve.Entity {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w || lexicon.IsStopword(w) {
		return nil
	}
	want := []string{w + "s", w + " Party", strings.TrimSuffix(w, "ic") + "s"}
	var found *resolve.Entity
	for _, e := range s.r.Entities {
		if e.Type != graph.Organization {
			continue
		}
		for _, f := range append([]string{e.Name}, e.Forms...) {
			if slices.Contains(want, f) {
				if found != nil && found != e {
					return nil // two bodies: ambiguous
				}
				found = e
			}
		}
	}
	if found == nil {
		// Not named in the text: the lexicon's party of that name, when
		// the text names its country ("Conservative MP" in a story about
		// Britain; not in one about Greece).
		for _, name := range want {
			o, ok := lexicon.OrgByName(name)
			if !ok || o.Kind != lexicon.KindParty || o.Country == "" || !s.namesCountry(o.Country) {
				continue
			}
			found = s.entityNamed(graph.Organization, o.Name, o.Country)
			break
		}
	}
	if found != nil {
		addForm(found, w) // the text calls the party by its adjective: a name of it
	}
	return found
}

// partyAround returns the one political party named in this sentence or
// the one before, or nil.
func (s *sentCtx) partyAround() *resolve.Entity {
	var found *resolve.Entity
	for k := s.a.Sentences[max(0, s.si-1)].T0; k < s.s.T1; k++ {
		mi := s.r.MentionAt(k)
		if mi < 0 {
			continue
		}
		k = s.r.Mentions[mi].T1 - 1
		e := s.r.Entities[s.r.Of[mi]]
		if e.Type != graph.Organization || e == found {
			continue
		}
		if o, ok := lexicon.OrgByName(e.Name); (!ok || o.Kind != lexicon.KindParty) && !strings.HasSuffix(e.Name, " Party") {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// namesCountry reports whether the text names the country (or a place
// the lexicon puts in it), by name or demonym.
func (s *sentCtx) namesCountry(country string) bool {
	for _, e := range s.r.Entities {
		if e.Country == country && len(e.Mentions) > 0 {
			return true
		}
	}
	for _, d := range s.found.Demonyms {
		if d.Country == country {
			return true
		}
	}
	return false
}

// recentCountry returns the country named in the sentence of token i
// before it or in the sentence before, when exactly one is; nil otherwise.
func (s *sentCtx) recentCountry(i int) *resolve.Entity {
	lo := s.a.Sentences[max(0, s.si-1)].T0
	var found *resolve.Entity
	for k := lo; k < i; k++ {
		if e, _, b := s.entOf2(k, graph.Country); e != nil {
			if found != nil && found != e {
				return nil
			}
			found, k = e, b-1
		}
	}
	return found
}

// chamberNouns name a legislature or council by its common noun, in
// lower case ("in the assembly", "Kenya's parliament"); legislature
// (offices.go) and chamberNames (boardseats.go, and mention's) hold the
// capitalised names of chambers, each for its own rule.
var chamberNouns = map[string]bool{
	"assembly": true, "parliament": true, "senate": true, "house": true, "commons": true,
	"lords": true, "chamber": true, "council": true, "legislature": true, "cabinet": true,
}

// skipComplement returns the token after a title's complement of names
// at k ("envoy to the United Nations in Geneva", "ambassador to the WTO"),
// or k when there is none or it is more than names.
func (s *sentCtx) skipComplement(k int) int {
	switch s.lower(k) {
	case "to", "at", "in", "with":
		// "chief negotiator with Berlin": the other side named.
	case "on":
		// "spokesman on rural policing,": a portfolio in lower case.
		j := k + 1
		for j < s.s.T1 && j < k+6 && isLowerWord(s.word(j)) {
			j++
		}
		if j > k+1 && (s.word(j) == "," || s.word(j) == ".") {
			return j
		}
		return k
	case "for":
		// "the Conservative MP for Wantage": a constituency, named or not.
		j := k + 1
		for j < s.s.T1 && isCapitalised(s.word(j)) {
			j++
		}
		if j > k+1 && (s.word(j) == "," || s.word(j) == ".") {
			return j
		}
		// "country director for the West Bank and Gaza": names.
	default:
		return k
	}
	named := false
	and := 0 // "envoy to Egypt and Likud party politician": a second description
	for j := k + 1; j < s.s.T1 && j < k+10; j++ {
		switch w := s.word(j); {
		case w == "," || w == "." || w == ";" || w == ")" || w == "--" || w == "-":
			if named {
				return j
			}
			return k
		case s.lower(j) == "and" && named:
			and = j
		case s.lower(j) == "the" || s.lower(j) == "in" || s.lower(j) == "at" || s.lower(j) == "of":
		case chamberNouns[s.lower(j)] && s.lower(j-1) == "the":
			// "leader of the Liberal Democrats in the assembly,": the
			// chamber the office is held in, named by its noun.
			named = true
		default:
			if _, _, b := s.ent(j); b > 0 {
				named, j = true, b-1
				continue
			}
			if and > 0 && isLowerWord(s.word(j)) && !speechWord(s.lower(j)) && !auxiliaries[s.lower(j)] {
				// "a former envoy to Egypt and right-wing party
				// politician": the names end before the "and" that
				// opens the appositive's second description.
				return and
			}
			return k
		}
	}
	return k
}

// auxiliaries may follow an unclosed appositive as the person's verb.
var auxiliaries = map[string]bool{"will": true, "would": true, "has": true, "had": true, "is": true, "was": true}

func speechWord(w string) bool {
	switch w {
	case "said", "says", "told", "stated", "argued", "insisted", "warned", "claimed":
		return true
	}
	return false
}

// unitAfter reports a noun after a body at k that makes the phrase a
// part of it: "head of the Downing Street policy unit" heads the unit.
func (s *sentCtx) unitAfter(k int) bool {
	w := s.lower(k)
	switch w {
	case "until", "since", "from", "when", "where", "after", "before", "between", "during", "because", "while":
		return false
	}
	return isModifier(s.word(k)) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// unitNouns are parts of a body that a title can head: "head of the EC
// delegation".
var unitNouns = map[string]bool{"delegation": true, "mission": true, "team": true, "office": true, "division": true, "bureau": true}

// nameComplement returns the token after a title's complement of one
// name at k ("to Moscow", "to the WTO") when a name follows it at once, or
// k.
func (s *sentCtx) nameComplement(k int) int {
	if w := s.lower(k); w != "to" && w != "at" {
		return k
	}
	j := k + 1 + s.article(k+1)
	if _, _, b := s.entOf(j, graph.Country, graph.Organization, graph.Place); b > 0 {
		if _, _, e := s.ent(b); e > 0 {
			return b
		}
	}
	return k
}

// opensClause reports whether token i starts the sentence or a clause
// coordinated into it ("..., and European Union ambassador to the WTO,
// Carlo Trojan, said").
func (s *sentCtx) opensClause(i int) bool {
	if i == s.s.T0 {
		return true
	}
	switch s.lower(i - 1) {
	case "and", "but", ";", ":":
		return s.word(i-2) == "," || s.word(i-1) == ";" || s.word(i-1) == ":"
	}
	return false
}

// leadsClause reports whether token i opens the sentence or a clause, or
// follows a short opening phrase without names and its comma ("Last
// week, ...", "But on Monday, ...").
func (s *sentCtx) leadsClause(i int) bool {
	if s.opensClause(i) {
		return true
	}
	if s.word(i-1) != "," || i-1-s.s.T0 > 4 || i-1 == s.s.T0 {
		return false
	}
	for k := s.s.T0; k < i-1; k++ {
		if w := s.word(k); !isLetters(w) || s.r.MentionAt(k) >= 0 {
			return false
		}
	}
	return true
}

// bodyInTitle returns the organisation a title names in its own words
// ("the President of the European Parliament", a title of the lexicon):
// the words after its "of" when the lexicon knows them as an
// organisation. The document's entity is used, else one is made.
func (s *sentCtx) bodyInTitle(t mention.Title) *resolve.Entity {
	// "European Commissioner X": a member of the Union's executive,
	// an official of the European Union.
	if canonicalTitle(t.Title) == "commissioner" && t.T1 > t.T0+1 && s.word(t.T0) == "European" {
		if o, ok := lexicon.OrgByName("European Union"); ok {
			return s.entityNamed(graph.Organization, o.Name, o.Country, o.Name)
		}
	}
	// "Fed Chairman", "Federal Reserve chairman": a body's name the title
	// starts with.
	for p := t.T1 - 1; p > t.T0; p-- {
		name := s.a.Text(t.T0, p)
		// Not a party: "Labour Minister" names a portfolio.
		if o, ok := lexicon.OrgByName(name); ok && o.Kind != lexicon.KindParty && isCapitalised(s.word(t.T0)) {
			return s.entityNamed(graph.Organization, o.Name, o.Country, name)
		}
	}
	for k := t.T0 + 1; k < t.T1-1; k++ {
		if s.lower(k) != "of" {
			continue
		}
		k++
		if s.lower(k) == "the" {
			k++
		}
		name := s.a.Text(k, t.T1)
		o, ok := lexicon.OrgByName(name)
		if !ok {
			return nil
		}
		return s.entityNamed(graph.Organization, o.Name, o.Country, name)
	}
	return nil
}

// countryEntity returns the document's entity for the named country, made
// when the text names it only by a demonym ("French Prime Minister").
func (s *sentCtx) countryEntity(name string, demonym int) *resolve.Entity {
	dm := s.found.Demonyms[demonym]
	return s.entityNamed(graph.Country, name, name, s.a.Text(dm.T0, dm.T1))
}

// entityNamed returns the document's entity of type t named name, or
// makes one that patterns found outside the mentions (a country named by
// a demonym, a body inside a title), known also by the other forms.
func (s *sentCtx) entityNamed(t graph.Type, name, country string, forms ...string) *resolve.Entity {
	if e := s.entityByName(t, name); e != nil {
		return e
	}
	e := &resolve.Entity{ID: graph.EntityID(t, name), Type: t, Name: name, Country: country, Forms: []string{name}}
	for _, f := range forms {
		if !slices.Contains(e.Forms, f) {
			e.Forms = append(e.Forms, f)
		}
	}
	s.r.Entities = append(s.r.Entities, e)
	return e
}

// entityByName returns the document's first entity of type t named name,
// or nil.
func (s *sentCtx) entityByName(t graph.Type, name string) *resolve.Entity {
	for _, e := range s.r.Entities {
		if e.Type == t && e.Name == name {
			return e
		}
	}
	return nil
}

// titlePatterns: "Russian President Vladimir Putin" (title before the
// name) and "Alexander Grushko, Russia's deputy foreign minister,"
// (appositive title after the name).
func (s *sentCtx) titlePatterns() {
	var coord coordOffice
	for i := s.s.T0; i < s.s.T1; i++ {
		if !s.titleStarts[i] {
			continue // titleAt has no title at i; most tokens
		}
		ti, ok := s.titleAt[i]
		if !ok {
			continue
		}
		_ = ti
		chain, next := s.titleChain(i)
		if len(chain) == 0 {
			continue
		}
		body, from, portfolio := s.affiliation(i)
		if p, at := s.partyBeforeChamber(body, from, i); p != nil {
			body, from = p, at
		}
		if body != nil && s.nameGoesOn(body, from, i, chain[0]) {
			body, from = nil, i
		}
		if body == nil {
			// "U.S. Middle East envoy X": the region of the post
			// between the state and the title.
			body, from = s.stateBeforeRegion(chain, i)
		}
		if _, demonym := s.demonymAt[from]; demonym && body != nil && namesBusiness(chain[0].Title) {
			// "British oil company chairman X": the nationality of
			// the company, not an office of the state.
			body = nil
		}
		if portfolio && !mention.IsBoardTier(s.lower(i-1)) && s.lower(i-1) != "founding" {
			// "Labour election chief X" runs the election campaign
			// for the party; a "management board chairman" leads.
			for k := range chain {
				if chain[k].Role == lexicon.Leader {
					chain[k].Role = lexicon.Official
				}
			}
		}
		if _, demonym := s.demonymAt[from]; body == nil || demonym {
			// "the Spanish President of the European Commission": the
			// body the title names, not the holder's nationality.
			if b := s.bodyInTitle(chain[0]); b != nil || body == nil {
				body = b
			}
		}
		if body == nil && strings.HasPrefix(chain[0].Title, "party ") {
			// "party leader Roger Knapman": the one party named around.
			body = s.partyAround()
		}
		bareLeader := body == nil && s.bareLeaderTitle(chain)
		if body == nil {
			// "bank president Masao Fujioka", "the bank's president":
			// the one body of the text whose name ends in that noun.
			if e, at := s.bodyByHeadNoun(i); e != nil {
				body, from = e, at
				if at == i {
					// The office without the noun decides the role: a
					// "bank president" presides over the bank.
					rest := strings.TrimPrefix(chain[0].Title, s.lower(i)+" ")
					if lt, ok := lexicon.TitleByPhrase(rest); ok && rest != chain[0].Title {
						chain[0].Role, chain[0].Deputy = lt.Role, lt.Deputy
					}
				}
			}
		}
		if body == nil {
			// "the charity's director, X": a reference to a body named
			// before.
			if e, at := s.possessedReference(i); e != nil {
				body, from = e, at
			}
		}
		if body == nil {
			// "Acme chairman A and chief executive B": the second
			// office of a list of the company's officers.
			body = coord.bodyFor(s, chain)
		}
		if person, _, pEnd := s.entOf(s.predecessorAs(i, next), graph.Person); person != nil {
			coord.note(body, chain, pEnd)
			// "King Fahd of Saudi Arabia": the body after the name.
			if body == nil && s.lower(pEnd) == "of" {
				if e, _, b := s.entOf(pEnd+1+s.article(pEnd+1), graph.Country, graph.Organization); e != nil {
					body, pEnd = e, b
				}
			}
			if body == nil {
				if c := s.soleCompany(chain, pEnd); c != nil {
					s.applyTitles(person, chain, c, from, pEnd, "title-sole-company")
					i = next - 1
					continue
				}
				if c := s.previousSubjectBody(chain, pEnd); c != nil {
					if k := chain[0].T0 - 1; k >= s.s.T0 && !mention.IsBoardTier(s.lower(k)) && (s.portfolioWord(k) || isCapitalised(s.word(k)) && s.opensSentence(k)) {
						// "Road safety head X" heads a field of the body.
						for k := range chain {
							if chain[k].Role == lexicon.Leader {
								chain[k].Role = lexicon.Official
							}
						}
					}
					s.applyTitles(person, chain, c, from, pEnd, "title-previous-subject")
					i = next - 1
					continue
				}
				if bareLeader {
					s.pendContextParty(person, chain, from, pEnd)
				}
				s.pendDocumentCompany(person, chain, from, pEnd)
			}
			s.applyTitles(person, chain, body, from, pEnd, "title-before-name")
			if chain[len(chain)-1].Plural {
				// "Vice-Premiers Li Peng and Tian Jiyun": each holds it.
				people, end := s.listAfter(next, graph.Person)
				for _, p := range people {
					if p != person {
						s.applyTitles(p, chain, body, from, end, "plural-title-names")
					}
				}
			}
			i = next - 1
			continue
		}
		// "Egyptian ambassador to Moscow Salah Bassiouni": a complement
		// of one name between the title and the name.
		if c := s.nameComplement(next); c > next {
			if person, _, pEnd := s.entOf(c, graph.Person); person != nil {
				s.applyTitles(person, chain, body, from, pEnd, "title-before-name")
				i = next - 1
				continue
			}
		}
		// "the Prime Minister of Israel, Ariel Sharon", "chairman of
		// Gazprom Alexei Miller": the body after the title, then the name.
		// "A spokesman for the Treasury, Jane Hall, said", "an analyst
		// at Acme, Dr Ann Lee,": after "for", "at" or "with" only a
		// described title's name set off by commas, the title after an
		// article or opening the sentence ("Head of research at Acme,
		// Dr Ann Lee, said").
		bodyPrep := s.lower(next)
		if bodyPrep != "of" && !(officeBodyPreps[bodyPrep] && (s.articleBefore(i) || s.openingThe(i)) && !s.appositiveOfName(i)) {
			bodyPrep = ""
		}
		if body == nil && bodyPrep != "" {
			if e, _, b := s.entOf(next+1+s.article(next+1), graph.Country, graph.Organization); e != nil && (bodyPrep == "of" || s.word(b) == ",") {
				b = s.countryBodyNoun(e, b) // "the Speaker of Kenya's parliament, X"
				k := b
				honorific := false
				if s.word(k) == "," {
					// "the chairman of X, Sir Andrew Lowe,"; in "asked
					// about the chairman of X, Sir Andrew Lowe replied"
					// the name starts the clause.
					k = s.skipHonorific(k + 1)
					honorific = k > b+1
					if !honorific && (s.articleBefore(from) || s.openingThe(from)) {
						// "the chairman of the Commons education
						// committee, Labour MP Barry Sheerman,", "Head
						// of research at Acme, Professor Ann Lee,": the
						// holder's own titles before the name.
						for p := k + 1; p < s.s.T1 && p <= k+4; p++ {
							if e, a, pb := s.entOf(p, graph.Person); e != nil && a == p {
								if s.titledFrom(p) == k && pb-a > 1 {
									k, honorific = p, true
								}
								break
							}
						}
					}
				}
				if person, _, pEnd := s.entOf(k, graph.Person); person != nil && (bodyPrep == "of" && !honorific || s.word(pEnd) == "," || bodyPrep == "of" && (s.word(pEnd) == "." || s.word(pEnd) == "")) {
					s.applyTitles(person, chain, e, i, pEnd, "title-of-body-name")
					i = next - 1
					continue
				}
			}
		}
		if body == nil && s.describedOfPhrase(chain, next, from) {
			i = next - 1
			continue
		}
		// "the Palestinian leader, Mahmoud Abbas", "The UAE's Minister of
		// State, Ahmed Humaid al-Tayer,": a described title, a comma, the
		// name.
		// "Ariadne's chairman, New Zealander Bruce Judge,": a possessive
		// body, and a nationality noun before the name.
		// "Plaid Cymru's former President, X": status words between.
		possessed := body != nil && (isPossessive(s.word(s.beforeStatus(i-1))) || s.lower(from) == "its")
		// "European Union ambassador to the WTO, Carlo Trojan, said": a
		// complement, and a sentence that starts with the body.
		if c := s.skipComplement(next); c > next && s.word(c) == "," && !s.appositiveOfName(from) && (s.articleBefore(from) || possessed || body != nil && s.opensClause(from)) {
			if person, _, pEnd := s.entOf(c+1, graph.Person); person != nil {
				s.applyTitles(person, chain, body, from, pEnd, "title-comma-name")
				i = next - 1
				continue
			}
		}
		if s.word(next) == "," && (s.articleBefore(from) || possessed || s.lower(from-1) == "another") {
			k := next + 1
			if d, ok := s.demonymAt[k]; ok && s.found.Demonyms[d].T1 > k {
				if p, _, _ := s.entOf(s.found.Demonyms[d].T1, graph.Person); p != nil {
					k = s.found.Demonyms[d].T1
				}
			}
			described := false
			if w := s.word(k); k == next+1 && isLowerWord(w) && isLetters(w) && !occupationStop[w] && !speechWord(w) && !lexicon.IsStopword(w) && !strings.HasSuffix(w, "ly") {
				if p, _, _ := s.entOf(k+1, graph.Person); p != nil {
					// "the firm's technical manager, engineer Jose
					// Gomez,": a second description before the name.
					k, described = k+1, true
				}
			}
			honorific := false
			if _, ok := lexicon.Honorific(strings.TrimSuffix(s.word(k), ".")); ok && s.r.MentionAt(k) < 0 {
				// "Kuwait's Oil Minister, Sheikh Ali al-Sabah, said"; in
				// "asked about the prime minister, Mr Brown replied" the
				// name starts the clause: the comma must close it.
				k, honorific = k+1, true
			}
			if person, _, pEnd := s.entOf(k, graph.Person); person != nil && (!honorific && !described || s.word(pEnd) == "," || possessed && s.word(pEnd) == "." && pEnd == s.s.T1-1) {
				s.applyTitles(person, chain, body, from, pEnd, "title-comma-name")
				i = next - 1
				continue
			}
		}
		// "But last week, Argentine Economy Minister, Roberto Lavagna,
		// told": a body's title opening the clause, the name set off by
		// commas. A capitalised title needs no body ("Finance Minister,
		// Ann Lee, said"), and the name may go on to the clause's verb
		// ("EC Trade Commissioner, Ann Lee has warned").
		if s.word(next) == "," && (body != nil && from < i || s.capitalisedChain(chain)) && s.leadsClause(from) {
			if person, _, pEnd := s.entOf(next+1, graph.Person); person != nil && s.subjectNameEnds(pEnd) {
				s.applyTitles(person, chain, body, from, pEnd, "title-comma-name")
				i = next - 1
				continue
			}
		}
		// Appositive: "<Person>, [the|a|Country's|Demonym] <title> [of <body>],".
		if !s.appositive(i, chain, next, body, from) {
			s.titleDescription(chain, next, body, from)
		}
		i = next - 1
	}
}

// titleDescription: "the British prime minister", "the UK premier" with no
// name refer to the person this text already gave that office: the one
// whose title, in the lexicon's terms, is the same, most recently stated.
// The body named in the description is then theirs.
func (s *sentCtx) titleDescription(chain []mention.Title, next int, body *resolve.Entity, from int) {
	if body == nil {
		s.bareDescription(chain, next, from)
		return
	}
	possessive := isPossessive(s.word(chain[0].T0 - 1))
	if !possessive && (s.article(from-1) != 1 || s.lower(from-1) == "a" || s.lower(from-1) == "an") {
		return
	}
	if isPossessive(s.word(next)) && isCapitalised(s.word(next+1)) {
		return // "the US Trade Representative's Office said": the office speaks
	}
	if possessive && predicative(s.lower(from-1-s.article(from-1))) {
		return // "Mr Boateng is to become the UK's high commissioner": the subject's, if anyone's
	}
	if s.word(from-2) == "," {
		if p, _, _ := s.entOf(from-3, graph.Person); p != nil {
			return // "McWhirter, the ACPO's spokesman on ...": his own title
		}
	}
	seat := s.legislatorSeat(chain, body, from)
	want := canonicalTitle(chain[len(chain)-1].Title)
	// The one the text tied to this body comes first ("His words about
	// President Bush met a cool reception from Jacques Chirac. The French
	// president told": Chirac, named French president before); then the
	// most recent, unless tied to another body of its kind.
	var person, tied *resolve.Entity
	best, bestTied := -1, -1
	for _, f := range s.facts {
		if f.Predicate != graph.Title || canonicalTitle(f.Value) != want || f.Evidence.Start > s.s.Start {
			continue
		}
		if f.Evidence.Start > bestTied && s.holds(f.Subject, body) {
			tied, bestTied = f.Subject, f.Evidence.Start
		}
		if f.Evidence.Start > best && !s.tiedElsewhere(f.Subject, body) {
			person, best = f.Subject, f.Evidence.Start
		}
	}
	if tied != nil {
		person = tied
	}
	rule := "title-description"
	if person == nil {
		// "Robert Kilroy-Silk has attacked ... The Veritas leader said":
		// the subject of the sentence before.
		if person = s.describedSubject(next, body, from); person == nil {
			if !seat {
				s.pendDescribedOffice(chain, body, from, next)
			}
			return
		}
		rule = "title-description-subject"
	}
	ev := s.evidence(from-1, next, rule, 0.7)
	if seat {
		// "The Mid-Bedfordshire MP had denied": the seat, no membership.
		s.attributeTitles(person, chain, ev)
		return
	}
	s.describedOffice(person, chain, body, ev)
}

// attributeTitles gives person the title of each office of chain.
func (s *sentCtx) attributeTitles(person *resolve.Entity, chain []mention.Title, ev graph.Evidence) {
	for _, t := range chain {
		s.attribute(person, graph.Title, t.Title, ev)
	}
}

// describedOffice gives person the offices of chain, described in the
// text as body's, and relates them to body.
func (s *sentCtx) describedOffice(person *resolve.Entity, chain []mention.Title, body *resolve.Entity, ev graph.Evidence) {
	s.attributeTitles(person, chain, ev)
	role := chain[len(chain)-1].Role
	if role == lexicon.Leader && britishChancellor(chain, body) {
		role = lexicon.Official // "the UK chancellor said", as "UK chancellor X"
	}
	if body.Type == graph.Organization && stateOffice(chain[len(chain)-1].Title) && isParty(body) {
		s.relate(person, graph.MemberOf, body, ev) // "the Labour Party's prime minister"
		return
	}
	if role != lexicon.Other {
		s.relate(person, roleRelation(role, body), body, ev)
	}
}

// academicPost reports a professor's chair at a university or research
// body the text names with the title ("Medical Research Council
// Professor Ann Lee", "Ann Lee, professor of physics at Riverside
// University", "Harbor Law School law professor Ann Lee"): an office
// held there. A bare "Professor Ann Lee" holds
// none, nor does a body the title is only taken to belong to.
func academicPost(chain []mention.Title, body *resolve.Entity, rule string) bool {
	if !professorTitle(chain[len(chain)-1].Title) || body.Type != graph.Organization || !namedBodyRule[rule] {
		return false
	}
	for _, w := range strings.Fields(body.Name) {
		if academicWords[w] {
			return true
		}
	}
	return false
}

// staffPost reports an analyst's, economist's or strategist's post at a
// body the text names with the title ("Ann Lee, an analyst at Globex
// Securities", "Globex chief strategist Ann Lee"): the firm employs
// them. A country is their nationality or their market ("Japanese
// economist Ann Lee", "an analyst in Japan"), a party their politics.
func staffPost(chain []mention.Title, body *resolve.Entity, rule string) bool {
	if !namedBodyRule[rule] || body.Type != graph.Organization || isParty(body) {
		return false
	}
	switch chain[len(chain)-1].Title {
	case "analyst", "economist", "strategist":
		return true
	}
	return false
}

// professorTitle reports a professor's title with its rank or field:
// "professor", "associate professor of economics", "law professor".
func professorTitle(t string) bool {
	for _, w := range strings.Fields(t) {
		if w == "professor" {
			return true
		}
	}
	return false
}

// namedBodyRule are the rules whose body is named in the title's phrase.
var namedBodyRule = map[string]bool{
	"title-before-name": true, "title-of-body-name": true, "appositive-title": true, "title-of-phrase-name": true,
}

// academicWords name universities and research bodies: "Riverside
// University", "Institute of Cancer Research", "Medical Research
// Council", "Harbor Law School".
var academicWords = map[string]bool{
	"University": true, "College": true, "Institute": true, "Polytechnic": true, "Research": true, "School": true,
	"Academy": true, "Laboratory": true, "Laboratories": true, "Observatory": true,
}

// britishChancellor reports the United Kingdom's chancellor: the
// minister who keeps its finances, where Germany's or Austria's leads the
// state.
func britishChancellor(chain []mention.Title, body *resolve.Entity) bool {
	return body.Type == graph.Country && chain[len(chain)-1].Title == "chancellor" && body.Name == "United Kingdom"
}

// articleBefore reports an article before the title that starts at from,
// or before "former" there: "the former Labour MP for Eastmoor, Bob
// Grant," is a described title like "the Labour MP, Bob Grant,".
func (s *sentCtx) articleBefore(from int) bool {
	return s.article(s.beforeStatus(from-1)) == 1
}

// beforeStatus walks back from j over words that date an office ("the
// new Palestinian leader, X", "the newly-appointed police commissioner",
// "the incoming president of the Commission, X") and returns the token
// before them, j when there is none.
func (s *sentCtx) beforeStatus(j int) int {
	for m := 0; m < 3 && j > s.s.T0; m++ {
		switch w := s.lower(j); {
		case statusAdjective[w] || strings.HasPrefix(w, "newly-"):
			j--
		case (w == "appointed" || w == "elected") && s.lower(j-1) == "newly":
			j -= 2
		case (w == "appointed" || w == "elected") && s.word(j-1) == "-" && s.lower(j-2) == "newly":
			j -= 3
		default:
			return j
		}
	}
	return j
}

// canonicalTitle is the lexicon's phrase for a title ("premier" is "prime
// minister"), or the title itself.
func canonicalTitle(t string) string {
	if lt, ok := lexicon.TitleByPhrase(t); ok {
		return lt.Title
	}
	return t
}

// applyTitles records the title attributes of person and its relation to
// body (if any). from and to delimit the evidence.
func (s *sentCtx) applyTitles(person *resolve.Entity, chain []mention.Title, body *resolve.Entity, from, to int, rule string) {
	for _, t := range chain {
		if t.Title == "member" {
			continue // "a veteran National Party member": membership, no office
		}
		s.attribute(person, graph.Title, t.Title, s.evidence(t.T0, to, rule, 0.9))
	}
	if body == nil {
		s.pendHomeState(person, chain, from, to)
		return
	}
	s.relateTitles(person, chain, body, from, to, rule)
}

// relateTitles relates the holder of the titles of chain to the body they
// are offices of, by the role the titles give: leader, official or, for a
// party's man in a state office, member.
func (s *sentCtx) relateTitles(person *resolve.Entity, chain []mention.Title, body *resolve.Entity, from, to int, rule string) {
	// The most specific title decides: "Supreme Leader Ayatollah" leads.
	role := chain[0].Role
	for _, t := range chain {
		if t.Role == lexicon.Leader && !t.Deputy {
			role = t.Role
		}
	}
	if chain[0].Deputy && role == lexicon.Leader {
		role = lexicon.Official // a vice president holds office, does not lead
	}
	if role == lexicon.Other && academicPost(chain, body, rule) {
		role = lexicon.Official
	}
	if role == lexicon.Other && pressTitle(chain[len(chain)-1].Title) && mediaBody(body) && namedBodyRule[rule] {
		// "The Guardian's film critic X", "a feature reporter for KIRO
		// Television": the paper's or the station's, not "a critic of"
		// a body.
		s.relate(person, graph.OfficialOf, body, s.evidence(from, to, rule, 0.8))
		return
	}
	if role == lexicon.Other && staffPost(chain, body, rule) {
		// An employee's post, weaker evidence of an office than a
		// minister's or a spokesman's.
		s.relate(person, graph.OfficialOf, body, s.evidence(from, to, rule, 0.7))
		return
	}
	if role == lexicon.Other || s.legislatorSeat(chain, body, from) {
		return
	}
	if t := canonicalTitle(chain[len(chain)-1].Title); (t == "presenter" || t == "dj") && !broadcaster(body) {
		return // "Top of the Pops presenter X": a show's, not a body's
	}
	if body.Type == graph.Country {
		if body = s.titleState(chain, body, from); body == nil {
			return
		}
	}
	if role == lexicon.Leader && chain[len(chain)-1].Title == "governor" && governorsBoard[body.Name] {
		// "Federal Reserve Governor X": one of the board of governors;
		// the Fed's chairman leads it.
		role = lexicon.Official
	}
	if role == lexicon.Official && s.agencyDirector(chain, body) {
		role = lexicon.Leader // "FBI Director X" heads the bureau
	}
	if role == lexicon.Leader && ministryOfficial(chain, body) {
		role = lexicon.Official // a ministry's director-general serves under its minister
	}
	if role == lexicon.Leader && westminsterChair(chain[len(chain)-1].Title, body) {
		role = lexicon.Official // "Labour chairman X": the party has a leader of its own
	}
	if role == lexicon.Leader && body.Type == graph.Country && chain[0].Title == "opposition leader" {
		role = lexicon.Official // "Australian opposition leader John Howard" leads no country
	}
	if role == lexicon.Leader && britishChancellor(chain, body) {
		role = lexicon.Official // Britain's chancellor keeps its finances; Germany's leads it
	}
	if role == lexicon.Leader && body.Type == graph.Country && !leadsCountry(chain) {
		// "Spain's director general for Europe": an office that leads
		// a body serves a state.
		role = lexicon.Official
	}
	if role == lexicon.Official && body.Type == graph.Country && nationalOnlyTitle(chain[len(chain)-1].Title) {
		// "Dutch co-chairman Antony Burgmans", "London mayor Ken
		// Livingstone", "French correspondent Jean Roux": a nationality,
		// a city or a posting, not the body led or the employer.
		return
	}
	if body.Type == graph.Organization && isParty(body) && (stateOffice(chain[len(chain)-1].Title) || s.partyAdjectivePresident(chain, body, from)) {
		// "SPD Chancellor Willy Brandt", "CDU Finance Minister Gerhard
		// Stoltenberg": a party's man in a state office belongs to the
		// party; the office is not in it.
		s.relate(person, graph.MemberOf, body, s.evidence(from, to, rule, 0.85))
		return
	}
	s.relate(person, roleRelation(role, body), body, s.evidence(from, to, rule, 0.9))
	if role == lexicon.Member && body.Type == graph.Organization && boardSeat(chain[len(chain)-1]) {
		// "Globex non-executive director X": a seat on the board is
		// membership of it and a director's office too.
		s.relate(person, graph.OfficialOf, body, s.evidence(from, to, rule, 0.85))
	}
	// "U.S. Treasury Secretary James Baker": an official of a national
	// ministry or agency is an official of its country.
	if role == lexicon.Official && body.Type == graph.Organization && body.Country != "" {
		if o, ok := lexicon.OrgByName(body.Name); ok && o.Kind == lexicon.KindGovernment {
			s.relate(person, graph.OfficialOf, s.countryNamed(body.Country), s.evidence(from, to, rule, 0.8))
		}
	}
}

// nationalOnlyTitle reports a title of nationalityOnly, or one that ends
// in such a title ("literary critic", "TV presenter").
func nationalOnlyTitle(t string) bool {
	if nationalityOnly[t] || nationalityOnly[canonicalTitle(t)] {
		return true
	}
	k := strings.LastIndexByte(t, ' ')
	return k > 0 && (t[k+1:] == "critic" || t[k+1:] == "presenter" || t[k+1:] == "dj" || t[k+1:] == "correspondent")
}

// pressTitle reports a title of the press that names no office unless a
// paper or a station employs its holder: critics, reporters,
// journalists, columnists.
func pressTitle(t string) bool {
	for _, h := range []string{"critic", "reporter", "journalist", "columnist"} {
		if strings.HasSuffix(t, h) {
			return true
		}
	}
	return false
}

// mediaBody reports a broadcaster or a paper: one the lexicon files as
// media, or a name ending in a paper's head word ("Evening Standard").
func mediaBody(e *resolve.Entity) bool {
	if broadcaster(e) {
		return true
	}
	if e.Type != graph.Organization {
		return false
	}
	switch e.Name[strings.LastIndexByte(e.Name, ' ')+1:] {
	case "Times", "Guardian", "Standard", "Telegraph", "Post", "Herald", "Journal", "Gazette", "Tribune",
		"Observer", "Independent", "Mail", "Express", "Mirror", "Magazine", "Review", "Chronicle", "News":
		return true
	}
	return false
}

// managerTitle are the heads' titles that, "for" a body, name a post in
// a part or a region of it.
var managerTitle = map[string]bool{"general manager": true, "managing director": true, "director": true, "head": true}

// broadcaster reports a body whose name or lexicon entry says it
// broadcasts: "BBC Radio 1", "Capital Radio", "ITV".
func broadcaster(e *resolve.Entity) bool {
	if e.Type != graph.Organization {
		return false
	}
	if o, ok := lexicon.OrgByName(e.Name); ok && o.Kind == lexicon.KindMedia {
		return true
	}
	if strings.Contains(e.Name, " and ") {
		return false // "Singer and TV": two nouns, no name
	}
	words := strings.Fields(e.Name)
	if _, ok := lexicon.CountryByName(words[0]); ok {
		return false // "US TV", "UK radio": a country's broadcasting, no broadcaster
	}
	if _, ok := lexicon.CountryByDemonym(words[0]); ok {
		return false
	}
	for _, w := range words {
		switch w {
		case "Radio", "TV", "Television", "BBC", "ITV", "Channel", "FM", "MTV", "Sky":
			return true
		}
	}
	return false
}

// governorsBoard are bodies run by a board of governors, whose governors
// are its members and officials, not its heads (a central bank's governor
// elsewhere heads it).
var governorsBoard = map[string]bool{"Federal Reserve": true, "Federal Reserve Board": true, "BBC": true}

// leadsCountry reports a title of a chain that heads a state or its
// government, not a body's head serving it.
func leadsCountry(chain []mention.Title) bool {
	for _, t := range chain {
		title := t.Title
		for _, p := range []string{"interim ", "acting ", "transitional ", "caretaker "} {
			title = strings.TrimPrefix(title, p)
		}
		if countryLeaderTitle[title] && !t.Deputy {
			return true
		}
	}
	return false
}

// westminsterChair reports a party chairman's title in a country whose
// parties are led by their leader, the chairman running the party's
// organisation ("Labour chairman", "Tory co-chairman" in Britain; a
// "DJP chairman" in South Korea leads his party).
func westminsterChair(title string, body *resolve.Entity) bool {
	// "Lib Dem president Simon Hughes", "Liberal Democrat chief
	// executive Lord Rennard": the party's president and its chief
	// executive run its organisation; its leader is another.
	t := canonicalTitle(title)
	if body.Type != graph.Organization || !strings.HasSuffix(t, "chairman") && !strings.HasSuffix(t, "president") && !strings.HasSuffix(t, "chief executive") {
		return false
	}
	o, ok := lexicon.OrgByName(body.Name)
	if !ok || o.Kind != lexicon.KindParty {
		return false
	}
	switch o.Country {
	case "United Kingdom", "Ireland", "Australia", "New Zealand", "Canada":
		return true
	}
	return false
}

// nationalityOnly are the offices of a company or a city: a country
// before them is the holder's nationality or the city's country.
// A correspondent is posted to a country or holds its nationality; the
// paper or broadcaster employs them.
var nationalityOnly = map[string]bool{
	"chairman": true, "co-chairman": true, "co-head": true, "chief executive": true, "managing director": true,
	"executive director": true, "founder": true, "owner": true, "general manager": true, "editor": true,
	"mayor": true, "rector": true, "warlord": true, "rebel leader": true, "party chairman": true,
	"correspondent": true, "critic": true, "presenter": true, "dj": true, "organiser": true, "anchor": true,
}

var countryLeaderTitle = map[string]bool{
	"president": true, "prime minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"emperor": true, "empress": true, "emir": true, "sultan": true, "grand duke": true, "prince regent": true,
	"supreme leader": true, "pope": true, "dalai lama": true, "general secretary": true, "first secretary": true,
	"chairman of the council of ministers": true, "taoiseach": true, "first minister": true, "chief minister": true,
	"interim president": true, "interim prime minister": true, "leader": true, "commander-in-chief": true,
	"chief executive of hong kong": true, "head of state": true, "head of government": true, "monarch": true,
	"dictator": true, "ruler": true, "military ruler": true,
}

// stateOffice reports an office of a state, not of a party: a minister,
// a chancellor or premier, a governor or mayor ("Labour Prime Minister",
// "CDU Finance Minister"); a party's own offices ("party leader",
// "general secretary", "shadow chancellor") are not.
func stateOffice(t string) bool {
	if strings.HasPrefix(t, "shadow ") || strings.HasPrefix(t, "party ") {
		return false
	}
	// The words as written: a party's "Treasurer" is no finance minister.
	c := t
	if strings.HasSuffix(c, "minister") || c == "chancellor" || c == "lord chancellor" || c == "premier" || c == "governor" || c == "mayor" ||
		strings.HasPrefix(c, "minister ") || strings.HasPrefix(c, "secretary of ") {
		return true
	}
	// "Conservative education secretary X", "Labour home secretary X": a
	// minister's portfolio before "secretary"; a party's general, first
	// or press secretary keeps the party's own office.
	if first, ok := strings.CutSuffix(c, " secretary"); ok && !partySecretary[first] {
		lt, ok := lexicon.TitleByPhrase(c)
		return ok && lt.Role == lexicon.Official
	}
	return false
}

// partySecretary are the words before "secretary" that make it an office
// of a party or of its leader's staff rather than a minister's.
var partySecretary = map[string]bool{
	"general": true, "first": true, "second": true, "press": true, "national": true,
	"deputy general": true, "organising": true, "organizing": true, "executive": true, "private": true,
}

// partyAdjectivePresident reports a president's title right after a
// party's adjective ("Socialist president Francois Mitterrand",
// "Republican President X"): the head of state the party's man became. A
// party's own president follows its name ("Sakigake President X", "ANC
// president X", "Socialist Party president X").
func (s *sentCtx) partyAdjectivePresident(chain []mention.Title, body *resolve.Entity, from int) bool {
	if t := chain[len(chain)-1].Title; t != "president" && t != "vice president" || chain[0].T0 != from+1 {
		return false
	}
	w := s.word(from)
	if !isCapitalised(w) || strings.ToUpper(w) == w || w == body.Name {
		return false
	}
	for _, suf := range []string{"ist", "ic", "an", "ive"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isCompany reports a business: a company of the lexicon or a name that
// ends in a company's legal form ("Acme Corp", "Globex Plc").
func isCompany(e *resolve.Entity) bool {
	if e.Type != graph.Organization {
		return false
	}
	if o, ok := lexicon.OrgByName(e.Name); ok {
		return o.Kind == lexicon.KindCompany
	}
	return companySuffix[lastWord(e.Name)] || strings.HasSuffix(e.Name, " Corporation")
}

// isParty reports whether an organisation is a political party.
func isParty(e *resolve.Entity) bool {
	if o, ok := lexicon.OrgByName(e.Name); ok {
		return o.Kind == lexicon.KindParty
	}
	return strings.HasSuffix(e.Name, " Party")
}

// appositive handles a title chain at i that follows "<Person>," with an
// optional article, possessive body, demonym or party label between.
func (s *sentCtx) appositive(i int, chain []mention.Title, next int, body *resolve.Entity, from int) bool {
	// Walk back over the article or body phrase to the comma, and over
	// modifiers: "a veteran National Party member".
	j := from - 1
	// "Ann Hale, the Ohio senator,", "Tom Reid, the Leeds North MP,":
	// the place where the office is held, which the title leaves out.
	if from == i {
		if e, a, b := s.entOf(j, graph.Place); e != nil && b == i {
			j = a - 1
		}
	}
	// "Bernie Ebbers, former chief executive of WorldCom,", "Ann Lee,
	// former Labour minister,": a word that dates the office, with no
	// article.
	j = s.beforeStatus(j)
	// "Karl Obst, management board chairman of Obst AG,": the board of
	// a two-tier company, named before the board's office.
	if from == i && strings.HasPrefix(chain[0].Title, "board ") && mention.IsBoardTier(s.word(j)) {
		j--
	}
	for m := 0; m < 2 && isLowerAdjective(s.word(j)) && isLetters(s.word(j)) && s.article(j-1) == 1; m++ {
		j--
	}
	if from == i && j == i-1 && s.word(j-1) == "," && fieldAdjectives[s.word(j)] {
		// "Andrew Bud, regulatory head of the MEF": a field with no
		// article; the head of a field is an official of the body.
		j--
		chain = officialChain(chain)
	}
	oneOf := false // "a director": one seat of several
	var person *resolve.Entity
	var pStart int
	if s.lower(j) == "and" && from == i && s.secondOffice(j) {
		// "Bill Bradford, executive vice president of Dresser <DI> and
		// president of the Petroleum Equipment Suppliers Association":
		// a second office of the person the appositive before is about.
		person, pStart = s.officePerson, s.officeStart
	} else {
		if s.lower(j) == "and" && from == i {
			j = s.occupationBefore(j)
		}
		if w := s.lower(j); w == "the" || w == "a" || w == "an" || w == "its" || w == "another" {
			oneOf = w == "a" || w == "an" || w == "another"
			j--
		}
		switch s.lower(j) {
		case "now", "currently", "later", "formerly", "once":
			j-- // "Ellen, now a Labour MEP,": the post at another time
		}
		if s.word(j) != "," {
			return false
		}
		j = s.skipPartyStateTag(j)
		person, pStart, _ = s.entOf(j-1, graph.Person)
		if person == nil {
			return false
		}
	}
	end := next
	// "director of anti-constitution group Vote No": the body after "of";
	// in "the German co-head of EADS" the demonym is the person's
	// nationality, and the body follows.
	headsGroup := false
	// "Hans Berg, a spokesman for the Dairy Board": an official speaks
	// for the body after "for".
	forBody := s.lower(next) == "for" && chain[len(chain)-1].Role == lexicon.Official
	if t := chain[len(chain)-1]; s.lower(next) == "for" && len(chain) == 1 && managerTitle[canonicalTitle(t.Title)] {
		// "Rory Armes, general manager for Electronic Arts in Europe":
		// a manager "for" a body runs a part or a region of it, an
		// office ("president and chief executive for the bank" leads).
		forBody, chain = true, officialChain(chain)
	}
	// "Miles Shipside, commercial director at Rightmove,": an office
	// held at a body is one of it; at a state, a post in it.
	atBody := s.lower(next) == "at" || s.lower(next) == "with" // "an official with the party"
	// "US chief economist at SG": the country before the title is the
	// field of the post held at the body.
	if _, demonym := s.demonymAt[from]; (body == nil || demonym || atBody && body.Type == graph.Country) && (s.lower(next) == "of" || forBody || atBody) {
		unit := false
		// "head of strategy for Latin American markets at Acme": a long
		// field before the body it is run in.
		for k, words := next+1, 0; k < s.s.T1 && (words < 4 || words < 6 && s.describesBusiness(next+1, k) || words < 9 && unit); k, words = k+1, words+1 {
			if e, _, b := s.entOf(k, graph.Country, graph.Organization); e != nil {
				if atBody && e.Type == graph.Country {
					break
				}
				if o, ob := s.placePossessedBody(b); e.Type == graph.Country && o != nil {
					// "chief executive of Britain's Vodafone".
					e, b = o, ob
				}
				if o, ob := s.describedBusinessAfter(b); e.Type == graph.Country && o != nil {
					// "chief executive of bankrupt US phone company
					// WorldCom": the country says where the business is.
					e, b = o, ob
				}
				// "speaker of Kenya's parliament": an office of the state.
				b = s.countryBodyNoun(e, b)
				body, end = e, b
				headsGroup = k > next+1 && s.isCampaignBody(k-1)
				// "director of the Fund's European Department": the
				// head of a part of the body holds office in it.
				if u := s.possessedUnit(b); u > b && e.Type == graph.Organization {
					end, unit = u, true
					chain = officialChain(chain)
				}
				// "head of organisation planning in Aramco": the head of
				// a part of the body holds office in it.
				if unit && e.Type == graph.Country {
					body, end = nil, next // "head of research in Japan": no office of Japan
					break
				}
				if unit && len(chain) == 1 && chain[0].Role == lexicon.Leader {
					t := chain[0]
					t.Role = lexicon.Official
					chain = []mention.Title{t}
				}
				break
			}
			// "head of the powerful Sao Paulo State Federation": a place
			// inside the body's name or before it is passed over.
			if e, _, b := s.entOf(k, graph.Place); e != nil {
				if o, ob := s.placePossessedBody(b); o != nil {
					// "head of Bucharest's Victor Babes hospital".
					body, end = o, ob
					break
				}
				if o, ob := s.placeBasedBody(b); o != nil {
					// "president of Palo Alto, Calif.-based Adobe".
					body, end = o, ob
					break
				}
				if o, _, _ := s.entOf(b, graph.Organization); o == nil {
					break // "leader of Devon county Labour group": a local unit
				}
				k = b - 1
				continue
			}
			if s.lower(k) == "board" && s.lower(k+1) == "of" && s.lower(k+2) == "directors" {
				k += 2 // "a member of the board of directors of Acme Corp"
				continue
			}
			if w := s.lower(k); w == "in" || w == "at" || w == "within" || w == "for" && k > next+1 {
				unit = true
			}
			if d, ok := s.demonymAt[k]; ok && unitNouns[s.lower(s.found.Demonyms[d].T1)] {
				// "head of the Swedish delegation".
				body, end = s.countryEntity(s.found.Demonyms[d].Country, d), s.found.Demonyms[d].T1
				break
			}
			if w := s.word(k); w == "," || w == "." {
				break
			}
		}
	}
	if body == nil && end == next && (s.lower(next) != "for" || forBody) {
		// "Sir Andrew Green, chairman of the organisation,"; an official
		// "for the agency" speaks for it.
		body, end = s.referenceOfBody(next)
	}
	// "John Maslen, head of the EC delegation": the head of a body's
	// unit holds office in the body.
	if body != nil && end > next && len(chain) == 1 && unitNouns[s.lower(end)] {
		t := chain[0]
		t.Title += " of the " + s.lower(end)
		if t.Role == lexicon.Leader {
			t.Role = lexicon.Official
		}
		chain = []mention.Title{t}
		end++
	} else if body != nil && end > next {
		// "Ann Lee, leader of the Labour group on the council,", "head
		// of the UN peacekeeping force in the area,": a unit after
		// modifiers, with or without its place.
		if u := s.bodyUnit(body, end); u > 0 {
			chain, end = officialChain(chain), u
		}
	}
	if body != nil && end > next {
		body, end = s.bodyTail(body, end)
		// "president of the Home Loan Bank of San Francisco", "spokeswoman
		// for the Umatilla National Forest near Pendleton": the place the
		// body is in or near.
		if w := s.lower(end); w == "of" || w == "near" {
			if _, _, b := s.entOf(end+1, graph.Place); b > 0 {
				end = b
			}
		}
	}
	// "Ann Lee, Zorbex's vice president of marketing,": the possessor
	// holds the office, and the lower-case words after "of" name the
	// field the holder runs in it, not the body itself.
	if body != nil && end == next && s.lower(next) == "of" && from < i {
		if k := s.fieldAfterOf(next); k > next && s.possessiveIn(from, i) {
			end = k
			if len(chain) == 1 && chain[0].Role == lexicon.Leader {
				t := chain[0]
				t.Role = lexicon.Official
				chain = []mention.Title{t}
			}
		}
	}
	end = s.skipComplement(end)
	// An appositive closes: "Grushko, Russia's deputy foreign minister,
	// said"; in "Rice, the prime minister said" the title starts a clause.
	switch s.word(end) {
	case ",", ".", ")", "--", "-", ";", ":", "":
	default:
		if w := s.lower(end); (w == "which" || w == "whose") && body != nil && end > next {
			// "Edward Brennan, chairman of Sears Roebuck and Co <S>
			// which reported a gain": a clause on the body named.
			break
		}
		// "Rainer Hertrich, the German co-head of EADS will step down":
		// an unclosed appositive before the person's verb, not a clause
		// of speech ("..., the prime minister has said").
		// "Colin Powell, US Secretary of State was visiting": the body
		// compounded before the title does as well.
		bodyNamed := end > next || from < i && s.word(i-1) != "'s" && s.word(i-1) != "'"
		// "Theodore Brophy, chairman of GTE said": the closing comma
		// left out before the verb of speech; a title with no article
		// cannot start the clause itself, as "the chairman of GTE said"
		// could.
		unclosed := speechWord(s.lower(end)) && body != nil && end > next && s.article(j+1) == 0 && s.lower(j+1) != "its"
		if s.lower(end) != "and" && !unclosed && !(auxiliaries[s.lower(end)] && body != nil && bodyNamed && !speechWord(s.lower(end+1))) {
			c := s.trailingModifierEnd(body, from, i, end)
			if c == 0 {
				return s.appositiveTitleOnly(person, chain, j, next)
			}
			if w := s.lower(end); w == "here" || w == "there" || w == "in" {
				// "Lloyds' general manager here": a local head of the body.
				chain = officialChain(chain)
			}
			end = c
		}
	}
	s.applyTitles(person, chain, body, pStart, end, "appositive-title")
	if body != nil {
		s.officePerson, s.officeStart, s.officeEnd = person, pStart, end
	}
	if oneOf && len(chain) == 1 && chain[0].Title == "director" && body != nil && isCompany(body) {
		// "Ann Lee, a director of Acme Corp,": one of a company's
		// directors has a seat on its board.
		s.relate(person, graph.MemberOf, body, s.evidence(pStart, end, "company-director", 0.8))
	}
	if headsGroup && len(chain) == 1 && chain[0].Title == "director" && body.Type == graph.Organization {
		// "X, director of civil rights group Liberty": a campaign
		// group's director runs it.
		s.relate(person, graph.LeaderOf, body, s.evidence(pStart, end, "director-of-group", 0.8))
	}
	return true
}

// fieldAdjectives are lower-case adjectives of a field before a title:
// "regulatory head", "commercial director", "technical adviser"; not
// "charismatic leader".
var fieldAdjectives = map[string]bool{
	"regulatory": true, "commercial": true, "technical": true, "financial": true, "legal": true,
	"editorial": true, "political": true, "economic": true, "medical": true, "scientific": true,
	"operational": true, "strategic": true, "corporate": true, "creative": true, "artistic": true,
	"industrial": true, "environmental": true, "educational": true, "clinical": true, "diplomatic": true,
	"military": true, "academic": true, "international": true, "regional": true, "global": true,
	"agricultural": true, "cultural": true, "electoral": true,
}

// secondOffice reports "and" at j right after the appositive title that
// gave the last office, or after an aside on its body: "X, chairman of A
// Co <A> and president of B", "X, vice chairman of A Co, a subsidiary of
// B Corp <B>, and chairman of C". No verb or person comes between.
func (s *sentCtx) secondOffice(j int) bool {
	if s.officePerson == nil || s.officeEnd > j || j-s.officeEnd > 12 {
		return false
	}
	if s.officeEnd < j && (s.word(j-1) != "," || s.word(s.officeEnd) != "," || s.officeEnd+1 < j-1 && s.article(s.officeEnd+1) == 0) {
		// Only a comma, or an aside that opens with an article ("a
		// subsidiary of B Corp"), comes between: not "X, chairman of
		// A, quit, and head of B, Y, left".
		return false
	}
	for k := s.officeEnd; k < j; k++ {
		if p, _, _ := s.entOf(k, graph.Person); p != nil || speechWord(s.lower(k)) || auxiliaries[s.lower(k)] {
			return false
		}
	}
	return true
}

// bodyTail returns the token after a body named at [.., end) in an
// appositive, past a bracketed acronym ("the Industries Federation
// (FIESP)") and a description in lower case that ends in a business noun
// ("the Sharp electronics group"). The acronym's body is the one named
// when the long name was not read as the same (a name cut short).
func (s *sentCtx) bodyTail(body *resolve.Entity, end int) (*resolve.Entity, int) {
	if s.word(end) == "<" {
		// A stock ticker: "Dow Chemical Co <DOW>".
		for k := end + 1; k < end+6 && k < s.s.T1; k++ {
			if s.word(k) == ">" {
				end = k + 1
				break
			}
		}
	}
	if s.word(end) == "(" && s.word(end+2) == ")" {
		if e, _, _ := s.entOf(end+1, graph.Organization); e != nil && body.Type == graph.Organization {
			body, end = e, end+3
		}
	}
	for k := end; k < end+3 && isLowerWord(s.word(k)) && isModifier(s.word(k)) && !isParty(body); k++ {
		if businessNouns[s.lower(k)] {
			return body, k + 1
		}
	}
	return body, end
}

// isCampaignBody reports a description of a campaign or voluntary body
// ending at k, right before its name, whose director is its head: "civil
// rights group", "anti-constitution group", "the charity"; not a business
// group ("engineering group Siemens").
func (s *sentCtx) isCampaignBody(k int) bool {
	switch s.lower(k) {
	case "charity", "watchdog", "think-tank", "campaign":
		return true
	case "group", "organisation", "organization":
		p := s.lower(k - 1)
		return campaignWords[p] || strings.HasPrefix(p, "anti-")
	}
	return false
}

var campaignWords = map[string]bool{
	"rights": true, "liberties": true, "pressure": true, "campaign": true, "campaigning": true,
	"lobby": true, "protest": true, "environmental": true, "aid": true, "human": true, "civil": true,
}

// possessiveSuperior: "Lavrov's deputy, Grushko" (deputy_of) and "Biden's
// secretary of state, Antony Blinken" (serves_under, with the title), or
// in the other order, "Edwin Dale, Miller's spokesman,".
func (s *sentCtx) possessiveSuperior() {
	for i := s.s.T0; i < s.s.T1; i++ {
		var boss *resolve.Entity
		var bStart int
		switch w := s.lower(i); {
		case w == "'s" || w == "'":
			if s.mediaStaff(i) {
				continue
			}
			boss, bStart, _ = s.entOf(i-1, graph.Person)
		case (w == "his" || w == "her") && s.word(i+1) != "" && s.lower(i+1) != "own":
			// "her defence minister, George Younger": the possessor is the
			// person the pronoun refers to.
			if !s.hasTitleAt(s.skipStatusWords(i + 1)) {
				continue
			}
			boss, bStart = s.antecedentOf(i, w, true), i
		default:
			// "Netanyahu aide Dore Gold": a known person's name right
			// before a staff title and a name.
			boss, bStart = s.compoundSuperior(i)
		}
		if boss == nil {
			continue
		}
		// "Reagan's former national security adviser", "his fired
		// deputy": words that date or qualify the post.
		chain, next := s.titleChain(s.skipStatusWords(i + 1))
		if len(chain) == 0 || chain[0].Role == lexicon.Other {
			continue // "his fellow MEPs": a rank or status, not a post
		}
		if t := chain[len(chain)-1]; t.Role == lexicon.Leader && !t.Deputy && !strings.Contains(t.Title, "minister") {
			continue // "Marsh's new chief executive": a company read as a person
		}
		// "his deputy at the National Security Council, X": the body the
		// post is in, between the title and the name.
		var unit *resolve.Entity
		k := next
		if w := s.lower(k); (w == "at" || w == "in") && s.lower(k+1) == "the" {
			if e, _, b := s.entOf(k+2, graph.Organization); e != nil && s.word(b) == "," {
				unit, k = e, b
			}
		}
		if s.word(k) == "," {
			k++
		} else if unit != nil || bStart < i && s.unconfirmedPerson(boss) {
			// "Children's Minister Jane Harlow", "Deloitte's chief
			// economist X": with no comma before the name, a one-word
			// possessor nothing confirms as a person is a body or a
			// portfolio ("Lavrov's deputy, Grushko" keeps its comma).
			continue
		}
		sub, _, sEnd := s.entOf(s.skipHonorific(k), graph.Person)
		if sub == nil && bStart < i && s.word(bStart-1) == "," && (s.word(next) == "," || s.word(next) == ".") {
			// "Edwin Dale, Miller's spokesman, said": the holder named
			// first, the possessor's post set off after the name.
			if p, pStart, pEnd := s.entOf(bStart-2, graph.Person); p != nil && pEnd == bStart-1 && p != boss {
				sub, bStart, sEnd = p, pStart, next
			}
		}
		if sub == nil {
			continue
		}
		if p, pEnd := s.rankedName(sEnd); p != nil {
			// "his deputy, Marine Lt. Col. Oliver North": a service read
			// as a name before the rank, the holder after it.
			sub, sEnd = p, pEnd
		}
		ev := s.evidence(bStart, sEnd, "possessive-superior", 0.85)
		if w := s.lower(s.skipStatusWords(i + 1)); w == "boss" || w == "superior" {
			// "North and his boss Adm. John Poindexter": the possessor
			// serves under the one named.
			s.relate(boss, graph.ServesUnder, sub, ev)
			continue
		}
		if unit != nil && chain[0].Role != lexicon.Other {
			s.relate(sub, graph.OfficialOf, unit, ev)
		}
		if len(chain) == 1 && chain[0].Deputy && chain[0].Title == "deputy" {
			s.relate(sub, graph.DeputyOf, boss, ev)
			continue
		}
		s.relate(sub, graph.ServesUnder, boss, ev)
		for _, t := range chain {
			s.attribute(sub, graph.Title, t.Title, ev)
		}
	}
}

// mediaStaff relates "the BBC's Jane Roe" at the possessive i: a person
// named right after a news outlet's possessive works for it, as its
// correspondent or reporter.
func (s *sentCtx) mediaStaff(i int) bool {
	org, oStart, _ := s.entOf(i-1, graph.Organization)
	if org == nil {
		return false
	}
	if o, ok := lexicon.OrgByName(org.Name); !ok || o.Kind != lexicon.KindMedia {
		return false
	}
	sub, a, b := s.entOf(i+1, graph.Person)
	if sub == nil || a != i+1 {
		return false
	}
	s.relate(sub, graph.OfficialOf, org, s.evidence(oStart, b, "media-staff", 0.8))
	return true
}

// postQualifiers qualify a post between its holder's superior and the
// title: "Reagan's former adviser", "his fired deputy", "her longtime
// spokesman".
var postQualifiers = map[string]bool{
	"longtime": true, "long-time": true, "fired": true, "sacked": true, "ousted": true,
	"disgraced": true, "trusted": true, "senior": true, "top": true,
}

// skipStatusWords returns the token after up to two words at k that date
// or qualify a post ("former", "then", "fired"), or k.
func (s *sentCtx) skipStatusWords(k int) int {
	for n := 0; n < 2 && !s.hasTitleAt(k); n++ {
		if w := s.word(k); !statusAdjective[w] && !postQualifiers[w] {
			break
		}
		k++
	}
	return k
}

// skipHonorific returns the token after an honorific at k that is not
// part of a name ("Sir", "Mr"), when a name follows; else k.
func (s *sentCtx) skipHonorific(k int) int {
	if _, ok := lexicon.Honorific(strings.TrimSuffix(s.word(k), ".")); ok && s.r.MentionAt(k) < 0 {
		j := k + 1
		if s.word(j) == "." {
			j++
		}
		if s.r.MentionAt(j) >= 0 {
			return j
		}
	}
	return k
}

// listBefore returns the coordinated entities that end just before token
// i ("Poland, the Czech Republic, and Germany (...)"), skipping a
// parenthetical or dash aside before i, and the first token of the list.
// Only entities of the given types are collected.
func (s *sentCtx) listBefore(i int, types ...graph.Type) ([]*resolve.Entity, int) {
	j := s.skipAsideBack(i-1, types)
	var out []*resolve.Entity
	start := i
	for j >= s.s.T0 {
		if s.lower(j) == "the" {
			j--
		}
		e, a, _ := s.entOf(j, types...)
		if e == nil {
			break
		}
		// "Nordwagen, based in Hamburg, Germany, and Vistula Motors": a
		// place in a prepositional aside is not an element.
		if pp := s.prepositionalAside(a); pp >= 0 {
			j = pp
			continue
		}
		if !containsEntity(out, e) {
			out = append([]*resolve.Entity{e}, out...)
		}
		start = a
		k := s.skipPremodifiersBack(a - 1)
		k = s.counterpartBack(k)
		if ledBy(s.lower(k)) {
			k-- // "the EC and Soviet-led Comecon"
		}
		if s.lower(k) == "the" {
			k--
		}
		switch s.lower(k) {
		case "and", "or", "plus":
			k--
			if s.word(k) == "," {
				k--
			}
		case ",":
			k--
		default:
			return out, start
		}
		if s.word(k) == ")" {
			// "The European Community (EC) and Comecon".
			k = s.skipAsideBack(k, types)
		}
		j = k
	}
	return out, start
}

// counterpartBack moves back from k over "his Slovenian counterpart(,)"
// before a name, the second of a coordinated pair ("Kohl and his French
// counterpart, Mitterrand, met"), to the token before the pronoun; k when
// none is there.
func (s *sentCtx) counterpartBack(k int) int {
	j := k
	if s.word(j) == "," {
		j--
	}
	if w := s.lower(j); w != "counterpart" && w != "counterparts" {
		return k
	}
	j = s.skipPremodifiersBack(j - 1)
	if _, a, _ := s.entOf(j, graph.Country, graph.Organization); a > 0 && s.lower(a-1) != "and" {
		j = a - 1 // "his LSE counterpart"
	}
	if w := s.lower(j); w != "his" && w != "her" && w != "their" {
		return k
	}
	if w := s.lower(j - 1); w != "and" {
		return k
	}
	return j - 1
}

// prepositionalAside checks whether the mention starting at a is the
// object of a location phrase set off by commas (", based in Hamburg,
// Germany,", ", of Bethesda, Maryland,") or of a description's
// preposition (", the chief counsel for Shell,", ", an analyst with
// Barclays,"). If so it returns the token before the comma that opens the
// aside; else -1.
func (s *sentCtx) prepositionalAside(a int) int {
	k := a - 1
	if s.word(k) == "," {
		// "in Hamburg, Germany": a place before the comma.
		if e, pa, _ := s.entOf(k-1, graph.Place); e != nil {
			k = pa - 1
		}
	}
	described := false
	switch s.lower(k) {
	case "in", "of", "from", "near", "at":
	case "for", "with":
		described = true
	default:
		return -1
	}
	// Back over the participle ("based", "headquartered") to the comma.
	for k--; k >= s.s.T0 && k > a-8; k-- {
		if s.word(k) == "," {
			if w := s.lower(k + 1); described && s.article(k+1) == 0 && w != "his" && w != "her" && w != "their" {
				return -1 // "Umbro, which lost deals with Celtic,"
			}
			return k - 1
		}
		if w := s.word(k); w == "" || !isLowerWord(w) {
			return -1
		}
	}
	return -1
}

func isLowerWord(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

// delegates are nouns for people acting for a body: "representatives of
// Ukraine" signs for Ukraine.
var delegates = map[string]bool{
	"representatives": true, "representative": true, "envoys": true, "envoy": true,
	"delegations": true, "delegation": true, "leaders": true, "government": true,
	"governments": true, "officials": true, "ministers": true, "diplomats": true,
}

// partiesListedAfter adds to parties the names of the wanted types listed
// from k ("with Globex and Initech") that it does not hold yet, and
// returns them with the end of the list, or with end when the list names
// none.
func (s *sentCtx) partiesListedAfter(parties []*resolve.Entity, k, end int, types ...graph.Type) ([]*resolve.Entity, int) {
	more, e := s.listAfter(k, types...)
	for _, m := range more {
		if !containsEntity(parties, m) {
			parties = append(parties, m)
		}
	}
	if len(more) > 0 {
		end = e
	}
	return parties, end
}

// partiesAfterPrep looks up to n words on from k, before a comma, a
// semicolon or a name, for prep ("with Petroleos de Venezuela", "from the
// Federal Labour Office") and adds the organisations and states it lists
// to parties. It returns them with the end of the list, or k.
func (s *sentCtx) partiesAfterPrep(parties []*resolve.Entity, k, n int, prep string) ([]*resolve.Entity, int) {
	for j := k; j < s.s.T1 && j < k+n; j++ {
		if s.lower(j) == prep {
			return s.partiesListedAfter(parties, j+1, k, graph.Organization, graph.Country)
		}
		if w := s.word(j); w == "," || w == ";" || s.r.MentionAt(j) >= 0 {
			break
		}
	}
	return parties, k
}

func containsEntity(es []*resolve.Entity, e *resolve.Entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// skipAsideBack moves left from j over one "(...)" or "--...--" aside that
// ends at j, and over a dash or comma that ends a list, when the aside
// names none of the wanted entities: "Finland and Sweden--neighbors to the
// north--have said". It returns j unchanged when there is nothing to skip.
func (s *sentCtx) skipAsideBack(j int, types []graph.Type) int {
	if j < s.s.T0 {
		return j
	}
	switch w := s.word(j); w {
	case ")":
		depth := 0
		for k := j; k >= s.s.T0; k-- {
			switch s.word(k) {
			case ")":
				depth++
			case "(":
				depth--
				if depth == 0 {
					return s.skipAsideBack(k-1, types)
				}
			}
		}
	case "--", "-", ",":
		// The opening dash of an aside, if the text between names no
		// wanted entity; else the dash just ends the list before it.
		if w != "," {
			for k := j - 1; k >= s.s.T0; k-- {
				if s.word(k) == w {
					if !s.hasEntityBetween(k+1, j, types) {
						return k - 1
					}
					break
				}
			}
		}
		return j - 1
	}
	return j
}

func (s *sentCtx) hasEntityBetween(i, j int, types []graph.Type) bool {
	for k := i; k < j; k++ {
		if e, _, _ := s.entOf(k, types...); e != nil {
			return true
		}
	}
	return false
}

// listAfter returns the coordinated entities starting at token i ("Russia
// and Ukraine", "France, Germany and Italy", "President Ronald Reagan"),
// with articles, demonyms, titles and honorifics before each skipped, and
// the token after them.
func (s *sentCtx) listAfter(i int, types ...graph.Type) ([]*resolve.Entity, int) {
	var out []*resolve.Entity
	end, firstEnd := i, i
	last := false
	for i < s.s.T1 {
		i = s.skipPremodifiers(i)
		e, _, b := s.entOf(i, types...)
		if e == nil {
			break
		}
		if (e.Type == graph.Country || e.Type == graph.Organization) && (s.word(b) == "'s" || s.word(b) == "'") {
			// "with India's HCL Technologies", "by the EC's Executive
			// Commission", "with Russia's foreign minister Lavrov": the
			// one possessed, not the possessor.
			if o, _, ob := s.entOf(s.skipPremodifiers(b+1), types...); o != nil && o != e {
				e, b = o, ob
			}
		}
		if len(out) > 0 && !last && (s.word(b) == "'s" || s.word(b) == "'") {
			if _, next := s.titleChain(b + 1); next > b+1 && s.word(next) == "," {
				// "Ruhi Dogusoy, Turkcell's chief operating officer, and
				// ...": an appositive of the element before, no element.
				i = next + 1
				if w := s.lower(i); w == "and" || w == "or" {
					i++
					last = true
				}
				continue
			}
		}
		out = append(out, e)
		end = b
		if len(out) == 1 {
			firstEnd = b
		}
		if last {
			break // "X, Y and Z, Clark said": the list ended with Z
		}
		k := b
		if s.word(k) == "(" {
			// "Robert Dole (R-Kan.) and Charles Grassley": a party and
			// state tag after a name.
			if _, a, pb := s.entOf(k+1, graph.Organization); a == k+1 && s.word(pb) == ")" && s.mentionKind(a) == mention.PartyLabel {
				k = pb + 1
			}
		}
		comma := s.word(k) == ","
		if comma {
			k++
		}
		if w := s.lower(k); w == "and" || w == "or" || w == "plus" {
			k++
			last = true
		} else if !comma {
			break
		}
		i = k
	}
	if len(out) > 1 && !last {
		// "a meeting with President Corazon Aquino, Shultz said": names
		// joined by commas alone are no list; a list ends with "and".
		return out[:1], firstEnd
	}
	return out, end
}

// skipPremodifiersBack moves left from k over a title chain and a demonym
// that end at k ("French President" before "Jacques Chirac").
func (s *sentCtx) skipPremodifiersBack(k int) int {
	for k >= s.s.T0 {
		moved := false
		for _, t := range s.found.Titles {
			if t.T1 == k+1 && t.T0 <= k {
				k, moved = t.T0-1, true
				break
			}
		}
		for _, d := range s.found.Demonyms {
			if d.T1 == k+1 && d.T0 <= k {
				k, moved = d.T0-1, true
				break
			}
		}
		if !moved {
			return k
		}
	}
	return k
}

// skipPremodifiers moves over an article, a demonym and a title chain
// before a name: "the", "Russian Foreign Minister", and over "(the)
// representatives of", "leaders of", "the government of".
func (s *sentCtx) skipPremodifiers(i int) int {
	if s.article(i) == 1 || possessivePronouns[s.lower(i)] {
		i++
	}
	if ledBy(s.lower(i)) {
		i++ // "Soviet-led Comecon", "Moscow-backed rebels"
	}
	if k := s.skipHonorific(i); k != i {
		return k // "Mr Blair" where the mention is "Blair"
	}
	if delegates[s.lower(i+1)] && isLowerWord(s.word(i)) && (s.lower(i+2) == "of" || s.lower(i+2) == "from") {
		i++ // "the prime ministers of", "foreign ministers from"
	}
	if delegates[s.lower(i)] && (s.lower(i+1) == "of" || s.lower(i+1) == "from") {
		i += 2
		if s.article(i) == 1 {
			i++
		}
	}
	for _, dm := range s.found.Demonyms {
		if dm.T0 == i {
			i = dm.T1
			break
		}
	}
	// "UK bank Barclays", "US oil firm Exxon": a country naming where a
	// described business is from, not an element of its own.
	if _, _, b := s.entOf(i, graph.Country); b > 0 && b < i+4 {
		for k := b; k < b+3 && isLowerWord(s.word(k)) && isModifier(s.word(k)); k++ {
			if businessNouns[s.lower(k)] {
				if e, _, _ := s.entOf(k+1, graph.Organization); e != nil {
					return k + 1
				}
				break
			}
		}
	}
	// "oil firm Rosneft", "French companies Rhone-Poulenc and Pechiney",
	// "gas giant Gazprom": a description of a business before its name.
	for k := i; k < i+3 && isLowerWord(s.word(k)) && isModifier(s.word(k)); k++ {
		if businessNouns[s.lower(k)] {
			if e, _, _ := s.entOf(k+1, graph.Organization); e != nil {
				return k + 1
			}
			break
		}
	}
	if roleNouns[s.lower(i)] && s.word(i+1) == "," {
		return i + 2 // "his Israeli counterpart, Ariel Sharon"
	}
	if roleNouns[s.lower(i)] {
		if e, _, _ := s.ent(i + 1); e != nil {
			return i + 1 // "with Japanese rival Nissan Motor"
		}
	}
	// "LSE's chief executive Clara Furse", "Gazprom chairman Aleksey
	// Miller": a body's title before the name; "Texas Gov. George Bush",
	// "Hong Kong Governor Chris Patten": a place's, when a title and a
	// person follow.
	if e, _, b := s.entOf(i, graph.Country, graph.Organization, graph.Place); b > 0 {
		k := b
		if s.word(k) == "'s" || s.word(k) == "'" {
			k++
		}
		if _, next := s.titleChain(k); next > k {
			if e, _, _ := s.entOf(next, graph.Person); e != nil {
				return next
			}
		}
		// "his LSE counterpart Clara Furse", "Acme's rival, Globex": the
		// one of the body's role, not the body.
		if e.Type != graph.Place && roleNouns[s.lower(k)] {
			j := k + 1
			if s.word(j) == "," {
				j++
			}
			if e, _, _ := s.ent(j); e != nil {
				return j
			}
		}
	}
	if _, next := s.titleChain(i); next > i {
		i = next
		// "ambassador to Moscow Salah Bassiouni": a complement between.
		if c := s.nameComplement(i); c > i {
			if e, _, _ := s.entOf(c, graph.Person); e != nil {
				return c
			}
		}
		// "his Israeli counterpart, Ariel Sharon": a comma before the name.
		if s.word(i) == "," {
			if e, _, _ := s.ent(i + 1); e != nil {
				i++
			}
		}
	}
	return i
}

// businessNouns describe a business before its name: "oil firm Rosneft".
// privateSector are the words after a country's or a body's name that
// make the phrase about business people of that place, not the state or
// the body: "EC business leaders", "U.S. industry officials".
var privateSector = map[string]bool{
	"business": true, "businessmen": true, "industry": true, "industrial": true, "corporate": true,
}

var businessNouns = map[string]bool{
	"firm": true, "firms": true, "company": true, "companies": true, "giant": true, "giants": true,
	"group": true, "groups": true, "maker": true, "makers": true, "carmaker": true, "carmakers": true,
	"bank": true, "banks": true, "lender": true, "insurer": true, "producer": true, "producers": true,
	"operator": true, "carrier": true, "airline": true, "retailer": true, "conglomerate": true,
	"manufacturer": true, "manufacturers": true, "supplier": true, "broadcaster": true, "newspaper": true,
}

// ledBy reports a compound modifier of who leads or backs a body:
// "Soviet-led", "Moscow-backed", "state-owned".
func ledBy(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, suf := range [...]string{"-led", "-backed", "-owned", "-controlled", "-run", "-based"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleNouns describe a person by relation to another in an appositive.
var roleNouns = map[string]bool{
	"counterpart": true, "colleague": true, "ally": true, "rival": true, "successor": true,
	"predecessor": true, "opponent": true, "host": true, "guest": true,
	"businessman": true, "businesswoman": true, "entrepreneur": true, "financier": true, "tycoon": true,
	"magnate": true, "investor": true,
}

var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true}

// subjectBefore finds the subject of a verb at token i: the nearest entity
// of the given types to the left in the same clause, extended to its
// coordinated list. Asides that name no candidate are skipped; "he", "she"
// and "they" resolve to the nearest compatible antecedent.
func (s *sentCtx) subjectBefore(i int, types ...graph.Type) ([]*resolve.Entity, int) {
	if o := s.closedAsideOpener(i); o > 0 {
		// "Lee, who has asked whether Ann Roe should resign, met X":
		// a name inside the aside is not the subject; its antecedent is.
		return s.asideAntecedent(o, i, types)
	}
	k := i - 1
	for steps := 0; k >= s.s.T0 && steps < 14; steps++ {
		if nk := s.skipAsideBack(k, types); nk != k && s.word(k) != "," {
			k = nk
			continue
		}
		w := s.lower(k)
		switch w {
		case "which", "who":
			// "Euronext, which runs the Paris bourse, began talks with
			// the LSE", "Gorbachev, who had talks with her": the
			// antecedent of a non-restrictive relative pronoun that is
			// its clause's subject.
			return s.relativeAntecedent(k, i, types)
		case ".", ";", "but", "whose", "if", "because", "although", "while":
			return nil, i
		case "before", "after", "when", "until", "unless", "whereas":
			// A clause of its own whose subject is a common noun:
			// "Bournemouth hosted it before the party signed a deal".
			if clauseDeterminer[s.lower(k+1)] {
				return nil, i
			}
		case "he", "she":
			if hasType(types, graph.Person) {
				if p := s.antecedent(k, w); p != nil {
					return []*resolve.Entity{p}, k
				}
			}
			return nil, i
		case "they":
			subs, from := s.listBefore(s.skipToListEnd(k, types), types...)
			if len(subs) == 0 && s.opensSentence(k) {
				// "Poland and Slovenia are hoping to join. They are
				// both part of CEFTA": the list that opened the
				// sentence before.
				if prev := s.prevSubjectList(types); len(prev) > 1 {
					return prev, k
				}
			}
			return subs, from
		case "it":
			// "Last month, it signed a production agreement": the
			// company or country the sentence before is about.
			if e := s.itAntecedent(k, types); e != nil {
				return []*resolve.Entity{e}, k
			}
		}
		if peopleNoun[w] && hasType(types, graph.Country) {
			// "U.S. and Indian negotiators reached a tentative agreement".
			if cs, from := s.demonymGroup(k, i); len(cs) > 0 {
				return cs, from
			}
		}
		if s.pairStart(k) >= 0 {
			if pair, from := s.pairReference(k, types); pair != nil {
				return pair, from
			}
		}
		if e, a, b := s.entOf(k, types...); e != nil {
			if s.word(b) == "'s" || s.word(b) == "'" {
				k-- // a possessor, not the subject
				continue
			}
			if open, ok := s.describingName(a, b, i); ok {
				// "Jones, a former Globex banker, joined the Treasury":
				// the name only qualifies the appositive's noun; the
				// subject is what the appositive describes.
				if d, _, db := s.entOf(open-1, types...); d != nil && db == open {
					k = open - 1
					continue
				}
				return nil, i
			}
			if person, ok := s.nounModifierName(a, b); ok {
				// "Talbott, the second-ranking State Department official,
				// was to meet", "in a Red Cross plane": the name
				// qualifies the noun after it, which is no actor. An
				// unnamed person ("a U.N. official will meet") is the
				// subject unless an aside closes after the noun.
				if person && s.word(b+1) != "," {
					return nil, i
				}
				k = a - 1
				continue
			}
			if e.Type == graph.Country && businessNouns[s.lower(b)] {
				return nil, i // "a US firm is in talks with LVMH": the firm
			}
			if privateSector[s.lower(b)] && (e.Type == graph.Country || e.Type == graph.Organization) {
				return nil, i // "U.S. and EC business leaders met": business people
			}
			list, from := s.listBefore(b, types...)
			if s.objectOfRelative(from) {
				// "councillors who back Mr Flight met Mr Tanguay": the
				// object of a relative clause's verb is no subject.
				return nil, i
			}
			if objectPreposition[s.lower(from-1)] && (strings.HasSuffix(s.lower(i), "ed") || s.gerundAfterConjunction(i)) {
				// "Umbro, which lost deals with Chelsea and Celtic, said
				// it had signed": the object of a preposition is no
				// subject.
				k = from - 1
				continue
			}
			if r := s.reporterOfIt(from, types); r != nil && !containsEntity(list, r) {
				list = append([]*resolve.Entity{r}, list...) // "Acme said it and Globex have signed"
			}
			return list, from
		}
		// "The Saudi leader will hold talks": a described office holder.
		if hasType(types, graph.Person) {
			if p, from := s.describedHolder(k); p != nil {
				return []*resolve.Entity{p}, from
			}
		}
		k--
	}
	return nil, i
}

// describingName reports a name at [a,b) that qualifies the noun of an
// appositive description closed by a comma before the verb at i:
// "Jones, a former Globex banker, joined", "Ann Lee, the Acme chief
// executive, met". It returns the comma that opens the appositive.
func (s *sentCtx) describingName(a, b, i int) (int, bool) {
	j := b
	for j < i && j-b < 3 && isLowerWord(s.word(j)) && !closedClass[s.word(j)] {
		j++ // the noun the name qualifies: "banker", "chief executive"
	}
	if j == b || j >= i || s.word(j) != "," {
		return 0, false
	}
	k := a - 1
	for n := 0; n < 3 && k > s.s.T0 && isLowerWord(s.word(k)) && !closedClass[s.word(k)]; n++ {
		k-- // "a former", "an influential"
	}
	if s.article(k) != 1 || s.word(k-1) != "," {
		return 0, false
	}
	return k - 1, true
}

// relativeAntecedent returns the names before ", which" or ", who" at k
// as the subject of a verb at i, when the relative pronoun is its clause's
// subject ("which runs", "who had", "which has also") and the names are
// no object of a preposition ("the chairman of Acme, who").
func (s *sentCtx) relativeAntecedent(k, i int, types []graph.Type) ([]*resolve.Entity, int) {
	if s.word(k-1) != "," || !isLowerWord(s.word(k+1)) || closedClass[s.word(k+1)] && !auxiliary[s.lower(k+1)] {
		return nil, i
	}
	return s.commaAntecedent(k, i, types)
}

// commaAntecedent returns the names that end at the comma before the
// word at k ("Acme Corp, which", "Lee, having"), unless they are the
// object of a preposition or part of a larger phrase.
func (s *sentCtx) commaAntecedent(k, i int, types []graph.Type) ([]*resolve.Entity, int) {
	if e, _, b := s.entOf(k-2, types...); e == nil || b != k-1 {
		return nil, i
	}
	list, from := s.listBefore(k-1, types...)
	if w := s.lower(from - 1 - s.article(from-1)); len(list) == 0 || objectPreposition[w] || relativeBlocker[w] {
		return nil, i
	}
	return list, from
}

// closedAsideOpener finds the relative pronoun, participle or article
// that opens a non-restrictive aside closed by the comma just before the
// verb at i (an auxiliary or adverb may stand between): "Lee, who has
// asked whether Ann Roe should resign, met", "Acme, whose chairman Bo Li
// quit, signed", "Lee, having met Roe, flew", "Lee, an ally of Roe,
// met". The aside holds no comma
// but a list's or a place's, and no sentence punctuation. It returns 0
// when there is none.
func (s *sentCtx) closedAsideOpener(i int) int {
	c := i - 1
	for n := 0; n < 3 && c > s.s.T0 && (auxiliary[s.lower(c)] || asideAdverb(s.word(c))); n++ {
		c-- // "Lee, who ..., has since met", "..., now leads"
	}
	if s.word(c) != "," {
		return 0
	}
	for k := c - 1; k > s.s.T0+1 && c-k <= 40; k-- {
		switch w := s.lower(k); w {
		case ",":
			// A list or a place's region inside the aside: "which
			// sells cars in Peru, Chile and Bolivia,", "based in
			// Lyon, France,".
			if _, _, b := s.ent(k + 1); b > 0 && (b == c || s.word(b) == "," || s.lower(b) == "and" || s.lower(b) == "or") {
				continue
			}
			return 0
		case "who", "which", "whose", "having", "a", "an", "the":
			// An appositive too: "Lee, a close ally of Premier Ann
			// Roe, met".
			if s.word(k-1) == "," {
				if k+1 == c {
					return 0
				}
				return k
			}
		default:
			if asideStop[w] || strings.ContainsAny(w, "\"“”") {
				return 0
			}
		}
	}
	return 0
}

// asideAdverb reports an adverb of time or manner that may stand between
// a comma closing an aside and the verb: "now", "later", "formally".
func asideAdverb(w string) bool {
	switch w {
	case "now", "later", "then", "since", "today", "yesterday", "subsequently", "eventually", "recently", "never", "still":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && isLowerWord(w)
}

var asideStop = map[string]bool{".": true, ";": true, ":": true, "(": true, ")": true, "--": true, "-": true, "''": true, "``": true}

// asideAntecedent returns the subject of a verb at i after the aside
// opened at o: the names before the aside's comma, or the office holder
// a description there refers to ("the Saudi leader, who ..., met").
func (s *sentCtx) asideAntecedent(o, i int, types []graph.Type) ([]*resolve.Entity, int) {
	if allDigits(s.word(o-2)) && s.word(o-3) == "," {
		o -= 2 // "Lee, 52, a former aide to Roe,"
	}
	if e, _, b := s.entOf(o-2, types...); e != nil && b == o-1 {
		return s.commaAntecedent(o, i, types)
	}
	if hasType(types, graph.Person) {
		if p, from := s.describedHolder(o - 2); p != nil {
			return []*resolve.Entity{p}, from
		}
	}
	return nil, i
}

// relativeBlocker, besides objectPreposition, before a name make it the
// object of a preposition or part of a phrase, not the antecedent a
// relative clause is about.
var relativeBlocker = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "by": true, "under": true, "including": true,
	"like": true, "and": true, "or": true,
}

// objectOfRelative reports a name at from that is the object of the verb
// of a relative clause: "who back Mr Flight", "which owns Acme".
func (s *sentCtx) objectOfRelative(from int) bool {
	k := from - 1
	if w := strings.TrimSuffix(s.word(k), "."); honorific[w] {
		k--
	}
	switch s.lower(k - 1) {
	case "who", "which", "that":
		w := s.word(k)
		return isLowerWord(w) && !closedClass[w]
	}
	return false
}

var honorific = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Sir": true, "Lord": true}

// nounModifierName reports a name at [a, b) that modifies the common
// noun after it: after an indefinite article or a possessive determiner
// ("a Red Cross plane", "its U.S. counterpart"), or before a singular
// noun of a person ("the State Department official", "a NATO spokesman").
// The first result reports a noun of a person.
func (s *sentCtx) nounModifierName(a, b int) (person, ok bool) {
	if !isLowerWord(s.word(b)) {
		return false, false
	}
	if singularPersonNoun[s.lower(b)] || s.hasTitleAt(b) && !strings.HasSuffix(s.lower(b), "s") {
		return true, true
	}
	switch s.lower(a - 1) {
	case "a", "an", "its", "his", "her", "their", "our":
		// "its Fokker unit", "a Lonrho subsidiary": a noun of a body
		// names the body itself.
		w := s.lower(b)
		return false, !auxiliaries[w] && !strings.HasSuffix(w, "ed") && !otherBodyNoun[w] && !subsidiaryNouns[w]
	}
	return false, false
}

// singularPersonNoun are nouns of one person that a name before them
// qualifies ("a U.N. official", "the party's Moscow correspondent").
var singularPersonNoun = map[string]bool{
	"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true,
	"source": true, "diplomat": true, "negotiator": true, "envoy": true, "delegate": true,
	"representative": true, "correspondent": true, "adviser": true, "advisor": true, "analyst": true,
	"executive": true, "lawyer": true, "counterpart": true,
}

// gerundAfterConjunction reports "after meeting", "before signing",
// "while visiting" at i: the gerund's subject is the main clause's.
func (s *sentCtx) gerundAfterConjunction(i int) bool {
	if !strings.HasSuffix(s.lower(i), "ing") {
		return false
	}
	switch s.lower(i - 1) {
	case "after", "before", "while", "since", "when", "by":
		return true
	}
	return false
}

// objectPreposition are the prepositions whose object is not the subject
// of a finite verb after it ("for violating" is another matter: "against
// Japan for violating an accord" says Japan violated it).
var objectPreposition = map[string]bool{
	"with": true, "for": true, "to": true, "from": true, "against": true, "into": true,
	"among": true, "between": true, "over": true, "toward": true, "towards": true, "than": true,
}

// clauseDeterminer start a noun phrase that is the subject of a clause
// after a conjunction ("before the party signed").
var clauseDeterminer = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"this": true, "that": true, "these": true, "those": true,
}

// reporterOfIt: in "Acme said it and Globex have signed", the list that
// starts at i is preceded by "it and"; "it" is the company or country that
// said so, the subject of "said" right before.
func (s *sentCtx) reporterOfIt(i int, types []graph.Type) *resolve.Entity {
	if s.lower(i-1) != "and" || s.lower(i-2) != "it" {
		return nil
	}
	k := i - 3
	if s.lower(k) == "that" {
		k--
	}
	switch s.lower(k) {
	case "said", "says", "announced", "added", "stated":
	default:
		return nil
	}
	k-- // a ticker after the name is the name's: "Renault <RENA.PA> said"
	if e, _, b := s.entOf(k, types...); e != nil && b == k+1 && e.Type != graph.Person {
		return e
	}
	return nil
}

// pairTypes are the nouns of "the two countries", "both sides", with the
// types of entities they can refer to.
var pairTypes = map[string][]graph.Type{
	"countries": {graph.Country}, "nations": {graph.Country}, "governments": {graph.Country},
	"firms": {graph.Organization}, "companies": {graph.Organization}, "groups": {graph.Organization},
	"sides": {graph.Country, graph.Organization}, "leaders": {graph.Person}, "men": {graph.Person},
	"ministers": {graph.Person},
	// "The two rivals also signed", "both partners", "the two neighbours".
	"rivals": {graph.Country, graph.Organization}, "partners": {graph.Country, graph.Organization},
	"parties": {graph.Country, graph.Organization}, "neighbours": {graph.Country}, "neighbors": {graph.Country},
	"states": {graph.Country}, "banks": {graph.Organization}, "airlines": {graph.Organization},
	"carriers": {graph.Organization},
	// "the two former allies", "the two presidents", "the pair".
	"allies": {graph.Country, graph.Person}, "presidents": {graph.Person}, "premiers": {graph.Person},
	"women": {graph.Person}, "pair": {graph.Person},
}

// pairModifiers may stand between "the two" and its noun: "the two former
// allies", "the two prime ministers", "both foreign ministers".
var pairModifiers = map[string]bool{
	"former": true, "prime": true, "foreign": true, "finance": true, "trade": true, "defence": true,
	"defense": true, "rival": true, "veteran": true,
}

// pairStart returns where a reference to two entities ending at its noun
// k begins ("the two men", "both sides", "the two former allies", "the
// pair"), or -1.
func (s *sentCtx) pairStart(k int) int {
	w := s.lower(k)
	if pairTypes[w] == nil {
		return -1
	}
	if w == "pair" {
		if s.lower(k-1) == "the" {
			return k - 1
		}
		return -1
	}
	j := k - 1
	if pairModifiers[s.lower(j)] {
		j--
	}
	switch {
	case s.lower(j) == "both":
		return j
	case s.lower(j) == "two" && s.lower(j-1) == "the":
		return j - 1
	}
	return -1
}

// pairAfter returns the noun of a pair reference that begins at token i
// ("between the two men"), or -1.
func (s *sentCtx) pairAfter(i int) int {
	for n := i + 1; n <= i+3 && n < s.s.T1; n++ {
		if s.pairStart(n) == i {
			return n
		}
	}
	return -1
}

// pairReference resolves "the two firms", "both sides" ending at token k
// to the two entities of its kind that this sentence before it and the
// one before name (four before for people), when they name exactly two;
// nil otherwise. People are first sought in this sentence and the one
// before: two named there are the pair even if a third came earlier.
func (s *sentCtx) pairReference(k int, types []graph.Type) ([]*resolve.Entity, int) {
	from := s.pairStart(k)
	if from < 0 {
		return nil, 0
	}
	var want []graph.Type
	for _, t := range pairTypes[s.lower(k)] {
		if hasType(types, t) {
			want = append(want, t)
		}
	}
	if len(want) == 0 {
		return nil, 0
	}
	pair, ok := s.pairCandidates(from, want, 1)
	if !ok {
		if len(want) == 1 && want[0] == graph.Person {
			// "Judge Wolf ordered that Astrue and Chabora be deposed
			// about a meeting the two men attended": the two just
			// named together are the pair, whoever came before them.
			if pair := s.coordinatedPair(from); pair != nil {
				return pair, from
			}
		}
		return nil, 0
	}
	if len(pair) < 2 && len(want) == 1 && want[0] == graph.Person {
		// "The two ministers" may look further back: news names the
		// two a paragraph apart, and few others in between.
		pair, _ = s.pairCandidates(from, want, 4)
	}
	if len(pair) != 2 {
		return nil, 0
	}
	return pair, from
}

// coordinatedPair returns the last two people named in this sentence
// before token from when "and" joins them ("X and Y", "X, a lawyer, and
// Y") and no one else is named after them; nil otherwise.
func (s *sentCtx) coordinatedPair(from int) []*resolve.Entity {
	var pair []*resolve.Entity
	var starts []int
	for j := from - 1; j >= s.s.T0 && len(pair) < 2; j-- {
		mi := s.r.MentionAt(j)
		if mi < 0 {
			continue
		}
		m := s.r.Mentions[mi]
		e := s.r.Entities[s.r.Of[mi]]
		if e.Type != graph.Person {
			j = m.T0
			continue
		}
		if containsEntity(pair, e) {
			return nil
		}
		pair, starts = append(pair, e), append(starts, m.T0)
		j = m.T0
	}
	if len(pair) < 2 {
		return nil
	}
	// "and" must join the two: it stands between them, within a short
	// appositive's reach.
	for j := starts[0] - 1; j > starts[1] && j >= starts[0]-12; j-- {
		if s.lower(j) == "and" {
			return []*resolve.Entity{pair[1], pair[0]}
		}
	}
	return nil
}

// pairCandidates collects the entities of the wanted types named before
// token from in this sentence and the back sentences before it; false
// when they are more than two.
func (s *sentCtx) pairCandidates(from int, want []graph.Type, back int) ([]*resolve.Entity, bool) {
	var pair []*resolve.Entity
	lo := s.a.Sentences[max(0, s.si-back)].T0
	for j := lo; j < from; j++ {
		var e *resolve.Entity
		if d, ok := s.demonymAt[j]; ok && hasType(want, graph.Country) {
			// "Finnish trade ... its neighbour, the Soviet Union. The
			// two countries": a demonym names a country too.
			dm := s.found.Demonyms[d]
			e, j = s.countryEntity(dm.Country, d), dm.T1-1
		} else if mi := s.r.MentionAt(j); mi >= 0 {
			e, j = s.r.Entities[s.r.Of[mi]], s.r.Mentions[mi].T1-1
		} else {
			continue
		}
		if !hasType(want, e.Type) || containsEntity(pair, e) {
			continue
		}
		if a := s.r.MentionAt(j); a >= 0 && s.heldIn(s.r.Mentions[a].T0) {
			continue // "a 19.5 pct stake in Viacom": what is held, not a side
		}
		if len(pair) == 2 {
			return nil, false // three or more: ambiguous
		}
		pair = append(pair, e)
	}
	return pair, true
}

// heldIn reports a name at a after a noun and "in" or "into" ("a stake in
// Acme", "its investment in Globex"): the object of a holding. The name
// may be in an earlier sentence than the one read.
func (d *docCtx) heldIn(a int) bool {
	at := func(i int) string {
		if i < 0 || i >= len(d.a.Lower) {
			return ""
		}
		return d.a.Lower[i]
	}
	if at(a-1) == "the" {
		a--
	}
	if p := at(a - 1); p != "in" && p != "into" || a < 2 {
		return false
	}
	w := at(a - 2)
	return isLowerWord(d.a.Words[a-2]) && !closedClass[w] && !strings.HasSuffix(w, "ed")
}

// describedHolder resolves a title description ending at token k ("the
// Saudi leader", "the British prime minister") to the person the text
// already gave that office, and returns where the description starts.
func (s *sentCtx) describedHolder(k int) (*resolve.Entity, int) {
	for _, t := range s.found.Titles {
		if t.T1 != k+1 {
			continue
		}
		body, from := s.affiliationBefore(t.T0)
		if body == nil || s.article(from-1) != 1 || s.lower(from-1) != "the" {
			return nil, 0
		}
		want := canonicalTitle(t.Title)
		rel := roleRelation(t.Role, body)
		var person *resolve.Entity
		for _, f := range s.facts {
			if f.Evidence.Start > s.s.Start {
				continue
			}
			// The same office, or the same role for the same body.
			if f.Predicate == graph.Title && canonicalTitle(f.Value) == want && s.holds(f.Subject, body) ||
				f.Predicate == rel && f.Object == body && (t.Role == lexicon.Leader) {
				if person != nil && person != f.Subject {
					return nil, 0 // two candidates: leave it
				}
				person = f.Subject
			}
		}
		return person, from - 1
	}
	return nil, 0
}

// holds reports whether the facts so far link person to body.
func (s *sentCtx) holds(person, body *resolve.Entity) bool {
	for _, f := range s.facts {
		if f.Subject == person && f.Object == body && (f.Predicate == graph.LeaderOf || f.Predicate == graph.OfficialOf || f.Predicate == graph.MemberOf) {
			return true
		}
	}
	return false
}

// skipToListEnd finds, left of a plural pronoun at k, the token after the
// nearest coordinated list of entities of the types in this sentence.
func (s *sentCtx) skipToListEnd(k int, types []graph.Type) int {
	for j := k - 1; j >= s.s.T0; j-- {
		if nj := s.skipAsideBack(j, types); nj != j && s.word(j) != "," {
			j = nj + 1
			continue
		}
		if _, a, b := s.entOf(j, types...); b > 0 {
			if list, _ := s.listBefore(b, types...); len(list) >= 2 {
				return b
			}
			j = a
		}
	}
	return s.s.T0
}

func hasType(ts []graph.Type, t graph.Type) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// antecedent resolves "he"/"she" at token i to the nearest person
// mentioned before it in this or the two previous sentences, when the
// gender does not contradict and no other person of the same gender is
// between.
func (s *sentCtx) antecedent(i int, pronoun string) *resolve.Entity {
	return s.antecedentOf(i, pronoun, false)
}

// antecedentOf finds the person a pronoun at i refers to; strict requires
// the person's gender to be known and to match ("her defence minister"
// must not go to a "President Reagan" of unknown gender).
func (s *sentCtx) antecedentOf(i int, pronoun string, strict bool) *resolve.Entity {
	want := byte('m')
	if pronoun == "she" || pronoun == "her" {
		want = 'f'
	}
	if e := s.chainAntecedent(i, pronoun); e != nil {
		return e
	}
	lo := s.a.Sentences[max(0, s.si-2)].T0
	var speaker *resolve.Entity
	looked := false
	for k := i - 1; k >= lo; k-- {
		e, a, _ := s.entOf2(k, graph.Person)
		if e == nil {
			continue
		}
		if !looked {
			if looked = true; s.quoted() {
				speaker = s.quoteSpeaker(i)
			}
		}
		if e == speaker {
			k = a
			continue // '"He is a strong party member," Mr Prescott said': not Prescott
		}
		if e.Gender != 0 && e.Gender != want || strict && e.Gender != want {
			k = a
			continue
		}
		if w := s.closedRelative(a, i); w >= 0 {
			k = w // "Baker, who replaced Regan as chief of staff, ... his deputy": Baker's
			continue
		}
		return e
	}
	return nil
}

// quoteSpeaker returns the person who speaks the quotation holding token
// i when the sentence names the speaker right after it ('"...," Mr
// Prescott told', '"...," said Ms Jowell'), or nil.
func (s *sentCtx) quoteSpeaker(i int) *resolve.Entity {
	open := false
	for k := s.s.T0; k < i; k++ {
		if isQuoteMark(s.word(k)) {
			open = !open
		}
	}
	if !open {
		return nil
	}
	for k := i + 1; k < s.s.T1; k++ {
		if !isQuoteMark(s.word(k)) {
			continue
		}
		if s.word(k-1) != "," && s.word(k+1) != "," {
			return nil
		}
		j := k + 1
		if s.word(j) == "," {
			j++
		}
		before := quoteVerbs[s.lower(j)]
		if before {
			j++
		}
		j = s.skipHonorific(j)
		if p, _, b := s.entOf(j, graph.Person); p != nil && (before || quoteVerbs[s.lower(b)]) {
			return p
		}
		return nil
	}
	return nil
}

var quoteVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// closedRelative reports a name at a inside a relative clause set off by
// commas (", who replaced Regan as chief of staff,") that closes before
// the pronoun at i, in the pronoun's sentence: the position of the comma
// opening the clause, or -1. The pronoun then refers past the clause.
func (s *sentCtx) closedRelative(a, i int) int {
	if a < s.s.T0 {
		return -1
	}
	open := -1
	for k := a - 1; k > s.s.T0; k-- {
		w := s.word(k)
		if w == "," || w == ";" || w == "(" || w == `"` || w == ":" {
			if w == "," {
				switch s.lower(k + 1) {
				case "who", "whom", "whose", "which":
					open = k
				}
			}
			break
		}
	}
	if open < 0 {
		return -1
	}
	for k := a + 1; k < i; k++ {
		if s.word(k) == "," {
			return open
		}
	}
	return -1
}

// soleAntecedent resolves "he"/"she" at i to the one person of a
// compatible gender named in this or the two previous sentences, or nil
// when there are several: a title stated of a pronoun must not go to the
// wrong person.
func (s *sentCtx) soleAntecedent(i int, pronoun string) *resolve.Entity {
	want := byte('m')
	if pronoun == "she" || pronoun == "her" {
		want = 'f'
	}
	if e := s.chainAntecedent(i, pronoun); e != nil {
		// A pronoun opening a sentence continues the subject of the
		// run before it, not a person its last sentence met.
		return e
	}
	var found *resolve.Entity
	for k := s.a.Sentences[max(0, s.si-2)].T0; k < i; k++ {
		e, a, b := s.entOf2(k, graph.Person)
		if e == nil {
			continue
		}
		k = b - 1
		if e.Gender != 0 && e.Gender != want || e == found {
			continue
		}
		switch s.a.Lower[max(0, a-1)] {
		case "to", "by", "with", "against", "from", "for", "of", "under", "at", "on", "in", "'s":
			continue // "lose the election to John Major": no subject
		}
		if b < len(s.a.Words) && (s.a.Words[b] == "'s" || s.a.Words[b] == "'") {
			continue // a possessor
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// entOf2 is entOf without the sentence bound.
func (s *sentCtx) entOf2(i int, t graph.Type) (*resolve.Entity, int, int) {
	mi := s.r.MentionAt(i)
	if mi < 0 {
		return nil, 0, 0
	}
	e := s.r.Entities[s.r.Of[mi]]
	if e.Type != t {
		return nil, 0, 0
	}
	m := s.r.Mentions[mi]
	return e, m.T0, m.T1
}

// year returns a four-digit year in tokens [i, j), or "".
func (s *sentCtx) year(i, j int) string {
	for k := max(i, s.s.T0); k < j && k < s.s.T1; k++ {
		w := s.word(k)
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && allDigits(w) {
			if p := s.lower(k - 1); p == "in" || p == "since" || p == "of" {
				return w
			}
			// "in February 1986", "in February, 1986".
			m := k - 1
			if s.word(m) == "," {
				m--
			}
			if m < k && lexicon.MonthNumber(s.word(m)) > 0 && s.lower(m-1) == "in" {
				return w
			}
		}
	}
	return ""
}

func allDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// partyAppositive: "Sen. Tom Cotton, a freshman Republican from Arkansas"
// (member_of the party).
func (s *sentCtx) partyAppositive() {
	for i := s.s.T0; i < s.s.T1; i++ {
		if s.mentionKind(i) != mention.PartyLabel {
			continue
		}
		party, a, b := s.entOf(i, graph.Organization)
		// "Democrat John Kerry", "Conservative Graham Brady",
		// "Republican presidential candidate John Hale", "Democrat
		// challenger John Kerry".
		n := b
		if mention.IsRaceWord(s.lower(n)) && partyRoleNouns[s.lower(n+1)] {
			n++
		}
		if partyRoleNouns[s.lower(n)] {
			n++
		}
		if person, _, pEnd := s.entOf(n, graph.Person); person != nil {
			people := []*resolve.Entity{person}
			if n > b {
				// "Democratic hopefuls A and B".
				people, pEnd = s.listAfter(n, graph.Person)
			}
			for _, p := range people {
				s.relate(p, graph.MemberOf, party, s.evidence(a, pEnd, "party-label-name", 0.8))
			}
			i = b - 1
			continue
		}
		// "Sen. David Boren (D-Okla.)", "Rep. Pat Roberts, R-Kan.,": a
		// party's letter and a state after the name.
		if w := s.word(a - 1); (w == "(" || w == ",") && s.mentionSource(a) == mention.Pattern {
			if person, pStart, pEnd := s.entOf(a-2, graph.Person); person != nil && pEnd == a-1 {
				s.relate(person, graph.MemberOf, party, s.evidence(pStart, b, "party-state-tag", 0.85))
			}
			i = b - 1
			continue
		}
		k := a - 1
		for k > s.s.T0 && (isLowerAdj(s.lower(k)) || s.lower(k) == "freshman" || s.lower(k) == "veteran" || s.lower(k) == "fellow") {
			k--
		}
		// "a Missouri Republican": the place the member represents.
		if _, pa, _ := s.entOf(k, graph.Place); pa > 0 {
			k = pa - 1
		}
		if s.lower(k) != "a" && s.lower(k) != "an" {
			i = b - 1
			continue
		}
		if s.word(k-1) != "," {
			i = b - 1
			continue
		}
		if person, pStart, _ := s.entOf(k-2, graph.Person); person != nil {
			s.relate(person, graph.MemberOf, party, s.evidence(pStart, b, "party-appositive", 0.85))
		}
		i = b - 1
	}
}

// agreementYears: "the 1972 Anti-Ballistic Missile treaty", "the 1984
// Sino-British agreement": a year right before a named agreement dates it.
func (s *sentCtx) agreementYears() {
	for i := s.s.T0 + 1; i < s.s.T1; i++ {
		w := s.word(i - 1)
		if len(w) != 4 || !allDigits(w) || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			continue
		}
		if agr, a, b := s.entOf(i, graph.Agreement); agr != nil && a == i {
			s.attribute(agr, graph.Date, w, s.evidence(i-1, b, "year-before-agreement", 0.8))
			if s.npOpensAt(i - 1) {
				addForm(agr, strings.Join(strings.Fields(s.a.Text(i-1, b)), " ")) // "the 1976 Berne Agreement"
			}
		}
	}
}

// combiningForms are the first parts of compound adjectives that name a
// country: "Sino-British", "Franco-German".
var combiningForms = map[string]string{
	"sino": "China", "franco": "France", "anglo": "United Kingdom", "russo": "Russia",
	"indo": "India", "italo": "Italy", "greco": "Greece", "turco": "Turkey", "hispano": "Spain",
	"luso": "Portugal", "german": "Germany", "swiss": "Switzerland", "soviet": "Soviet Union",
}

// compoundParties: "the U.S.-Greek bases accord", "the 1984 Sino-British
// agreement": a compound of countries before an agreement names its
// parties.
func (s *sentCtx) compoundParties() {
	if !s.hyphenated() {
		return // no compound: most sentences
	}
	for i := s.s.T0; i < s.s.T1; i++ {
		agr, a, b := s.entOf(i, graph.Agreement)
		noun := false
		if agr == nil {
			if !lexicon.IsAgreementNoun(s.lower(i)) {
				continue
			}
			noun, a, b = true, i, i+1
		}
		// "The Canadian-U.S. pact": the compound may open the name.
		for k := max(b-2, a-3); k >= s.s.T0 && k >= a-3; k-- {
			countries := s.compoundCountries(s.word(k))
			if len(countries) < 2 && !s.ingBetween(k+1, b-1) {
				countries = s.compoundBodies(s.word(k))
			}
			if len(countries) < 2 {
				if s.word(k) == "" || !isLowerWord(s.word(k)) && k < a-1 {
					break
				}
				continue
			}
			if noun {
				agr = s.described(k-s.article(k-1), k+1, b)
			}
			for _, c := range countries {
				s.relate(c, graph.PartyTo, agr, s.evidence(k, b, "compound-parties", 0.75))
			}
			break
		}
		i = b - 1
	}
}

// compoundCountries returns the countries a hyphenated word names, if all
// its parts name one: "U.S.-Greek", "Sino-British".
func (s *sentCtx) compoundCountries(w string) []*resolve.Entity {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return nil
	}
	var out []*resolve.Entity
	for _, p := range parts {
		name := countryOfPart(p)
		if name == "" {
			return nil
		}
		out = append(out, s.countryOrPart(name))
	}
	return out
}

// countryOfPart returns the country a part of a compound names by its
// name, demonym or combining form ("U.S.", "Greek", "Sino"), or "".
func countryOfPart(p string) string {
	if c, ok := lexicon.CountryByName(p); ok {
		return c.Name
	}
	if c, ok := lexicon.CountryByDemonym(p); ok {
		return c.Name
	}
	return combiningForms[strings.ToLower(p)]
}

// ingBetween reports a lower-case word in -ing among the words [a, b):
// in a headline, "EU-US seeking deal" has no compound before its noun.
func (s *sentCtx) ingBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.word(k); isLowerWord(w) && strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

// compoundBodies returns the organisations and countries a hyphenated
// word names when each of its parts is a name the document gives one of
// them ("the Fiat-GM deal", "a UFJ-MTFG merger", "the EU-Turkey
// accord"), or a country's name or demonym beside a body's name ("the
// Israeli-PLO self-rule deal", "the EU-Turkish accord"), or nil:
// "Coca-Cola", "Rolls-Royce" and "London-Frankfurt" are no two parties.
func (s *sentCtx) compoundBodies(w string) []*resolve.Entity {
	h := strings.IndexByte(w, '-')
	if h <= 0 || strings.IndexByte(w[h+1:], '-') >= 0 {
		return nil // two parts only
	}
	var out []*resolve.Entity
	var countries []string // parts the document names only in a compound
	for _, p := range []string{w[:h], w[h+1:]} {
		e := s.entityByForm(p)
		if e == nil {
			if c := countryOfPart(p); c != "" {
				countries = append(countries, c)
				continue
			}
		}
		if e == nil || e.Type != graph.Organization && e.Type != graph.Country || containsEntity(out, e) {
			return nil
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil // two countries: compoundCountries
	}
	for _, c := range countries {
		if e := s.countryOrPart(c); !containsEntity(out, e) {
			out = append(out, e)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// countryOrPart returns the document's country for a name that a
// combining form or demonym gives, or the one country of the text that the
// name is the end of: "German" in a story about West Germany.
func (s *sentCtx) countryOrPart(name string) *resolve.Entity {
	var part *resolve.Entity
	for _, e := range s.r.Entities {
		if e.Type != graph.Country {
			continue
		}
		if e.Name == name {
			return e
		}
		if len(e.Name) > len(name) && strings.HasSuffix(e.Name, name) && e.Name[len(e.Name)-len(name)-1] == ' ' {
			if part != nil {
				return s.countryNamed(name)
			}
			part = e
		}
	}
	if part != nil {
		return part
	}
	return s.countryNamed(name)
}

// countryNamed returns the document's entity for a country, made when the
// text names it only inside a compound.
func (s *sentCtx) countryNamed(name string) *resolve.Entity {
	return s.entityNamed(graph.Country, name, name)
}

// titleAs: "he begins his second term as US President", "Brown, as
// chancellor, said": a title after "as" belongs to the person the clause is
// about, the nearest person (or "he"/"she") before it.
func (s *sentCtx) titleAs() {
	for i := s.s.T0; i < s.s.T1; i++ {
		if s.lower(i) != "as" {
			continue
		}
		if w := s.lower(i - 1); w == "known" || w == "dubbed" || w == "nicknamed" {
			continue // "known as Queen of the Sky": a nickname, no office
		}
		k := i + 1
		if s.article(k) == 1 {
			k++
		}
		var body *resolve.Entity
		from := k
		if e, _, b := s.entOf(k, graph.Country, graph.Organization); e != nil {
			body, k = e, b
			if w := s.word(b); w == "'s" || w == "'" {
				k++ // "stepped down as Acme's chairman"
			}
		} else {
			for _, dm := range s.found.Demonyms {
				if dm.T0 == k {
					body, k = s.countryEntity(dm.Country, indexOfDemonym(s.found.Demonyms, dm)), dm.T1
					break
				}
			}
		}
		chain, next := s.titleChain(k)
		if len(chain) == 0 {
			continue
		}
		if e, _, _ := s.ent(next); e != nil {
			continue // "as Foreign Minister Lavrov said": a name follows
		}
		if body == nil && s.lower(next) == "of" {
			if e, _, b := s.entOf(next+1+s.article(next+1), graph.Country, graph.Organization); e != nil && !s.unitAfter(b) {
				body, next = e, b
			} else if e != nil {
				// "took over as commander of the UN peacekeeping
				// force": an office in the body, as in an appositive.
				if u := s.bodyUnit(e, b); u > 0 {
					body, next = e, u
					chain = officialChain(chain)
				}
			}
		}
		var subs []*resolve.Entity
		if i == s.s.T0 && s.word(next) == "," {
			// "As chief operating officer, Toshiyuki Shiga will run
			// Nissan": the subject follows.
			if p, _, _ := s.entOf(next+1, graph.Person); p != nil {
				subs = []*resolve.Entity{p}
			}
		} else {
			var at int
			subs, at = s.subjectBefore(i, graph.Person)
			if len(subs) != 1 || s.asOfAnother(at, i, subs[0]) {
				continue
			}
			// "X succeeds Y as chairman": X takes the office Y held.
			if x := s.successor(at, subs[0]); x != nil {
				subs = append(subs, x)
			}
		}
		if len(subs) == 0 {
			continue
		}
		for _, sub := range subs {
			for _, t := range chain {
				s.attribute(sub, graph.Title, t.Title, s.evidence(from, next, "title-as", 0.7))
			}
			b := body
			if b == nil {
				b = s.heldCompanyBody(sub, chain, from, next)
			}
			if b != nil && chain[0].Role != lexicon.Other {
				s.relate(sub, roleRelation(chain[0].Role, b), b, s.evidence(from, next, "title-as", 0.7))
			}
		}
		i = next - 1
	}
}

// asOfAnother reports an "as" at i that may describe someone other than
// sub, the subject found at at: a person named as an object between them
// ("X called him a failure as a prime minister"), or, when sub is read
// from "he" or "she", another person the clause before the pronoun
// names ("Mr Blair told Mr Brown he would step down as prime minister":
// either may be meant).
func (s *sentCtx) asOfAnother(at, i int, sub *resolve.Entity) bool {
	for k := at + 1; k < i; k++ {
		if w := s.lower(k); w == "him" || w == "her" && !s.nounAfterHer(k) {
			return true
		}
	}
	if w := s.lower(at); w != "he" && w != "she" {
		return false
	}
	for k := s.s.T0; k < at; k++ {
		if e, _, b := s.ent(k); e != nil && e.Type == graph.Person && e != sub {
			j := b
			for j < at && len(strings.TrimSuffix(s.word(j), ".")) == 1 && isCapitalised(s.word(j)) {
				j++ // an initial
			}
			if n, _, _ := s.ent(j); n == sub {
				k = j // a cut name: "George" of "George W Bush"
				continue
			}
			if w := s.word(b); w != "'s" && w != "'" {
				return true
			}
			k = b - 1
		}
	}
	return false
}

// nounAfterHer reports a "her" at k that is a possessive before a word
// ("her husband"), not an object.
func (s *sentCtx) nounAfterHer(k int) bool {
	w := s.word(k + 1)
	return isLowerWord(w) && isLetters(w) && !lexicon.IsStopword(w)
}

// successor: "Ann Lee succeeds Tom Bell as chairman", "Lee has replaced
// Bell as chief executive", "Lee, who will succeed Bell as president":
// the subject of a verb of succession stated as fact (not "is likely to
// succeed Bell as leader") takes the office its object held. It returns
// the subject of the verb before the person at "at", or nil.
func (s *sentCtx) successor(at int, held *resolve.Entity) *resolve.Entity {
	k := at - 1
	if _, ok := lexicon.Honorific(strings.TrimSuffix(s.word(k), ".")); ok && s.r.MentionAt(k) < 0 {
		k-- // "succeeds Mr Bell"
	}
	switch s.lower(k) {
	case "succeeds", "succeeded", "replaces", "replaced":
		if s.lower(k-1) == "be" || s.lower(k-1) == "been" || s.lower(k-1) == "being" || s.lower(k-1) == "was" || s.lower(k-1) == "is" {
			return nil // "was replaced by": passive
		}
	case "succeed", "replace":
		if w := s.lower(k - 1); w != "will" && !(w == "to" && (s.lower(k-2) == "is" || s.lower(k-2) == "was")) {
			return nil // "likely to succeed", "wants to replace"
		}
	default:
		return nil
	}
	subs, _ := s.subjectBefore(k, graph.Person)
	if len(subs) != 1 || subs[0] == held {
		return nil
	}
	return subs[0]
}

func indexOfDemonym(ds []mention.Demonym, d mention.Demonym) int {
	for i, x := range ds {
		if x == d {
			return i
		}
	}
	return 0
}

// copulas link a person to the office that follows: "X became prime
// minister", "X, who was Britain's ambassador to Japan,".
var copulas = map[string]bool{
	"is": true, "was": true, "became": true, "becomes": true, "remains": true, "remained": true,
	"served": true, "serves": true,
}

// futureCopulas follow "will" or "is to": "X will become chairman", "X
// is to remain chief executive", "X will serve as Y's deputy".
var futureCopulas = map[string]bool{"become": true, "remain": true, "be": true, "serve": true}

// futureCopula returns the token after a future copula at k ("will
// become", "is to remain", "will nominally serve as" less its "as"), or
// k.
func (s *sentCtx) futureCopula(k0 int) int {
	k := k0
	switch s.lower(k) {
	case "will", "shall":
		k++ // not "would": "Charles would be the supreme governor"
	case "is", "was", "are":
		if s.lower(k+1) != "to" {
			return k0
		}
		k += 2
	default:
		return k0
	}
	if w := s.lower(k); len(w) > 4 && strings.HasSuffix(w, "ly") {
		k++ // "will nominally serve"
	}
	if !futureCopulas[s.lower(k)] {
		return k0
	}
	return k + 1
}

// preCopulaAdverbs date a copula that follows them: "he later became
// chairman", "she subsequently served as ambassador".
var preCopulaAdverbs = map[string]bool{
	"later": true, "subsequently": true, "then": true, "eventually": true, "soon": true,
	"briefly": true, "also": true, "previously": true, "recently": true, "once": true,
}

// appointed are the participles after a copula that also name an office:
// "was elected president", "has been appointed foreign minister".
var appointed = map[string]bool{
	"elected": true, "appointed": true, "named": true, "made": true, "chosen": true, "re-elected": true,
}

// copularTitles: "Callaghan was prime minister from 1976", "Kohl, who is
// Germany's chancellor,", "She was elected president of the party": a
// person, a copula (and a participle), an optional article and body, a
// title, and an optional "of" body.
func (s *sentCtx) copularTitles() {
	for i := s.s.T0; i < s.s.T1; i++ {
		if w := s.a.Lower[i]; !s.mayEnt(i) && w != "he" && w != "she" {
			continue
		}
		person, pStart, pEnd := s.entOf(i, graph.Person)
		if w := s.lower(i); person == nil && (w == "he" || w == "she") && (copulas[s.lower(i+1)] || s.lower(i+1) == "has" || s.lower(i+1) == "had" || preCopulaAdverbs[s.lower(i+1)] || s.sharedSubjectVerb(i, i+1) > 0 || s.departureCopula(i+1) > i+1) {
			// "In 1987 he became a UK disability minister": the person
			// the pronoun refers to.
			person, pStart, pEnd = s.soleAntecedent(i, w), i, i+1
		}
		if person == nil {
			continue
		}
		i = pEnd - 1
		k := s.subjectAsideEnd(pStart, pEnd)
		if s.word(k) == "," && s.lower(k+1) == "who" {
			k += 2
			if !copulas[s.lower(k)] && s.lower(k) != "has" && s.lower(k) != "had" {
				// "Mr Ghosn, who masterminded its recovery, will remain
				// chief executive": past the relative clause.
				for j := k; j < s.s.T1 && j < k+12; j++ {
					if w := s.word(j); w == "," {
						k = j + 1
						break
					} else if w == "." || w == ";" || w == "--" {
						break
					}
				}
			}
		}
		s.copularOffice(person, pStart, k)
		if k2 := s.sharedSubjectVerb(pStart, k); k2 > k {
			// "He joined the bank in 1980 and later became its
			// chairman": the second verb keeps the subject.
			s.copularOffice(person, pStart, k2)
		}
	}
}

// copularOffice reads the copula (and participle), the optional body and
// the office at k after a person's name at pStart.
func (s *sentCtx) copularOffice(person *resolve.Entity, pStart, k int) {
	if preCopulaAdverbs[s.lower(k)] && (copulas[s.lower(k+1)] || s.lower(k+1) == "has" || s.lower(k+1) == "had") {
		k++ // "he later became chairman", "Smith subsequently served as envoy"
	}
	if s.lower(k) == "has" || s.lower(k) == "had" {
		k++
		if s.lower(k) == "also" || s.lower(k) == "now" || s.lower(k) == "since" {
			k++ // "he has also become chairman"
		}
		if s.lower(k) != "been" && s.lower(k) != "become" {
			return
		}
		k++
	} else if copulas[s.lower(k)] && !(s.lower(k+1) == "to" && futureCopulas[s.lower(k+2)]) {
		k++
	} else if f := s.futureCopula(k); f > k {
		k = f // "is to become", "will nominally serve as"
	} else if f := s.departureCopula(k); f > k {
		k = f // "left the agency to become"
	} else {
		return
	}
	switch s.lower(k) {
	case "also", "now", "still", "currently", "already", "later", "previously", "formerly", "once":
		k++ // "who is also chairman of United Coconut", "was later elected leader", "was previously president of"
	}
	if s.lower(k) == "as" {
		k++ // "served as foreign minister"
	}
	if appointed[s.lower(k)] {
		k++
	}
	if s.lower(k) == "the" || s.lower(k) == "a" || s.lower(k) == "an" {
		k++
	}
	// "Britain's", "a British", "the country's" are bodies before the
	// title; "former" is still the office the text states.
	if _, ok := lexicon.Honorific(strings.TrimSuffix(s.word(k), ".")); ok && s.r.MentionAt(k) < 0 && s.r.MentionAt(k+1) >= 0 {
		k++ // "Mr Ghosn's deputy"
	}
	var body *resolve.Entity
	if e, _, b := s.entOf(k, graph.Country, graph.Organization); e != nil && (s.word(b) == "'s" || s.word(b) == "'") {
		body, k = e, b+1
	} else if e != nil && s.hasTitleAt(b) {
		body, k = e, b // "he became a UK disability minister"
	} else if boss, _, b := s.entOf(k, graph.Person); boss != nil && boss != person && (s.word(b) == "'s" || s.word(b) == "'") {
		// "Shiga will serve as Ghosn's deputy", "Younger was
		// Thatcher's defence secretary".
		if chain, next := s.titleChain(b + 1); len(chain) > 0 && chain[0].Role != lexicon.Other {
			if _, _, e := s.ent(next); e == 0 {
				ev := s.evidence(pStart, next, "copular-possessive", 0.75)
				if len(chain) == 1 && chain[0].Deputy && chain[0].Title == "deputy" {
					s.relate(person, graph.DeputyOf, boss, ev)
				} else {
					s.relate(person, graph.ServesUnder, boss, ev)
					for _, t := range chain {
						s.attribute(person, graph.Title, t.Title, ev)
					}
				}
			}
		}
		return
	}
	if s.lower(k) == "former" {
		k++
	}
	if d, ok := s.demonymAt[k]; ok && body == nil && s.found.Demonyms[d].T1 > k {
		k = s.found.Demonyms[d].T1 // "who is also Nigerian Oil Minister": the demonym is the body
	}
	chain, next := s.titleChain(k)
	if len(chain) == 0 {
		return
	}
	if body == nil {
		if b, _ := s.affiliationBefore(chain[0].T0); b != nil {
			body = b
		}
	}
	if body == nil && s.lower(next) == "of" {
		if e, _, b := s.entOf(next+1+s.article(next+1), graph.Country, graph.Organization); e != nil && !s.unitAfter(b) {
			body, next = e, b
		}
	}
	if body == nil && s.lower(next) == "of" {
		// "X is vice president of marketing at Acme": the head of a
		// field at the body holds office in it.
		if e, b := s.fieldAtBody(next); e != nil {
			body, next = e, b
			chain = officialChain(chain)
		}
	}
	if body == nil && s.lower(next) == "at" {
		// "he was appointed state secretary at the Finance
		// Ministry", "became a director at Acme": an office held at
		// an organisation is one of it.
		if e, _, b := s.entOf(next+1+s.article(next+1), graph.Organization); e != nil && !s.unitAfter(b) && s.word(b) != "'s" && s.word(b) != "'" {
			body, next = e, b
		}
	}
	if e, _, _ := s.ent(next); e != nil && e.Type == graph.Person {
		return // "X was Prime Minister Y's ...": another name follows
	}
	if body == nil {
		body = s.heldCompanyBody(person, chain, pStart, next)
	}
	ev := s.evidence(pStart, next, "copular-title", 0.75)
	for _, t := range chain {
		if t.Title != "member" { // "X is a member of Y": membership, no office
			s.attribute(person, graph.Title, t.Title, ev)
		}
	}
	if body != nil && chain[0].Role != lexicon.Other {
		role := chain[0].Role
		if chain[0].Deputy && role == lexicon.Leader {
			role = lexicon.Official
		}
		if body.Type == graph.Organization && stateOffice(chain[len(chain)-1].Title) && isParty(body) {
			// "the Labour Party's longest-serving prime minister":
			// a party's man in a state office belongs to the party.
			s.relate(person, graph.MemberOf, body, ev)
			return
		}
		s.relate(person, roleRelation(role, body), body, ev)
	}
}

// serviceTo: "Claude Veron-Reville, a spokesman for EU trade commissioner
// Peter Mandelson", "Myron Ebell, an adviser on climate change to
// President Bush": the holder of an official's post serves under the
// person it is for.
func (s *sentCtx) serviceTo() {
	for _, t := range s.found.Titles {
		if t.T0 < s.s.T0 || t.T1 > s.s.T1 || t.Role != lexicon.Official || t.Deputy {
			continue
		}
		k := t.T1
		if s.lower(k) == "on" {
			// "an adviser on climate change to": the portfolio, then "to".
			for j := k + 1; j < k+7 && j < s.s.T1; j++ {
				if s.lower(j) == "to" {
					k = j
					break
				}
				if !isLetters(s.word(j)) {
					break
				}
			}
		}
		if s.lower(k) != "for" && s.lower(k) != "to" {
			continue
		}
		boss, _, end := s.entOf(s.skipPremodifiers(k+1), graph.Person)
		if boss == nil || s.unconfirmedPerson(boss) {
			continue
		}
		// The holder: "<Person>, [a|an|the] <title>".
		j := t.T0 - 1
		if s.article(j) == 1 {
			j--
		}
		if s.word(j) != "," {
			continue
		}
		holder, from, _ := s.entOf(j-1, graph.Person)
		if holder == nil || holder == boss {
			continue
		}
		s.relate(holder, graph.ServesUnder, boss, s.evidence(from, end, "serves-for", 0.75))
	}
}

// isCapitalised reports a word that starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// fieldAfterOf returns the closing comma or full stop after one to four
// lower-case words that follow "of" at k ("of marketing services,",
// "of corporate development."), or k when the words are not such a
// field: an article or pronoun starts a body ("of the company").
func (s *sentCtx) fieldAfterOf(k int) int {
	j := k + 1
	for ; j < s.s.T1 && j <= k+4; j++ {
		w := s.word(j)
		if w == "," || w == "." {
			break
		}
		if w == "in" && j > k+1 {
			// "head of consumer services in the UK,": the field, then
			// where it is run.
			if _, _, b := s.entOf(j+1+s.article(j+1), graph.Country, graph.Place); b > 0 && (s.word(b) == "," || s.word(b) == ".") {
				j = b
				break
			}
		}
		if !isLowerWord(w) || fieldStopwords[w] || s.article(j) > 0 || s.r.MentionAt(j) >= 0 {
			return k
		}
	}
	if j == k+1 || j >= s.s.T1 || s.word(j) != "," && s.word(j) != "." {
		return k
	}
	return j
}

// fieldStopwords cannot be words of a field named after "of".
var fieldStopwords = map[string]bool{
	"its": true, "his": true, "her": true, "their": true, "our": true, "this": true, "that": true,
	"these": true, "those": true, "which": true, "who": true, "said": true, "says": true,
}

// possessiveIn reports whether a possessive ending ("'s", "'") lies in
// the tokens from a to b.
func (s *sentCtx) possessiveIn(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.word(k); w == "'s" || w == "'" {
			return true
		}
	}
	return false
}

// unconfirmedPerson reports a person named by one word only, with no
// given name, honorific or title anywhere in the text so far and no
// gender: a name the tagger may have taken for a person's ("Deloitte",
// "Crossrail", "Acpo", "Children"), too weak to stand as someone's
// superior or a proposal's author.
func (s *sentCtx) unconfirmedPerson(e *resolve.Entity) bool {
	if e.Type != graph.Person || e.Gender != 0 {
		return false
	}
	for _, f := range e.Forms {
		if strings.ContainsAny(f, " .") {
			return false
		}
	}
	for _, f := range s.facts {
		if f.Subject == e && f.Predicate == graph.Title {
			return false
		}
	}
	return true
}
