// Package mention finds the names of entities in an analysed document:
// lexicon phrases (countries, capitals, organisations, places, party
// labels), spans proposed by a named-entity tagger, capitalised names after
// titles and honorifics, and agreements ("the Minsk agreements", "a 10-point
// plan"). It also marks office titles ("deputy foreign minister"), which
// relation patterns use.
//
// Mentions are token ranges of the Analysis; nothing is copied.
package mention

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/text"
	"github.com/newsgraph/newsgraph/internal/token"
)

// Kind says how a mention names its entity.
type Kind uint8

// Mention kinds.
const (
	// Name is a proper name: "Vladimir Putin", "NATO".
	Name Kind = iota + 1
	// Capital is a capital city, which may stand for its country's
	// government ("Moscow demanded") or be the place ("protesters in Kiev").
	Capital
	// PartyLabel is a party named by its label: "Green MEP", "a Republican".
	PartyLabel
	// Reference is a definite description that may refer back to a named
	// organisation: "the alliance", "the company". Resolution attaches it
	// to a compatible antecedent or drops it.
	Reference
)

// Source says what found a mention.
type Source uint8

// Mention sources.
const (
	Lexicon Source = iota + 1
	Tagger
	Pattern
)

// Mention is one occurrence of an entity name.
type Mention struct {
	// T0, T1 is the token range [T0, T1) in the Analysis.
	T0, T1 int
	Type   graph.Type
	Kind   Kind
	Source Source
	// Canon is the canonical name when a lexicon knows it, else "".
	Canon string
	// Country is the canonical country of a capital, a place or a party
	// from the lexicon, when known.
	Country string
	// Weak marks a type guessed from capitalisation alone: resolution keeps
	// such a mention only with more evidence.
	Weak bool
	// Common marks a lone word the tagger took for a place that news text
	// writes in lower case mid-sentence ("Opera", "Discontent").
	Common bool
	// Options are other entities a party label may name, each with its
	// country; resolution chooses by the countries the text names.
	Options []Option
}

// Option is a possible entity of an ambiguous label.
type Option struct {
	Canon, Country string
}

// Title is an office title in the text: "deputy foreign minister",
// "President", "chief executive".
type Title struct {
	T0, T1 int
	// Title is the canonical lower-case title.
	Title string
	// Role is what the title makes its holder of the body it belongs to.
	Role lexicon.Role
	// Deputy reports a deputy's title ("deputy", "vice president").
	Deputy bool
	// Plural reports a plural title before names: "Vice-Premiers Li Peng
	// and Tian Jiyun".
	Plural bool
}

// Demonym is a country adjective in the text: "Russian", "French".
type Demonym struct {
	T0, T1  int
	Country string
}

// Result is what Find returns for a document.
type Result struct {
	Mentions []Mention // in text order, not overlapping
	Titles   []Title
	Demonyms []Demonym
}

// Span is a typed token range proposed by a named-entity tagger: Type is
// PER, ORG, LOC or MISC.
type Span struct {
	T0, T1 int
	Type   string
}

// EntityTagger proposes named-entity spans for the sentences of one document,
// given their words; span indices are relative to each sentence. Seeing
// the whole document lets a tagger use the other mentions of a word.
type EntityTagger interface {
	Spans(sents [][]string) [][]Span
}

// Finder finds mentions. The zero value uses lexicons and rules only.
type Finder struct {
	// Tagger, when set, proposes names the lexicons do not know and types
	// for capitalised words.
	Tagger EntityTagger
}

// Find returns the mentions, titles and demonyms of a.
func (f *Finder) Find(a *text.Analysis) *Result {
	lex := index()
	res := &Result{}
	lower := &lowerWords{a: a}
	surnames := &docSurnames{}
	pairs := &docFirmPairs{}
	common := commonAcronyms(a)
	cued, artists := map[string]bool{}, map[string]bool{}
	works := new(int8)
	forms, _ := f.Tagger.(RunningFormer)
	var spans [][]Span
	if f.Tagger != nil {
		sents := make([][]string, len(a.Sentences))
		for i, s := range a.Sentences {
			sents[i] = a.Words[s.T0:s.T1]
		}
		spans = f.Tagger.Spans(sents)
	}
	for i, s := range a.Sentences {
		sc := &scan{a: a, s: s, lex: lex, res: res, lowerElsewhere: lower, surnames: surnames, firmPairs: pairs, commonAcronyms: common, withTagger: spans != nil, cued: cued, artists: artists, forms: forms, works: works}
		var sp []Span
		if spans != nil {
			sp = spans[i]
		}
		sc.run(sp)
	}
	cueLegalStems(a, res.Mentions, cued)
	retypeCuedOrganizations(a, res.Mentions, cued)
	retypeArtists(a, res.Mentions, artists)
	res.Mentions = peerages(a, res.Mentions)
	sort.Slice(res.Mentions, func(i, j int) bool { return res.Mentions[i].T0 < res.Mentions[j].T0 })
	return res
}

// retypeArtists makes a person of the tagger's other mentions of a name
// an artist's noun introduced ("singer Usher ... Usher's album"), which
// it may have called a body or a place.
func retypeArtists(a *text.Analysis, ms []Mention, artists map[string]bool) {
	retypeNamed(a, ms, artists, graph.Person)
}

// retypeCuedOrganizations gives the type of a name found to be an
// organisation's by its form or context ("the law firm Tods Murray",
// "Modern Garments") to the tagger's other mentions of the same name,
// which it may have called a person or a place.
func retypeCuedOrganizations(a *text.Analysis, ms []Mention, cued map[string]bool) {
	retypeNamed(a, ms, cued, graph.Organization)
}

// retypeNamed gives type t to the tagger's mentions, of another type
// than a country or an agreement, whose words are one of names; mentions
// a lexicon names keep theirs.
func retypeNamed(a *text.Analysis, ms []Mention, names map[string]bool, t graph.Type) {
	if len(names) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Source != Tagger || m.Canon != "" || m.Type == t {
			continue
		}
		if (m.Type == graph.Person || m.Type == graph.Organization || m.Type == graph.Place) && names[strings.Join(a.Words[m.T0:m.T1], " ")] {
			m.Type = t
		}
	}
}

// lowerWords tells whether a document uses a word in lower case, to tell a
// capitalised common word at a sentence start from a name. A document is
// asked a few times (4.5 on average over BBC News): the first questions
// are answered by scanning its words, and a set is built only after many.
type lowerWords struct {
	a     *text.Analysis
	asked int
	set   map[string]bool
}

// has reports whether the document has the word w in lower case.
func (l *lowerWords) has(w string) bool {
	if l.set == nil && l.asked < 16 {
		l.asked++
		if !isLowerWord(w) {
			return false
		}
		// The first byte (w, a lower-case word, has one) rules out most
		// words of the length before a comparison of the whole.
		c := w[0]
		for i, x := range l.a.Words {
			if len(x) == len(w) && x[0] == c && x == w && l.a.Tokens[i].Kind == token.Word {
				return true
			}
		}
		return false
	}
	if l.set == nil {
		l.set = map[string]bool{}
		for i, x := range l.a.Words {
			if l.a.Tokens[i].Kind == token.Word && isLowerWord(x) {
				l.set[x] = true
			}
		}
	}
	return l.set[w]
}

type scan struct {
	a              *text.Analysis
	s              text.Sentence
	lex            *lexIndex
	res            *Result
	taken          []bool // per token of the sentence: inside a mention or title
	lowerElsewhere *lowerWords
	surnames       *docSurnames
	firmPairs      *docFirmPairs
	// commonAcronyms are the acronyms the text spells out in lower case
	// (commonAcronyms): no names anywhere in it.
	commonAcronyms map[string]bool
	// tagged is set when a named-entity tagger has seen the sentence: its
	// silence then counts against guesses from capitalisation.
	withTagger bool
	// cued collects the names the tagger typed otherwise that a cue shows
	// to be organisations'.
	cued map[string]bool
	// artists are the names an artist's noun introduced ("the rapper
	// Nelly"): people, whatever the tagger calls their other mentions.
	artists map[string]bool
	// spans are the tagger's spans of the sentence, relative to it.
	spans []Span
	// forms tells how news text writes a word mid-sentence, when the
	// tagger knows.
	forms RunningFormer
	// partyWord is 0 until lowerParties looks, then 1 (the sentence has
	// no "party", "democrat" or "democrats") or 2.
	partyWord int8
	// works is the document's: 0 until aboutMedia looks, then 1 (no text
	// about works or media) or 2.
	works *int8
}

// word returns the i-th word of the document, "" past its end (patterns
// look one word ahead of a match that ends the text).
func (sc *scan) word(i int) string {
	if i < 0 || i >= len(sc.a.Words) {
		return ""
	}
	return sc.a.Words[i]
}

func (sc *scan) free(i, j int) bool {
	for k := i; k < j; k++ {
		if sc.taken[k-sc.s.T0] {
			return false
		}
	}
	return true
}

func (sc *scan) take(i, j int) {
	for k := i; k < j; k++ {
		sc.taken[k-sc.s.T0] = true
	}
}

func (sc *scan) add(m Mention) {
	sc.take(m.T0, m.T1)
	sc.res.Mentions = append(sc.res.Mentions, m)
}

func (sc *scan) run(spans []Span) {
	s := sc.s
	sc.taken = make([]bool, s.T1-s.T0)
	var brackets []bracketGroup
	if sc.hasBrackets() {
		brackets = sc.wireBrackets()
		spans = sc.clipBrackets(spans)
	}
	spans = sc.splitCoordinatedOrgs(spans)
	spans = sc.joinOpeningWords(spans)
	spans = sc.joinOrgOfPlace(spans)
	spans = sc.joinInitials(spans)
	spans = sc.joinArabicNames(spans)
	spans = sc.joinMiddleInitials(spans)
	spans = sc.joinLegalForms(spans)
	sc.spans = spans
	if s.T0 == 0 {
		sc.dateline()
	}
	sc.nonNames()
	sc.partyStateTags()
	sc.lowerParties(false)
	sc.lowerMinistries()
	sc.titles()
	sc.lowerParties(true)
	sc.agreements()
	sc.fieldCommittees()
	sc.lowerBodies()
	spans = sc.joinParticles(spans)
	spans = sc.joinAmpersands(spans)
	spans = sc.joinUnitBrackets(spans)
	spans = sc.joinPartners(spans)
	spans = sc.joinCoordinated(spans)
	spans = sc.joinPortfolios(spans)
	spans = sc.joinUntaggedCoordinated(spans)
	spans = sc.joinFirmLists(spans)
	if spans != nil {
		// The tagger's people, and organisation names longer than any
		// lexicon phrase inside them ("Vistula Motors"), come before the
		// lexicon: "Jordan" the minister is not the country.
		sc.tagged(spans, sc.overridesLexicon)
	}
	sc.featuresOf()
	sc.lexicon()
	if spans != nil {
		sc.tagged(spans, nil)
	}
	if brackets != nil {
		sc.bracketNames(brackets)
	}
	sc.capitalised()
	sc.coordinated()
	sc.references()
	sc.joinNationalNames()
}

// dateline marks the place of a wire dateline that opens the text, the
// capitals before ", March 3 -" or before a state's ", Pa., March 3 -":
// "NEW YORK", "ST. LOUIS", "NEW STANTON", which the tagger cuts or takes
// for a company or a person.
func (sc *scan) dateline() {
	j := sc.s.T0
	for j < sc.s.T1 && j < sc.s.T0+6 && (isAllCaps(sc.word(j)) && sc.a.Tokens[j].Kind == token.Word || sc.word(j) == "." && j > sc.s.T0) {
		j++
	}
	if j == sc.s.T0 || j+3 >= sc.s.T1 || sc.word(j) != "," {
		return
	}
	mo := j + 1
	st0, st1 := 0, 0 // the state's words, if any
	if !datelineMonth(sc.word(mo)) {
		// "CAMBRIDGE, Mass., March 3 -": a state or province between.
		for mo = j + 1; mo < sc.s.T1 && mo <= j+4 && sc.word(mo) != ","; mo++ {
			if w := sc.word(mo); w != "." && !isCapitalised(w) {
				return
			}
		}
		if mo == j+1 || mo+3 >= sc.s.T1 || sc.word(mo) != "," || !datelineMonth(sc.word(mo+1)) {
			return
		}
		st0, st1 = j+1, mo
		mo++
	}
	k := mo + 1
	if sc.word(k) == "." {
		k++ // "Feb. 26"
	}
	if !allDigits(sc.word(k)) || sc.word(k+1) != "-" && sc.word(k+1) != "--" {
		return
	}
	m := Mention{T0: sc.s.T0, T1: j, Type: graph.Place, Kind: Name, Source: Pattern}
	e, n := sc.lex.phrase(titleCased(sc.a.Words[sc.s.T0:j]))
	if n != j-sc.s.T0 {
		// "SAO PAULO", "LOS ANGELES": short words are no acronyms here.
		e, n = sc.lex.phrase(allTitleCased(sc.a.Words[sc.s.T0:j]))
	}
	if n == j-sc.s.T0 {
		switch e.kind {
		case lexName:
			m.Type, m.Canon, m.Country, m.Source = e.typ, e.canon, e.country, Lexicon
		case lexCapital:
			m.Kind, m.Canon, m.Country, m.Source = Capital, e.canon, e.country, Lexicon
		}
	}
	sc.add(m)
	sc.take(mo, k+1) // the date: "Feb 26" is no person
	if st1 > st0 {
		sc.datelineState(st0, st1)
	}
}

// datelineMonth reports a month's name or its abbreviation, with or
// without a period ("Feb 26", as wire datelines write it).
func datelineMonth(w string) bool {
	if lexicon.MonthNumber(w) != 0 {
		return true
	}
	return len(w) == 3 && isCapitalised(w) && lexicon.MonthNumber(w+".") != 0
}

// datelineState marks the state or province of a dateline, [i, j): the
// place or country the lexicon knows ("ILL." is Illinois, "Calif.",
// "West Germany"); an abbreviation it does not know names nothing (the
// tagger takes "MINN" for a company).
func (sc *scan) datelineState(i, j int) {
	var e lexEntry
	n := 0
	for _, words := range [][]string{titleCased(sc.a.Words[i:j]), allTitleCased(sc.a.Words[i:j])} {
		if e, n = sc.lex.phrase(words); n == j-i {
			break
		}
		if j-i >= 2 && sc.word(j-1) == "." {
			// "MINN." is "MINN" and a period before the comma; the
			// lexicon writes "Minn.".
			words = append([]string(nil), words[:len(words)-1]...)
			words[len(words)-1] += "."
			if e, n = sc.lex.phrase(words); n == len(words) {
				n = j - i
				break
			}
		}
	}
	if n == j-i && e.kind == lexName && (e.typ == graph.Place || e.typ == graph.Country) {
		sc.add(Mention{T0: i, T1: j, Type: e.typ, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
		return
	}
	if n > 0 {
		return // a country or a body the lexicon knows: "HANOVER, West Germany,"
	}
	if w := sc.word(i); (j == i+1 || j == i+2 && sc.word(i+1) == ".") && len(w) <= 5 && isAllCaps(w) && !strings.Contains(w, ".") {
		sc.take(i, j) // an abbreviation the lexicon does not know: "KAN."
	}
}

// TickerLike reports a stock ticker: capitals, digits and dots, as
// "DAL.N", "RENA.PA", "EAF.", "T".
func TickerLike(s string) bool {
	if s == "" || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
			return false
		}
	}
	return true
}

// joinParticles joins two tagged spans with a lower-case name particle
// between them into one name, which the tagger split: "Punta del Este",
// "Luiz Inacio Lula da Silva", "Aguas de Barcelona". The first span's
// type is the name's.
func (sc *scan) joinParticles(spans []Span) []Span {
	return joinSpans(spans, func(sp, next Span) (Span, bool) {
		if sp.Type == "MISC" || next.Type == "MISC" {
			return Span{}, false
		}
		gap := next.T0 - sp.T1
		i := sc.s.T0 + sp.T1
		if gap == 1 && nameLinks[sc.word(i)] || gap == 2 && nameLinks[sc.word(i)] && nameLinks2[sc.word(i+1)] {
			return Span{T0: sp.T0, T1: next.T1, Type: sp.Type}, true
		}
		return Span{}, false
	})
}

// joinArabicNames joins the parts of an Arabic name that a "bin" or "ibn"
// ("son of") splits: the tagger takes the father's name after the
// particle for the person's whole name ("Alwaleed bin Talal", "Osama bin
// Laden", "Zayed bin Sultan al-Nahayan"). A person's span after the
// particle takes in the tagged span before it, or the capitalised word
// before it that no span holds and that is no title. It runs before the
// titles, which would read "Sultan" as one.
func (sc *scan) joinArabicNames(spans []Span) []Span {
	spans = joinSpans(spans, func(sp, next Span) (Span, bool) {
		i := sc.s.T0 + sp.T1
		if sp.Type != "MISC" && next.T0 == sp.T1+1 && arabicLinks[sc.word(i)] && next.Type == "PER" && sc.firmWord(i-1) {
			return Span{T0: sp.T0, T1: next.T1, Type: "PER"}, true
		}
		return Span{}, false
	})
	var out []Span
	for k, sp := range spans {
		i := sc.s.T0 + sp.T0
		if sp.Type != "PER" || i-2 < sc.s.T0 || !arabicLinks[sc.word(i-1)] || !sc.firmWord(i-2) || k > 0 && spans[k-1].T1 > sp.T0-2 {
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)), spans...)
		}
		out[k].T0 -= 2
	}
	if out == nil {
		return spans
	}
	return out
}

// cutAtCommonWord returns where a tagged name [i, j) ends before a
// common word in lower case inside it ("Royal Academy of Arts annual
// Secrets": the adjective ends the academy's name), or j. Connectors,
// prepositions, the particles of foreign names, hyphenated words and "is"
// stay inside names ("Bank of England", "Action against Hunger", "Banco do
// Brasil", "Cesare dal Maso", "the Palestinian self-rule Authority", "The
// Land is Ours"), and so does any word of a name that ends in a body's
// head word ("Nippon steel Corp").
func (sc *scan) cutAtCommonWord(i, j int) int {
	if last := sc.word(j - 1); sc.lex.isOrgWord(last) || sc.lex.isCompanyHead(last) || legalSuffixes[sc.a.Lower[j-1]] {
		// "Nippon steel Corp", "New China news Agency": a word typed
		// in lower case inside a body's name; "Action against Hunger".
		return j
	}
	for k := i + 1; k < j-1; k++ {
		w := sc.word(k)
		if !isLowerWord(w) || connectors[w] || nameParticles[w] || foreignParticles[w] || namePrepositions[w] || sc.a.Tokens[k].Kind != token.Word || strings.Contains(w, "-") || w == "is" || w == "are" {
			continue
		}
		if !isLowerWord(sc.a.Text(k, k+1)) {
			continue // a capital the analysis folded after "U.N."
		}
		if sc.writtenLower(k) && isCapitalised(sc.word(k-1)) {
			return k
		}
		return j
	}
	return j
}

// extendLexPlace lengthens the lexicon's place that a tagged place [i, j)
// starts with into the whole span, when the rest is one capitalised word
// of geography ("River" before it too): "Leicester Square", "the Ohio
// River Valley", "the Gulf Coast", "the Mekong Delta" are places of their
// own, in or by the one the lexicon knows. A country stays ("the U.S.
// Gulf Coast"). It reports whether it did.
func (sc *scan) extendLexPlace(i, j int) bool {
	if !geoHeads[sc.a.Lower[j-1]] || !sc.free(j-1, j) {
		return false
	}
	for n := len(sc.res.Mentions) - 1; n >= 0; n-- {
		m := &sc.res.Mentions[n]
		if m.T1 <= sc.s.T0 {
			return false
		}
		if m.T0 > i || m.T1 <= i || m.T1 >= j || m.Source != Lexicon || m.Type != graph.Place {
			continue
		}
		if rest := j - m.T1; rest > 2 || rest == 2 && sc.a.Lower[m.T1] != "river" {
			// "the Texas Gulf Coast", "the U.S. Gulf Coast": another
			// place follows the known one; "the Ohio River Valley".
			return false
		}
		for k := m.T1; k < j; k++ {
			if !isCapitalised(sc.word(k)) || sc.a.Tokens[k].Kind != token.Word || !sc.free(k, k+1) {
				return false
			}
		}
		sc.take(m.T1, j)
		m.T1, m.Type, m.Kind, m.Canon, m.Source = j, graph.Place, Name, "", Pattern
		return true
	}
	return false
}

// geoHeads end the names of places that take another place's name:
// "Leicester Square", "Gulf Coast", "Ohio River Valley".
var geoHeads = map[string]bool{
	"square": true, "valley": true, "coast": true, "delta": true, "basin": true, "peninsula": true,
	"plain": true, "plains": true, "heights": true, "hills": true, "canyon": true, "strip": true,
	"highlands": true, "lowlands": true, "riviera": true, "corridor": true, "belt": true,
	"beach": true, "springs": true, "bay": true, "falls": true, "island": true, // "Miami Beach", "Colorado Springs"
}

// namePrepositions stay inside names: "Action against Hunger", "the
// Independent Commission into Police Conduct", and a preposition before
// a date is the tagger's to keep or leave ("from Transworld Corp on
// Monday").
var namePrepositions = map[string]bool{
	"against": true, "into": true, "from": true, "at": true, "by": true, "with": true, "over": true,
	"under": true, "upon": true, "to": true, "about": true, "after": true, "before": true, "between": true,
	"through": true, "across": true, "without": true, "within": true, "among": true, "beyond": true,
}

// foreignParticles are lower-case words inside names in other languages:
// "Banco do Brasil", "Societe des Bains", "Mitsubishi Heavy Industries und
// Partner".
var foreignParticles = map[string]bool{
	"dal": true, "dalla": true, "delle": true, "af": true, "ten": true, "vom": true, "zum": true, "zur": true, "lo": true,
	"the": true, "des": true, "do": true, "da": true, "di": true, "del": true, "dos": true, "das": true,
	"den": true, "et": true, "und": true, "y": true, "e": true, "en": true, "am": true, "pour": true,
	"le": true, "les": true, "zu": true, "ter": true, "op": true, "della": true, "degli": true, "dei": true,
}

// arabicLinks are the particles of Arabic names that join a person's name
// to the father's ("bin", "ibn": son of; "bint": daughter of).
var arabicLinks = map[string]bool{"bin": true, "ibn": true, "bint": true}

// joinSpans returns spans with each pair of neighbours that join gives a
// span for replaced by that span; spans itself when none joins.
func joinSpans(spans []Span, join func(sp, next Span) (Span, bool)) []Span {
	var out []Span
	for k := 0; k < len(spans); k++ {
		if k+1 < len(spans) {
			if j, ok := join(spans[k], spans[k+1]); ok {
				if out == nil {
					out = append(make([]Span, 0, len(spans)), spans[:k]...)
				}
				out = append(out, j)
				k++
				continue
			}
		}
		if out != nil {
			out = append(out, spans[k])
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// joinCoordinated joins a one-word tagged span and an organisation's
// name after "and" into one name the tagger split: "Transport and General
// Workers' Union", "Harper and Row Publishers Inc", "Scottish and
// Newcastle (S&N)". The organisation must end in a head word
// ("Union", "Inc") or the acronym after it must spell both; the first
// word must be no known country or organisation ("Canada and Pearson
// Plc"), the second start with no country ("Japanese and U.S. Banks"), and
// a person's name must not stand alone elsewhere ("Redstone said ...
// Redstone and MCV Holdings Inc").
func (sc *scan) joinCoordinated(spans []Span) []Span {
	return joinSpans(spans, func(sp, next Span) (Span, bool) {
		if !sc.coordinatedName(sp, next) {
			return Span{}, false
		}
		return Span{T0: sp.T0, T1: next.T1, Type: "ORG"}, true
	})
}

func (sc *scan) coordinatedName(sp, next Span) bool {
	if next.Type != "ORG" || next.T0 != sp.T1+1 || sc.word(sc.s.T0+sp.T1) != "and" {
		return false
	}
	if sp.T1-sp.T0 != 1 || sp.Type == "ORG" {
		return sc.commonWordsCoordinated(sp, next)
	}
	a, end := sc.s.T0+sp.T0, sc.s.T0+next.T1
	w := sc.word(a)
	if !isCapitalised(w) || sc.a.Tokens[a].Kind != token.Word {
		return false
	}
	if e, n := sc.lex.phrase(sc.a.Words[a : a+1]); n == 1 && e.kind == lexName && (e.typ == graph.Country || e.typ == graph.Organization) {
		return false
	}
	last := sc.word(end - 1)
	if !sc.lex.isOrgWord(last) && !sc.lex.isCompanyHead(last) && !sc.spelledAfter(a, end) {
		return false
	}
	if e, n := sc.lex.phrase(sc.a.Words[next.T0+sc.s.T0 : end]); n > 0 && e.kind == lexName && e.typ == graph.Country {
		return false // "Japanese and U.S. Banks"
	}
	if sp.Type == "PER" {
		// A person's name used alone elsewhere is a person's.
		if sc.lex.isGivenName(w) {
			return false
		}
		for t := 0; t+1 < len(sc.a.Words); t++ {
			if sc.a.Words[t] == w && sc.a.Words[t+1] != "and" {
				return false
			}
		}
	}
	return true
}

// commonWordsCoordinated reports a name the tagger split at an "and"
// between two common words, which join inside it: "Bangkok Shipowners and
// Agents Association", "Natural Hazards Research and Applications
// Information Center", "Esso Exploration and Production Inc". The word
// before "and" is one news text writes in lower case, and this document
// nowhere else with a capital; the word after it one news writes in lower
// case; the organisation after it ends in a head word or a legal form and
// has no "and" of its own; the words before "and" are no name the lexicon knows and do not end in a
// head that closes names ("Chase Bank and Trust Co" is the existing
// rules') or a trade's plural head after a word of the name (see
// tradeHeads). Two companies listed end their names in proper names ("Merrill
// Lynch and Kidder Peabody Inc").
func (sc *scan) commonWordsCoordinated(sp, next Span) bool {
	if sp.Type == "MISC" {
		return false
	}
	a, k, end := sc.s.T0+sp.T0, sc.s.T0+sp.T1, sc.s.T0+next.T1
	last := sc.a.Lower[k-1]
	if closingHeads[last] || legalSuffixes[last] || !sc.runningLower(k-1) {
		return false
	}
	if tradeHeads[last] && k-a >= 2 {
		return false // "Harbour Seafood Packers and First Grain Foods": a trade's plural closes a name
	}
	if !isCapitalised(sc.word(a)) || sc.a.Tokens[a].Kind != token.Word {
		return false
	}
	if !sc.writtenLower(k + 1) {
		return false
	}
	if w := sc.word(end - 1); !sc.lex.isOrgWord(w) && !sc.lex.isCompanyHead(w) && !legalSuffixes[sc.a.Lower[end-1]] {
		return false
	}
	for t := k + 1; t < end; t++ {
		if sc.a.Lower[t] == "and" {
			return false // "Food and Rural Affairs and Trade and Industry": portfolios listed
		}
	}
	if e, n := sc.lex.phrase(sc.a.Words[a:k]); n == k-a && (e.kind == lexName || e.kind == lexCapital || e.kind == lexDemonym) {
		return false
	}
	return true
}

// spelledAfter reports an acronym in brackets after [i, j) that the
// initials of its capitalised words spell: "Scottish and Newcastle (S&N)".
func (sc *scan) spelledAfter(i, j int) bool {
	if j+2 >= sc.s.T1 || sc.word(j) != "(" || sc.word(j+2) != ")" {
		return false
	}
	acr := strings.ReplaceAll(sc.word(j+1), "&", "")
	var b strings.Builder
	for k := i; k < j; k++ {
		if w := sc.word(k); isCapitalised(w) {
			b.WriteByte(w[0])
		}
	}
	return len(acr) >= 2 && acr == b.String()
}

// nameLinks are the lower-case particles inside Romance, Dutch and German
// names ("del", "da", "van"); nameLinks2 the second word of two ("de la",
// "van der"). "do" is left out: English "do" falls between names.
var (
	nameLinks = map[string]bool{
		"de": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "das": true,
		"du": true, "des": true, "van": true, "von": true,
	}
	nameLinks2 = map[string]bool{"la": true, "las": true, "los": true, "der": true, "den": true}
)

// referenceNouns are the heads of "the alliance"-style references to an
// organisation, with the kinds of organisation they can refer to.
var referenceNouns = map[string][]string{
	"alliance":     {lexicon.KindAlliance},
	"bloc":         {lexicon.KindAlliance, lexicon.KindIntergovernmental},
	"organisation": {lexicon.KindAlliance, lexicon.KindIntergovernmental},
	"organization": {lexicon.KindAlliance, lexicon.KindIntergovernmental},
	"company":      {lexicon.KindCompany},
	"firm":         {lexicon.KindCompany},
	"carmaker":     {lexicon.KindCompany},
	"group":        {lexicon.KindCompany},
	"bank":         {lexicon.KindCompany},
	"lender":       {lexicon.KindCompany},
	"airline":      {lexicon.KindCompany},
	"carrier":      {lexicon.KindCompany},
	"exchange":     {lexicon.KindCompany},
	"party":        {lexicon.KindParty},
	"newspaper":    {lexicon.KindMedia},
	"broadcaster":  {lexicon.KindMedia},
	"body":         {lexicon.KindIntergovernmental},
	// Head nouns that refer to the nearest body whose name they end:
	// "the Environmental Protection Agency ... a spokeswoman for the
	// agency".
	"agency":      {HeadReference},
	"commission":  {HeadReference},
	"committee":   {HeadReference},
	"council":     {HeadReference},
	"association": {HeadReference},
	"institute":   {HeadReference},
	"foundation":  {HeadReference},
}

// HeadReference marks a reference noun that refers to an organisation
// whose name has the noun as a word, whatever its kind.
const HeadReference = "head-noun"

// ReferenceKinds returns the organisation kinds a reference noun can refer
// to ("alliance" -> alliance), or nil.
func ReferenceKinds(noun string) []string { return referenceNouns[strings.ToLower(noun)] }

// references marks "the alliance", "the company": the noun after "the",
// when it is not part of a name or followed by one ("the party leader").
func (sc *scan) references() {
	for i := sc.s.T0 + 1; i < sc.s.T1; i++ {
		if sc.a.Lower[i-1] != "the" && (i-2 < sc.s.T0 || sc.a.Lower[i-2] != "the") {
			continue
		}
		if referenceNouns[sc.a.Lower[i]] == nil || !isLowerWord(sc.word(i)) || !sc.free(i, i+1) {
			continue
		}
		t0 := i
		if sc.a.Lower[i-1] != "the" {
			// "the trade body", "the military alliance": one modifier
			// before the noun of an international body. "the Dutch
			// bank", "the French carmaker": a national adjective before
			// a business noun, which stays out of the mention (the
			// resolver reads it).
			switch {
			case modifiedReference[sc.a.Lower[i]] && i-2 >= sc.s.T0 && sc.a.Lower[i-2] == "the" && sc.referenceModifier(i-1):
				t0 = i - 1
			case IsBusinessReference(sc.a.Lower[i]) && isCapitalised(sc.word(i-1)) && IsNationalAdjective(sc.word(i-1)):
			default:
				continue
			}
		}
		if i+1 < sc.s.T1 {
			// "the company also signed", "the bank last week said": an
			// adverb between a subject and its verb, which must follow.
			n := sc.subjectAdverbs(i + 1)
			next, verb := sc.word(n), referenceVerb[sc.a.Lower[n]] || IsBusinessReference(sc.a.Lower[i]) && pastVerb(sc.a.Lower[n])
			if n > i+1 && !verb || isCapitalised(next) || next == "of" || !sc.free(i+1, n+1) || isLowerWord(next) && !verb && !referenceLink[sc.a.Lower[n]] {
				continue // "the party leader", "the alliance of", "the company said" is fine below
			}
		}
		sc.add(Mention{T0: t0, T1: i + 1, Type: graph.Organization, Kind: Reference, Source: Pattern})
	}
}

// IsBusinessReference reports a lower-case reference noun of a business
// ("the company", "the bank", "the carmaker", "the exchange").
func IsBusinessReference(w string) bool {
	k := referenceNouns[w]
	return len(k) == 1 && k[0] == lexicon.KindCompany
}

// IsNationalAdjective reports a national adjective ("Dutch", "French"):
// a demonym of a country that ends in none of the plural's letters.
func IsNationalAdjective(w string) bool {
	_, ok := NationalAdjective(w)
	return ok
}

// NationalAdjective returns the country of a national adjective (see
// IsNationalAdjective).
func NationalAdjective(w string) (*lexicon.Country, bool) {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return nil, false // "Americans": a people, no adjective
	}
	return lexicon.CountryByDemonym(w)
}

// pastVerb reports a past-tense verb that may follow a reference subject
// ("the bank signed", "the firm reported"), not a participle that opens a
// modifier ("the company based in", "the bank owned by").
func pastVerb(w string) bool {
	if irregularPast[w] {
		return true
	}
	if !edForm(w) {
		return false
	}
	switch w {
	case "based", "owned", "controlled", "listed", "named", "called", "backed", "linked", "founded", "headed", "involved", "concerned", "quoted", "registered", "affected", "needed", "required", "proposed", "planned", "mentioned":
		return false
	}
	return true
}

// irregularPast are past-tense verbs a business does: "the firm sold",
// "the bank made".
var irregularPast = map[string]bool{
	"held": true, "made": true, "won": true, "took": true, "paid": true, "sold": true,
	"bought": true, "lost": true, "gave": true, "got": true, "struck": true, "became": true,
	"began": true, "kept": true, "met": true, "rose": true, "fell": true, "told": true,
}

// modifiedReference are the reference nouns that keep their reference
// with a modifier: "the trade body", "the military alliance".
var modifiedReference = map[string]bool{"body": true, "alliance": true, "bloc": true, "organisation": true, "organization": true}

// referenceModifier reports a lower-case modifier at k that leaves a
// reference pointing to the body named before: "trade", "military", not
// "other", "new" or "opposition".
func (sc *scan) referenceModifier(k int) bool {
	w := sc.a.Lower[k]
	if !isLowerWord(sc.word(k)) || !sc.free(k, k+1) || len(w) < 4 || sc.lex.isStopword(sc.word(k)) {
		return false
	}
	switch w {
	case "other", "new", "former", "rival", "opposition", "same", "second", "first", "proposed", "planned", "whole", "entire", "separate", "regional", "national", "local":
		return false
	}
	return true
}

// subjectAdverbs returns the token after the adverbs of time or manner
// that news puts between a subject and its verb ("also", "later",
// "yesterday", "last week") starting at k, or k when there are none.
func (sc *scan) subjectAdverbs(k int) int {
	for n := 0; n < 2 && k+1 < sc.s.T1; n++ {
		switch w := sc.a.Lower[k]; {
		case subjectAdverb[w] && isLowerWord(sc.word(k)):
			k++
		case w == "last" && k+2 < sc.s.T1 && (sc.a.Lower[k+1] == "week" || sc.a.Lower[k+1] == "month" || sc.a.Lower[k+1] == "year"):
			// A verb must follow: "the bank last week said", not a
			// sentence that ends "signed by the company last week".
			k += 2
		default:
			return k
		}
	}
	return k
}

var subjectAdverb = map[string]bool{
	"also": true, "later": true, "then": true, "now": true, "still": true, "already": true, "yesterday": true,
	"today": true, "earlier": true, "previously": true, "recently": true, "subsequently": true, "originally": true,
	"finally": true, "currently": true, "formally": true, "officially": true, "eventually": true,
	"initially": true, "separately": true, "reportedly": true, "immediately": true, "since": true,
}

// referenceVerb and referenceLink may follow a reference noun used as a
// noun phrase: a verb (which alone may come after an adverb: "the firm
// also said"), or a possessive, conjunction or preposition.
var referenceVerb = map[string]bool{
	"said": true, "says": true, "has": true, "have": true, "had": true, "is": true,
	"was": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true,
}

var referenceLink = map[string]bool{
	"'s": true, "and": true, "or": true, "to": true, "in": true, "on": true,
	"for": true, "with": true, "which": true, "that": true, "as": true, "at": true, "by": true,
}

// coordinated gives a weak mention the type of a known mention it is
// coordinated with: "Opel and Saab", "Bethesda, Maryland" is not
// coordination but "Paris, Lyon and Nice" is.
func (sc *scan) coordinated() {
	var ms []*Mention
	for i := range sc.res.Mentions {
		m := &sc.res.Mentions[i]
		if m.T0 >= sc.s.T0 && m.T1 <= sc.s.T1 {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].T0 < ms[j].T0 })
	for pass := 0; pass < 2; pass++ {
		for k := 0; k+1 < len(ms); k++ {
			a, b := ms[k], ms[k+1]
			if !sc.coordinator(a.T1, b.T0) {
				continue
			}
			// The weaker of two coordinated names takes the other's type:
			// a guess yields to any mention, a tagger's place to a lexicon's
			// organisation ("Opel and Saab").
			weak, strong := a, b
			switch {
			case a.Weak != b.Weak:
				if b.Weak {
					weak, strong = b, a
				}
			case a.Source == Tagger && a.Type == graph.Place && b.Source == Lexicon && b.Type == graph.Organization:
			case b.Source == Tagger && b.Type == graph.Place && a.Source == Lexicon && a.Type == graph.Organization:
				weak, strong = b, a
			default:
				continue
			}
			if weak.Kind != Name || weak.Type == graph.Person && !weak.Weak {
				continue // a tagged person stays a person
			}
			if strong.Kind == Name && strong.Type != graph.Agreement {
				weak.Type, weak.Weak = strong.Type, false
				weak.Canon, weak.Country = "", ""
			}
		}
	}
}

// coordinator reports whether tokens [i, j) are "and", "or", "," or ", and".
func (sc *scan) coordinator(i, j int) bool {
	switch j - i {
	case 1:
		w := sc.word(i)
		return w == "and" || w == "or"
	case 2:
		return sc.word(i) == "," && (sc.word(i+1) == "and" || sc.word(i+1) == "or")
	}
	return false
}

// titles marks office titles: lexicon phrases matched case-insensitively,
// and "<Capitalised> Minister"-style titles the lexicon does not list.
func (sc *scan) titles() {
	for i := sc.s.T0; i < sc.s.T1; {
		// Most words start no title in any of the four ways below: the
		// tests that rule them out come first, without calls.
		if lw := sc.a.Lower[i]; !sc.lex.titleKeys.mayHave(lw) && !mayModifyTitle(lw) && !mayPrefixTitle(lw) &&
			!(i+1 < sc.s.T1 && mayPluralTitle(sc.a.Words[i]) && mayPluralTitle(sc.a.Words[i+1])) {
			i++
			continue
		}
		t, n := sc.lex.title(sc.a.Words[i:sc.s.T1], sc.a.Lower[i])
		if mt, mn := sc.modifiedTitle(i); mn > n {
			t, n = mt, mn
		}
		if n == 0 {
			if pt, text, ok := sc.prefixedTitle(i); ok {
				// "then-president Anwar Sadat", "ex-premier".
				sc.res.Titles = append(sc.res.Titles, Title{T0: i, T1: i + 1, Title: text, Role: pt.Role, Deputy: pt.Deputy})
				sc.take(i, i+1)
				i++
				continue
			}
			if pt, text, pn := sc.pluralTitle(i); pn > 0 {
				sc.res.Titles = append(sc.res.Titles, Title{T0: i, T1: i + pn, Title: text, Role: pt.Role, Deputy: pt.Deputy, Plural: true})
				sc.take(i, i+pn)
				i += pn
				continue
			}
			i++
			continue
		}
		// "former Labour minister", "a Labour peer": a party's name
		// before a lower-case title is the holder's party, not the
		// title's portfolio ("Labour Minister" is a portfolio).
		if n > 1 && sc.partyBeforeLowerTitle(i, n) {
			i++
			continue
		}
		// "General Motors", "President Hotel": a longer name wins; "UK
		// Independence Party leader": "Party" belongs to the name.
		if e, m := sc.lex.phrase(sc.a.Words[i:sc.s.T1]); m > n && e.kind == lexName {
			i += m
			continue
		}
		// "speaker of the House of Lords": a body's name that the title's
		// last words open belongs to the body ("speaker of the House" is a
		// title of its own); the title ends before it.
		if n > 2 {
			n = sc.titleBeforeName(i, n)
		}
		if sc.inLexPhrase(i) || n == 1 && sc.surnameTitle(i) || sc.marketLeader(i, n) || sc.bondManager(i, n) {
			i++
			continue
		}
		// "Transport & General Workers' Union": a capitalised title
		// word after an ampersand, or inside a tagged organisation's name,
		// is part of the name; after "bin" it is a father's name ("Zayed
		// bin Sultan").
		if n == 1 && isCapitalised(sc.word(i)) && i > sc.s.T0 && (sc.word(i-1) == "&" || arabicLinks[sc.word(i-1)] || sc.insideTaggedOrg(i)) {
			i++
			continue
		}
		// "a former employee of General Mills": "General" after an
		// employee's "of" opens the employer's name ("an employee of
		// President Bill Clinton" serves a person).
		if n == 1 && sc.word(i) == "General" && sc.employeeOf(i) {
			if j := sc.capitalisedRun(i); j > i+1 && sc.free(i, j) && !sc.startsWithPlace(i+1, j) {
				sc.addCued(i, j)
				i = j
				continue
			}
			i++
			continue
		}
		// "Democratic Justice Party", "Justice Department": a capitalised
		// title word before an organisation's head word is part of its
		// name.
		if n == 1 && isCapitalised(sc.word(i)) && i+1 < sc.s.T1 && isCapitalised(sc.word(i+1)) && sc.lex.isOrgWord(sc.word(i+1)) {
			i++
			continue
		}
		// "General Election", "General Acquisition": a capitalised title
		// word before a capitalised common noun that the tagger reads as no
		// person's name starts a name, not an office.
		if n == 1 && isCapitalised(sc.word(i)) && sc.commonNounAfterTitle(i+1) {
			i++
			continue
		}
		if n == 1 && sc.jobNoOffice(t.Title, i) {
			i++
			continue
		}
		// "Gen", "Prof": a title clipped without its full stop only
		// before a name ("a new gen of phones").
		if n == 1 && clippedTitle(sc.a.Lower[i], t) && !(isCapitalised(sc.word(i)) && i+1 < sc.s.T1 && isCapitalised(sc.word(i+1))) {
			i++
			continue
		}
		// A one-word title in lower case is an office only next to a name
		// or a body: "deputy, Grushko", "director of", "economist at",
		// "analyst with", not "a major aim".
		if n == 1 && isLowerWord(sc.word(i)) && i+1 < sc.s.T1 && !sc.afterBody(i) && !sc.bareHeadSubject(i) {
			next := sc.word(i + 1)
			if !isCapitalised(next) && next != "," && next != "of" && next != "--" && next != "and" && next != "." && next != ";" && next != ")" &&
				next != "for" && next != "to" && next != "on" && next != "at" && next != "with" {
				i++
				continue
			}
		}
		start, end := sc.titleModifiers(i, t.Role == lexicon.Leader, t.Role != lexicon.Member && placeDesks[sc.a.Lower[i+n-1]]), i+n
		if start == i && t.Role != lexicon.Leader {
			start = sc.appositivePortfolio(i, end)
		}
		if b := sc.bodyEndInTitle(start, end); b > 0 {
			// "Bank of England deputy governor", "Electoral Commission
			// chairman", "Senate Banking Committee Chairman": the end of
			// a tagged organisation's name is the body before the
			// title, not its portfolio; a title word inside the name is
			// looked for again after it.
			if b > i {
				i = b
				continue
			}
			start = b
		}
		if start+1 == i && t.Title == "speaker" && sc.word(start) == "House" {
			// "House Speaker Jim Wright": the chamber before its
			// speaker's title is the body the speaker leads, not a
			// portfolio of the title.
			sc.add(Mention{T0: start, T1: i, Type: graph.Organization, Source: Pattern})
			start = i
		}
		seatStart, seatEnd := 0, 0
		if t.Role != lexicon.Member {
			// "Director of Public Prosecutions", "Secretary of State for
			// Culture, Media and Sport", "Minister for Defence
			// Procurement": the portfolio after the title is its own.
			if p := sc.portfolioAfter(i, end); p > end {
				end = p
			}
		}
		// "Minister for Europe", "Minister of State for Finance and
		// Industry": a capitalised title's portfolio after "for".
		if sc.word(end) == "for" {
			if !isCapitalised(sc.word(i)) {
				// "the minister for civil aviation Praful Patel": a
				// lower-case portfolio, then the holder's name.
				j := end + 1
				for j < sc.s.T1 && j <= end+3 && isLowerWord(sc.word(j)) && sc.modifierWord(j) {
					j++
				}
				if j > end+1 && j < sc.s.T1 && isCapitalised(sc.word(j)) && sc.a.Tokens[j].Kind == token.Word && sc.free(j, j+1) {
					end = j
				}
			} else if j := sc.capitalisedRun(end + 1); j > end+1 {
				if t.Role == lexicon.Member {
					// "MP for West Ham", "Senator for Queensland": after
					// a member's title, "for" names the seat, no
					// portfolio; the seat stays out of the title's text.
					seatStart, seatEnd = end+1, sc.seatEnd(end+1, j)
				} else {
					end = j
				}
			}
		}
		if sc.word(end) == "on" && strings.HasSuffix(t.Title, "spokesman") {
			// "the Tory spokesman on foreign affairs": a spokesman's
			// portfolio after "on".
			j := end + 1
			for j < sc.s.T1 && j <= end+3 && isLowerWord(sc.word(j)) && sc.modifierWord(j) && !notSpokesPortfolio[sc.a.Lower[j]] {
				j++
			}
			if j > end+1 && (j >= sc.s.T1 || sc.word(j) == "," || sc.word(j) == "." || isCapitalised(sc.word(j))) {
				end = j
			}
		}
		field := false
		if t.Role != lexicon.Member {
			// "head of currency strategy at Bank of America": a
			// lower-case field after "of", before the employer.
			if f := sc.lowerFieldAfterOf(i, end); f > end {
				end, field = f, true
			}
		}
		role := t.Role
		if role == lexicon.Leader && field {
			// "president of distribution at Warner": a post over a
			// field inside the body, not its head.
			role = lexicon.Official
		}
		if role == lexicon.Other && n == 1 && sc.word(i) == "Attorney" && sc.afterBody(i) && sc.word(i-1) != "'s" && sc.word(i-1) != "'" {
			// "US Attorney David Kelley": a state's prosecutor, no
			// private lawyer ("his attorney").
			role = lexicon.Official
		}
		if role == lexicon.Leader && (sc.hasPortfolio(start, i) || start == i-1 && sc.bodyPortfolio(start, i)) {
			// "political editor", "foreign affairs chief", "White House
			// Budget chief": a post with a portfolio inside a body, not
			// its head ("interim leader" is still the leader).
			role = lexicon.Official
		}
		text := sc.titleText(start, end, t)
		if seatEnd > end {
			// The seat is a place of its own (a constituency, a state):
			// "Kensington and Chelsea" in "MP for Kensington and
			// Chelsea", inside the title's span, as the holder's name
			// follows it ("MEP for Wessex Ruth Calder").
			if sc.free(seatStart, seatEnd) {
				sc.add(Mention{T0: seatStart, T1: seatEnd, Type: graph.Place, Source: Pattern})
			}
			end = seatEnd
		}
		sc.res.Titles = append(sc.res.Titles, Title{T0: start, T1: end, Title: text, Role: role, Deputy: t.Deputy})
		sc.take(start, end)
		i = end
	}
}

// commonNounAfterTitle reports a capitalised word at k that news writes
// in lower case mid-sentence ("Election", "Acquisition"), that is no given
// name, and that no tagged person's name covers: no holder of the title
// before it.
func (sc *scan) commonNounAfterTitle(k int) bool {
	if sc.forms == nil || k >= sc.s.T1 {
		return false
	}
	w := sc.word(k)
	if !isCapitalised(w) || isAllCaps(w) || sc.lex.isGivenName(w) || sc.lex.isTitlePart(sc.a.Lower[k]) {
		return false
	}
	if !sc.writtenLower(k) {
		return false
	}
	r := k - sc.s.T0
	for _, sp := range sc.spans {
		if sp.Type == "PER" && sp.T0 <= r && r < sp.T1 {
			return false
		}
	}
	return true
}

// demonymBeforeNoun reports a country's adjective at k that is followed
// by what it qualifies, a lower-case word or "and" with another adjective
// ("Australian economy", "Australian and Canadian dollars"), not by
// the verb or the punctuation that follow a paper's name ("The Australian
// said", "The Australian newspaper").
func (sc *scan) demonymBeforeNoun(k int) bool {
	if e, n := sc.lex.phrase(sc.a.Words[k:sc.s.T1]); n != 1 || e.kind != lexDemonym {
		return false
	}
	next := sc.word(k + 1)
	if k+1 >= sc.s.T1 || !isLowerWord(next) || reportingVerb[next] || paperNouns[next] {
		return false
	}
	if next == "and" || next == "or" {
		// "the Australian and New Zealand dollars": a country's name
		// qualifies too.
		e, n := sc.lex.phrase(sc.a.Words[k+2 : sc.s.T1])
		return n > 0 && (e.kind == lexDemonym || e.kind == lexName && e.typ == graph.Country)
	}
	return true
}

// paperNouns follow a newspaper's name: "The Australian newspaper".
var paperNouns = map[string]bool{"newspaper": true, "paper": true, "daily": true, "weekly": true, "reported": true, "quoted": true, "carried": true, "published": true, "reports": true}

// marketLeader reports "leader" at i after "market", "sector" or
// "industry": a company's rank among its rivals ("market leader Diageo"),
// no office.
func (sc *scan) marketLeader(i, n int) bool {
	if n != 1 || i == sc.s.T0 {
		return false
	}
	w := sc.a.Lower[i]
	return (w == "leader" || w == "leaders") && marketNouns[sc.word(i-1)]
}

// bondManager reports "manager" at i as a bank's role in a securities
// issue ("lead manager Nomura", "joint-lead manager"), or an occupation's
// noun capitalised after another capitalised word as the end of a name
// ("Buffer Stock Manager", "Secret Agent"): no office of a person.
func (sc *scan) bondManager(i, n int) bool {
	if n != 1 || i == sc.s.T0 || !occupationNouns[sc.a.Lower[i]] {
		return false
	}
	switch p := sc.a.Lower[i-1]; p {
	case "lead", "sole", "joint-lead", "co-lead", "joint", "co-manager":
		return true
	}
	return isCapitalised(sc.word(i)) && isCapitalised(sc.word(i-1)) && !sc.lex.isTitlePart(sc.a.Lower[i-1])
}

// occupationNouns are the titles that name a trade more than an office
// and end names of works and bodies when capitalised.
var occupationNouns = map[string]bool{"manager": true, "agent": true, "partner": true, "lawyer": true, "strategist": true}

// marketNouns rank companies before "leader": "market leader", "sector
// leader".
var marketNouns = map[string]bool{"market": true, "sector": true, "industry": true}

// titleModifierRoles are the words that make a title of a known title
// ("deputy editor", "vice-chairman", "co-chief executive", "acting
// governor", "assistant director"): whether the holder is a deputy, and
// whether the title keeps the role of the title it modifies (an acting or
// joint head is still the head); the others make an official.
var titleModifierRoles = map[string]struct{ deputy, keep bool }{
	"vice": {true, false}, "deputy": {true, false}, "assistant": {false, false},
	"associate": {false, false}, "acting": {false, true}, "co": {false, true},
}

// mayModifyTitle reports false when the lower-case word w starts with no
// modifier of titleModifierRoles, as modifiedTitle looks for one ("co"
// only before a hyphen).
func mayModifyTitle(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[0] {
	case 'v':
		return strings.HasPrefix(w, "vice")
	case 'd':
		return strings.HasPrefix(w, "deputy")
	case 'a':
		return strings.HasPrefix(w, "assistant") || strings.HasPrefix(w, "associate") || strings.HasPrefix(w, "acting")
	case 'c':
		return strings.HasPrefix(w, "co-")
	}
	return false
}

// mayPrefixTitle reports false when the lower-case word w has no prefix
// prefixedTitle looks for: the first test of prefixedTitle.
func mayPrefixTitle(w string) bool {
	return !(len(w) < 5 || w[0] != 't' && w[0] != 'e' || w[2] != '-' && w[4] != '-')
}

// mayPluralTitle reports false when the word w does not start with a
// capital: pluralTitle needs one at i and at i+1 (the next word of a
// one-word title, or the second of a longer one).
func mayPluralTitle(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// modifiedTitle finds a known title after a modifier at i, as one word
// ("co-chief executive", "vice-chairwoman") or two ("acting governor",
// "assistant director"): the title and its length, or 0.
func (sc *scan) modifiedTitle(i int) (lexicon.Title, int) {
	w := sc.a.Lower[i]
	if len(w) < 2 || w[0] != 'v' && w[0] != 'd' && w[0] != 'a' && w[0] != 'c' {
		return lexicon.Title{}, 0 // no modifier of titleModifierRoles starts so: most words
	}
	if sc.a.Tokens[i].Kind != token.Word || len(w) < 4 {
		return lexicon.Title{}, 0
	}
	mod, rest, hyphen := strings.Cut(w, "-")
	r, ok := titleModifierRoles[mod]
	if !ok {
		return lexicon.Title{}, 0
	}
	var t lexicon.Title
	n := 0
	if hyphen {
		if rest == "" || strings.Contains(rest, "-") {
			return lexicon.Title{}, 0
		}
		words := make([]string, 1, 6)
		words[0] = rest
		words = append(words, sc.a.Words[i+1:min(i+6, sc.s.T1)]...)
		t, n = sc.lex.title(words, rest)
	} else if mod != "co" && i+1 < sc.s.T1 {
		t, n = sc.lex.title(sc.a.Words[i+1:sc.s.T1], sc.a.Lower[i+1])
		if n == 0 {
			// "deputy assistant defense secretary", "acting assistant
			// attorney general": a second modifier before the title.
			if r2, ok := titleModifierRoles[sc.a.Lower[i+1]]; ok && sc.a.Lower[i+1] != mod && sc.a.Lower[i+1] != "co" {
				t, n = sc.modifiedTitle(i + 1)
				r.keep = r.keep && r2.keep
			}
		}
		if n > 0 {
			n++
		}
	}
	if n == 0 || t.Role != lexicon.Leader && t.Role != lexicon.Official && t.Role != lexicon.Other {
		return lexicon.Title{}, 0
	}
	for k := i + 1; k < i+n; k++ {
		if w := sc.a.Lower[k]; w == "of" || w == "for" || w == "to" {
			// "vice-president of the European Commission": the body is
			// named after the title, not part of it.
			return lexicon.Title{}, 0
		}
	}
	if !r.keep && t.Role != lexicon.Other {
		// "deputy chief economist", "associate professor": a rank
		// that is no office stays one.
		t.Role = lexicon.Official
	}
	t.Deputy = r.deputy
	return t, n
}

// prefixedTitle finds a one-word title after "then-" or "ex-" at i
// ("then-president", "ex-chancellor") before a name: the title, its text
// without the prefix.
func (sc *scan) prefixedTitle(i int) (lexicon.Title, string, bool) {
	rest, ok := formerPortfolio(sc.a.Lower[i])
	if !ok || !isCapitalised(sc.word(i+1)) || !sc.free(i, i+1) {
		return lexicon.Title{}, "", false
	}
	t, found := lexicon.TitleByPhrase(rest)
	if !found {
		return lexicon.Title{}, "", false
	}
	return *t, rest, true
}

// namesCoordinated reports two names from k, "Li Peng and Tian Jiyun":
// one to three capitalised words, "and" or a comma, a capitalised word; a
// plural title before anything else is part of a name ("Secondary Heads
// Association").
func (sc *scan) namesCoordinated(k int) bool {
	j := k
	for j < sc.s.T1 && j < k+3 && isCapitalised(sc.word(j)) && !sc.lex.isOrgWord(sc.word(j)) && !sc.lex.isTitleWord(sc.word(j)) && !sc.lex.isStopword(sc.word(j)) {
		j++
	}
	if j == k || j+1 >= sc.s.T1 {
		return false
	}
	if sc.word(j) == "(" {
		// "Sens. Robert Dole (R-Kan.) and Charles Grassley": a party and
		// state tag after the name.
		for c := j + 1; c < sc.s.T1 && c <= j+6; c++ {
			if sc.word(c) == ")" {
				j = c + 1
				break
			}
		}
		if j+1 >= sc.s.T1 {
			return false
		}
	}
	return (sc.word(j) == "and" || sc.word(j) == ",") && isCapitalised(sc.word(j+1))
}

// pluralTitle finds a capitalised plural title at i before a name,
// "Vice-Premiers Li Peng and Tian Jiyun", "Foreign Ministers Genscher and
// Dumas": the title of the singular phrase, its text and its length.
func (sc *scan) pluralTitle(i int) (lexicon.Title, string, int) {
	// Capitals tested on the first byte: the titles are ASCII.
	if w := sc.word(i); w == "" || w[0] < 'A' || w[0] > 'Z' {
		return lexicon.Title{}, "", 0
	}
	// "Sens. Jake Garn and John Heinz": the plural of an abbreviation.
	if abbr := pluralAbbreviations[sc.word(i)]; abbr != "" && sc.namesCoordinated(i+1) && sc.free(i, i+1) {
		if t, ok := lexicon.TitleByPhrase(abbr); ok {
			return *t, t.Title, 1
		}
	}
	for n := 1; n <= 3 && i+n < sc.s.T1; n++ {
		last := sc.word(i + n - 1)
		if last == "" || last[0] < 'A' || last[0] > 'Z' {
			return lexicon.Title{}, "", 0
		}
		if len(last) < 4 || last[len(last)-1] != 's' {
			continue
		}
		if next := sc.word(i + n); next == "" || next[0] < 'A' || next[0] > 'Z' {
			continue
		}
		if sc.a.Tokens[i+n-1].Kind != token.Word || !sc.free(i, i+n) {
			return lexicon.Title{}, "", 0
		}
		words := make([]string, n)
		copy(words, sc.a.Lower[i:i+n])
		w := words[n-1]
		if strings.HasSuffix(w, "ies") {
			words[n-1] = w[:len(w)-3] + "y" // "Secretaries"
		} else {
			words[n-1] = w[:len(w)-1]
		}
		if !sc.namesCoordinated(i + n) {
			continue
		}
		phrase := strings.Join(words, " ")
		if t, ok := lexicon.TitleByPhrase(phrase); ok && !sc.lex.isGivenName(sc.word(i+n-1)) {
			return *t, phrase, n
		}
	}
	return lexicon.Title{}, "", 0
}

// mountainWords open a mountain's name.
var mountainWords = map[string]bool{"Mount": true, "Mt": true, "Mt.": true}

// pluralAbbreviations are plural abbreviated titles, with the singular
// the lexicon lists.
var pluralAbbreviations = map[string]string{"Sens.": "sen.", "Reps.": "rep."}

// afterBody reports whether token i follows a demonym, a country's name or
// a possessive: "the Saudi leader", "Britain's envoy" are offices whatever
// follows them.
func (sc *scan) afterBody(i int) bool {
	if i == sc.s.T0 {
		return false
	}
	if p := sc.word(i - 1); p == "'s" || p == "'" {
		return true
	}
	for k := i - 1; k >= sc.s.T0 && k >= i-3; k-- {
		if e, n := sc.lex.phrase(sc.a.Words[k:i]); n == i-k {
			return e.kind == lexDemonym && e.country != "" || e.kind == lexName && e.typ == graph.Country
		}
	}
	return false
}

// surnameTitle reports a title word that is a surname here: "Martin
// Luther King", "Stephen King", a capitalised title after a given name.
func (sc *scan) surnameTitle(i int) bool {
	if i == sc.s.T0 || !isCapitalised(sc.word(i)) {
		return false
	}
	if w := sc.word(i); len(w) > 2 && w[len(w)-1] == '.' {
		return false // "Marine Lt. Col. Oliver North": an abbreviated rank is no surname
	}
	for k := i - 1; k >= sc.s.T0 && k >= i-2; k-- {
		w := sc.word(k)
		if !isCapitalised(w) || sc.lex.isTitlePart(sc.a.Lower[k]) {
			return false
		}
		if sc.lex.isGivenName(w) {
			return true
		}
	}
	return false
}

// titleText is the title attribute of the words [i, j): as written, in
// lower case ("Environment Secretary" is "environment secretary" even if
// the lexicon files it under environment minister), but the lexicon's
// phrase for abbreviations ("Sen." is "senator", "PM" "prime minister").
func (sc *scan) titleText(i, j int, t lexicon.Title) string {
	if j-i == 1 && (strings.Contains(sc.word(i), ".") || isAllCaps(sc.word(i)) && len(sc.word(i)) <= 4) {
		return t.Title
	}
	if j-i == 1 && clippedTitle(sc.a.Lower[i], t) {
		return t.Title // "Gen" and "Prof" without their full stops are "general" and "professor"
	}
	if j-i == 2 && strings.HasSuffix(sc.word(i), ".") && strings.HasSuffix(sc.word(i+1), ".") {
		return t.Title // "Lt. Col." is "lieutenant colonel"
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && sc.a.Lower[k] != "," {
			b.WriteByte(' ')
		}
		w := sc.a.Lower[k]
		if k == i && j > i+1 && sc.formerPortfolioAt(i, j-1) {
			w, _ = formerPortfolio(w) // "ex-home secretary" is "home secretary"
		}
		b.WriteString(w)
	}
	return b.String()
}

// formerPortfolioAt reports a former office's portfolio of the lexicon at
// k, written in the case of the title word at t: "ex-foreign" of
// "ex-foreign secretary", "ex-Home" of "ex-Home Secretary". A capital
// before a lower-case title, or a name, is a party's: "Ex-Labour
// minister", "Ex-Labour MP".
func (sc *scan) formerPortfolioAt(k, t int) bool {
	rest, ok := formerPortfolio(sc.a.Lower[k])
	if !ok || sc.a.Tokens[k].Kind != token.Word || !sc.lex.isTitlePart(rest) {
		return false
	}
	w := sc.word(k)
	w = w[len(w)-len(rest):]
	if e, n := sc.lex.phrase([]string{w}); n == 1 && e.kind == lexName {
		return false // "Ex-Labour MP": a party's name
	}
	return isCapitalised(w) == isCapitalised(sc.word(t))
}

// formerPortfolio cuts "ex-" or "then-" off the lower-case word w, the
// portfolio of a former office ("ex-foreign" of "ex-foreign secretary").
func formerPortfolio(w string) (string, bool) {
	if len(w) < 5 || w[0] != 'e' && w[0] != 't' {
		return "", false
	}
	if rest, ok := strings.CutPrefix(w, "ex-"); ok && rest != "" {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(w, "then-"); ok && rest != "" {
		return rest, true
	}
	return "", false
}

// clippedTitle reports a word of at most four letters that starts the
// one-word title t it stands for: "gen" for "general", "prof" for
// "professor".
func clippedTitle(w string, t lexicon.Title) bool {
	return len(w) <= 4 && len(w) < len(t.Title) && strings.HasPrefix(t.Title, w) && !strings.Contains(t.Title, " ")
}

// titleModifiers extends a title at i to the portfolio words
// before it: "Agriculture Minister", "Shadow Europe minister", "foreign
// affairs spokesman", "petroleum minister". It stops at names, demonyms,
// countries, articles and possessives; it returns the first token.
// A place is a portfolio only right before the title of a post with a
// region for its desk (desk: "Europe minister", "Northern Ireland
// Secretary"); before any other office, or before a portfolio, it is
// where the office is held and stays out of the title ("the East
// Midlands MEP", "Ohio senator", "Texas judge", "Kansas insurance
// commissioner").
func (sc *scan) titleModifiers(i int, leader, desk bool) int {
	start := i
	if isLowerWord(sc.word(i)) && sc.forceBeforeTitle(i) {
		return i // "the Rwandan army spokesman": the force is the body
	}
	joined := 0 // connectors crossed: "Trade and Industry Secretary"
	for k := i - 1; k >= sc.s.T0 && i-k <= 3+2*joined && sc.free(k, k+1); k-- {
		w := sc.word(k)
		if (w == "and" || w == "&" || w == "," && joined > 0) && start == k+1 && (sc.joinedPortfolio(k-1, i, false) || w != "," && sc.word(k-2) == "," && sc.joinedPortfolio(k-1, i, true) && sc.joinedPortfolio(k-3, i, false)) {
			// "Trade and Industry Secretary", "Culture, Media and Sport
			// Secretary": capitalised portfolios joined before a
			// capitalised title.
			start = k - 1
			joined++
			k--
			continue
		}
		if w == "and" && start == k+1 && joined == 0 && portfolioTitles[sc.a.Lower[i]] && isLowerWord(sc.word(i)) && k-1 >= sc.s.T0 && sc.free(k-1, k) &&
			isLowerWord(sc.word(k-1)) && sc.modifierWord(k-1) && !sc.lex.isTitlePart(sc.a.Lower[k-1]) && !agentNoun(sc.a.Lower[k-1]) {
			// "the work and pensions secretary", "his transport and
			// environment spokesman": two fields joined before a
			// lower-case title.
			start = k - 1
			joined++
			k--
			continue
		}
		if start == k+1 && sc.formerPortfolioAt(k, i) {
			// "ex-Home Secretary David Blunkett", "ex-foreign secretary
			// Robin Cook": the portfolio after "ex-" or "then-"; the
			// prefix stays out of the title (titleText).
			start = k
			break
		}
		if sc.a.Tokens[k].Kind != token.Word || strings.Contains(w, "-") && !isLowerWord(w) {
			break
		}
		if isCapitalised(w) && sc.surnameAt(k) {
			break // "Frank Field MP": the name ends before the title
		}
		if isCapitalised(w) {
			// A capitalised portfolio: a word of the title lexicon
			// ("Agriculture", "Shadow") or a place ("Europe"); not a
			// country, a demonym, an organisation ("Euronext chief
			// executive") or an adverb ("Earlier").
			e, n := sc.lex.phrase(sc.a.Words[k:i])
			// A place before a leader's title is what it leads:
			// "Queensland premier", not a portfolio; before another
			// office it is where the office is held ("Ohio senator"),
			// except right before a desk's ("Europe minister").
			place := n > 0 && e.kind == lexName && e.typ == graph.Place && !leader && desk && k+n == i
			if n > 0 && e.kind == lexName && k+n > start {
				// "South Africa Finance Minister", "European commission
				// president", "Labour party chairman": the words taken
				// so far end a longer name, a country's, a place's or a
				// body's, which is no portfolio.
				start = k + n
			}
			if n > 0 && e.kind == lexName && e.typ == graph.Place && !place && start == k+n {
				// "the Manchester Central MP", "Leeds North West
				// councillor": compass points after a place name a
				// constituency or a ward, not a portfolio.
				for start < i && start < k+n+2 && compassTail(sc.a.Lower[start:start+1]) {
					start++
				}
				if start > k+n && sc.free(k, start) {
					sc.add(Mention{T0: k, T1: start, Type: graph.Place, Source: Pattern})
				} else if !leader && start == k+n && sc.free(k, start) && !sc.inLexPhrase(k) && !sc.taggedFrom(k) {
					// "Texas Savings and Loan Commissioner": the place
					// is one of its own, not the start of a body's name
					// that the title has cut; in "Credit Suisse First
					// Boston chairman" it ends the body's.
					sc.add(Mention{T0: k, T1: k + n, Type: graph.Place, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
				}
			}
			if !place && n == 0 && !sc.lex.isTitlePart(strings.ToLower(w)) && !sc.inLexPhrase(k) && !notPortfolio[strings.ToLower(w)] && sc.governmentPortfolio(k, i) {
				// "Belgian Research Minister", "Britain's Arts
				// Secretary": between a country and a minister, a
				// capitalised word is the minister's field.
				start = k
				continue
			}
			if n == 0 && k == i-1 && sc.bodyPortfolio(k, i) {
				// "White House Budget chief": a field the text writes
				// in lower case elsewhere, between a national body and
				// its officer's lower-case title.
				start = k
				break
			}
			if !place && (n > 0 || !sc.lex.isTitlePart(strings.ToLower(w)) || sc.inLexPhrase(k)) {
				if n > 0 && e.kind == lexName && e.typ == graph.Place && leader && start < i && isCapitalised(sc.word(start)) {
					start = i // "Manchester United boss": the name goes on
				}
				break
			}
		} else if isCapitalised(sc.word(i)) || !sc.modifierWord(k) && !(!leader && start == k+1 && start < i && portfolioAdjectives[sc.a.Lower[k]]) || verbBeforeTitle(sc.a.Lower[k], sc.a.Lower[k+1]) {
			// Lower-case portfolios go with lower-case titles: "petroleum
			// minister", not "summoning Ambassador". An adjective of a
			// field qualifies the portfolio noun after it: "local
			// government spokesman", "international development
			// secretary".
			break
		}
		start = k
	}
	// Lower-case portfolio words need a body before them ("India's
	// petroleum minister", "the BBC's political editor", "Gazprom
	// chairman"): "a rational leader" and "was elected leader" describe,
	// they are no portfolio. A field named by an abstract noun is one
	// whatever precedes it: "the resignation of immigration minister".
	for start < i && isLowerWord(sc.word(start)) && !sc.lex.isTitlePart(sc.a.Lower[start]) && !sc.formerPortfolioAt(start, i) && !sc.bodyBefore(start) &&
		!(!leader && (fieldHead(sc.a.Lower[start]) || portfolioAdjectives[sc.a.Lower[start]] && start+1 < i && fieldHead(sc.a.Lower[start+1]))) {
		start++
	}
	return start
}

// portfolioTitles are the titles of a government's or a party's holders of
// a portfolio, which may name two fields joined by "and" ("the work and
// pensions secretary"); other offices after "and" are a second office of
// the person ("a former Eton pupil and joint leader").
// jobNoOffice reports a title word at i that names a stance or a trade
// here, no office: a critic without a field ("a fierce critic of the
// BBC" opposes it; "film critic" is a post), a controller of traffic,
// pests or a device, an organiser of an act or a union's ("an organiser
// of the protest", "a union organiser at Ford").
func (sc *scan) jobNoOffice(title string, i int) bool {
	prev := ""
	if i > sc.s.T0 {
		prev = sc.a.Lower[i-1]
	}
	switch title {
	case "critic":
		return !criticFields[prev]
	case "controller":
		return notOfficeControllers[prev]
	case "organiser":
		return prev == "union" || i+1 < sc.s.T1 && sc.a.Lower[i+1] == "of"
	}
	return false
}

// showHosts are the titles a show's name comes before ("Newsnight
// presenter X", "Rock DJ Y"): the name is no body's.
var showHosts = map[string]bool{"presenter": true, "dj": true, "host": true}

// criticFields are the fields of a critic's post: "film critic".
var criticFields = map[string]bool{
	"film": true, "music": true, "theatre": true, "theater": true, "art": true, "arts": true, "tv": true,
	"television": true, "drama": true, "literary": true, "restaurant": true, "food": true, "wine": true,
	"dance": true, "architecture": true, "rock": true, "pop": true, "classical": true, "opera": true,
	"radio": true, "book": true, "books": true, "fashion": true, "movie": true,
}

// notOfficeControllers are the words before "controller" that make it a
// trade or a device: "air traffic controller", "pest controller".
var notOfficeControllers = map[string]bool{
	"traffic": true, "air": true, "pest": true, "mission": true, "flight": true, "ground": true,
	"quality": true, "stock": true, "game": true, "protocol": true, "memory": true, "disk": true,
	"fire": true, "noise": true, "damage": true, "boiler": true,
}

// agentNoun reports a noun of a person's calling, no field: "investor",
// "banker", "economist" ("investor and money manager X" holds two).
func agentNoun(w string) bool {
	return strings.HasSuffix(w, "or") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian")
}

var portfolioTitles = map[string]bool{
	"secretary": true, "minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"editor": true, "manager": true, "director": true, "correspondent": true, // "news and features editor"
}

// taggedFrom reports a span of the tagger other than a place's that
// starts before token k and runs over it.
func (sc *scan) taggedFrom(k int) bool {
	r := k - sc.s.T0
	for _, sp := range sc.spans {
		if sp.T0 < r && sp.T1 > r && sp.Type != "LOC" {
			return true
		}
	}
	return false
}

// placeDesks are the last words of titles whose holder can have a region
// for a portfolio: a minister, a secretary or a spokesman of a region, a
// company's or a paper's regional director, editor or correspondent, an
// envoy to a region ("Middle East envoy").
var placeDesks = map[string]bool{
	"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"envoy": true, "director": true, "editor": true, "correspondent": true, "negotiator": true,
	"coordinator": true, "co-ordinator": true, "chief": true, "head": true,
}

// portfolioAdjectives are the adjectives of a government's or a body's
// fields that stand before a portfolio noun ("local government", "public
// health", "social security", "human rights"), not before a title alone.
var portfolioAdjectives = map[string]bool{
	"local": true, "regional": true, "international": true, "public": true, "social": true,
	"economic": true, "civil": true, "human": true, "nuclear": true, "domestic": true,
	"military": true, "foreign": true, "rural": true, "urban": true, "overseas": true,
	"natural": true,
}

// fieldNoun reports a lower-case word of an abstract noun's ending
// ("immigration", "environment", "defence", "security", "technology",
// "economics"): a field, not a quality of the holder ("rational",
// "popular").
func fieldNoun(w string) bool {
	if len(w) < 6 || notPortfolio[w] {
		return false
	}
	for _, suf := range fieldSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var fieldSuffixes = []string{"tion", "ment", "ence", "ance", "ity", "ogy", "ics", "ture", "ism"}

// fieldHead reports a field noun before a portfolio's title, singular or
// plural: "immigration", "communications", "resources" (of "natural
// resources minister").
func fieldHead(w string) bool {
	return fieldNoun(w) || pluralFields[w] || strings.HasSuffix(w, "s") && fieldNoun(strings.TrimSuffix(w, "s"))
}

// pluralFields are plural nouns that name a government's or a firm's
// field with no abstract noun's ending.
var pluralFields = map[string]bool{
	"resources": true, "affairs": true, "services": true, "rights": true, "industries": true,
	"fisheries": true, "utilities": true, "works": true,
}

// clippedAcronym looks up a dotted acronym whose last period ends the
// sentence, "the U.S." written "U.S" "." by the tokeniser: the lexicon
// entry of the whole acronym and 1, or 0.
func (sc *scan) clippedAcronym(i int) (lexEntry, int) {
	w := sc.word(i)
	if len(w) < 3 || w[len(w)-2] != '.' || sc.word(i+1) != "." || !text.DottedAcronym(w+".") {
		return lexEntry{}, 0
	}
	if e, n := sc.lex.phrase([]string{w + "."}); n == 1 {
		return e, 1
	}
	return lexEntry{}, 0
}

// givenNameBefore reports a given name right before token i that starts a
// name there: capitalised, no common word, no lexicon name, after a title,
// an honorific or a lower-case word.
func (sc *scan) givenNameBefore(i int) bool {
	k := i - 1
	if k < sc.s.T0 || !sc.free(k, i) || sc.a.Tokens[k].Kind != token.Word {
		return false
	}
	w := sc.word(k)
	if !isCapitalised(w) || isAllCaps(w) || !sc.lex.isGivenName(w) || sc.lex.isStopword(w) || sc.lex.isTitlePart(sc.a.Lower[k]) {
		return false
	}
	if _, n := sc.lex.phrase(sc.a.Words[k:i]); n > 0 {
		return false
	}
	if k == sc.s.T0 || opensClause(sc.word(k-1)) {
		return !sc.lowerElsewhere.has(sc.a.Lower[k])
	}
	p := sc.word(k - 1)
	return !isCapitalised(p) || !sc.free(k-1, k) || sc.lex.isHonorific(strings.TrimSuffix(p, "."))
}

// surnameAt reports a capitalised word at k that ends a person's name:
// the last word of a tagged person ("Frank Field MP"), or a word after a
// given name.
func (sc *scan) surnameAt(k int) bool {
	r := k - sc.s.T0
	for _, sp := range sc.spans {
		if sp.Type == "PER" && sp.T0 < r && sp.T1 == r+1 {
			return true
		}
	}
	return k > sc.s.T0 && isCapitalised(sc.word(k-1)) && sc.lex.isGivenName(sc.word(k-1)) && !sc.lex.isTitlePart(sc.a.Lower[k-1])
}

// joinedPortfolio reports a capitalised portfolio at k joined by a
// connector to the portfolio of the capitalised title at i: a word of the
// title lexicon or one the text also writes in lower case ("Trade",
// "Energy"), not a name ("Blair and Trade Secretary Hewitt"). In a list,
// listed, any plain word will do: "Culture, Media and Sport Secretary".
func (sc *scan) joinedPortfolio(k, i int, listed bool) bool {
	if k < sc.s.T0 || !isCapitalised(sc.word(i)) || !sc.free(k, k+1) || sc.a.Tokens[k].Kind != token.Word {
		return false
	}
	w := sc.word(k)
	lw := sc.a.Lower[k]
	if !isCapitalised(w) || isAllCaps(w) || strings.Contains(w, "-") || notPortfolio[lw] || sc.lex.isStopword(w) || sc.lex.isGivenName(w) {
		return false
	}
	if _, n := sc.lex.phrase(sc.a.Words[k : k+1]); n > 0 || sc.inLexPhrase(k) {
		return false
	}
	return listed || sc.lex.isTitlePart(lw) || sc.lowerElsewhere.has(lw)
}

// bodyPortfolio reports a capitalised word at k, right before a
// lower-case desk's title at i (placeDesks), that the text writes in
// lower case elsewhere and that follows a national body the lexicon
// names: "White House Budget chief", "Pentagon Procurement director".
func (sc *scan) bodyPortfolio(k, i int) bool {
	lw := sc.a.Lower[k]
	if !isLowerWord(sc.word(i)) || !placeDesks[sc.a.Lower[i]] || sc.a.Tokens[k].Kind != token.Word || isAllCaps(sc.word(k)) ||
		notPortfolio[lw] || sc.inLexPhrase(k) || !sc.lowerElsewhere.has(lw) {
		return false
	}
	for b := max(k-3, sc.s.T0); b < k; b++ {
		if e, n := sc.lex.phrase(sc.a.Words[b:k]); n == k-b {
			return e.kind == lexName && e.typ == graph.Organization && e.country != ""
		}
	}
	return false
}

// governmentPortfolio reports a capitalised word at k, and the ones
// between it and a minister's or secretary's title at i, that follow a
// demonym or a country's possessive: "Belgian Research Minister",
// "Britain's Arts and Heritage Secretary".
func (sc *scan) governmentPortfolio(k, i int) bool {
	switch sc.a.Lower[i] {
	case "minister", "secretary", "ministers", "commissioner":
	default:
		return false
	}
	if !isCapitalised(sc.word(i)) || sc.a.Tokens[k].Kind != token.Word || isAllCaps(sc.word(k)) {
		return false // "CFTC Commissioner": an acronym names the body
	}
	// "Malaysian Primary Industries Minister", "Lifelong Learning
	// Minister": a portfolio of several capitalised words, none of them a
	// name of the lexicon or an organisation's head; what it follows is
	// what the first follows.
	for k > sc.s.T0 && k > i-3 && sc.portfolioRunWord(k-1) {
		k--
	}
	if k == sc.s.T0 {
		return true // "Environmental Affairs Minister John Wiley said"
	}
	p := sc.word(k - 1)
	if p == "'s" || p == "'" {
		// The longest country name that ends at the possessive: "South
		// Africa's", "Britain's".
		for b := max(k-4, sc.s.T0); b < k-1; b++ {
			if e, n := sc.lex.phrase(sc.a.Words[b : k-1]); n == k-1-b {
				return e.kind == lexName && e.typ == graph.Country
			}
		}
		return false
	}
	if !isCapitalised(p) || opensClause(p) {
		// "Environmental Affairs Minister John Wiley" opening a clause:
		// no body of a minister is named by a word the lexicon does not
		// know (a party, a country or a place would be).
		return true
	}
	e, n := sc.lex.phrase(sc.a.Words[k-1 : k])
	return n == 1 && e.kind == lexDemonym && e.country != ""
}

// portfolioRunWord reports a capitalised word at k that can open a
// portfolio of several words before a minister's title: a plain word, not
// a name of the lexicon, an organisation's head, a given name or a
// word of a name the tagger marks.
func (sc *scan) portfolioRunWord(k int) bool {
	w := sc.word(k)
	if !isCapitalised(w) || isAllCaps(w) || sc.a.Tokens[k].Kind != token.Word || strings.Contains(w, "-") || !sc.free(k, k+1) ||
		sc.lex.isStopword(w) || sc.lex.isGivenName(w) || sc.lex.isOrgWord(w) || notPortfolio[sc.a.Lower[k]] || sc.inLexPhrase(k) {
		return false
	}
	_, n := sc.lex.phrase(sc.a.Words[k : k+1])
	return n == 0 && !sc.surnameAt(k)
}

// bodyBefore reports whether token i follows a possessive, a demonym, a
// country or a capitalised name: what a title's portfolio belongs to.
func (sc *scan) bodyBefore(i int) bool {
	if i == sc.s.T0 {
		return false
	}
	p := sc.word(i - 1)
	return p == "'s" || p == "'" || sc.afterBody(i) || isCapitalised(p) && i-1 > sc.s.T0
}

// hasPortfolio reports a lower-case portfolio word in [i, j): a domain
// ("political", "environment"), not a status ("interim", "acting").
func (sc *scan) hasPortfolio(i, j int) bool {
	for k := i; k < j; k++ {
		if boardTierWords[sc.a.Lower[k]] && k+1 < len(sc.a.Lower) && sc.a.Lower[k+1] == "board" {
			k++ // "managing board chairman": the head of a two-tier company
			continue
		}
		if isLowerWord(sc.word(k)) && !statusWords[sc.a.Lower[k]] {
			return true
		}
	}
	return false
}

// boardTierWords name the boards of a company with two: its managing
// board's chairman runs it, its supervisory board's chairs it.
var boardTierWords = map[string]bool{"managing": true, "management": true, "supervisory": true, "executive": true}

// IsBoardTier reports a lower-case word that names one of the two boards
// of a company ("management board", "supervisory board").
func IsBoardTier(w string) bool { return boardTierWords[w] }

// statusWords qualify a leader's title without making it a lesser post.
var statusWords = map[string]bool{
	"interim": true, "acting": true, "caretaker": true, "transitional": true, "supreme": true,
	"joint": true, "sole": true, "executive": true, "general": true, "chief": true, "provisional": true,
	"non-executive": true,
}

// modifierWord reports whether token k can be part of a title's portfolio:
// a lower-case content word ("environment", "foreign", "affairs"), or a
// title word ("Shadow"), not a function word or "former", "new".
func (sc *scan) modifierWord(k int) bool {
	w := sc.a.Lower[k]
	if sc.lex.isTitlePart(w) {
		return true
	}
	if notPortfolio[w] || sc.lex.isStopword(sc.word(k)) && !isCapitalised(sc.word(k)) {
		return false
	}
	return isLowerWord(sc.word(k)) && len(w) > 2
}

// portfolioWords reports a span [i, j) whose words are all portfolio words
// of the lexicon's titles, singular or plural ("Public Finances",
// "Finance"): the office's field, not a body.
func (sc *scan) portfolioWords(i, j int) bool {
	for k := i; k < j; k++ {
		w := sc.a.Lower[k]
		if !sc.lex.isTitlePart(w) && !sc.lex.isTitlePart(strings.TrimSuffix(w, "s")) && w != "public" {
			return false
		}
	}
	return true
}

// groupNouns are plural nouns for the members of a body, which end a
// tagged name that is no organisation's ("Labour MPs").
var groupNouns = map[string]bool{
	"mps": true, "meps": true, "peers": true, "members": true, "supporters": true, "voters": true,
	"activists": true, "lawmakers": true, "senators": true, "councillors": true, "backbenchers": true,
	"rebels": true, "delegates": true, "officials": true, "ministers": true, "leaders": true,
}

var notPortfolio = map[string]bool{
	"former": true, "new": true, "then": true, "current": true, "outgoing": true, "incoming": true,
	"acting": true, "senior": true, "top": true, "veteran": true, "longtime": true, "late": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"said": true, "says": true, "and": true, "or": true, "but": true, "who": true, "with": true,
	"counterpart": true, "fellow": true, "interim": true, "future": true, "ex": true, "one": true,
	"both": true, "so": true, "yet": true, "also": true, "meanwhile": true, "however": true,
	"newly": true, "appointed": true, "elected": true, "ousted": true, "deposed": true, "embattled": true,
	"long-serving": true, "long-time": true, "newly-appointed": true, "newly-elected": true,
	"recently-appointed": true, "re-elected": true, "designate": true,
	// Verbs that give or keep an office before it: "became chairman",
	// "remains chief executive", "was named president".
	"became": true, "becomes": true, "become": true, "becoming": true, "remains": true,
	"remained": true, "remain": true, "named": true, "made": true, "chosen": true,
	"nominated": true, "promoted": true, "installed": true, "succeeded": true, "succeeds": true,
	"succeed": true, "replaced": true, "replaces": true, "replace": true, "resigned": true,
	"resigns": true, "quit": true, "quits": true, "sacked": true, "fired": true,
	// Words that judge the holder describe no office: "his attractive
	// personal secretary", "the popular mayor".
	"attractive": true, "popular": true, "unpopular": true, "powerful": true, "influential": true,
	"charismatic": true, "controversial": true, "outspoken": true, "respected": true, "loyal": true,
	"trusted": true, "ambitious": true, "able": true, "capable": true, "formidable": true,
	"flamboyant": true, "beleaguered": true, "disgraced": true, "colourful": true, "colorful": true,
	"glamorous": true, "young": true, "youthful": true, "elderly": true, "ailing": true, "feisty": true,
	"tough": true, "energetic": true, "seasoned": true, "experienced": true, "widely-respected": true,
	"well-known": true, "famous": true, "legendary": true, "maverick": true, "trusty": true,
}

// seatEnd returns the end of a member's seat, the capitalised run [i, j)
// after "MP for": the run stops before a given name that starts the
// holder's own name ("MEP for Wessex Ruth Calder").
func (sc *scan) seatEnd(i, j int) int {
	for k := i + 1; k < j-1; k++ {
		switch w := sc.a.Lower[k]; {
		case sc.lex.isGivenName(sc.word(k)) && isCapitalised(sc.word(k+1)):
			return k
		case w == "in" || w == "of" || w == "for":
			// "MP for Wantage in Oxfordshire": the seat's county.
			return k
		case w == "and":
			// "MP for Meirionnydd Nant Conwy and Plaid Cymru's
			// leader": a known name after "and" is not the seat's,
			// unless a place's, which a seat may join ("Grantham and
			// Stamford").
			if e, n := sc.lex.phrase(sc.a.Words[k+1 : sc.s.T1]); n > 0 && !(e.kind == lexName && e.typ == graph.Place && k+1+n == j) {
				return k
			}
		}
	}
	return j
}

// capitalisedRun returns the end of the capitalised words from i, with
// connectors inside ("Finance and Industry"), or i.
func (sc *scan) capitalisedRun(i int) int {
	end := i
	for j := i; j < sc.s.T1; j++ {
		w := sc.word(j)
		switch {
		case isCapitalised(w) && sc.a.Tokens[j].Kind == token.Word:
			end = j + 1
		case connectors[w] && j > i:
		default:
			return end
		}
	}
	return end
}

// inLexPhrase reports whether token k is inside a lexicon name that starts
// before it ("House" in "White House").
func (sc *scan) inLexPhrase(k int) bool {
	for p := k - 1; p >= sc.s.T0 && k-p < sc.lex.maxWords; p-- {
		if e, n := sc.lex.phrase(sc.a.Words[p:sc.s.T1]); n > k-p && e.kind == lexName {
			return true
		}
	}
	return false
}

// lexicon marks the longest lexicon phrase at each position.
func (sc *scan) lexicon() {
	for i := sc.s.T0; i < sc.s.T1; {
		if !sc.free(i, i+1) {
			i++
			continue
		}
		e, n := sc.lex.phrase(sc.a.Words[i:sc.s.T1])
		if n == 0 {
			e, n = sc.clippedAcronym(i)
		}
		if n == 0 {
			e, n = sc.clippedState(i)
		}
		if n == 0 && mayBeCompound(sc.a.Words[i]) {
			if m, ok := sc.compoundMention(i); ok {
				sc.add(m) // "a London-based fund", "the Moscow-backed president"
				i++
				continue
			}
		}
		if n == 0 || !sc.free(i, i+n) || sc.insideName(i, i+n) {
			i++
			continue
		}
		if n > 1 && sc.a.Lower[i] == "the" {
			// "the Commonwealth Bank of Australia", "the Gulf of
			// Mexico": a longer known name after the article wins over
			// the name written with it.
			if f, m := sc.lex.phrase(sc.a.Words[i+1 : sc.s.T1]); m > n-1 && f.kind == lexName {
				i++
				continue
			}
		}
		if n == 1 && (e.kind == lexCapital || e.kind == lexName && (e.typ == graph.Place || e.typ == graph.Country)) && sc.givenNameBefore(i) {
			// "Minister Sue Essex": a place is the surname after a given
			// name.
			sc.add(Mention{T0: i - 1, T1: i + 1, Type: graph.Person, Kind: Name, Source: Pattern})
			i++
			continue
		}
		if n == 2 && e.kind == lexName && e.typ == graph.Organization && sc.a.Lower[i] == "the" && sc.demonymBeforeNoun(i+1) {
			// "the Australian dollar", "the Australian government": the
			// adjective, not the newspaper named by it.
			i++
			continue
		}
		switch e.kind {
		case lexDemonym:
			if e.country != "" {
				sc.res.Demonyms = append(sc.res.Demonyms, Demonym{T0: i, T1: i + n, Country: e.country})
				if sc.stateGovernment(i + n) {
					// "the Greek government": the state itself, under
					// the name the text gives its government.
					sc.add(Mention{T0: i, T1: i + n + 1, Type: graph.Country, Kind: Name, Source: Lexicon, Canon: e.country, Country: e.country})
					i += n + 1
					continue
				}
				if j := sc.stateForce(i + n); j > i+n && sc.free(i+n, j) && !sc.nameBefore(i) {
					// "the Rwandan army said": the state's armed force.
					sc.add(sc.forceMention(i, j, e.country))
					i = j
					continue
				}
			}
			sc.take(i, i+n)
		case lexParty:
			// A party label counts next to a person, a title or a party
			// noun: "Green MEP", "Republican senators", "a Republican".
			if sc.partyContext(i, i+n) {
				m := Mention{T0: i, T1: i + n, Type: graph.Organization, Kind: PartyLabel, Source: Lexicon, Canon: e.canon, Country: e.country}
				for _, a := range e.alts {
					m.Options = append(m.Options, Option{a.canon, a.country})
				}
				sc.add(m)
			}
		case lexCapital:
			if j := sc.nameExtension(i + n); j > i+n && sc.orgExtension(i+n, j) {
				sc.add(Mention{T0: i, T1: j, Type: graph.Organization, Kind: Name, Source: Pattern})
				i = j
				continue
			}
			sc.add(Mention{T0: i, T1: i + n, Type: graph.Place, Kind: Capital, Source: Lexicon, Canon: e.canon, Country: e.country})
		default:
			if j := sc.lexOrgOfPlace(i+n, e); j > 0 {
				// "the Export-Import Bank of Japan": another country's
				// body of the same name.
				sc.add(Mention{T0: i, T1: j, Type: graph.Organization, Kind: Name, Source: Pattern})
				i = j
				continue
			}
			// "BBC Radio 4": a known organisation followed by more of a name
			// is a part of it with a name of its own; "Vistula Motors",
			// "Hamburg Port Authority": a place starts a company's name.
			if j := sc.nameExtension(i + n); j > i+n && !sc.withTagger && (e.typ == graph.Organization || sc.orgExtension(i+n, j)) {
				sc.add(Mention{T0: i, T1: j, Type: graph.Organization, Kind: Name, Source: Pattern})
				i = j
				continue
			}
			if e.typ == graph.Organization && n > 1 {
				// "Merrill Lynch, Pierce, Fenner and Smith Inc": the
				// legal form after a known company's name is its own.
				if t := sc.legalTail(i + n); t > i+n && sc.free(i+n, t) {
					sc.add(Mention{T0: i, T1: t, Type: e.typ, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
					i = t
					continue
				}
			}
			sc.add(Mention{T0: i, T1: i + n, Type: e.typ, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
		}
		i += n
	}
}

// nameExtension returns the end of the capitalised words (and a number
// after them) that continue a name ending at token i, or i.
func (sc *scan) nameExtension(i int) int {
	j := i
	for j < sc.s.T1 && sc.free(j, j+1) && sc.a.Tokens[j].Kind == token.Word && isCapitalised(sc.word(j)) &&
		!sc.lex.isTitleWord(sc.word(j)) && !sc.lex.isStopword(sc.word(j)) && !strings.Contains(sc.word(j), "-") {
		if _, n := sc.lex.phrase(sc.a.Words[j:sc.s.T1]); n > 0 {
			break
		}
		j++
	}
	if j > i && j < sc.s.T1 && allDigits(sc.word(j)) && sc.free(j, j+1) {
		j++
	}
	return j
}

// insideName reports whether the phrase [i, j) is part of a longer
// capitalised name: "Georgia" in "Georgia Tech", "Jordan" in "Michael
// Jordan". A phrase followed or preceded by another capitalised word that
// is not itself a lexicon word is not taken alone.
func (sc *scan) insideName(i, j int) bool {
	if j < sc.s.T1 && isCapitalised(sc.word(j)) && sc.lex.plainWord(sc.word(j)) && !sc.lex.isTitleWord(sc.word(j)) && !sc.lex.isOrgWord(sc.word(j)) {
		// "Jordan Peterson", but not "Russia Today"-style known phrases
		// (those are longer lexicon matches already).
		return j-i == 1 && sc.lex.isGivenName(sc.word(i))
	}
	return false
}

// partyContext reports whether the party label at [i, j) is used as one.
func (sc *scan) partyContext(i, j int) bool {
	if j < sc.s.T1 {
		w := sc.a.Lower[j]
		if IsRaceWord(w) && j+1 < sc.s.T1 && partyNouns[sc.a.Lower[j+1]] {
			return true // "Republican presidential candidate"
		}
		if sc.taken[j-sc.s.T0] || partyNouns[w] {
			return true // a title or "senators", "leader", "party"
		}
		if isCapitalised(sc.word(j)) && sc.lex.isGivenName(sc.word(j)) {
			return true
		}
	}
	k := i - 1
	// "a Missouri Republican": the place the member represents.
	for k > sc.s.T0 && isCapitalised(sc.word(k)) {
		if e, n := sc.lex.phrase(sc.a.Words[k:i]); n == i-k && e.kind == lexName && e.typ == graph.Place {
			k--
			continue
		}
		break
	}
	if k >= sc.s.T0 {
		p := sc.a.Lower[k]
		if p == "a" || p == "an" || p == "fellow" || p == "freshman" || p == "veteran" || p == "senior" {
			return j >= sc.s.T1 || !isCapitalised(sc.word(j))
		}
	}
	return false
}

var partyNouns = map[string]bool{
	"party": true, "senator": true, "senators": true, "lawmaker": true, "lawmakers": true,
	"mp": true, "mps": true, "mep": true, "meps": true, "leader": true, "leaders": true,
	"candidate": true, "candidates": true, "congressman": true, "congresswoman": true,
	"member": true, "members": true, "politician": true, "politicians": true, "voters": true,
	"peer": true, "peers": true, "councillor": true, "governor": true, "spokesman": true,
	"spokeswoman": true, "chairman": true, "representative": true, "deputy": true,
	"challenger": true, "nominee": true, "contender": true, "hopeful": true, "hopefuls": true,
}

// raceAdjectives name the race a party's candidate runs in: "Republican
// presidential candidate", "Democratic Senate nominee".
var raceAdjectives = map[string]bool{
	"presidential": true, "vice-presidential": true, "senate": true, "congressional": true,
	"gubernatorial": true, "mayoral": true, "leadership": true, "parliamentary": true,
}

// IsRaceWord reports a lower-case word for the race a party's candidate
// runs in ("presidential", "senate").
func IsRaceWord(w string) bool { return raceAdjectives[w] }

// agreements marks named agreements ("the Minsk agreements", "the Camp
// David Accords") and numbered plans ("a 10-point plan").
func (sc *scan) agreements() {
	for i := sc.s.T0; i < sc.s.T1; i++ {
		w := sc.a.Lower[i]
		// "Constitution" names an agreement only as part of a name ("the
		// EU Constitution"); the other heads are agreement nouns anyway.
		if !(sc.lex.isAgreementNoun(w) || w == "constitution" && i > sc.s.T0 && isCapitalised(sc.word(i-1))) || !sc.free(i, i+1) {
			continue
		}
		named := isCapitalised(sc.word(i)) && i > sc.s.T0
		if named && i+1 < sc.s.T1 && isCapitalised(sc.word(i+1)) && (sc.lex.isAgreementNoun(sc.a.Lower[i+1]) || sc.lex.isOrgWord(sc.word(i+1))) {
			// "the Arctic Charter Treaty", "the North Atlantic Treaty
			// Organisation": a word of a longer name, whose head follows.
			continue
		}
		// Numbered plans: "10-point plan", "ten-point plan".
		if i > sc.s.T0 && strings.HasSuffix(strings.ToLower(sc.word(i-1)), "-point") && sc.free(i-1, i) {
			sc.add(Mention{T0: i - 1, T1: i + 1, Type: graph.Agreement, Kind: Name, Source: Pattern})
			continue
		}
		// Capitalised modifiers: "Minsk agreements", "Paris Agreement",
		// "INF treaty". A country or organisation before the noun is kept
		// apart ("a Russia deal" is not a name).
		start := i
		for {
			for start > sc.s.T0 && isCapitalised(sc.word(start-1)) && sc.free(start-1, start) && (!sc.sentenceInitialCommon(start-1) || named && sc.midNameWord(start-1)) && !(start < i && hyphenModifier(sc.word(start-1))) {
				start--
			}
			if !named || start == i || !sc.joinedNameWords(start-2, start) {
				break
			}
			start -= 2 // "a Partnership and Cooperation Agreement"
		}
		if start < i && sc.lexNameThrough(start, i) {
			// "the World Food Programme", "the Warsaw Pact": a body the
			// lexicon names, no agreement.
			continue
		}
		if start == i {
			start = sc.topicModified(i)
		}
		start = sc.taggedNameStart(start, i)
		if sc.partyConvention(start, i) {
			// "the Democratic Convention": a party's gathering, neither
			// an agreement nor a body of its own.
			sc.take(start, i+1)
			continue
		}
		if w == "plans" && start < i && !definiteBefore(sc, start) && sc.a.Lower[min(i+1, sc.s.T1-1)] == "to" && i+2 < sc.s.T1 && isLowerWord(sc.word(i+2)) {
			continue // "Globex Inc plans to open a plant": a verb after its subject
		}
		if start < i && sc.intentionsOrVerb(start, i) {
			continue
		}
		if start < i && programmeHead[w] && sc.runProgramme(start, i) {
			continue
		}
		// "The Treaty on Maritime Delimitation in the Barents Sea": a
		// capitalised head followed by its name.
		end := i + 1
		if named {
			end = sc.nameAfterHead(i + 1)
		} else {
			// "the Verizon merger agreement", "the Iraq-U.N. memorandum
			// of understanding": the name ends at the last noun.
			for end < sc.s.T1 && end < i+3 && isLowerWord(sc.word(end)) && sc.lex.isAgreementNoun(sc.a.Lower[end]) && sc.free(end, end+1) {
				end++
			}
			if sc.a.Lower[end-1] == "memorandum" && end+1 < sc.s.T1 && sc.a.Lower[end] == "of" && sc.a.Lower[end+1] == "understanding" {
				end += 2
			}
		}
		// "a Russia deal" names a party; "the EU Constitution", with the
		// head capitalised, "the EU constitution" (a body's founding
		// text) and "the Turkey deal" (definite) are names.
		definite := start > sc.s.T0 && strings.EqualFold(sc.word(start-1), "the")
		founding := w == "constitution" || w == "charter"
		if (!named || end == i+1) && (start == i || sc.namesParty(start, i) && !named && !definite && !founding) {
			continue
		}
		sc.add(Mention{T0: start, T1: end, Type: graph.Agreement, Kind: Name, Source: Pattern})
		i = end - 1
	}
}

// joinedNameWords reports "Partnership and Cooperation" at [k, j], two
// capitalised words joined by "and" inside an agreement's name before its
// capitalised head ("a Partnership and Cooperation Agreement", "the Peace
// and Friendship Treaty"); not names of their own ("Britain and Kyoto
// Protocol members"), nor a word that opens the sentence.
func (sc *scan) joinedNameWords(k, j int) bool {
	if k <= sc.s.T0 || j >= sc.s.T1 || sc.a.Lower[k+1] != "and" || !sc.free(k, j) {
		return false
	}
	for _, t := range [2]int{k, j} {
		if !isCapitalised(sc.word(t)) || isAllCaps(sc.word(t)) {
			return false
		}
		if _, n := sc.lex.phrase(sc.a.Words[t : t+1]); n > 0 {
			return false
		}
	}
	return sc.midNameWord(k)
}

// lexNameThrough reports a name of the lexicon that starts within the
// modifiers [start, i) of an agreement head at i and takes the head in:
// "the World Food Programme", "the Warsaw Pact", "the Andean Pact" are
// bodies; "the North Atlantic Treaty" begins NATO's name.
func (sc *scan) lexNameThrough(start, i int) bool {
	for k := start; k < i; k++ {
		if e, n := sc.lex.phrase(sc.a.Words[k:min(sc.s.T1, i+4)]); n > 0 && k+n > i && e.kind == lexName {
			return true
		}
	}
	return false
}

// intentionsOrVerb reports a lower-case plural "plans" or "acts" after
// capitalised words [start, i), which names no agreement: a verb after
// its subject in a headline or a sentence ("Acme plans job cuts", "the
// Coast Guard plans to", "the Trade Commission acts to"), or what a party
// or a person intends ("the Tory plans for council tax"), policies that
// no text signs. A city's plans are a programme agreed there ("the
// Cardiff plans"). The singular "plan" is one plan ("the Lib Dem plan
// to"), but a verb after a plural party ("the Tories plan to oppose").
func (sc *scan) intentionsOrVerb(start, i int) bool {
	switch sc.word(i) {
	case "plans", "acts":
		e, n := sc.lex.phrase(sc.a.Words[start:i])
		return n != i-start || !(e.kind == lexCapital || e.kind == lexName && e.typ == graph.Place)
	case "plan":
		p := sc.word(i - 1)
		return len(p) > 3 && strings.HasSuffix(p, "s") && sc.a.Lower[min(i+1, sc.s.T1-1)] == "to" && i+2 < sc.s.T1 && isLowerWord(sc.word(i+2)) && sc.namesParty(start, i)
	}
	return false
}

// programmeHead are the heads of programmes and initiatives, which a
// government, an agency or a broadcaster runs: agreements only when
// parties make them ("the EC's Framework Program", "a structural
// adjustment programme").
var programmeHead = map[string]bool{
	"program": true, "programs": true, "programme": true, "programmes": true, "initiative": true, "initiatives": true,
}

// runProgramme reports a programme named by capitalised words [start, i)
// that one body runs rather than parties agree: with its head in lower
// case ("the Morning Forum programme", "the Grain Reserve program", "the
// Clean Streets initiative": a broadcast, a scheme, a campaign), or after
// an owner's possessive ("the council's Reading Recovery Programme", "the
// Navy's Coastal Patrol Program") or an indefinite article ("on a Youth
// Training Programme"). Its words name no entity either.
func (sc *scan) runProgramme(start, i int) bool {
	if isLowerWord(sc.word(i)) {
		if start == i-1 && sc.lenderBacked(start) {
			return false // "an IMF-backed programme": the fund's loan agreement
		}
		if !sc.namesParty(start, i) {
			sc.takeNamed(start, i+1)
		}
		return true
	}
	switch strings.ToLower(sc.word(start - 1)) {
	case "'s", "'", "a", "an":
		sc.takeNamed(start, i+1)
		return true
	}
	return false
}

// lenderBacked reports "IMF-backed", "IMF-sponsored" at k: a lender's
// name joined to a participle. A programme that the fund backs is the
// agreement under which it lends.
func (sc *scan) lenderBacked(k int) bool {
	name, part, ok := strings.Cut(sc.word(k), "-")
	if !ok || !strings.HasSuffix(part, "ed") {
		return false
	}
	e, n := sc.lex.phrase([]string{name})
	return n == 1 && e.kind == lexName && e.typ == graph.Organization && isAllCaps(name)
}

// takeNamed takes the words [i, j) of a name that is no entity, and the
// acronym in brackets after it ("the town's Clean Streets Initiative (CSI)").
func (sc *scan) takeNamed(i, j int) {
	sc.take(i, j)
	if j+2 < sc.s.T1 && sc.word(j) == "(" && sc.word(j+2) == ")" && isAllCaps(sc.word(j+1)) && sc.free(j, j+3) {
		sc.take(j, j+3)
	}
}

// topicModified returns where "the Dayton peace accords", "the Lusaka
// ceasefire agreement", "the Oslo peace deal" start before the agreement
// head at i: a place's name, then a lower-case noun for what the agreement
// is about. A party's name before the topic ("a Japan trade agreement",
// "the Israeli peace plan") is no name of the agreement. Without such a
// name it returns i.
func (sc *scan) topicModified(i int) int {
	t := i - 1
	if t <= sc.s.T0 || !agreementTopic[sc.a.Lower[t]] || !sc.free(t, i) {
		return i
	}
	s0 := t
	for s0 > sc.s.T0 && isCapitalised(sc.word(s0-1)) && sc.free(s0-1, s0) && !sc.sentenceInitialCommon(s0-1) && !hyphenModifier(sc.word(s0-1)) {
		s0--
	}
	if s0 == t || sc.namesParty(s0, t) || lexicon.IsWeekday(sc.word(s0)) || lexicon.MonthNumber(sc.word(s0)) > 0 {
		return i
	}
	return s0
}

// agreementTopic are nouns for what an agreement settles, between its
// place's name and its head: "the Dayton peace accords".
var agreementTopic = map[string]bool{
	"peace": true, "trade": true,
	"border": true, "arms": true, "nuclear": true, "power-sharing": true, "security": true,
}

// partyConvention reports a convention head at j whose modifiers [i, j)
// begin with a party's label: "the Democratic Convention", "the Republican
// National Convention" gather a party to name its candidate; they are no
// agreement.
func (sc *scan) partyConvention(i, j int) bool {
	if w := sc.a.Lower[j]; i >= j || w != "convention" && w != "conventions" {
		return false
	}
	for n := j - i; n > 0; n-- {
		if e, m := sc.lex.phrase(sc.a.Words[i : i+n]); m == n && e.kind == lexParty {
			return true
		}
	}
	return false
}

// midNameWord reports a capitalised common word at i, inside a sentence,
// before the capitalised head of an agreement's name: "the International
// Sugar Agreement", "the Public Order Act", "the Private Finance
// Initiative", "the United Nations Convention". The stopword list keeps
// such adjectives from starting names of their own, but within a sentence
// only a name capitalises them. Dates are no part of a name ("signed on
// Monday"), nor is a word that opens the sentence or a clause.
func (sc *scan) midNameWord(i int) bool {
	if i <= sc.s.T0 || opensClause(sc.word(i-1)) {
		return false
	}
	w := sc.word(i)
	return !lexicon.IsWeekday(w) && lexicon.MonthNumber(w) == 0 && !datingWord[strings.ToLower(w)]
}

// datingWord are words that date a thing rather than name it: the "Today
// programme" is a programme broadcast today, "the New Deal" a policy news
// calls new.
var datingWord = map[string]bool{
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "new": true, "old": true,
	"current": true, "former": true, "latest": true, "interim": true, "draft": true,
}

// definiteBefore reports "the" right before token i: "the Lisbon plans to
// cut red tape" are plans, "Globex plans to" a company's intention.
func definiteBefore(sc *scan, i int) bool {
	return i > sc.s.T0 && strings.EqualFold(sc.word(i-1), "the")
}

// nameAfterHead returns the end of "on Maritime Delimitation and
// Cooperation in the Barents Sea" after a capitalised agreement head at
// i-1: a preposition, then capitalised words joined by connectors.
func (sc *scan) nameAfterHead(i int) int {
	switch sc.word(i) {
	case "on", "of", "for", "between", "to":
	default:
		return i
	}
	end, j := i, i+1
	for j < sc.s.T1 && sc.free(j, j+1) {
		w := sc.word(j)
		if isCapitalised(w) && sc.a.Tokens[j].Kind == token.Word {
			if j == i+1 && (lexicon.IsWeekday(w) || lexicon.MonthNumber(w) > 0) {
				return i // "the Plan on Monday": a date, no name
			}
			j++
			end = j
			continue
		}
		if connectors[w] || w == "the" {
			j++
			continue
		}
		break
	}
	return end
}

// namesParty reports whether the modifiers [i, j) of an agreement noun are
// a country, an organisation or a demonym: "a Russia deal", "the NATO
// treaty" name a party, not the agreement. Cities and places do name
// agreements: "the Minsk agreements", "the Paris Agreement".
func (sc *scan) namesParty(i, j int) bool {
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	if n != j-i {
		return false
	}
	return e.kind == lexDemonym || e.kind == lexParty || e.kind == lexName && (e.typ == graph.Country || e.typ == graph.Organization)
}

// tagged adds the tagger's spans that no lexicon phrase covers.
func (sc *scan) tagged(spans []Span, keep func(i, j int, typ string) bool) {
	s := sc.s
	for _, sp := range spans {
		i, j := s.T0+sp.T0, s.T0+sp.T1
		var ok bool
		if i, ok = sc.afterWireAcronym(i, j); !ok {
			continue
		}
		if i, ok = sc.trimHeader(i, j); !ok {
			continue
		}
		if j-i >= 3 && sp.Type != "MISC" {
			j = sc.cutAtCommonWord(i, j) // "the Royal Academy of Arts annual Secrets sale"
		}
		if sp.Type == "LOC" && j-i >= 2 && sc.extendLexPlace(i, j) {
			continue // "Leicester Square", "the Ohio River Valley", "the Gulf Coast"
		}
		if j-i >= 2 && sc.openingModifier(i) {
			i++ // "Former Downing Street communications chief": the name follows
		}
		if j-i >= 2 && openingArticles[sc.word(i)] && (i == sc.s.T0 || opensClause(sc.word(i-1))) && sp.Type != "PER" {
			sc.take(i, i+1) // "An Investment Ministry official", "If Parliament wanted"
			i++
		}
		if sp.Type == "ORG" && j-i >= 2 {
			// "All GM vehicles", "the Gingrich Congress": the known
			// name without the word fused on before it.
			if k, common := sc.fusedBeforeLexOrg(i, j); k > i {
				if common && sc.free(i, k) {
					sc.take(i, k)
				}
				i = k
			}
		}
		if h, ok := sc.saintsName(i, j); ok {
			// "St George's Chapel", "St Aidan's School": a building or
			// a body named after a saint.
			if sc.free(i, h) {
				if saintHeads[sc.a.Lower[h-1]] {
					sc.add(Mention{T0: i, T1: h, Type: graph.Place, Kind: Name, Source: Pattern})
				} else {
					sc.addCued(i, h) // a school, a hospital
				}
			}
			continue
		}
		if h := sc.possessiveName(i, j); h > j {
			// "Foster's Group", "Leeds Girls' School": the name goes on
			// past the apostrophe.
			if sc.free(i, h) {
				sc.addCued(i, h)
				if j-i == 1 && !pluralPossessors[sc.a.Lower[i]] {
					sc.cued[sc.word(i)] = true // "Foster's said": the firm for short
				}
			}
			continue
		}
		if prefixedWord(sc.word(i)) || sc.openingPrefixed(i) {
			// "ex-Downing Street": the prefix is glued to the name, which
			// no mention can hold without it.
			if sc.free(i, j) {
				sc.take(i, j)
			}
			continue
		}
		if j-i == 1 && sc.commonWordSpan(i) {
			continue // "Defence lawyers said", "Catholicism": no name
		}
		if j-i == 1 && sp.Type == "LOC" && sc.commonModifier(i) {
			continue // "a Parliamentary lunch", "Royal succession": no place
		}
		if j-i == 1 && !(sp.Type == "PER" && reportingVerb[sc.a.Lower[min(j, len(sc.a.Lower)-1)]]) && sc.commonInPlace(i) {
			// "Born in 1942 in ...", "the Winter of Discontent"; but a
			// person who speaks is named: "Bush said otherwise".
			continue
		}
		if j-i == 1 && sc.pluralOfPeople(sc.word(i)) {
			sc.take(i, j) // "Muslims", "MEPs", "Kashmiris": a group of people, no entity
			continue
		}
		if j-i == 1 && (sp.Type == "ORG" && sc.bareOrgHead(i) || sp.Type == "PER" && (sc.bareOrgHead(i) || sc.lex.isCompanyHead(sc.word(i)))) {
			continue // "the Government", "on TV", "the Office": a head noun alone names no body
		}
		if j-i == 1 && (holidays[sc.a.Lower[i]] || sp.Type == "LOC" && seasons[sc.a.Lower[i]]) {
			sc.take(i, j) // "over Christmas", "in the Spring": a time, no place
			continue
		}
		if j-i == 1 && sp.Type == "LOC" && sc.blocName(i) {
			sc.take(i, j) // "ties with the West": a bloc of countries, no place
			continue
		}
		if sp.Type == "ORG" {
			j = sc.stationNumber(j)
			i = sc.yearNamedStart(i, j)
		}
		if keep != nil && !keep(i, j, sp.Type) {
			continue
		}
		if j-i == 1 && sc.compoundOfNames(sc.word(i)) {
			continue // "U.S.-Japan" talks: a modifier naming two parties
		}
		// Trim tokens already taken (a title inside the span).
		i0, j0 := i, j
		for i < j && !sc.free(i, i+1) {
			i++
		}
		for j > i && !sc.free(j-1, j) {
			j--
		}
		if i >= j || !sc.free(i, j) || (i > i0 || j < j0) && j-i == 1 && (allDigits(sc.word(i)) || numberSign(sc.word(i)) || !isCapitalised(sc.word(i))) {
			// "the 1986 Banking Act": a year is what is left; "No. 3" of
			// a unit; "of" between two names the lexicon took.
			continue
		}
		if j < j0 && sp.Type == "ORG" {
			// "British Trade and Industry": what a title leaves of a
			// tagged name is the lexicon's when it knows it, a demonym
			// or a country.
			if e, n := sc.lex.phrase(sc.a.Words[i:j]); n == j-i && (e.kind == lexDemonym || e.kind == lexName && e.typ == graph.Country) {
				continue
			}
		}
		if sp.Type == "LOC" && i-2 >= sc.s.T0 && sc.word(i-1) == "of" && isCapitalised(sc.word(i-2)) && sc.lex.isOrgWord(sc.word(i-2)) && sc.free(i-2, i-1) && sc.nameRun(i) == j {
			// "Court of Appeal", "University of Tulsa": the place ends an
			// organisation's name, which the capitalised words make.
			continue
		}
		if sp.Type == "LOC" && (i > i0 && sc.mentionAt(i0) || j < j0 && sc.mentionAt(j0-1)) {
			// "Lesotho Hats", "Gulf Arab": the tagger's place is wider
			// than the lexicon's; the rest is no place of its own.
			continue
		}
		if (sp.Type == "LOC" || sp.Type == "PER") && (sc.employerOfStaff(i, j) || sc.firmOfOfficers(i, j) || sc.firmSlot(i, j, sp.Type) || sc.employerAfterEmployee(i, j)) {
			if run := sc.nameRun(i); run > j && sc.free(i, run) {
				j = run
			}
			sc.addCued(i, j) // "an analyst at Troika Dialog": the firm
			continue
		}
		// Strong rules know better than the tagger where they apply: "the
		// campaign group Vote Yes", "a group known as the Trio",
		// "Bethesda, Maryland".
		if sp.Type == "LOC" && sc.afterOrgNoun(i, j, sp.Type) && sc.nameRun(i) == j {
			// "the oil company, Petromin,": a company's name, not a place.
			sc.addCued(i, j)
			continue
		}
		if (sp.Type == "LOC" && !sc.homeOfName(i) || sp.Type == "PER" && !sc.lex.isGivenName(sc.word(i))) && sc.describedAsCompany(j) {
			// "Distrigas, a subsidiary of Cabot Corp", "Sonatrach, the
			// Algerian state petroleum agency": an appositive names what
			// the name is (a place after "of" or "in" may be the home of
			// the company the appositive is about: "Loser Inc of
			// Trenton, a maker of").
			sc.addCued(i, j)
			continue
		}
		run := sc.nameRun(i)
		if run > j && sp.Type == "ORG" && sc.lex.isOrgWord(sc.word(j-1)) && sc.personAfterBody(j, run) {
			run = j // "the Pacific Fleet Igor Khmelnov": the person after the body is no part of it
		}
		if run >= j && sp.Type != "PER" {
			if t, weak := sc.classify(i, run); !weak && (t == graph.Organization || t == graph.Place) && (t != tagType(sp.Type) || run > j) && sc.free(i, run) {
				sc.add(Mention{T0: i, T1: run, Type: t, Kind: Name, Source: Pattern})
				continue
			}
		} else if end := max(run, j); sc.free(i, end) && (j-i >= 2 && (sc.orgHead(j-1) || sc.orgHead(i)) || sc.afterOrgNoun(i, j, sp.Type)) {
			// "the Ruben Berta Foundation", "Modern Garments", "Banque
			// Nationale de Paris": a person's name does not end (or
			// start) with an organisation's head noun, whatever the tagger
			// says ("Frank Church" and "David Steel" do end in such
			// words, which are left out).
			sc.addCued(i, end)
			continue
		}
		if sp.Type == "ORG" && j-i >= 2 && groupNouns[sc.a.Lower[j-1]] && isCapitalised(sc.word(j-2)) {
			// "Labour MPs", "Liberal MPs": the members, not a body; the
			// party is named when the lexicon knows the rest.
			if e, n := sc.lex.phrase(sc.a.Words[i : j-1]); n == j-1-i && e.kind == lexName && e.typ == graph.Organization {
				sc.add(Mention{T0: i, T1: j - 1, Type: graph.Organization, Kind: Name, Source: Lexicon, Canon: e.canon, Country: e.country})
			}
			sc.take(j-1, j)
			continue
		}
		if j-i == 1 && sp.Type == "ORG" && sc.creedOrPeople(i) && sc.titleStartsAt(j) {
			sc.take(i, j) // "the Maronite Patriarch": a faith before a title, no body
			continue
		}
		if j-i >= 2 && sp.Type != "MISC" && sc.gerundTitle(i, j) {
			// "Finding Neverland", "Raging Bull", "Enduring Love": a
			// work's title, no entity.
			sc.take(i, j)
			continue
		}
		m := Mention{T0: i, T1: j, Kind: Name, Source: Tagger}
		switch sp.Type {
		case "PER":
			if sc.companyTitleAt(j) {
				// "Hardwick Bell chairwoman Ann Lee"; "Bell" for short.
				sc.addCued(i, j)
				if j-i == 2 {
					sc.cued[sc.word(j-1)] = true
				}
				continue
			}
			if j-i >= 2 && sc.commonPhrase(i, j) {
				// "Spotless Mind", "Get Rich", "Reservoir Dogs": a
				// title of a work or a phrase, no person's name.
				sc.take(i, j)
				continue
			}
			if i-1 > sc.s.T0 && sc.word(i-1) == "The" && !dashOrColon(sc.word(i-2)) && (j >= sc.s.T1 || !personModifiedNouns[sc.a.Lower[j]]) {
				// "starred in The Wedding Date", "bands such as The
				// Stone Roses": a capitalised "The" mid-sentence opens a
				// title's or a band's name, no person's.
				sc.take(i, j)
				continue
			}
			if t := sc.siteName(i, j); t != "" {
				// "Kennedy Center honours", "Wembley Arena": a building's
				// or a street's name, no person's.
				if t == graph.Organization {
					sc.addCued(i, j)
				} else {
					sc.add(Mention{T0: i, T1: j, Type: graph.Place, Kind: Name, Source: Pattern})
				}
				continue
			}
			if sc.pluralSubject(i, j) {
				// "Snow Patrol were the big winners", "Rockstar have
				// not shied away": a group, not one person.
				sc.addCued(i, j)
				continue
			}
			m.Type = graph.Person
			if j-i >= 2 && mountainWords[sc.word(i)] {
				m.Type = graph.Place // "the plane hit Mount Osutaka": a mountain
			}
		case "ORG":
			m.Type = graph.Organization
			if sc.afterArtistNoun(i, j) {
				m.Type = graph.Person // "the rapper Nelly", "singer Delta Goodrem"
				sc.artists[strings.Join(sc.a.Words[i:j], " ")] = true
			}
		case "LOC":
			// A location the lexicon knows keeps its canonical name and
			// type: a country, a capital, a place.
			m.Type = graph.Place
			if e, n := sc.lex.phrase(titleCased(sc.a.Words[i:j])); n == j-i {
				switch e.kind {
				case lexName:
					m.Type, m.Canon, m.Country = e.typ, e.canon, e.country
				case lexCapital:
					m.Kind, m.Canon, m.Country = Capital, e.canon, e.country
				}
			}
			if m.Type == graph.Place && m.Canon == "" && sc.personShapedPlace(i, j) {
				m.Type = graph.Person // "the album features Kanye West"
			}
			if m.Type == graph.Place && m.Canon == "" && sc.afterArtistNoun(i, j) {
				m.Type = graph.Person // "the rapper Twista"
				sc.artists[strings.Join(sc.a.Words[i:j], " ")] = true
			}
			if m.Type == graph.Place && j-i == 1 && sc.writtenLower(i) {
				m.Common = true
			}
			if m.Type == graph.Place && j-i == 2 && parliamentChamber(sc.a.Lower[i], sc.a.Lower[i+1]) {
				m.Type = graph.Organization // "the Upper House": a house of parliament
			}
			if m.Type == graph.Place && m.Canon == "" && j < sc.s.T1 && notPlaceHeads[sc.word(j)] {
				// "the Oatley family", "the Tomlinson review", "the
				// Vogue interview": the noun after the name says it is
				// a family's, a person's or a publication's.
				sc.take(i, j)
				continue
			}
		case "MISC":
			// A nationality, an event, a religion ("Roman Emperor",
			// "Mormon leader"): none of the five types, and not to be
			// guessed as one from capitalisation.
			if keep == nil && !sc.startsLexName(i, j) {
				sc.take(i, j)
			}
			continue
		default:
			continue
		}
		sc.add(m)
	}
}

// hyphenModifier reports a capitalised word joined to a lower-case one,
// "Geneva-based", "US-led", "Moscow-backed": a modifier before a name,
// not part of it ("the Geneva-based General Agreement on Tariffs").
func hyphenModifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && isLowerWord(w[k+1:])
}

// prefixedWord reports a word glued to a lower-case prefix, "ex-Downing",
// "pro-Kremlin", "anti-Nato": a modifier made of a name, whose token holds
// no name of its own.
func prefixedWord(w string) bool {
	pre, rest, ok := strings.Cut(w, "-")
	if !ok || !isCapitalised(rest) {
		return false
	}
	switch pre {
	case "ex", "pro", "anti", "non", "post", "pre", "then", "former", "neo", "mid":
		return true
	}
	return false
}

// openingModifier reports a word at i that dates a post, capitalised
// only because it opens the sentence or a quote ("Former Labour leader
// Neil Kinnock", "Outgoing Federal Reserve chairman"): no part of the name
// after it.
func (sc *scan) openingModifier(i int) bool {
	if i != sc.s.T0 && !opensClause(sc.word(i-1)) {
		return false
	}
	switch sc.word(i) {
	case "Former", "Then", "Outgoing", "Incoming", "Ex":
		return true
	}
	return false
}

// openingPrefixed reports prefixedWord for a prefix capitalised because
// it opens the sentence ("Ex-Home Secretary David Blunkett"); a hyphen
// in the rest makes it a name of its own ("Ex-Cell-O Corp").
func (sc *scan) openingPrefixed(i int) bool {
	if i != sc.s.T0 && !opensClause(sc.word(i-1)) {
		return false
	}
	w := sc.word(i)
	pre, rest, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(rest, "-") || !isCapitalised(pre) {
		return false
	}
	return prefixedWord(strings.ToLower(pre) + "-" + rest)
}

// commonWordSpan reports a one-word span at i that the tagger took for a
// name but is a common noun: an abstract noun in "-ism" ("Catholicism",
// "Thatcherism"), or a word capitalised only because it opens the sentence
// that the document writes in lower case elsewhere and that modifies the
// noun after it ("Defence lawyers said", "Insurance companies", "Foster
// carers"). A name opening a sentence is followed by its verb or a
// function word ("Shearson said", "Warner, the ..."), which keeps it.
func (sc *scan) commonWordSpan(i int) bool {
	lw := sc.a.Lower[i]
	if len(lw) > 5 && strings.HasSuffix(lw, "ism") {
		return isCapitalised(sc.word(i)) && !isAllCaps(sc.word(i))
	}
	if i != sc.s.T0 && !opensClause(sc.word(i-1)) || i+1 >= sc.s.T1 {
		return false
	}
	next := sc.word(i + 1)
	if !isLowerWord(next) || referenceVerb[next] || referenceLink[next] {
		return false
	}
	w := sc.word(i)
	if isAllCaps(w) || !isCapitalised(w) || sc.lex.isStopword(next) || sc.lex.isGivenName(w) {
		return false
	}
	return sc.lowerElsewhere.has(lw)
}

// afterWireAcronym corrects a tagged span [i, j) that a quirk of wire copy
// made: some agencies capitalise the word after "U.S." or "U.K." as if a
// sentence ended there ("U.S. Warships", "U.S. Calls for Taiwan", "U.K.
// Firm Cable and Wireless"), and a tagger reads the two as one name.
// Words the text package could not lower (the document never writes them
// in lower case) are judged here: the capitalised words after a known
// dotted acronym make a name of their own only with an organisation word
// ("U.S. Treasury Department", "U.S. Lines"); a company noun right after
// the acronym ("Firm", "Company") starts the name after it. It returns the
// span's new start, or false to drop the span: the acronym is the
// country, the words after it are common words.
func (sc *scan) afterWireAcronym(i, j int) (int, bool) {
	a := i // the acronym
	if !text.DottedAcronym(sc.word(a)) {
		// A span right after the acronym: "U.S." LOC, "Warships" ORG.
		if a = i - 1; a < sc.s.T0 || !text.DottedAcronym(sc.word(a)) {
			return i, true
		}
	}
	if e, n := sc.lex.phrase(sc.a.Words[a:sc.s.T1]); n != 1 || e.kind != lexName || e.typ != graph.Country {
		return i, true // "U.S. Congress" is a lexicon name; "U.S.A." unknown
	}
	if a+1 >= j || !isCapitalised(sc.word(a+1)) || isAllCaps(sc.word(a+1)) || !sc.free(a+1, a+2) {
		return i, true // a title after the acronym is trimmed as usual
	}
	if companyNouns[sc.a.Lower[a+1]] && a+2 < j && isCapitalised(sc.word(a+2)) {
		return a + 2, true // "U.K. Firm Cable and Wireless": the firm's name
	}
	if sc.hasOrgWord(a+1, j) || acronymInstitutions[sc.a.Lower[j-1]] {
		return i, true
	}
	if _, n := sc.lex.phrase(sc.a.Words[a+1 : j]); n == j-a-1 {
		return i, true // a known name after the acronym
	}
	// One capitalised word is what the quirk makes; a longer name the
	// lexicon does not know ("U.S. Chamber of Commerce", "U.S. Food and
	// Drug Administration") stays.
	unknown := 0
	for k := a + 1; k < j; k++ {
		if !isCapitalised(sc.word(k)) {
			continue
		}
		if _, n := sc.lex.phrase(sc.a.Words[k:j]); n > 0 {
			break // "Calls for Taiwan": a known name ends the span
		}
		unknown++
	}
	return i, unknown >= 2
}

// companyNouns describe a company before its name: "the firm Cable and
// Wireless".
var companyNouns = map[string]bool{
	"firm": true, "company": true, "carmaker": true, "retailer": true, "insurer": true,
	"unit": true, "subsidiary": true, "airline": true,
}

// acronymInstitutions end a country's offices abroad: "U.S. Embassy".
var acronymInstitutions = map[string]bool{"embassy": true, "consulate": true, "embassies": true, "consulates": true}

// mentionAt reports whether a mention of the sentence covers token k.
func (sc *scan) mentionAt(k int) bool {
	for n := len(sc.res.Mentions) - 1; n >= 0; n-- {
		m := &sc.res.Mentions[n]
		if m.T1 <= sc.s.T0 {
			break
		}
		if m.T0 <= k && k < m.T1 {
			return true
		}
	}
	return false
}

// addCued adds [i, j) as an organisation the tagger typed otherwise.
func (sc *scan) addCued(i, j int) {
	sc.add(Mention{T0: i, T1: j, Type: graph.Organization, Kind: Name, Source: Pattern})
	sc.cued[strings.Join(sc.a.Words[i:j], " ")] = true
	if j-i == 2 && sc.orgHead(i) {
		// "Banque Paribas" is "Paribas" for short.
		sc.cued[sc.word(i+1)] = true
	}
}

// afterOrgNoun reports a tagged name [i, j) that an organisation noun
// introduces: "the law firm Tods Murray", "the newspaper El Comercio";
// or, set off by commas, "the state oil company, Petromin," (a place or
// a person only: "the party, Blair said" is no appositive).
func (sc *scan) afterOrgNoun(i, j int, typ string) bool {
	if i-1 <= sc.s.T0 {
		return false
	}
	if p := sc.word(i - 1); isLowerWord(p) && (appositionNouns[p] || businessRoles[p] && (typ != "PER" || j-i == 1)) {
		// Not "Hollywood producer Burt Sugarman", nor "the comedy duo
		// Ant and Dec", "the duo Matt Lucas and David Walliams": a pair
		// or a trio may be named by its members.
		return !sc.actByMembers(p, i, j, typ)
	}
	if sc.marketLeader(i-1, 1) || strings.HasSuffix(sc.word(i-1), "-based") && isCapitalised(sc.word(i-1)) {
		return true // "sector leader Omnicom", "a Dallas-based Harlan"
	}
	if typ == "PER" || sc.word(i-1) != "," || i-2 <= sc.s.T0 || !appositionNouns[sc.word(i-2)] && !businessRoles[sc.word(i-2)] {
		return false
	}
	next := sc.word(j)
	return j >= sc.s.T1 || next == "," || next == ")" || next == "."
}

// homeOfName reports a place at i after a name and "of" or "in", "Loser
// Inc of Trenton": what follows may describe the name before it.
func (sc *scan) homeOfName(i int) bool {
	if i-2 < sc.s.T0 || sc.a.Lower[i-1] != "of" && sc.a.Lower[i-1] != "in" {
		return false
	}
	return isCapitalised(sc.word(i - 2))
}

// describedAsCompany reports an appositive from token j that describes
// an organisation: a comma, an article, modifiers and an organisation
// noun as its head ("Distrigas, a subsidiary of", "Titan, a
// California-based company,", "Sonatrach, the Algerian state petroleum
// agency,"), not a noun inside another phrase ("Agnelli, the godfather of
// the group").
func (sc *scan) describedAsCompany(j int) bool {
	if j+3 >= sc.s.T1 || sc.word(j) != "," {
		return false
	}
	switch sc.a.Lower[j+1] {
	case "a", "an", "the":
	default:
		return false
	}
	for k := j + 2; k < sc.s.T1 && k <= j+7; k++ {
		w := sc.word(k)
		if sc.a.Tokens[k].Kind != token.Word && sc.a.Tokens[k].Kind != token.Number {
			return false
		}
		lw := sc.a.Lower[k]
		if appositionNouns[lw] || businessRoles[lw] || describedNouns[lw] {
			switch sc.word(k + 1) {
			case ",", ".", "of", "which", "that", "in", "with", "and", ")", "based", "owned", "controlled", "whose", "":
				return true
			}
			return false
		}
		if isCapitalised(w) {
			// "the Algerian state ...", "a UK oil firm": a demonym, a
			// country or a place names the company's home.
			if _, n := sc.lex.phrase(sc.a.Words[k : k+1]); n == 0 && !strings.Contains(w, "-") {
				return false
			}
			continue
		}
		if sc.lex.isStopword(w) || notDescriptive[lw] {
			return false
		}
	}
	return false
}

// describedNouns are organisation nouns of appositives besides the
// apposition nouns: "a unit of", "the investment bank", "a holding group".
var describedNouns = map[string]bool{
	"unit": true, "group": true, "maker": true, "carrier": true, "concern": true, "chain": true,
	"corporation": true, "giant": true, "agency": true, "importer": true, "refiner": true, "miner": true,
	"lender": true, "bank": true, "firm": true, "company": true, "subsidiary": true, "affiliate": true,
}

// notDescriptive are lower-case words that end an appositive's modifiers.
var notDescriptive = map[string]bool{"of": true, "for": true, "to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "from": true}

// appositionNouns introduce an organisation's name in apposition.
var appositionNouns = map[string]bool{
	"newspaper": true, "daily": true, "weekly": true, "magazine": true, "agency": true, "broadcaster": true,
	"company": true, "firm": true, "carmaker": true, "airline": true, "insurer": true, "retailer": true,
	"tabloid": true, "bank": true, "conglomerate": true, "subsidiary": true, "utility": true,
	"manufacturer": true, "auditors": true, "brokerage": true, "drugmaker": true, "chipmaker": true,
	"steelmaker": true, "automaker": true,
	// A band is an organisation of musicians: "the band Keane", "the
	// rock duo Out Hud".
	"band": true, "duo": true, "trio": true, "quartet": true, "quintet": true,
}

// artistNouns are performers' and artists' nouns, which news puts before
// a person's name and the tagger, seeing a stage name, may take for a
// body's or a place's: "the rapper Nelly", "singer Usher".
var artistNouns = map[string]bool{
	"singer": true, "rapper": true, "songwriter": true, "singer-songwriter": true, "actor": true,
	"actress": true, "comedian": true, "guitarist": true, "drummer": true, "bassist": true,
	"pianist": true, "presenter": true, "frontman": true, "musician": true, "artist": true,
	"dj": true, "violinist": true, "cellist": true, "soprano": true, "tenor": true,
}

// personShapedPlace reports a place the tagger found, of two or three
// words, that opens with a given name and has no word of a place's
// name, a body's or a firm's: "Ewan McGregor" (not "George Town",
// "Victoria Falls", "Charlotte Street").
func (sc *scan) personShapedPlace(i, j int) bool {
	if j-i < 2 || j-i > 3 || !sc.lex.isGivenName(sc.word(i)) {
		return false
	}
	if i > sc.s.T0 && j < sc.s.T1 && sc.word(j) != "'s" {
		switch sc.a.Lower[i-1] {
		case "in", "at", "near", "from", "to", "outside", "into":
			return false // "homes in Virginia Water", not "in Pawel Pawlikowski's film"
		}
	}
	if j+1 < sc.s.T1 && sc.word(j) == "," {
		if e, n := sc.lex.phrase(sc.a.Words[j+1 : sc.s.T1]); n > 0 && (e.typ == graph.Place || e.typ == graph.Country) {
			return false // "Ruby Ridge, Idaho"
		}
	}
	for k := i; k < j; k++ {
		w := sc.word(k)
		if !isCapitalised(w) || lexicon.IsPlaceWord(w) || placeNameHeads[sc.a.Lower[k]] || sc.lex.isOrgWord(w) || sc.lex.isCompanyHead(w) || isAllCaps(w) {
			return false
		}
	}
	return true
}

// placeNameHeads end the names of streets, sites, buildings and natural
// features: "Victoria Street", "Ethel Barrymore Theatre", "Victoria
// Falls", "Prince William Sound".
var placeNameHeads = map[string]bool{
	"street": true, "avenue": true, "road": true, "square": true, "lane": true, "row": true, "way": true,
	"drive": true, "place": true, "cross": true, "gate": true, "bridge": true, "tower": true,
	"theatre": true, "theater": true, "palace": true, "castle": true, "abbey": true, "cathedral": true,
	"hall": true, "house": true, "court": true, "museum": true, "gallery": true, "centre": true,
	"center": true, "station": true, "stadium": true, "arena": true, "airport": true, "park": true,
	"gardens": true, "falls": true, "sound": true, "bay": true, "island": true, "islands": true,
	"hill": true, "hills": true, "heights": true, "lake": true, "river": true, "valley": true,
	"mountain": true, "mountains": true, "mount": true, "beach": true, "point": true, "harbour": true,
	"harbor": true, "creek": true, "springs": true, "strait": true, "canal": true, "coast": true,
	"peninsula": true, "forest": true, "desert": true, "county": true, "city": true, "town": true,
	"ridge": true, "water": true, "estuary": true, "memorial": true, "monument": true, "dock": true,
	"wharf": true, "quay": true, "green": true, "common": true, "heath": true, "moor": true, "vale": true,
	"wells": true, "sea": true, "canyon": true, "hole": true, "oaks": true,
}

// afterArtistNoun reports a name [i, j) of at most three words after an
// artist's noun, none of them an organisation's head ("the actor
// Jeremy Irons", not "the singer Sony Music signed").
func (sc *scan) afterArtistNoun(i, j int) bool {
	if i <= sc.s.T0 || j-i > 3 || !artistNouns[sc.a.Lower[i-1]] || isCapitalised(sc.word(i-1)) && sc.word(i-1) != "DJ" {
		return false
	}
	for k := i; k < j; k++ {
		if sc.orgHead(k) {
			return false
		}
	}
	return true
}

// notSpokesPortfolio are words after "spokesman on" that name no
// portfolio: "a spokesman on duty", "on board", "on behalf of".
var notSpokesPortfolio = map[string]bool{
	"duty": true, "board": true, "behalf": true, "condition": true, "leave": true, "call": true,
	"site": true, "scene": true, "record": true, "hand": true,
}

// actOfMembers are the nouns of a small act that news often names by
// its members.
var actOfMembers = map[string]bool{"duo": true, "trio": true, "quartet": true, "quintet": true}

// dashOrColon reports a dateline's or a heading's end, after which a
// sentence opens: "WASHINGTON, March 26 - The Reagan administration".
func dashOrColon(w string) bool { return w == "-" || w == "--" || w == ":" }

// personModifiedNouns are nouns a person's name qualifies after "The":
// "The Reagan administration", "The Roy Disney family".
var personModifiedNouns = map[string]bool{
	"administration": true, "family": true, "government": true, "era": true, "years": true,
	"estate": true, "campaign": true, "camp": true, "presidency": true, "doctrine": true,
}

// siteName returns the type of a tagged person's name [i, j) that ends
// in a building's head (an organisation: "Kennedy Center", "Wembley
// Arena") or a street's or a natural feature's (a place: "Bond Street");
// "" for other names and for a given name and one such word ("Tom
// Hall", "Jane Street").
func (sc *scan) siteName(i, j int) graph.Type {
	if j-i < 2 || j-i == 2 && sc.lex.isGivenName(sc.word(i)) || !isCapitalised(sc.word(j-1)) {
		return ""
	}
	if b := sc.word(j - 2); sc.lex.isGivenName(b) || len(b) == 2 && b[1] == '.' {
		return "" // "Mary Ellen Street", "Michael J. Bay"
	}
	switch sc.a.Lower[j-1] {
	case "center", "centre", "theatre", "theater", "museum", "gallery", "stadium", "arena", "library",
		"institute", "hospital", "college", "university":
		return graph.Organization
	case "street", "avenue", "road", "square", "bridge", "beach", "bay", "island", "falls", "river",
		"lake", "valley", "hills", "mountains":
		return graph.Place
	}
	return ""
}

// pluralSubject reports a name [i, j) that is the subject of a plural
// verb right after it, alone: "Snow Patrol were", "Rockstar have". Not
// one of several ("Blair and Brown are"), nor a body's people
// ("officials of Thomas were"), nor a titled person.
func (sc *scan) pluralSubject(i, j int) bool {
	if j >= sc.s.T1 {
		return false
	}
	switch sc.a.Lower[j] {
	case "were", "are", "have", "'re":
	default:
		return false
	}
	if sc.a.Lower[j] == "were" && j+1 < sc.s.T1 && sc.a.Lower[j+1] == "to" {
		return false // "if Blair were to resign"
	}
	if sc.lex.isGivenName(sc.word(i)) || i > sc.s.T0 && (sc.titleEndsAt(i) || sc.lex.isHonorific(strings.TrimSuffix(sc.word(i-1), "."))) {
		return false
	}
	// "Blair and Chancellor Gordon Brown are", "talks between Maskhadov
	// and Russia's Tikhomirov are": the name ends a list; "amendments
	// proposed by Lord Dubs were": it is a preposition's object; "if
	// Blair were", "wished Mandela were", "did Blair have", "would
	// Prescott have": a subjunctive or a question takes that form of one
	// person too.
	if i > sc.s.T0 {
		switch sc.a.Lower[i-1] {
		case "if", "wish", "wished", "wishes", "though", "whether", "unless", "suppose", "supposing",
			"did", "does", "do", "would", "should", "could", "might", "will", "can", "must", "shall",
			"why", "what", "where":
			return false
		}
	}
	for k := i - 1; k >= sc.s.T0 && k >= i-8; k-- {
		switch sc.a.Lower[k] {
		case "and", "&", "'n'", ",", "or", "nor", "than", "both", "plus",
			"at", "of", "in", "on", "by", "with", "for", "to", "from", "among", "between", "against", "into", "like":
			return false
		}
	}
	return true
}

// actByMembers reports an act's noun p before [i, j) that names its
// members, not the act: "the comedy duo Ant and Dec", "the duo Matt
// Lucas and David Walliams" (typ is the tagger's type, if any).
func (sc *scan) actByMembers(p string, i, j int, typ string) bool {
	if p == "band" {
		// "the tax band Gordon Brown introduced": a range, no act; "the
		// band Paul McCartney formed": a person's name opens a relative
		// clause.
		if i-2 >= sc.s.T0 && rangeBands[sc.a.Lower[i-2]] {
			return true
		}
		return sc.lex.isGivenName(sc.word(i)) && j < sc.s.T1 && bandFormingVerbs[sc.a.Lower[j]]
	}
	if !actOfMembers[p] {
		return false
	}
	return typ == "PER" && sc.lex.isGivenName(sc.word(i)) || j < sc.s.T1 && (sc.word(j) == "and" || sc.word(j) == "&" || sc.word(j) == ",")
}

// bandFormingVerbs after "the band X" make X the subject of a relative
// clause: "the band Paul McCartney formed".
var bandFormingVerbs = map[string]bool{
	"formed": true, "founded": true, "joined": true, "left": true, "quit": true, "started": true,
	"fronted": true, "led": true, "managed": true, "created": true,
}

// rangeBands are the nouns before "band" that make it a range: "the top
// tax band", "the age band".
var rangeBands = map[string]bool{
	"tax": true, "age": true, "price": true, "income": true, "wage": true, "pay": true, "council": true,
	"frequency": true, "salary": true, "rate": true,
}

// businessRoles introduce a company, or sometimes a person: "crude
// producer Yukos", "film producer Ada Voss".
var businessRoles = map[string]bool{
	"producer": true, "operator": true, "exporter": true, "distributor": true, "brewer": true,
	"supplier": true, "developer": true, "publisher": true, "auditor": true,
}

// orgHead reports whether token k is a capitalised head noun that ends
// organisations' names and no person's: "Foundation", "Corporation",
// "Garments". The organisation words that are also surnames or given
// names ("Church", "Steel", "Bank", "Post", "Court") are not.
func (sc *scan) orgHead(k int) bool {
	w := sc.word(k)
	return isCapitalised(w) && (sc.lex.isOrgWord(w) && !personalOrgWords[sc.a.Lower[k]] || sc.lex.isCompanyHead(w))
}

// personalOrgWords are organisation words that are also people's names.
var personalOrgWords = map[string]bool{
	"church": true, "post": true, "bank": true, "banks": true, "fleet": true, "press": true, "guard": true,
	"trust": true, "mission": true, "capital": true, "lines": true, "front": true, "center": true,
	"court": true, "cabinet": true, "times": true, "steel": true, "oil": true, "energy": true,
	"national": true, "federal": true, "exchange": true, "reserve": true, "service": true, "office": true,
	"board": true, "channel": true, "network": true, "media": true, "news": true, "radio": true,
	"herald": true, "community": true, "holding": true, "command": true, "force": true, "mining": true,
	"gas": true, "finance": true, "financial": true, "chemical": true, "electric": true, "motor": true,
	"tribune": true, "telegraph": true, "journal": true, "gazette": true, "union": true, "co": true,
	"co.": true, "sa": true, "se": true, "ab": true, "ag": true, "asa": true, "nv": true, "bv": true,
	"league": true, "college": true, "school": true, "partners": true, "corps": true, "senate": true,
	"congress": true, "parliament": true, "assembly": true, "army": true, "navy": true, "police": true,
	"government": true, "administration": true, "forces": true, "industry": true, "technology": true,
	"petroleum": true, "division": true, "society": true, "club": true, "authority": true,
}

// possessorOfTitle types a name followed by "'s" and a title: a deputy or
// an official belongs to a person ("Lavrov's deputy", "Biden's secretary
// of state"), a leader to an organisation ("Fiat's chief executive"). It
// returns t and weak unchanged when no title follows.
func (sc *scan) possessorOfTitle(j int, t graph.Type) (graph.Type, bool) {
	if j+1 >= sc.s.T1 || sc.word(j) != "'s" && sc.word(j) != "'" {
		return t, true
	}
	for _, ti := range sc.res.Titles {
		if ti.T0 != j+1 {
			continue
		}
		if ti.Deputy || ti.Role == lexicon.Official {
			return graph.Person, false
		}
		if ti.Role == lexicon.Leader {
			return graph.Organization, false
		}
	}
	return t, true
}

// startsLexName reports whether a lexicon phrase other than a demonym
// starts inside [i, j).
func (sc *scan) startsLexName(i, j int) bool {
	for k := i; k < j; k++ {
		if e, n := sc.lex.phrase(sc.a.Words[k:sc.s.T1]); n > 0 && e.kind != lexDemonym {
			return true
		}
	}
	return false
}

// titleCased returns words with all-capital words of more than three
// letters in title case, as a dateline's "WASHINGTON" is "Washington".
func titleCased(words []string) []string {
	var out []string
	for i, w := range words {
		if len(w) > 3 && isAllCaps(w) && !strings.ContainsAny(w, ".-") {
			if out == nil {
				out = append([]string(nil), words...)
			}
			out[i] = w[:1] + strings.ToLower(w[1:])
		}
	}
	if out == nil {
		return words
	}
	return out
}

// allTitleCased returns words with every all-capital word in title case.
func allTitleCased(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if len(w) > 1 && isAllCaps(w) {
			out[i] = w[:1] + strings.ToLower(w[1:])
		}
	}
	return out
}

// tagType is the entity type of a tagger's span type.
func tagType(t string) graph.Type {
	switch t {
	case "PER":
		return graph.Person
	case "ORG":
		return graph.Organization
	case "LOC":
		return graph.Place
	}
	return ""
}

// compoundOfNames reports whether a hyphenated word joins known names:
// "U.S.-Japan", "Fiat-GM" with both in the lexicon.
func (sc *scan) compoundOfNames(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false // one part: most words
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, n := sc.lex.phrase([]string{p}); n == 0 {
			return false
		}
	}
	return true
}

// overridesLexicon picks the tagger's spans that go before the lexicon:
// people, except a country or organisation name the tagger calls a person
// in a headline-like context; and organisations longer than the lexicon
// phrase they start with.
func (sc *scan) overridesLexicon(i, j int, typ string) bool {
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	switch typ {
	case "PER":
		// "Jordan", "Georgia", "Chad" as people: the tagger knows better
		// than a lexicon of places; but a whole known country or
		// organisation name is kept as such, and so is a longer known
		// name the span ends ("Smith" of "Merrill Lynch, Pierce, Fenner
		// and Smith"). A known place of several words, whole, is no
		// person's name either ("Bethnal Green", "Des Moines", "North
		// Tyneside"): a first name that is also a place's is one word.
		if sc.inLexName(i, j) {
			return false
		}
		if n == j-i && n >= 2 && (e.kind == lexCapital || e.typ == graph.Place) {
			return false
		}
		if n == 1 && j-i == 1 && e.kind == lexName && e.typ == graph.Place && regionKind(e.canon) && sc.afterTownComma(i) {
			return false // "near Fairford, Glos, in 2003": the county that places a town
		}
		return n == 0 || n < j-i || e.kind == lexCapital || e.typ == graph.Place
	case "ORG":
		return j-i >= 2 && n < j-i && !sc.inLexBodyName(i, j)
	case "LOC":
		// "Manchester University", "Hamburg Harbour Authority": a place that
		// starts a longer name ending in an organisation's head word
		// starts the organisation's name.
		// So does one that a compass point ends: "Dorset West", "Leeds
		// North West" name constituencies, not the county or city.
		return j-i >= 2 && n > 0 && n < j-i && (sc.orgHead(j-1) || compassTail(sc.a.Lower[i+n:j]))
	}
	return false
}

// compassTail reports whether ws are one or two compass points ("west",
// "north west"), capitalised after a place's name.
func compassTail(ws []string) bool {
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "north", "south", "east", "west", "central":
		default:
			return false
		}
	}
	return true
}

// afterTownComma reports a word at i set between commas (or a comma and
// the end of the clause) after a capitalised word: the slot of the county,
// state or region that places a town ("Richmond, North Yorks,", "Fairford,
// Glos."). A list of people goes on with "and" ("Smith, Kent and Jones").
func (sc *scan) afterTownComma(i int) bool {
	if i-2 < sc.s.T0 || sc.word(i-1) != "," || !isCapitalised(sc.word(i-2)) {
		return false
	}
	if i+1 >= sc.s.T1 {
		return true
	}
	switch sc.word(i + 1) {
	case ",", ".", ";", ")", ":":
		return true
	}
	return false
}

// inLexName reports whether an organisation's name of the lexicon
// starts a few tokens before i and reaches j or past it, or starts at i and
// goes on past j: the tagger split a known name of several words
// ("Smith" of "Merrill Lynch, Pierce, Fenner and Smith", "Smith Barney"
// of "Smith Barney, Harris Upham and Co").
func (sc *scan) inLexName(i, j int) bool {
	_, ok := sc.lexNameStart(i, j)
	return ok
}

// lexNameStart returns where the organisation's name of the lexicon that
// inLexName finds around [i, j) starts.
func (sc *scan) lexNameStart(i, j int) (int, bool) {
	for k := max(sc.s.T0, i-8); k <= i; k++ {
		e, n := sc.lex.phrase(sc.a.Words[k:sc.s.T1])
		if n == 0 || e.kind != lexName || e.typ != graph.Organization {
			continue
		}
		if end := sc.legalTail(k + n); end >= j && (k < i || end > j) {
			return k, true
		}
	}
	return 0, false
}

// inLexBodyName reports inLexName for a known name that the tagged span
// [i, j) lacks no more than its nationality of: a tagged firm inside a
// known firm's longer name ("Harris Upham and Co" of "Smith Barney, Harris
// Upham and Co") or a body's name cut short ("Securities and Exchange" of
// "Securities and Exchange Commission") is a piece of it, while a state's
// body the tagger names without its demonym ("Foreign Ministry" of
// "Russian Foreign Ministry") keeps the tagger's reading, as the gold
// sets and the text's other mentions name it.
func (sc *scan) inLexBodyName(i, j int) bool {
	k, ok := sc.lexNameStart(i, j)
	if !ok {
		return false
	}
	if k < i {
		if e, n := sc.lex.phrase(sc.a.Words[k:i]); n == i-k && (e.kind == lexDemonym || e.kind == lexName && e.typ == graph.Country) {
			return false
		}
	}
	return true
}

// legalTail returns the end of a known name ending at i with the legal
// form after it, if any ("Merrill Lynch, Pierce, Fenner and Smith Inc"), or
// i.
func (sc *scan) legalTail(i int) int {
	for i < sc.s.T1 && legalSuffixes[sc.a.Lower[i]] && isCapitalised(sc.word(i)) {
		i++
	}
	return i
}

// capitalised finds names the lexicons and tagger missed: runs of
// capitalised words. Organisation words make organisations ("Vote No
// campaign", "National Cancer Institute"); a title, an honorific or a given
// name before or at the start makes a person.
func (sc *scan) capitalised() {
	s := sc.s
	for i := s.T0; i < s.T1; i++ {
		if !sc.free(i, i+1) || !sc.nameWord(i) {
			continue
		}
		j := i + 1
		for j < s.T1 && sc.free(j, j+1) {
			if sc.nameWord(j) {
				j++
				continue
			}
			// "P5+1": a plus and a number glued to the name.
			if sc.word(j) == "+" && j+1 < s.T1 && sc.glued(j-1, j) && sc.glued(j, j+1) && allDigits(sc.word(j+1)) {
				j += 2
				continue
			}
			// "Organization of Petroleum Exporting Countries": a connector
			// between capitalised words when an organisation word is near.
			if connectors[sc.word(j)] && j+1 < s.T1 && sc.free(j+1, j+2) && sc.nameWord(j+1) && (sc.hasOrgWord(i, j) || sc.hasOrgWord(j+1, sc.nameRun(j+1))) {
				j += 2
				continue
			}
			break
		}
		if j-i == 1 && sc.sentenceInitialCommon(i) {
			continue
		}
		if j-i == 1 && sc.bareOrgHead(i) {
			continue // "the Government", "on TV": a head noun alone names no body
		}
		if j-i == 1 && (i == s.T0 || opensClause(sc.word(i-1))) && sc.lex.isOrgWord(sc.word(i)) && !isAllCaps(sc.word(i)) {
			// "Police said", "Unions oppose the plans": an organisation's
			// head noun alone opening a sentence is the common noun.
			continue
		}
		start, ok := sc.trimHeader(i, j)
		if !ok {
			i = j - 1
			continue
		}
		// A common word starts the span: strip it ("However Putin"), but
		// not from an organisation's name ("May Department Stores").
		if start == i && (i == s.T0 || sc.sentenceInitialCommon(i)) && (i == s.T0 || !sc.hasOrgWord(i, j) || openingArticles[sc.word(i)]) {
			start = sc.skipInitialCommon(i, j)
			if start >= j {
				i = j - 1
				continue
			}
		}
		m := Mention{T0: start, T1: j, Kind: Name, Source: Pattern}
		m.Type, m.Weak = sc.classify(start, j)
		if m.Weak && sc.withTagger {
			m.Type, m.Weak = sc.possessorOfTitle(j, m.Type)
		}
		if m.Weak && sc.withTagger && (sc.firmSlot(start, j, "") || sc.employerAfterEmployee(start, j)) {
			// "A Halvenor spokesman said", "Shares of Brackwater rose": a
			// name the tagger missed, in a company's slot.
			sc.addCued(start, j)
			i = j - 1
			continue
		}
		// With a tagger, a guess from capitalisation alone that the tagger
		// did not take ("MPs", "Christians") is not kept.
		if m.Type != "" && !(m.Weak && sc.withTagger) {
			sc.add(m)
		}
		i = j - 1
	}
}

// glued reports whether tokens i and j touch, with no space between.
func (sc *scan) glued(i, j int) bool { return sc.a.Tokens[i].End == sc.a.Tokens[j].Start }

// nameRun returns the end of the run of name words from i.
func (sc *scan) nameRun(i int) int {
	for i < sc.s.T1 && sc.free(i, i+1) && sc.nameWord(i) {
		i++
		if sc.sentenceAfterForm(i - 1) {
			break // "PC Data Inc. To date": the period ended a sentence
		}
	}
	return i
}

// skipInitialCommon drops capitalised common words at the start of a
// sentence ("Analysts said", "However Putin").
func (sc *scan) skipInitialCommon(i, j int) int {
	for i < j && sc.sentenceInitialCommon(i) {
		if i > sc.s.T0 && sc.afterOpeningArticle(i) && sc.hasOrgWord(i, j) {
			break // "The High Court ruled": only the article opened the sentence
		}
		i++
	}
	return i
}

// afterOpeningArticle reports whether token i follows an article that
// opens the sentence ("The Central Bank", "A Low Pay Commission report"):
// its capital is the name's own, as in mid-sentence.
func (sc *scan) afterOpeningArticle(i int) bool {
	k := i - 1
	if k != sc.s.T0 && !opensClause(sc.word(k-1)) {
		return false
	}
	switch sc.word(k) {
	case "The", "A", "An":
		return true
	}
	return false
}

// sentenceInitialCommon reports whether token i is a common word
// capitalised only because it starts the sentence (or follows a quote or
// colon).
func (sc *scan) sentenceInitialCommon(i int) bool {
	if i != sc.s.T0 && !opensClause(sc.word(i-1)) {
		return sc.lex.isStopword(sc.word(i)) && !sc.lex.isGivenName(sc.word(i))
	}
	w, lw := sc.word(i), sc.a.Lower[i]
	return sc.lex.isStopword(w) || sc.lowerElsewhere.has(lw) || (!sc.lex.isGivenName(w) && commonEnding(lw))
}

func opensClause(w string) bool {
	switch w {
	case `"`, "'", ":", "(", "--", "-", ";":
		return true
	}
	return false
}

// abstractNoun reports the endings of abstract nouns that no surname has:
// "Election", "Convention", "Commission".
func abstractNoun(w string) bool {
	for _, suf := range []string{"tion", "tions", "sion", "sions"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// commonEnding reports suffixes that rarely end names.
func commonEnding(w string) bool {
	for _, suf := range []string{"ly", "ing", "ed", "ists", "ers", "ness", "ment", "tion", "ions", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

var connectors = map[string]bool{"of": true, "for": true, "and": true, "&": true, "de": true, "du": true, "la": true, "von": true, "van": true, "der": true, "al": true, "bin": true, "in": true, "on": true}

// orgExtension reports words [i, j) after a place that make it a company's
// name: an organisation word, or a company head at the end ("Harbin
// Textiles").
func (sc *scan) orgExtension(i, j int) bool {
	return sc.hasOrgWord(i, j) || sc.lex.isCompanyHead(sc.word(j-1))
}

func (sc *scan) hasOrgWord(i, j int) bool {
	for k := i; k < j; k++ {
		if sc.lex.isOrgWord(sc.word(k)) {
			return true
		}
	}
	return false
}

// nameWord reports whether token i can be part of a name: capitalised,
// all-caps, or a number inside a name ("Radio 4", "P5+1").
func (sc *scan) nameWord(i int) bool {
	w := sc.word(i)
	if sc.a.Tokens[i].Kind != token.Word {
		return false
	}
	if strings.IndexByte(w, '-') >= 0 {
		// "Moscow-backed", "pro-Russia", "Fiat-GM": modifiers, not
		// names, but for "Frank-Walter", "Hewlett-Packard".
		return sc.hyphenatedName(w)
	}
	return isCapitalised(w) && !sc.lex.isTitleWord(w)
}

// hyphenatedName reports whether a hyphenated word is one name
// ("Frank-Walter", "Hewlett-Packard"): every part capitalised, none a
// known name by itself.
func (sc *scan) hyphenatedName(w string) bool {
	for k, part := range strings.Split(w, "-") {
		if k == 0 && nameParticles[part] {
			continue // "al-Tayer", "bin-Laden"
		}
		if part == "" || !isCapitalised(part) {
			return false
		}
		if _, n := sc.lex.phrase([]string{part}); n > 0 {
			return false
		}
	}
	return true
}

// nameParticles start Arabic and other surnames in lower case.
var nameParticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "at": true, "ash": true, "bin": true, "ibn": true, "abu": true, "ben": true}

// classify decides the type of an unknown capitalised span, or "" to drop
// it; weak reports a guess from capitalisation alone.
func (sc *scan) classify(i, j int) (t graph.Type, weak bool) {
	if sc.openingPrefixed(i) {
		return "", false // "Ex-Home Secretary David Blunkett": a prefixed modifier
	}
	if sc.hasOrgWord(i, j) || j-i >= 2 && sc.lex.isCompanyHead(sc.word(j-1)) {
		return graph.Organization, false
	}
	prev := ""
	if i > sc.s.T0 {
		prev = sc.word(i - 1)
	}
	// A title, an honorific or "Mr" before, or a given name first.
	if i > sc.s.T0 && (sc.taken[i-1-sc.s.T0] && sc.titleEndsAt(i) || sc.lex.isHonorific(strings.TrimSuffix(prev, "."))) {
		if j-i == 1 && abstractNoun(sc.a.Lower[i]) && !sc.lex.isGivenName(sc.word(i)) {
			return "", false // "the General Election", "Secretary General Convention": no person
		}
		return graph.Person, false
	}
	if sc.lex.isGivenName(sc.word(i)) && j-i >= 2 && j-i <= 4 {
		return graph.Person, false
	}
	// "Mr Blair", "Dr. Fauci": an honorific starts the span.
	if j-i >= 2 && sc.lex.isHonorific(strings.TrimSuffix(sc.word(i), ".")) {
		return graph.Person, false
	}
	// A media or company noun before: "the newspaper Kommersant", "a group
	// known as the P5+1", "its subsidiary Ecoline".
	if orgNouns[strings.ToLower(prev)] || orgNouns[sc.nounBeforeKnownAs(i)] || isLowerWord(prev) && appositionNouns[prev] && !sc.actByMembers(prev, i, j, "") {
		return graph.Organization, false
	}
	// "Nordwagen chief executive Helga Stark": a name right before a title
	// is the body the title belongs to.
	if j < sc.s.T1 && sc.titleStartsAt(j) && !showHosts[sc.a.Lower[j]] {
		// Unless it reads as an adjective: "Roman Emperor", "Crimean
		// deputy", "Ecuadoran minister" name no organisation; nor does a
		// portfolio the lexicon's titles use ("Public Finances Director").
		// Nor does a faith or a creed ("Marxist leader", "Maronite
		// Patriarch") or a people ("Welsh Health Minister").
		return graph.Organization, j-i == 1 && (adjectival(sc.a.Lower[i]) || sc.runningLower(i) || sc.creedOrPeople(i)) || sc.portfolioWords(i, j)
	}
	// "the Norwegian county of Finnmark", "the city of Kirkenes".
	if i-2 >= sc.s.T0 && prev == "of" && lexicon.IsPlaceWord(sc.word(i-2)) && isLowerWord(sc.word(i-2)) {
		return graph.Place, false
	}
	// "Bethesda, Maryland": a place before a region or country.
	if j+1 < sc.s.T1 && sc.word(j) == "," && j-i <= 2 {
		if e, n := sc.lex.phrase(sc.a.Words[j+1 : sc.s.T1]); n > 0 && (e.typ == graph.Country || e.typ == graph.Place && e.kind == lexName && regionKind(e.canon)) {
			// Not "Varig, Brazil's flagship airline": an appositive.
			if k := j + 1 + n; k >= sc.s.T1 || sc.word(k) != "'s" && sc.word(k) != "'" {
				return graph.Place, false
			}
		}
	}
	if j-i == 1 && isAllCaps(sc.word(i)) {
		return graph.Organization, true // an acronym: kept if it spells a name
	}
	if j-i <= 3 && allNameShaped(sc.a.Words[i:j]) {
		return graph.Person, true
	}
	return "", false
}

// runningLower reports whether news text writes the word at i in lower
// case mid-sentence, as it does a common noun or adjective: "Bankruptcy
// Judge", "Circuit Judge", "Police chief" qualify the title and name no
// body, while "Treasury Secretary" and "Pentagon spokesman" keep theirs.
// The document must not write the word with its capital elsewhere.
func (sc *scan) runningLower(i int) bool {
	return sc.writtenLower(i) && sc.a.Lower[i] != sc.word(i) && !sc.capitalisedElsewhere(i)
}

// adjectival reports the endings of adjectives of peoples and places
// ("Roman", "Crimean", "Chinese", "Kurdish", "Slavic", "Iraqi").
func adjectival(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// regionKind reports whether the lexicon place named canon is a region,
// state or province rather than a city.
func regionKind(canon string) bool {
	p, ok := lexicon.PlaceByName(canon)
	if !ok {
		return false
	}
	switch p.Kind {
	case "state", "province", "region", "territory", "district", "island":
		return true
	}
	return false
}

// nounBeforeKnownAs returns the noun of "a group known as (the) X" or "a
// movement called X" when token i starts X, else "".
func (sc *scan) nounBeforeKnownAs(i int) string {
	k := i - 1
	if k >= sc.s.T0 && strings.EqualFold(sc.word(k), "the") {
		k--
	}
	switch {
	case k-2 >= sc.s.T0 && sc.word(k) == "as" && sc.word(k-1) == "known":
		return sc.a.Lower[k-2]
	case k-1 >= sc.s.T0 && (sc.word(k) == "called" || sc.word(k) == "named"):
		return sc.a.Lower[k-1]
	}
	return ""
}

func (sc *scan) titleStartsAt(i int) bool {
	for k := len(sc.res.Titles) - 1; k >= 0; k-- {
		if sc.res.Titles[k].T0 == i {
			return true
		}
	}
	return false
}

func (sc *scan) titleEndsAt(i int) bool {
	for k := len(sc.res.Titles) - 1; k >= 0; k-- {
		if sc.res.Titles[k].T1 == i {
			return true
		}
	}
	return false
}

var orgNouns = map[string]bool{
	"newspaper": true, "daily": true, "weekly": true, "magazine": true, "agency": true, "broadcaster": true,
	"channel": true, "company": true, "firm": true, "group": true, "carmaker": true, "bank": true,
	"airline": true, "network": true, "party": true, "movement": true, "organisation": true,
	"alliance": true, "bloc": true, "coalition": true, "club": true, "forum": true, "faction": true,
	"organization": true, "insurer": true, "retailer": true, "giant": true, "maker": true, "tabloid": true,
}

func allNameShaped(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isAllCaps(w) {
			return false
		}
	}
	return true
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// numberSign reports "No." or "No.3": a number's sign, no name.
func numberSign(w string) bool {
	rest, ok := strings.CutPrefix(w, "No.")
	return ok && (rest == "" || allDigits(rest))
}

func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// bareOrgHead reports a lone capitalised head word of organisation names
// that names no one body by itself ("the Government", "on TV", "the
// Office", "the Department", "Ltd"): the body it stands for is named
// elsewhere in full or not at all ("the Indian Government", "the Attorney
// General's Office"). Head words that do stand for one body in news
// ("the Senate", "the Commission", "the Cabinet") are left to the tagger.
func (sc *scan) bareOrgHead(i int) bool {
	// "his 19 Entertainment company", "Films with medium budgets": a
	// company's head word alone names no company either ("the Mail" is
	// a paper's short name).
	return bareHeads[sc.a.Lower[i]] || sc.lex.isCompanyHead(sc.word(i)) && (i == sc.s.T0 || sc.a.Lower[i-1] != "the")
}

var bareHeads = map[string]bool{
	"government": true, "governments": true, "office": true, "offices": true,
	"department": true, "departments": true, "ministry": true, "agency": true,
	"tv": true, "television": true, "union": true, "unions": true,
	"party": true, "parties": true, "national": true, "federal": true,
	"ltd": true, "inc": true, "corp": true, "co": true, "plc": true,
	"holdings": true, "systems": true, "group": true,
}

// titleBeforeName returns the length of the title of n words at i without
// a lexicon name that starts inside it and runs past its end, and without
// the "of" and "the" that led to that name: "speaker of the House of
// Lords" is a speaker of the House of Lords.
func (sc *scan) titleBeforeName(i, n int) int {
	for k := i + 1; k < i+n; k++ {
		if !isCapitalised(sc.word(k)) {
			continue
		}
		if e, m := sc.lex.phrase(sc.a.Words[k:sc.s.T1]); e.kind == lexName && k+m > i+n {
			for k > i+1 && (sc.a.Lower[k-1] == "of" || sc.a.Lower[k-1] == "the") {
				k--
			}
			return k - i
		}
	}
	return n
}
