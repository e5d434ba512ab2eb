package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/token"
)

// splitCoordinatedOrgs splits an organisation span the tagger made of two
// names joined by "and": "Liggett Group and Brown and Williamson",
// "Citizens Bank and Canal Bank", "the Electoral Commission and National
// Union of Students", "Treasury and Bank of England forecasts". The words
// before "and" must make a whole name: two or more words closed by a head
// noun that ends names and does not go on with "and" inside one ("Group",
// "Bank", "Commission", a legal form other than "Co"), or a name the
// lexicon knows; the words after it must start a name of their own. Names
// that join two words inside them ("Securities and Exchange Commission",
// "Yasuda Trust and Banking Co", "Investors Bank and Trust") stay whole.
func (sc *scan) splitCoordinatedOrgs(spans []Span) []Span {
	var out []Span
	for k, sp := range spans {
		if sp.Type == "ORG" && sp.T1-sp.T0 >= 2 {
			if parts := sc.splitPartyChamber(sp); len(parts) == 2 {
				if out == nil {
					out = append(make([]Span, 0, len(spans)+1), spans[:k]...)
				}
				out = append(out, parts...)
				continue
			}
		}
		if sp.Type != "ORG" || sp.T1-sp.T0 < 3 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		parts := sc.splitOrgSpan(sp)
		if len(parts) == 1 && parts[0] == sp && out == nil {
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:k]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return spans
	}
	return out
}

// splitOrgSpan returns the names an organisation span holds, itself when
// it is one.
func (sc *scan) splitOrgSpan(sp Span) []Span {
	i, j := sc.s.T0+sp.T0, sc.s.T0+sp.T1
	if e, n := sc.lex.phrase(sc.a.Words[i:j]); n == j-i && e.kind != lexDemonym {
		return []Span{sp} // a known name: "Trinidad and Tobago"
	}
	if j-i == 3 && sc.a.Lower[i+1] == "and" && j < sc.s.T1 && pluralBodies[sc.word(j)] && isCapitalised(sc.word(i+2)) {
		// "the Liberal and National parties", "the Senate and House
		// committees": two bodies that share the noun after them.
		return []Span{{T0: sp.T0, T1: sp.T0 + 1, Type: "ORG"}, {T0: sp.T0 + 2, T1: sp.T1, Type: "ORG"}}
	}
	for k := i + 1; k+1 < j; k++ {
		if !sc.sentenceAfterForm(k) {
			continue
		}
		// "PC Data Inc. To date, ...", "Hongkong Banking Corp.
		// Managers are ...": the sentence ended with the legal form's
		// period. The words after it stay a name only when they end
		// in a head or legal form of their own.
		left := Span{T0: sp.T0, T1: k + 1 - sc.s.T0, Type: "ORG"}
		if last := sc.word(j - 1); j-k > 2 && (sc.lex.isOrgWord(last) || legalSuffixes[sc.a.Lower[j-1]]) {
			return append([]Span{left}, sc.splitOrgSpan(Span{T0: k + 1 - sc.s.T0, T1: sp.T1, Type: "ORG"})...)
		}
		return []Span{left}
	}
	for k := j - 3; k <= j-2; k++ {
		if k > i && sc.personAfterBody(k, j) && (k-i >= 2 && sc.lex.isOrgWord(sc.word(k-1)) || sc.closedOrgName(i, k) || sc.knownOrg(i, k)) {
			// "the Commons Oliver Heald", "group Velcor Anna Berg": a
			// person named after the body, with no comma between.
			return []Span{{T0: sp.T0, T1: k - sc.s.T0, Type: "ORG"}, {T0: k - sc.s.T0, T1: sp.T1, Type: "PER"}}
		}
	}
	for k := i + 2; k <= i+3 && k+1 < j; k++ {
		if sc.a.Lower[k] == "of" && sc.personAfterBody(i, k) && (sc.knownOrg(k+1, j) || sc.hasOrgWord(k+1, j) || sc.lex.isCompanyHead(sc.word(j-1))) {
			// "Ann Lee of Save the Children", "Omar Haddad of Levant
			// Trading Corp": a person and the body she speaks for; a
			// firm named after its founder and its home town ("John
			// Lewis of Hungerford") has no head after "of".
			return []Span{{T0: sp.T0, T1: k - sc.s.T0, Type: "PER"}, {T0: k + 1 - sc.s.T0, T1: sp.T1, Type: "ORG"}}
		}
	}
	if k, ok := sc.possessedBody(i, j); ok {
		// "the Finance Ministry's Customs Administration Department":
		// the possessor is a name of its own, a body's name is kept
		// as a span, a known name is left to the lexicon.
		body := Span{T0: k - sc.s.T0, T1: sp.T1, Type: "ORG"}
		if sc.knownName(i, k-1) {
			return []Span{body}
		}
		return []Span{{T0: sp.T0, T1: k - 1 - sc.s.T0, Type: "ORG"}, body}
	}
	for k := i + 1; k+1 < j; k++ {
		if !sc.orgsListedAt(i, k, j) {
			continue
		}
		left := Span{T0: sp.T0, T1: k - sc.s.T0, Type: "ORG"}
		right := Span{T0: k + 1 - sc.s.T0, T1: sp.T1, Type: "ORG"}
		return append([]Span{left}, sc.splitOrgSpan(right)...)
	}
	return []Span{sp}
}

// orgsListedAt reports whether the word at k, inside the organisation
// span [i, j), lists two names: "and" after a closed name and before the
// start of another (see splitOrgSpan); or "and", "or" or a comma between
// two whole names, each closed by a head noun or built on one before
// "of" ("Arab Banking Corp, Bank of Nova Scotia", "Banque du Caire and
// Bank of Alexandria", "the Welsh Assembly or Northern Ireland Assembly").
// The partners of a firm ("Bear, Stearns and Co"), the portfolios of a
// department ("Bureau of Alcohol, Tobacco and Firearms") and a name that
// goes on with "and" ("Department of Trade and Industry") are no list.
func (sc *scan) orgsListedAt(i, k, j int) bool {
	sep := sc.a.Lower[k]
	if sep != "and" && sep != "or" && sep != "," {
		return false
	}
	if sep == "and" && sc.closedOrgName(i, k) && sc.startsOrgName(k+1, j) {
		return true
	}
	if sep == "and" && sc.tradeNamesListed(i, k, j) {
		return true
	}
	if sep == "or" && sc.headedName(i, k) && sc.headedName(k+1, sc.listedNameEnd(k+1, j)) {
		// "or" joins no words inside a name: two names, each ended by
		// a head noun ("Welsh Assembly or Northern Ireland Assembly").
		return true
	}
	if !sc.wholeListedName(k+1, j) {
		return false
	}
	if sc.closedOrgName(i, k) {
		return true
	}
	if sc.headFirstName(i, k) {
		// After "Department of Trade and", a closed name may go on the
		// first ("Industry Select Committee"): only one built on a head
		// before "of" starts another.
		return sep != "and" || sc.headFirstName(k+1, sc.listedNameEnd(k+1, j))
	}
	// "Westpac, Bank of Montreal": any name before a comma and a name
	// built on a head before "of", which no firm's partner or portfolio
	// is.
	return sep == "," && sc.nameWords(i, k) && sc.headFirstName(k+1, sc.listedNameEnd(k+1, j)) && !sc.knownOther(i, k)
}

// listedNameEnd returns the end of the name that starts at i inside a
// span ending at j: the next comma, "and" or "or", or j.
func (sc *scan) listedNameEnd(i, j int) int {
	for e := i; e < j; e++ {
		if w := sc.a.Lower[e]; w == "," || w == "and" || w == "or" {
			return e
		}
	}
	return j
}

// headedName reports two or more name words ending in an organisation's
// head word: "Hansard Society", "Northern Ireland Assembly".
func (sc *scan) headedName(i, j int) bool {
	return j-i >= 2 && sc.nameWords(i, j) && sc.lex.isOrgWord(sc.word(j-1))
}

// knownOther reports whether [i, j) is a name the lexicon knows as other
// than an organisation's: a country, place or person.
func (sc *scan) knownOther(i, j int) bool {
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n == j-i && (e.kind == lexCapital || e.kind == lexDemonym || e.kind == lexName && e.typ != graph.Organization)
}

// wholeListedName reports whether the organisation names listed from i
// (inside a span ending at j) start with a whole one: up to the next
// comma, "or" or "and", or past an "and" up to the next comma or "or"
// ("Marks and Spencer").
func (sc *scan) wholeListedName(i, j int) bool {
	short := 0
	for e := i; e <= j; e++ {
		w := ""
		if e < j {
			w = sc.a.Lower[e]
		}
		if w == "and" && short == 0 {
			short = e
			if sc.wholeNextName(i, e) {
				return true
			}
		}
		if e == j || w == "," || w == "or" {
			return sc.wholeNextName(i, e)
		}
	}
	return false
}

// wholeNextName reports whether [i, j), a name after a list's comma or
// conjunction, is whole: several words built on a head noun before "of"
// ("Bank of East Asia"), or closed by one that does not go on the name
// before the conjunction ("Security Pacific Bank", not "Industry Select
// Committee" after "Department of Trade and").
func (sc *scan) wholeNextName(i, j int) bool {
	if sc.headFirstName(i, j) {
		return true
	}
	w := sc.word(i)
	return sc.closedOrgName(i, j) && sc.nameWords(i, j) && !sc.lex.isOrgWord(w) && !sc.lex.isCompanyHead(w)
}

// headFirstName reports a name of three words or more built on a head
// noun before "of" or a Romance particle, the head first or after one
// word: "Bank of Nova Scotia", "Banque du Caire", "Commonwealth Bank of
// Australia".
func (sc *scan) headFirstName(i, j int) bool {
	if j-i < 3 || !sc.nameWords(i, j) {
		return false
	}
	for h := i; h <= i+1 && h+2 < j; h++ {
		w := sc.word(h)
		if (sc.lex.isOrgWord(w) || sc.lex.isCompanyHead(w)) && !legalSuffixes[sc.a.Lower[h]] && (sc.word(h+1) == "of" || nameLinks[sc.word(h+1)]) && isCapitalised(sc.word(h+2)) {
			return true
		}
	}
	return false
}

// nameWords reports whether [i, j) reads as one name: capitalised words,
// with "of", "the", "for" and name particles between them.
func (sc *scan) nameWords(i, j int) bool {
	if !isCapitalised(sc.word(i)) || !isCapitalised(sc.word(j-1)) {
		return false
	}
	for k := i; k < j; k++ {
		w := sc.word(k)
		if sc.a.Tokens[k].Kind != token.Word && w != "&" && w != "." {
			return false
		}
		if !isCapitalised(w) && w != "of" && w != "the" && w != "for" && w != "&" && w != "." && !nameLinks[w] && !nameLinks2[w] {
			return false
		}
	}
	return true
}

// sentenceAfterForm reports a legal form written with a period at k
// ("Inc.", "Corp.") before a capitalised word that goes on no name: no
// legal form ("Co. Inc."), no "&".
func (sc *scan) sentenceAfterForm(k int) bool {
	w := sc.word(k)
	if !strings.HasSuffix(w, ".") || !legalSuffixes[sc.a.Lower[k]] || strings.Count(w, ".") > 1 {
		return false
	}
	n := sc.word(k + 1)
	return isCapitalised(n) && sc.a.Tokens[k+1].Kind == token.Word && !legalSuffixes[sc.a.Lower[k+1]] && !sc.lex.isCompanyHead(n)
}

// closedOrgName reports whether [i, j) is a whole organisation's name:
// several words ending in a closing head noun, or a known organisation.
func (sc *scan) closedOrgName(i, j int) bool {
	if j-i >= 2 && closingHeads[sc.a.Lower[j-1]] && isCapitalised(sc.word(j-1)) {
		return true
	}
	if j-i >= 3 && (sc.a.Lower[j-1] == "co" || sc.a.Lower[j-1] == "co.") && (sc.word(j-2) == "and" || sc.word(j-2) == "&") {
		return true // "Goldman Sachs and Co and First Boston Corp"
	}
	// A known name of one word may be a surname too ("Wagner and
	// Brown"): only longer ones count.
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return j-i >= 2 && n == j-i && e.kind == lexName && e.typ == graph.Organization
}

// personAfterBody reports whether [k, j) is a person's name that may
// follow a body's: two or three capitalised words, a given name first,
// none a head noun, a legal form or a title ("Fleet Igor Khmelnov", not
// "Morgan Stanley Bank").
func (sc *scan) personAfterBody(k, j int) bool {
	if j-k < 2 || j-k > 3 || j > sc.s.T1 || !sc.lex.isGivenName(sc.word(k)) {
		return false
	}
	for m := k; m < j; m++ {
		w := sc.word(m)
		if !isCapitalised(w) || isAllCaps(w) || sc.a.Tokens[m].Kind != token.Word || sc.lex.isOrgWord(w) || sc.lex.isCompanyHead(w) || legalSuffixes[sc.a.Lower[m]] || sc.lex.isTitleWord(w) {
			return false
		}
	}
	if e, n := sc.lex.phrase(sc.a.Words[k:j]); n > 0 && !(e.kind == lexName && e.typ == graph.Person) {
		return false // "Morgan Grenfell", "Virginia Beach": a known name
	}
	return true
}

// knownOrg reports whether [i, j) is an organisation the lexicon knows.
func (sc *scan) knownOrg(i, j int) bool {
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n == j-i && e.kind == lexName && e.typ == graph.Organization
}

// startsOrgName reports whether [i, j) is a name of its own: a
// capitalised word that is no common word first, and more than a head
// noun or a legal form ("and Trust", "and Co" finish the name before).
func (sc *scan) startsOrgName(i, j int) bool {
	w := sc.word(i)
	if !isCapitalised(w) || sc.a.Tokens[i].Kind != token.Word {
		return false
	}
	if sc.lex.isStopword(w) && !(j-i >= 2 && (sc.lex.isOrgWord(sc.word(j-1)) || sc.lex.isCompanyHead(sc.word(j-1)))) {
		return false // "Sunday Telegraph" is a name, "Monday" none
	}
	if legalSuffixes[sc.a.Lower[i]] {
		return false
	}
	for k := i; k < j; k++ {
		lw := sc.a.Lower[k]
		if isCapitalised(sc.word(k)) && !sc.lex.isOrgWord(sc.word(k)) && !sc.lex.isCompanyHead(sc.word(k)) && !legalSuffixes[lw] {
			return true
		}
	}
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n == j-i && e.kind == lexName && e.typ == graph.Organization
}

// tradeNamesListed reports two firms' names joined by "and" at k inside
// the span [i, j): "Coastal Shellfish Processors and Prime Harvest Foods",
// "Norden Motors and Valley Pharmaceuticals". The first is two name
// words or more, without "of", closed by a trade's plural head of
// tradeHeads; the second is two words or more of its own (see
// startsOrgName), closed by a company's head word or legal form. Plural
// heads that go on with "and" inside a name ("Savings and Loan",
// "Securities and Exchange", "Oil and Gas") are no trade heads; an
// association's ("Association of Machinists and Aerospace Workers") has
// "of".
func (sc *scan) tradeNamesListed(i, k, j int) bool {
	if k-i < 2 || !tradeHeads[sc.a.Lower[k-1]] || !sc.nameWords(i, k) {
		return false
	}
	for m := i; m < k; m++ {
		if !isCapitalised(sc.word(m)) {
			return false
		}
	}
	e := sc.listedNameEnd(k+1, j)
	return e-(k+1) >= 2 && sc.nameWords(k+1, e) && sc.startsOrgName(k+1, e) && (sc.firmHeadAt(e-1) || sc.knownOrg(k+1, e))
}

// tradeHeads are the plural heads that close a firm's name and are not
// joined by "and" to another word inside one: "Maple Foods and", "Delta
// Processors and".
var tradeHeads = map[string]bool{
	"foods": true, "processors": true, "packers": true, "motors": true, "stores": true,
	"electronics": true, "technologies": true, "industries": true, "holdings": true,
	"enterprises": true, "breweries": true, "brewers": true, "distillers": true,
	"pharmaceuticals": true, "laboratories": true, "instruments": true,
}

// closingHeads end an organisation's name and are not joined by "and" to
// another word inside one: "Liggett Group and", "Canal Bank and", not
// "Yasuda Trust and Banking", "Texas Oil and Gas", "Nippon Telegraph and
// Telephone", "Harris Upham and Co".
var closingHeads = map[string]bool{
	"group": true, "bank": true, "association": true, "commission": true, "committee": true,
	"council": true, "department": true, "ministry": true, "party": true, "agency": true,
	"authority": true, "office": true, "board": true, "bureau": true, "institute": true,
	"federation": true, "foundation": true, "organisation": true, "organization": true,
	"times": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"plc": true, "corporation": true, "incorporated": true, "limited": true, "ag": true, "gmbh": true,
	"llc": true, "airlines": true, "airways": true,
}

// pluralBodies are plural nouns of bodies that follow coordinated names
// sharing them: "the Liberal and National parties".
var pluralBodies = map[string]bool{
	"parties": true, "committees": true, "houses": true, "chambers": true, "governments": true,
	"banks": true, "unions": true, "companies": true, "councils": true, "ministries": true,
	"departments": true, "newspapers": true, "papers": true, "exchanges": true, "airlines": true,
}

// bodyEndInTitle returns the end of a tagged organisation's name that
// starts at or before a title's first word at start (at it, with two
// words or more) and ends inside the title
// [start, end), or 0. The name must read as a whole body: it ends in an
// organisation's head word ("Electoral Commission") or a known name
// ("Bank of England", "US Federal Reserve"), or holds "of" before the
// title ("American Chamber of Commerce"). Portfolio words a tagger adds
// to a body ("Welsh Health Minister", "Lib Dem Treasury spokesman") stay
// the title's.
func (sc *scan) bodyEndInTitle(start, end int) int {
	r := start - sc.s.T0
	for _, sp := range sc.spans {
		if sp.Type != "ORG" || sp.T0 > r || sp.T1 <= r || sc.s.T0+sp.T1 >= end {
			continue
		}
		s0, s1 := sc.s.T0+sp.T0, sc.s.T0+sp.T1
		if s0 == start && s1-s0 < 2 {
			return 0 // "Labour Minister": one word may be the portfolio
		}
		if a := sc.a.Lower[max(s0-1, sc.s.T0)]; s0 > sc.s.T0 && (a == "a" || a == "an") {
			if e, n := sc.lex.phrase(sc.a.Words[s0:s1]); n == 1 && (e.kind == lexDemonym || e.kind == lexName && e.typ == graph.Country) {
				return 0 // "a U.S. Bank foreign exchange manager": a bank of the country
			}
		}
		of := false
		for k := s0; k < s1; k++ {
			w := sc.word(k)
			if k > s0 && k < start && (w == "of" || w == "on") {
				of = true
				continue
			}
			if !isCapitalised(w) || sc.a.Tokens[k].Kind != token.Word {
				return 0
			}
		}
		last := sc.word(s1 - 1)
		if of || sc.lex.isOrgWord(last) && !sc.ministersPortfolio(last) || sc.inLexPhrase(s1-1) {
			return s1
		}
		if e, n := sc.lex.phrase(sc.a.Words[s1-1 : s1]); n == 1 && e.kind == lexName {
			return s1
		}
		return 0
	}
	return 0
}

// taggedNameStart returns the start of a tagged name that holds the
// capitalised modifiers of an agreement's head at i from start and begins
// before them with capitalised words joined by "of", "on", "and" or a
// comma: "the Freedom of Information Act", "the Asylum and Immigration
// Act", not a fragment "Freedom of" and an "Information Act". Else start.
func (sc *scan) taggedNameStart(start, i int) int {
	if start == i || !isCapitalised(sc.word(i)) {
		return start
	}
	r := start - sc.s.T0
	for _, sp := range sc.spans {
		if sp.T0 >= r || sp.T1 <= i-sc.s.T0 || sp.Type == "PER" {
			continue
		}
		s0 := sc.s.T0 + sp.T0
		if !isCapitalised(sc.word(s0)) || !sc.free(s0, start) {
			return start
		}
		for k := s0; k < start; k++ {
			if w := sc.word(k); !isCapitalised(w) && w != "of" && w != "on" && w != "and" && w != "," {
				return start
			}
		}
		return s0
	}
	return start
}

// ministersPortfolio reports a word that heads a minister's title in the
// lexicon ("Finance", "Industry", "Energy"): a portfolio, even where it
// also ends companies' names.
func (sc *scan) ministersPortfolio(w string) bool {
	_, n := sc.lex.title([]string{w, "minister"}, strings.ToLower(w))
	return n == 2
}

// chamberNames are the one-word names of legislatures that follow a
// party's name in "SNP Holyrood leader", "Labour Party Commons
// spokesman": the party's office in that chamber.
var chamberNames = map[string]bool{
	"holyrood": true, "commons": true, "lords": true, "stormont": true, "senate": true,
	"dail": true, "bundestag": true, "knesset": true, "duma": true,
}

// ChamberName reports a legislature's one-word name, in lower case:
// "holyrood", "commons", "senate".
func ChamberName(w string) bool { return chamberNames[w] }

// splitPartyChamber splits an organisation span made of a party's known
// name and a chamber's ("SNP Holyrood", "Labour Party Commons") into the
// two, or returns nil.
func (sc *scan) splitPartyChamber(sp Span) []Span {
	i, j := sc.s.T0+sp.T0, sc.s.T0+sp.T1
	if !chamberNames[sc.a.Lower[j-1]] || !sc.knownOrg(j-1, j) {
		return nil
	}
	e, n := sc.lex.phrase(sc.a.Words[i : j-1])
	if n != j-1-i || !isPartyEntry(e) {
		return nil
	}
	return []Span{{T0: sp.T0, T1: sp.T1 - 1, Type: "ORG"}, {T0: sp.T1 - 1, T1: sp.T1, Type: "ORG"}}
}

// isPartyEntry reports a lexicon entry that names a party: a party's
// label or an organisation the lexicon knows as a party.
func isPartyEntry(e lexEntry) bool {
	return e.kind == lexParty || e.kind == lexName && e.typ == graph.Organization && isPartyCanon(e.canon)
}

func isPartyCanon(name string) bool {
	o, ok := lexicon.OrgByName(name)
	return ok && o.Kind == lexicon.KindParty
}

// partyBeforeLowerTitle reports a title phrase of n words at i that opens
// with a capitalised party's name and ends in a lower-case word: "Labour
// minister" in "former Labour minister" names the party and the office.
func (sc *scan) partyBeforeLowerTitle(i, n int) bool {
	if !isCapitalised(sc.word(i)) || !isLowerWord(sc.word(i+n-1)) {
		return false
	}
	e, m := sc.lex.phrase(sc.a.Words[i : i+1])
	return m == 1 && isPartyEntry(e)
}
