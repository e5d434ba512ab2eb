package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// votePlaces decides the type of a name that only the tagger took for a
// place, from what the whole text says around all its mentions. The tagger
// reads a lone capitalised word in a place's slot as a place, and brands,
// firms and people's surnames fill those slots too ("sales of Strongbow",
// "Hexal's US affiliate", "Mr Blair and Steyn"). A single place reading
// keeps the place: "in X", "at X", "near X", "X, Ill.", "the town of X",
// "north of X", "the X area", a list with a place the lexicon knows. With
// none, the name is
//   - a person's when it ends a person's full name in the text ("Johan
//     Steyn ... Steyn") or is followed by an age ("Steyn, 54,");
//   - an organisation's when the text treats it as a business: "X shares",
//     "shares in X", "sales of X", "X's chief executive", "brands include
//     X", "X, the retailer", "X is a steel firm", listed with organisations,
//     or when it speaks ("X said"): places rarely do, and the capitals that
//     stand for their governments come from the lexicon;
//   - no entity when it is a lone word that news text writes in lower case
//     ("Monster", "Whirlwind", "Empire"): the title of a film, a book or a
//     show, which the tagger reads as a place in a place's slot.
//
// A name of which any mention is a place by the lexicon or a pattern stays
// as it is.
func votePlaces(a *text.Analysis, ms []mention.Mention, names []string) {
	type tally struct {
		place, person, business bool
		fixed                   bool
	}
	var votes map[string]*tally
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Type != graph.Place || m.Source != mention.Tagger || m.Canon != "" {
			continue
		}
		if votes == nil {
			votes = map[string]*tally{}
		}
		k := strings.ToLower(names[i])
		if votes[k] == nil {
			votes[k] = &tally{}
		}
	}
	if votes == nil {
		return
	}
	var surnames map[string]bool           // last words of people's full names
	works := mention.WorksWords(a, 3) >= 3 // a text about works, not one that names a film once
	cues := make([]cue, len(ms))
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name {
			continue
		}
		k := strings.ToLower(names[i])
		if m.Type == graph.Person {
			if j := strings.LastIndexByte(k, ' '); j > 0 && votes[k[j+1:]] != nil {
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[k[j+1:]] = true
			}
		}
		if votes[k] == nil || m.Type != graph.Place || m.Source != mention.Tagger || m.Canon != "" {
			continue
		}
		switch {
		case placeCue(a, ms, i):
			cues[i] = placeSlot
		case personCue(a, m):
			cues[i] = personSlot
		case businessCue(a, m) || ownedByBusiness(a, m) || companyCue(a, ms, i):
			cues[i] = businessSlot
		}
	}
	listCues(a, ms, cues)
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name {
			continue
		}
		t := votes[strings.ToLower(names[i])]
		if t == nil {
			continue
		}
		if m.Type != graph.Place || m.Source != mention.Tagger || m.Canon != "" {
			if m.Type == graph.Place || m.Type == graph.Country {
				t.fixed = true
			}
			continue
		}
		switch cues[i] {
		case placeSlot:
			t.place = true
		case personSlot:
			t.person = true
		case businessSlot:
			t.business = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Type != graph.Place || m.Source != mention.Tagger || m.Canon != "" {
			continue
		}
		k := strings.ToLower(names[i])
		t := votes[k]
		if t == nil || t.place || t.fixed {
			continue
		}
		switch {
		case t.person || surnames[k]:
			m.Type = graph.Person
		case t.business:
			m.Type = graph.Organization
		case m.Common:
			names[i] = "" // "Critics praised Monster": a title, no place
		case works && !siteName(a, ms, i):
			// "Garden State", "Razorlight", "San Andreas": in a text about
			// films, albums or books (three of their words at least), a
			// name no place reading supports
			// is a title's, a band's or a character's far more often
			// than an unknown place's.
			names[i] = ""
		}
	}
}

// placesInSlots gives the place's type to a name the tagger took for a
// person when one of its mentions stands where only places do and none
// reads as a person's: "the resort of X", "X province", "the X oil field",
// "X airport", "the X mine", "X, Ore.", "X, West Sussex". Towns and fields
// are named for people ("Salem", "Perry"), and the tagger reads a name of
// two capitalised words as a person's ("Banda Aceh", "Pease Pottage"). A
// name that a title, an age or "Mr" marks as a person's elsewhere in the
// text, or that ends a person's full name, keeps its type. (Names the
// tagger took for organisations: voteOrgPlaces.)
func placesInSlots(a *text.Analysis, ms []mention.Mention, names []string) {
	var slot map[string]bool // names with a place's slot, and no contrary mention
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Source != mention.Tagger || m.Canon != "" || m.Type != graph.Person {
			continue
		}
		if placeSlotCue(a, ms, i) {
			if slot == nil {
				slot = map[string]bool{}
			}
			slot[strings.ToLower(names[i])] = true
		}
	}
	if slot == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name {
			continue
		}
		k := strings.ToLower(names[i])
		if m.Type == graph.Person && m.Canon == "" {
			// "Jane Perry ... Perry": the surname of a person of the text.
			if j := strings.LastIndexByte(k, ' '); j > 0 && slot[k[j+1:]] {
				slot[k[j+1:]] = false
			}
		}
		if !slot[k] {
			continue
		}
		switch {
		case m.Canon != "" || m.Source != mention.Tagger:
			slot[k] = m.Type == graph.Place
		case m.Type != graph.Person || personCue(a, m):
			slot[k] = false
		}
	}
	for i := range ms {
		m := &ms[i]
		if names[i] == "" || m.Kind != mention.Name || m.Source != mention.Tagger || m.Canon != "" || m.Type != graph.Person {
			continue
		}
		if slot[strings.ToLower(names[i])] {
			m.Type = graph.Place
		}
	}
}

// siteName reports a place named as a venue or a site, by a capitalised
// word of a facility's or a venue's ("the Kodak Theatre", "Trafalgar
// Square", "the Great Hall of the People"), or after a place's possessive
// ("London's Leicester Square", "Dublin's Point Theatre").
func siteName(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := &ms[i]
	for k := m.T0; k < m.T1; k++ {
		if w := a.Words[k]; facilityHeads[w] || venueHeads[w] {
			return true
		}
	}
	return cityPossessive(a, ms, i)
}

// venueHeads end the names of venues and sites besides facilityHeads'.
var venueHeads = map[string]bool{
	"Theatre": true, "Theater": true, "Museum": true, "Park": true, "Centre": true, "Center": true,
	"Hall": true, "Street": true, "House": true, "Island": true, "Islands": true, "Strip": true,
	"Valley": true, "Hills": true, "Beach": true, "Gallery": true, "Palace": true, "Castle": true,
	"Abbey": true, "Cathedral": true, "Road": true, "Avenue": true, "Studios": true, "Gardens": true,
	"Heights": true,
}

// placeSlotCue reports a mention in a slot that only a place fills: the
// head of "the town of X" (towns, resorts, provinces, not people or
// mayors), a name a town or port describes after a comma ("X, the Polish
// port", not "X, a city councillor"), a division or a field after it ("X province", "the X oil
// field", "the X mine", "the X and Y fields"), or, after a comma, a state's short name or a
// known county, state or region that ends the clause ("Salem, Ore.",
// "Pease Pottage, West Sussex;"). A given name opening the name
// ("Ashley, Kent") makes the last one a person's address.
func placeSlotCue(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := &ms[i]
	lw := sentenceOf(a, m.T0).lower
	prev, p2 := lw(m.T0-1), lw(m.T0-2)
	if prev == "of" && p2 == "the" {
		p2 = lw(m.T0 - 3)
	}
	if prev == "of" && townOf[p2] {
		return true
	}
	if townOf[appositiveHead(a, m.T1)] {
		return true // "X, a Baltic port", "X, one of the poorest towns"
	}
	next, n2 := lw(m.T1), lw(m.T1+1)
	if next != "" && a.Words[m.T1] != next {
		next = "" // a capitalised word goes on with the name
	}
	if (next == "and" || next == "or") && i+1 < len(ms) && ms[i+1].T0 == m.T1+1 {
		// "the X and Y fields": the plural noun is both names'.
		switch w := lw(ms[i+1].T1); w {
		case "fields", "oilfields", "provinces", "airports", "mines":
			return a.Words[ms[i+1].T1] == w
		}
	}
	switch next {
	case "province", "airport", "oilfield", "oilfields", "gasfield", "field", "fields":
		return true
	case "oil", "gas":
		return n2 == "field" || n2 == "fields"
	case "mine":
		// "the X mine because of losses"; not "the X mine clearance
		// team", a land mine's.
		return n2 == "" || afterMine[n2] || a.Words[m.T1+1][0] < 'a' || a.Words[m.T1+1][0] > 'z'
	case ",":
		if stateAbbreviation(a, m.T1+1) && m.T1-m.T0 == 1 {
			return true
		}
		if lexicon.IsGivenName(a.Words[m.T0]) || i+1 >= len(ms) {
			return false
		}
		n := &ms[i+1]
		if n.T0 != m.T1+1 || n.Type != graph.Place || n.Canon == "" || !regionPlace(n.Canon) {
			return false
		}
		end := lw(n.T1)
		return end == "" || end == "," || end == "." || end == ";" || end == ")" || strings.HasPrefix(end, "-based")
	}
	return false
}

// cue is what one mention's context makes of a name.
type cue uint8

const (
	noSlot cue = iota
	placeSlot
	personSlot
	businessSlot
)

// listCues reads a list of names ("Leeds, X and Y", "Boots, X and
// Mothercare") as names of one kind: a place the lexicon knows, or a place
// by its context, makes every name of the list a place; otherwise people
// make it people, and organisations, as many as the names no lexicon
// knows, make it organisations.
func listCues(a *text.Analysis, ms []mention.Mention, cues []cue) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Kind == mention.Name && ms[j-1].Kind == mention.Name && ms[j-1].T1+1 == ms[j].T0 && listWord(a.Lower[ms[j-1].T1]) && a.SentenceOf(ms[j].T0) == a.SentenceOf(ms[j-1].T0) {
			j++
		}
		// A list ends in "and" or "or": "X, Theresa May, said" is no list
		// but a name and its apposition.
		if j-i < 2 || lowerAt(a, ms[j-2].T1) == "," {
			i = j
			continue
		}
		var places, people, orgs, open int
		for k := i; k < j; k++ {
			switch m := &ms[k]; {
			case cues[k] == placeSlot || knownPlace(m):
				places++
			case m.Type == graph.Person:
				people++
			case m.Type == graph.Organization:
				orgs++
			case m.Type == graph.Place:
				open++
			}
		}
		// The list must end there: "Pontiac, Mich., General Motors said"
		// is no list of three.
		end := lowerAt(a, ms[j-1].T1)
		closed := end == "," || end == "." || end == "and" || end == "or" || end == ")" || end == ""
		// A list of businesses may end in the verb they share ("X, Y and
		// Acme Corp reported losses"); people and places stay closed.
		verbAfter := ms[j-1].T1 < len(a.Words) && a.Words[ms[j-1].T1] == end
		for k := i; k < j; k++ {
			if cues[k] != noSlot && cues[k] != placeSlot && places == 0 || ms[k].Type != graph.Place || ms[k].Source != mention.Tagger || ms[k].Canon != "" {
				continue
			}
			switch {
			case places > 0:
				cues[k] = placeSlot
			case people >= open && orgs == 0 && closed:
				cues[k] = personSlot
			case orgs >= open && people == 0 && (closed || verbAfter):
				cues[k] = businessSlot
			}
		}
		i = j
	}
}

// lowerAt returns the lower-case word at i, or "" outside the text.
func lowerAt(a *text.Analysis, i int) string {
	if i < 0 || i >= len(a.Lower) {
		return ""
	}
	return a.Lower[i]
}

// placeOf are nouns followed by "of" and a place's name: "the town of X",
// "north of X", "the outskirts of X".
var placeOf = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "state": true, "province": true,
	"county": true, "region": true, "district": true, "island": true, "islands": true, "borough": true,
	"suburb": true, "suburbs": true, "outskirts": true, "capital": true, "oasis": true, "area": true,
	"municipality": true, "centre": true, "center": true, "mayor": true, "north": true, "south": true,
	"east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true, "streets": true,
	"people": true, "residents": true, "resident": true, "governor": true, "hamlet": true,
	"cities": true, "towns": true, "villages": true, "ports": true, "states": true, "provinces": true,
	"counties": true, "regions": true, "districts": true, "boroughs": true, "communities": true,
}

// stateAbbreviations are the short names of American states that follow a
// town's name in news ("Peoria, Ill."), without their dots.
var stateAbbreviations = map[string]bool{
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true,
	"md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true,
	"neb": true, "nev": true, "nh": true, "nj": true, "nm": true, "ny": true, "nc": true, "nd": true,
	"okla": true, "ore": true, "pa": true, "ri": true, "sc": true, "sd": true, "tenn": true, "tex": true,
	"va": true, "vt": true, "wash": true, "wis": true, "wisc": true, "wva": true, "wyo": true,
}

// stateAbbreviation reports a capitalised word at k that is a state's
// short name ("Calif", "N.Y.", "Ga").
func stateAbbreviation(a *text.Analysis, k int) bool {
	if k < 0 || k >= len(a.Words) || !isCapitalisedWord(a.Words[k]) {
		return false
	}
	return stateAbbreviations[strings.ReplaceAll(a.Lower[k], ".", "")]
}

// placeAfter are nouns that follow a place's name: "the X area", "X
// airport", "the X plant".
var placeAfter = map[string]bool{
	"area": true, "region": true, "county": true, "district": true, "province": true, "valley": true,
	"river": true, "coast": true, "peninsula": true, "border": true, "airport": true, "plant": true,
	"factory": true, "refinery": true, "mine": true, "site": true, "works": true, "harbour": true,
	"harbor": true, "city": true, "town": true, "village": true, "estate": true, "residents": true,
	"council": true, "prison": true, "port": true, "constituency": true, "seat": true, "mp": true,
	"field": true, "fields": true, "island": true, "islands": true, "basin": true, "street": true,
	"road": true, "station": true, "bay": true, "mountains": true, "hills": true, "lake": true,
}

// placeBefore are words right before a place's name: "nearby X",
// "across X", "based in X".
var placeBefore = map[string]bool{
	"nearby": true, "across": true, "around": true, "throughout": true, "towards": true, "toward": true,
	"via": true, "inside": true, "born": true, "downtown": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "rural": true, "suburban": true,
}

// placeCue reports a mention read as a place where something is: "in X"
// (not "shares in X"), "at X" (not "profits at X"), "near X", "X, Ill.",
// "Perry, Ga.", "the port of X", "the X area", "London and X".
func placeCue(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := &ms[i]
	sent := a.SentenceOf(m.T0)
	prev := ""
	if m.T0 > 0 && a.SentenceOf(m.T0-1) == sent {
		prev = a.Lower[m.T0-1]
	}
	next := ""
	if m.T1 < len(a.Words) && a.SentenceOf(m.T1) == sent {
		next = a.Lower[m.T1]
	}
	p2 := lowerAt(a, m.T0-2)
	if prev == "the" {
		prev, p2 = p2, lowerAt(a, m.T0-3)
	}
	switch {
	case prev == "at" && (businessOnly[p2] || businessOwned[p2] || p2 == "sales" || p2 == "executive" || p2 == "executives"):
		// "profits at X", "a chief executive at X": a business.
	case prev == "at" || prev == "near" || prev == "outside" || prev == "from" || prev == "in" && !stakeNouns[p2] && !allDigits(p2):
		return true
	case placeBefore[prev], prev == "of" && placeOf[p2]:
		return true
	case placeAfter[next] && a.Words[m.T1] == next:
		return true
	case next == "-based" || next == "-born":
		return true
	}
	if i+1 < len(ms) && inRegion(a, m, &ms[i+1]) {
		return true
	}
	// "Peoria, Ill.", and "Ill." itself after a comma.
	if next == "," && stateAbbreviation(a, m.T1+1) || m.T1-m.T0 == 1 && stateAbbreviation(a, m.T0) && lowerAt(a, m.T0-1) == "," {
		return true
	}
	// "Bishop Smith of X": a see names a place (a peer's seat, "Lord
	// Roberts of X", is no mention at all: mention.peerages).
	if prev == "of" && m.T0 >= 3 && isCapitalisedWord(a.Words[m.T0-2]) {
		switch lowerAt(a, m.T0-3) {
		case "duke", "bishop", "archbishop":
			return true
		}
	}
	return false
}

func knownPlace(m *mention.Mention) bool {
	return (m.Type == graph.Place || m.Type == graph.Country) && (m.Canon != "" || m.Source != mention.Tagger)
}

func listWord(w string) bool { return w == "," || w == "and" || w == "or" }

// personCue reports a mention followed by an age ("X, 54,") or by a
// speech verb and "he" or "she" ("X said he").
func personCue(a *text.Analysis, m *mention.Mention) bool {
	if afterMr(a, m) {
		return true
	}
	// "Sir X", "Lord Justice X": a person's title before.
	if m.T0 >= 1 && isCapitalisedWord(a.Words[m.T0-1]) {
		switch a.Lower[m.T0-1] {
		case "sir", "dame", "justice", "judge", "professor", "lord", "lady", "baroness":
			return true
		}
	}
	// "A. Smith": an initial before.
	if m.T0 >= 2 && a.Words[m.T0-1] == "." && len(a.Words[m.T0-2]) == 1 && isCapitalisedWord(a.Words[m.T0-2]) {
		return true
	}
	if m.T0 >= 1 && len(a.Words[m.T0-1]) == 2 && a.Words[m.T0-1][1] == '.' && isCapitalisedWord(a.Words[m.T0-1]) {
		return true
	}
	next, n2, n3 := lowerAt(a, m.T1), lowerAt(a, m.T1+1), lowerAt(a, m.T1+2)
	if next == "," && allDigits(n2) && len(n2) <= 2 && n3 == "," {
		return true
	}
	return speechVerbs[next] && (n2 == "he" || n2 == "she")
}

// businessAfter are lower-case nouns after a company's name: "X shares",
// "the X subsidiary", "X's" is for ownedByBusiness.
var businessAfter = map[string]bool{
	"shares": true, "stock": true, "stake": true, "subsidiary": true, "unit": true, "division": true,
	"shareholders": true, "spokesman": true, "spokeswoman": true, "products": true, "brand": true,
	"brands": true, "profits": true, "profit": true, "executives": true, "customers": true, "chairman": true,
	"boss": true, "bosses": true, "chief": true,
}

// businessVerbs follow a company that acts: "X said", "X announced".
var businessVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "denied": true, "added": true,
	"confirmed": true, "expects": true, "agreed": true, "posted": true, "plans": true, "declined": true,
}

// companyNouns name what a company is: "X, the retailer", "X is a steel
// firm".
var companyNouns = map[string]bool{
	"firm": true, "company": true, "group": true, "bank": true, "retailer": true, "maker": true,
	"producer": true, "chain": true, "business": true, "brand": true, "supplier": true, "insurer": true,
	"lender": true, "carrier": true, "airline": true, "brewer": true, "manufacturer": true, "subsidiary": true,
	"unit": true, "provider": true, "operator": true, "conglomerate": true, "carmaker": true,
	"companies": true, "firms": true, "subsidiaries": true, "division": true, "arm": true, "consultancy": true,
	"concern": true, "venture": true, "distributor": true, "exporter": true, "importer": true, "charity": true,
	"supermarket": true, "utility": true, "monopoly": true, "makers": true,
}

// listHeads introduce a list of companies or brands: "brands include X,
// Y and Z", "rivals such as X".
var listHeads = map[string]bool{
	"brands": true, "brand": true, "labels": true, "products": true, "drugs": true, "beers": true,
	"companies": true, "firms": true, "retailers": true, "rivals": true, "competitors": true,
	"banks": true, "carmakers": true, "makers": true, "names": true, "marques": true, "clients": true,
	"customers": true, "newspapers": true, "papers": true, "magazines": true, "airlines": true,
	"models": true, "titles": true, "groups": true, "lenders": true, "insurers": true, "brewers": true,
}

// companyCue reports a mention of a name read as a company's: "X
// shares", "sales of X", "X said", "X, the retailer", "X is a steel
// firm", "brands include X", a list with an organisation.
func companyCue(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := &ms[i]
	lw := sentenceOf(a, m.T0).lower
	next, prev, p2 := lw(m.T1), lw(m.T0-1), lw(m.T0-2)
	if businessAfter[next] && a.Words[m.T1] == next {
		return true
	}
	if businessVerbs[next] && prev != "of" {
		return true
	}
	if (prev == "of" || prev == "for") && (p2 == "sales" || p2 == "sale" || p2 == "acquisition" || p2 == "ownership" || p2 == "bid" || p2 == "shareholders" || p2 == "owner" || p2 == "owners") {
		return true
	}
	if prev == "at" && (businessOnly[p2] || p2 == "executive" || p2 == "executives") {
		return true
	}
	if prev == "of" && i > 0 && personOf(a, &ms[i-1], m) {
		return true
	}
	// "Germany's X": a country's one-word name for a place is the
	// lexicon's; what the tagger alone knows there is its company.
	if (prev == "'s" || prev == "'") && m.T1-m.T0 == 1 && i > 0 && ms[i-1].T1 == m.T0-1 && ms[i-1].Type == graph.Country && ms[i-1].Kind == mention.Name {
		return true
	}
	// "X, the retailer," / "X is a steel firm in Y" / "X - a subsidiary
	// of Y".
	if companyNouns[appositiveHead(a, m.T1)] {
		return true
	}
	// "brands include X, Y and Z", "rivals such as X and Y", "products
	// like the X", "two newspapers, X and Y".
	return listedUnder(a, m, listHeads)
}

// listedUnder reports a mention in a list that one of heads introduces,
// with "include", "including", "like" or "such as" or right before the
// list: "brands include X, Y and Z", "rivals such as X and Y", "two
// newspapers, X and Y".
func listedUnder(a *text.Analysis, m *mention.Mention, heads map[string]bool) bool {
	sw := sentenceOf(a, m.T0)
	in, lw := sw.in, sw.lower
	k := listOpening(a, sw, m)
	if lw(k) == "the" {
		k--
	}
	switch w := lw(k); {
	case heads[w] && k < m.T0-1:
		return true
	case w == "include" || w == "including" || w == "includes" || w == "like" || w == "as" && lw(k-1) == "such":
		if w == "as" {
			k--
		}
		for j := k - 1; j >= k-3 && in(j); j-- {
			if heads[a.Lower[j]] {
				return true
			}
		}
	}
	return false
}

// listOpening returns the token before the list of names that m is in:
// past names, commas, "and" and possessives, back from m ("including" in
// "including Ford, Fiat and Renault").
func listOpening(a *text.Analysis, sw sentenceWords, m *mention.Mention) int {
	k := m.T0 - 1
	for j := 0; j < 16 && sw.in(k) && (a.Lower[k] == "," || a.Lower[k] == "and" || a.Lower[k] == "'s" || isCapitalisedWord(a.Words[k])); j++ {
		k--
	}
	return k
}

// personOf reports a person's name right before "of" and the mention m
// ("said Jane Liro of X", "Anne Smith, of X"): news names people by the
// firm or body they speak for, while their home town comes with "from" or
// "in". A peer's or a bishop's seat ("Baron Smith of X", "Lord Jones of
// X") names a place.
func personOf(a *text.Analysis, p, m *mention.Mention) bool {
	if p.Kind != mention.Name || p.Type != graph.Person || a.SentenceOf(p.T0) != a.SentenceOf(m.T0) {
		return false
	}
	if p.T1 != m.T0-1 && !(p.T1 == m.T0-2 && a.Words[p.T1] == ",") {
		return false
	}
	for _, k := range []int{p.T0 - 1, p.T0} {
		switch lowerAt(a, k) {
		case "lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess", "duke",
			"duchess", "marquess", "bishop", "archbishop", "prince", "princess", "king", "queen":
			return false
		}
	}
	return true
}

// sentenceWords reads the words of one sentence by token index.
type sentenceWords struct {
	a      *text.Analysis
	t0, t1 int // the sentence's tokens [t0, t1)
}

// sentenceOf returns the reader of the sentence that holds token t.
func sentenceOf(a *text.Analysis, t int) sentenceWords {
	if s := a.SentenceOf(t); s < len(a.Sentences) {
		return sentenceWords{a, a.Sentences[s].T0, a.Sentences[s].T1}
	}
	return sentenceWords{a: a}
}

// in reports whether token k is in the sentence.
func (w sentenceWords) in(k int) bool {
	return k >= w.t0 && k < w.t1
}

// lower returns the lower-case word at k, "" outside the sentence.
func (w sentenceWords) lower(k int) string {
	if !w.in(k) {
		return ""
	}
	return w.a.Lower[k]
}

// townOf are the nouns of "the town of X" that only a place's name
// follows (not "the mayor of X" or "the people of X", which may be a
// firm's or a team's).
var townOf = map[string]bool{
	"town": true, "city": true, "village": true, "hamlet": true, "resort": true, "port": true,
	"province": true, "region": true, "district": true, "county": true, "suburb": true, "island": true,
	"towns": true, "cities": true, "villages": true, "resorts": true, "ports": true, "provinces": true,
}

// afterMine are the words that may follow "the X mine" when the mine is
// a place: punctuation aside, a verb or a preposition ("the X mine in
// Ontario", "the X mine was closed").
var afterMine = map[string]bool{
	"in": true, "at": true, "near": true, "on": true, "of": true, "and": true, "or": true, "which": true,
	"that": true, "is": true, "was": true, "has": true, "had": true, "will": true, "would": true, "to": true,
	"for": true, "from": true, "by": true, "because": true, "since": true, "where": true, "with": true,
	"are": true, "were": true, "last": true, "this": true, "after": true, "until": true,
}

// regionPlace reports a known place that is a county, state, province or
// region: what follows a town's name and a comma.
func regionPlace(canon string) bool {
	p, ok := lexicon.PlaceByName(canon)
	if !ok {
		return false
	}
	switch p.Kind {
	case "state", "province", "region", "territory", "district":
		return true
	}
	return false
}
