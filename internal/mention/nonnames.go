package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
	"github.com/newsgraph/newsgraph/internal/token"
)

// Capitalised words that name no entity of the graph, which the tagger and
// the capitalisation rules take for one: the sign-off of wire copy
// ("REUTER" closing a story), the title of a broadcast programme after its
// channel ("BBC One's Breakfast with Frost", "Radio 4's Today programme"),
// and government papers and bills ("a White Paper", "the Bill"). A bill
// with a capitalised subject before it ("the Terrorism Bill") is a piece of
// legislation, which the schema counts among agreements.

// nonNames takes the words of such phrases, so that nothing finds a name
// in them, and marks named bills as agreements. It runs before the tagger's
// spans and the lexicon are read.
func (sc *scan) nonNames() {
	for i := sc.s.T0; i < sc.s.T1; i++ {
		w := sc.word(i)
		if w == "" || (w[0] < 'A' || w[0] > 'Z') && w != "'s" && w != "'" {
			continue // every word below is capitalised: most words are not
		}
		if !sc.free(i, i+1) {
			continue
		}
		if p := sc.word(i - 1); w != "'s" && w != "'" && (i == sc.s.T0 || !isCapitalised(p) && p != "of" && p != "and" && p != "&") {
			if j := sc.marketName(i); j > i {
				i = j - 1 // "the Nikkei 225 index", "Brent crude"
				continue
			}
		}
		switch w {
		case "REUTER", "REUTERS":
			if sc.signOff(i) {
				sc.take(i, i+1)
			}
		case "'s", "'":
			if !sc.broadcasterBefore(i) {
				break // most possessives: no channel before
			}
			if j := sc.programmeTitle(i + 1); j > i+1 {
				sc.take(i+1, j)
				i = j - 1
			}
		case "Newsroom", "Newsdesk", "Desk", "Commodities", "Energy", "Metals":
			sc.newsDesk(i)
		case "Paper", "Papers":
			if p := sc.word(i - 1); (p == "White" || p == "Green") && i-1 >= sc.s.T0 && sc.free(i-1, i) {
				sc.take(i-1, i+1)
			}
		case "Bill", "Bills":
			sc.bill(i)
		case "Election", "Elections", "Show", "Shows", "Awards", "Scheme", "Strategy", "List":
			sc.election(i)
		case "Budget", "City":
			// "the Budget" (a finance minister's yearly statement), "the
			// City" (London's financial district), "City analysts": no
			// body. "Senate Budget Committee", "Manchester City", "City of
			// London" are names.
			if n, p := sc.word(i+1), sc.word(i-1); !isCapitalised(n) && n != "of" && p != "and" && p != "&" && p != "of" && (i == sc.s.T0 || !isCapitalised(sc.word(i-1)) || sc.sentenceInitialCommon(i-1) || strings.EqualFold(sc.word(i-1), "the")) {
				sc.take(i, i+1)
			}
		case "Street", "Streets":
			// "the High Street", "UK High Street sales": Britain's shops as
			// a trade, no street. A street of that name is a town's ("Oxford
			// High Street", "Kensington High Street").
			if p := sc.word(i - 2); sc.word(i-1) == "High" && i-1 >= sc.s.T0 && sc.free(i-1, i) && (i-1 == sc.s.T0 || !isCapitalised(p) || strings.EqualFold(p, "the") || namesCountry(strings.ToLower(p))) {
				sc.take(i-1, i+1)
			}
		case "Section", "Article", "Clause", "Schedule", "Paragraph":
			if n := sc.word(i + 1); n != "" && n[0] >= '0' && n[0] <= '9' {
				sc.take(i, i+1) // "under Section 5 of the Act": a part of a text
			}
		case "Muslim", "Muslims", "Islam", "Islamic", "Hindu", "Hindus", "Sikh", "Sikhs", "Jewish", "Buddhist", "Buddhists",
			"Christian", "Christians", "Catholic", "Catholics", "Protestant", "Protestants":
			// "Muslim voters", "Hindu and Christian clergy": a faith
			// alone, outside a name ("the Muslim Council of Britain").
			if !isCapitalised(sc.word(i+1)) && (i == sc.s.T0 || !isCapitalised(sc.word(i-1))) {
				sc.take(i, i+1)
			}
		case "God", "Allah":
			// "God forbid", "thank God", "Allah willing": a deity in an
			// oath or a prayer, no actor of the graph; "the Party of God"
			// and "a Lesser God" are parts of names.
			if !isCapitalised(sc.word(i+1)) && (i == sc.s.T0 || !isCapitalised(sc.word(i-1)) && sc.a.Lower[i-1] != "of") {
				sc.take(i, i+1)
			}
		case "Eurodollar", "Eurodollars", "Eurobond", "Eurobonds", "Euroyen", "Euromark", "Euromarks",
			"Libor", "LIBOR", "Euribor", "EURIBOR", "Sibor", "SIBOR", "Hibor", "HIBOR", "ADR", "ADRs", "GDR", "GDRs":
			sc.take(i, i+1) // financial instruments and markets, no place
		default:
			if sc.commonAcronyms[w] {
				sc.take(i, i+1) // "an extraordinary general meeting (EGM)"
				continue
			}
			if n := sc.a.Lower[min(i+1, sc.s.T1-1)]; currencyUnits[n] && i+1 < sc.s.T1 && sc.currencyPrefix(i) {
				// "20 H.K. Cents", "7.1 billion N.Z. Dlrs": a currency, no
				// place or body.
				sc.take(i, i+2)
				i++
				continue
			}
			if len(w) <= 4 && w[0] <= 'C' && ratingGrades[w] && sc.ratingContext() {
				sc.take(i, i+1) // "rated AAA by ...": a credit rating, no organisation
			}
		}
	}
}

// signOff reports whether the word at i closes the document as wire copy
// signs off: nothing but punctuation and at most one short code in capitals
// after it ("REUTER", "REUTER...", "REUTER N").
func (sc *scan) signOff(i int) bool {
	if i > 0 && sc.a.Tokens[i-1].Kind == token.Word && isCapitalised(sc.word(i-1)) {
		return false // "Reuters" in a name or a headline in capitals
	}
	codes := 0
	for k := i + 1; k < len(sc.a.Words); k++ {
		w := sc.word(k)
		if sc.a.Tokens[k].Kind != token.Word {
			continue
		}
		if !isAllCaps(w) || len(w) > 4 || codes > 0 {
			return false
		}
		codes++
	}
	return true
}

// newsDesk takes the name of a wire service's desk that signs off a
// story with its telephone number ("-- Lisbon Newsroom +351 1 555 0101",
// "-- Jo Bloggs, Chicago Energy Desk 312-555-0199"): the capitalised
// words before "Newsroom", "Newsdesk" or "Desk" at i, or before a desk's
// subject ("Commodities", "Energy", "Metals") that a telephone number
// follows after a dash or a comma. A desk is no organisation of the graph, and the city in its
// name is where the reporter sits, no place of the story.
func (sc *scan) newsDesk(i int) {
	w := sc.word(i)
	desk := w == "Newsroom" || w == "Newsdesk" || w == "Desk"
	if !desk {
		n := sc.word(i + 1)
		if i+1 >= sc.s.T1 || n != "+" && n != "(" && (n == "" || n[0] < '0' || n[0] > '9') {
			return
		}
	}
	start := i
	for start > sc.s.T0 && start > i-3 && isCapitalised(sc.word(start-1)) && sc.free(start-1, start) {
		start--
	}
	if start == i {
		return // "the Desk", "Energy" alone: no desk's sign-off
	}
	if !desk && start > sc.s.T0 {
		if p := sc.word(start - 1); p != "--" && p != "-" && p != "," {
			return // "shares of Harwick Energy 5 percent up": no sign-off
		}
	}
	sc.take(start, i+1)
}

// broadcasters are words of a channel's or station's name before a
// possessive: "BBC One's", "BBC1's", "Radio 4's", "ITV's", "Channel 4's".
var broadcasters = map[string]bool{
	"BBC": true, "BBC1": true, "BBC2": true, "ITV": true, "ITV1": true, "GMTV": true, "Channel": true,
	"Radio": true, "Sky": true, "CNN": true, "NBC": true, "CBS": true, "ABC": true, "PBS": true,
	"One": true, "Two": true, "Four": true, "News": true, "World": true, "Five": true,
}

// broadcasterRegions name the region of a channel's or station's service
// after its name: "BBC Wales'", "ITV Wales'", "BBC Radio Scotland's".
var broadcasterRegions = map[string]bool{
	"Wales": true, "Scotland": true, "Cymru": true, "London": true,
}

// broadcasterBefore reports whether the words before the possessive at i
// name a broadcaster: up to three words of which the first is a
// channel's name ("BBC", "BBC One", "BBC Radio 4", "Channel 4"), and
// which a region may end ("ITV Wales", "BBC Radio Scotland").
func (sc *scan) broadcasterBefore(i int) bool {
	for k := i - 1; k >= sc.s.T0 && k >= i-3; k-- {
		w := sc.word(k)
		if k == i-1 && broadcasterRegions[w] {
			continue
		}
		if !broadcasters[w] && !(allDigits(w) && k > sc.s.T0 && broadcasters[sc.word(k-1)]) {
			return false
		}
		if w == "BBC" || w == "BBC1" || w == "BBC2" || w == "ITV" || w == "ITV1" || w == "GMTV" || w == "Sky" || w == "CNN" ||
			w == "Channel" || w == "Radio" || w == "NBC" || w == "CBS" || w == "ABC" || w == "PBS" {
			return k == sc.s.T0 || !isCapitalised(sc.word(k-1)) || sc.word(k-1) == "BBC"
		}
	}
	return false
}

// programmeTitle returns the end of a programme's title starting at i, i
// when there is none: capitalised words, joined by "with", "of", "the",
// "and" or "in", of which the first is a common word written in capitals
// ("Breakfast with Frost", "Today", "Question Time") or which the word
// "programme" or "show" follows. A person after a channel ("the BBC's
// Andrew Marr") is no title.
func (sc *scan) programmeTitle(i int) int {
	if i >= sc.s.T1 || !isCapitalised(sc.word(i)) || sc.lex.isGivenName(sc.word(i)) || sc.lex.isHonorific(sc.word(i)) {
		return i
	}
	j := i + 1
	for j < sc.s.T1 {
		w := sc.word(j)
		if isCapitalised(w) {
			j++
			continue
		}
		if (w == "with" || w == "of" || w == "the" || w == "and" || w == "in") && j+1 < sc.s.T1 && isCapitalised(sc.word(j+1)) {
			j += 2
			continue
		}
		break
	}
	if !sc.free(i, j) {
		return i
	}
	next := strings.ToLower(sc.word(j))
	if next == "programme" || next == "programmes" || next == "show" || next == "program" {
		return j
	}
	// "Breakfast with Frost": a programme named after its presenter;
	// "Today": a common word as a title.
	with := false
	for k := i; k < j; k++ {
		with = with || sc.word(k) == "with"
	}
	if with || sc.lowerElsewhere.has(strings.ToLower(sc.word(i))) {
		for _, sp := range sc.spans {
			if sp.Type == "PER" && sc.s.T0+sp.T0 == i {
				return i
			}
		}
		return j
	}
	return i
}

// bill takes "the Bill" (legislation named by its head, no person) and
// marks a bill named by capitalised words before it ("the Terrorism Bill",
// "the Disability Discrimination Bill") as an agreement. Treasury bills
// are securities.
func (sc *scan) bill(i int) {
	if n := sc.word(i + 1); isCapitalised(n) || n == "of" {
		return // "Bill Morris", "Sir Bill", "the Bill of Rights"
	}
	start := i
	for start > sc.s.T0 && sc.free(start-1, start) {
		w := sc.word(start - 1)
		if isCapitalised(w) && !sc.sentenceInitialCommon(start-1) && !sc.lex.isHonorific(w) {
			start--
			continue
		}
		// "the Serious Crime and Police Bill"
		if (w == "and" || w == "of") && start-1 > sc.s.T0 && start < i && isCapitalised(sc.word(start-2)) && sc.free(start-2, start-1) {
			start -= 2
			continue
		}
		break
	}
	if start == i {
		if i > sc.s.T0 && billDeterminers[strings.ToLower(sc.word(i-1))] {
			sc.take(i, i+1)
		}
		return
	}
	if strings.EqualFold(sc.word(start), "the") {
		start++
	}
	if start == i || sc.word(i-1) == "Treasury" {
		return
	}
	if start > sc.s.T0 && sc.word(start-1) == "'s" {
		return // "Smith's Bill": a possessor, not the bill's name
	}
	sc.add(Mention{T0: start, T1: i + 1, Type: graph.Agreement, Kind: Name, Source: Pattern})
}

// election takes the name of an event or of a government paper, the
// capitalised words that end in an event's head at i ("the General
// Election", "the European Elections", "the Geneva Motor Show", "the
// Academy Awards") or a paper's ("the Civil Service Pension Scheme", "a
// Race Equality Strategy", "the Civil List"): no organisation. A name
// that goes on ("Election Commission", "the Strategy Unit") names a body;
// a portfolio after "of" ("director of Corporate Strategy") is a title's.
func (sc *scan) election(i int) {
	if n := sc.word(i + 1); isCapitalised(n) || n == "of" {
		return
	}
	election := sc.word(i) == "Election" || sc.word(i) == "Elections"
	start := i
	for start > sc.s.T0 && sc.free(start-1, start) && isCapitalised(sc.word(start-1)) && !strings.EqualFold(sc.word(start-1), "the") {
		// A common word inside the name is the name's ("the Civil List",
		// "the North American International Auto Show"); only at the
		// sentence's start does it end it.
		if sc.sentenceInitialCommon(start-1) && (election || start-1 == sc.s.T0 || opensClause(sc.word(start-2))) {
			break
		}
		start--
	}
	if !election && start > sc.s.T0 && sc.a.Lower[start-1] == "of" {
		return
	}
	sc.take(start, i+1)
}

// billDeterminers come before a bill named by its head alone: "the Bill",
// "a hybrid Bill".
var billDeterminers = map[string]bool{"the": true, "a": true, "this": true, "new": true, "draft": true, "hybrid": true}

// ratingGrades are the credit ratings of the agencies' scales that read as
// acronyms: "AAA", "BBB", Moody's "Aaa", "Baa".
var ratingGrades = map[string]bool{
	"AAA": true, "AA": true, "BBB": true, "BB": true, "CCC": true, "CC": true,
	"Aaa": true, "Aa": true, "Baa": true, "Ba": true, "Caa": true,
	"Aa1": true, "Aa2": true, "Aa3": true, "Baa1": true, "Baa2": true, "Baa3": true,
	"Ba1": true, "Ba2": true, "Ba3": true, "Caa1": true, "Caa2": true, "Caa3": true,
}

// ratingContext reports whether the sentence speaks of credit ratings:
// "rated", "rating", "downgrade", "investment-grade", or an agency's name.
func (sc *scan) ratingContext() bool {
	for k := sc.s.T0; k < sc.s.T1; k++ {
		w := sc.a.Lower[k]
		if strings.HasPrefix(w, "rated") || strings.HasPrefix(w, "rating") || strings.Contains(w, "grade") ||
			w == "moody" || w == "moody's" || w == "poor" || w == "s&p" || w == "fitch" {
			return true
		}
	}
	return false
}

// currencyUnits are the units of a currency written after its country's
// short name in wire copy ("H.K. Dlrs", "N.Z. dlrs", "H.K. Cents").
var currencyUnits = map[string]bool{
	"dlrs": true, "dlr": true, "dollars": true, "dollar": true, "cents": true, "cent": true,
}

// currencyPrefix reports a country's or territory's short name at i
// ("H.K.", "N.Z.", "NZ") after a number, which with the unit after it
// names a currency. Short names the lexicon knows as countries ("U.S.")
// are left to it.
func (sc *scan) currencyPrefix(i int) bool {
	w := sc.word(i)
	short := len(w) == 2 && isAllCaps(w) || len(w) == 4 && w[1] == '.' && w[3] == '.' && isAllCaps(w)
	if !short || namesCountry(strings.ToLower(w)) {
		return false
	}
	p := sc.a.Lower[max(i-1, sc.s.T0)]
	return i > sc.s.T0 && (p != "" && p[0] >= '0' && p[0] <= '9' || p == "billion" || p == "mln" || p == "million" || p == "bln")
}

// commonAcronyms returns the acronyms that the text spells out in lower
// case just before their first use in brackets: "an extraordinary general
// meeting (EGM)", "its initial public offer (IPO)", "a deposit-taking
// company (DTC)". Such an acronym shortens a common noun, not a name,
// wherever the text uses it; a name is spelled out in capitals ("the
// Democratic Unionist Party (DUP)"). The plural "(NGOs)" is the acronym's.
func commonAcronyms(a *text.Analysis) map[string]bool {
	var set map[string]bool
	for i := 2; i+1 < len(a.Words); i++ {
		w := a.Words[i]
		if a.Words[i-1] != "(" || a.Words[i+1] != ")" || len(w) < 2 || len(w) > 7 || a.Tokens[i].Kind != token.Word {
			continue
		}
		letters := strings.TrimSuffix(w, "s")
		if !isAllCaps(letters) || strings.IndexFunc(letters, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			continue
		}
		if spelledInLower(a, i-1, letters) {
			if set == nil {
				set = map[string]bool{}
			}
			set[letters], set[letters+"s"] = true, true
		}
	}
	return set
}

// spelledInLower reports whether the lower-case words that end before
// token end begin with the letters of acronym, one letter a word or a
// hyphenated word's part ("deposit-taking").
func spelledInLower(a *text.Analysis, end int, acronym string) bool {
	n := len(acronym)
	for k := end - 1; k >= 0 && n > 0; k-- {
		w := a.Words[k]
		if a.Tokens[k].Kind != token.Word || !isLowerWord(w) {
			return false
		}
		if parts := strings.Split(w, "-"); len(parts) > 1 && len(parts) <= n {
			all := true
			for p, part := range parts {
				if part == "" || !strings.EqualFold(part[:1], acronym[n-len(parts)+p:n-len(parts)+p+1]) {
					all = false
					break
				}
			}
			if all {
				n -= len(parts)
				continue
			}
		}
		if !strings.EqualFold(w[:1], acronym[n-1:n]) {
			return false
		}
		n--
	}
	return n == 0
}

// parliamentChamber reports the words of a chamber of parliament named by
// its rank, "Lower House", "Upper Chamber": a body, which the tagger takes
// for a place.
func parliamentChamber(w, n string) bool {
	return (w == "lower" || w == "upper") && (n == "house" || n == "chamber")
}
