package relate

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// placeNouns are the nouns of "the <Demonym> province of <Place>".
var placeNouns = map[string]bool{
	"province": true, "region": true, "city": true, "town": true, "village": true, "oblast": true,
	"state": true, "district": true, "territory": true, "peninsula": true, "county": true,
	"port": true, "capital": true, "enclave": true, "republic": true, "island": true, "area": true,
	"resort": true, "township": true, "suburb": true, "canton": true, "municipality": true,
	"prefecture": true, "emirate": true, "governorate": true, "borough": true, "oilfield": true,
}

var placeNounFilter = newWordFilter(placeNouns)

// geography: located_in from "the eastern Ukrainian province of Donbass",
// "Bethesda, Maryland" and "the Russian-occupied region of Donbass";
// borders from "Ukraine—Russia's western neighbor", "X borders Y" and
// "X's neighbour Y".
func (s *sentCtx) geography() {
	for i := s.s.T0; i < s.s.T1; i++ {
		w := s.lower(i)
		place := placeNounFilter.mayHave(w) && placeNouns[w]
		switch {
		case place && (s.lower(i+1) == "of" || s.word(i+1) == ","):
			// "the Swiss resort of Davos", "the Spanish capital, Madrid".
			s.placeOf(i)
		case s.lower(i+1) == "of" && placeNounOf(w, true) != "":
			// "the Indian states of Punjab and Kerala".
			s.placeOf(i)
		case place:
			s.possessivePlace(i)
			s.placeNamedAfter(i)
		case w == ",":
			s.cityRegion(i)
			s.placeAppositive(i)
		case w == "'s" || w == "'":
			s.possessiveSite(i)
		case w == "in":
			s.placeIn(i)
		case w == "on":
			s.placeOnCoast(i)
		case w == "inside":
			s.placeInside(i)
		case w == "neighbor" || w == "neighbour" || w == "neighbors" || w == "neighbours":
			s.neighbour(i)
		case w == "neighbouring" || w == "neighboring":
			s.neighbouring(i)
		case w == "borders" || w == "bordering":
			j := i - 1
			if s.lower(j) == "which" && s.word(j-1) == "," {
				j -= 2 // "Russia, which borders Ukraine"
			}
			if a, aStart, _ := s.entOf(j, territory...); a != nil {
				if b, _, bEnd := s.entOf(i+1+s.article(i+1), territory...); b != nil {
					s.relate(a, graph.Borders, b, s.evidence(aStart, bEnd, "borders", 0.85))
				} else if a.Type == graph.Country && s.lower(i+1) == "the" && s.lower(i+2) == "country" {
					// "Russia, which borders the country to the east": the
					// one other country of this sentence and the one before.
					if b := s.otherCountry(i, a); b != nil {
						s.relate(a, graph.Borders, b, s.evidence(aStart, i+3, "borders-the-country", 0.75))
					}
				}
			}
		}
	}
}

// placeOf: "the eastern Ukrainian province of Donbass".
func (s *sentCtx) placeOf(i int) {
	place, _, pEnd := s.entOf(i+2, graph.Place)
	if place == nil {
		return
	}
	places := []*resolve.Entity{place}
	noun := s.lower(i)
	if !placeNouns[noun] {
		// "the London boroughs of Camden and Hackney": a plural noun
		// names the places of a list after "of", two or more, in a
		// noun phrase the article opens ("British troops shelled towns
		// of Basra and Umm Qasr": the demonym is the subject's).
		noun = placeNounOf(noun, true)
		places, pEnd = s.placesAfter(places, pEnd)
		if len(places) < 2 || !s.pluralPlacesPhrase(i) {
			return
		}
	}
	relate := func(outer *resolve.Entity, start int, rule string, conf float64) {
		for _, p := range places {
			if p != outer {
				s.relate(p, graph.LocatedIn, outer, s.evidence(start, pEnd, rule, conf))
			}
		}
	}
	settle := settlementNouns[noun]
	// Look left over adjectives for a demonym or country.
	for k := i - 1; k >= s.s.T0 && k >= i-4; k-- {
		for di, dm := range s.found.Demonyms {
			if dm.T0 <= k && k < dm.T1 {
				relate(s.countryEntity(dm.Country, di), k, "place-of-demonym", 0.85)
				return
			}
		}
		if e, a, _ := s.entOf(k, graph.Country); e != nil {
			relate(e, a, "place-of-country", 0.8)
			return
		}
		// "the West Bank town of Ramallah", "the Texas city of Austin": a
		// larger place names a settlement's noun as a country does ("the
		// Mowden area of Darlington" is the other way round).
		// "the flashpoint West Bank city of Hebron", "the small Fife town
		// of Kirkcaldy": one lower-case modifier after the article.
		if e, a, _ := s.entOf(k, graph.Place); settle && e != nil && e != place &&
			(s.article(a-1) == 1 || s.article(a) == 1 || placeModifier(s.word(a-1)) && s.article(a-2) == 1) {
			relate(e, a, "place-of-place", 0.8)
			return
		}
		// "the Russian-occupied region": a demonym inside a compound.
		if c := s.demonymInCompound(k); c != nil {
			_ = c // occupation is not location: the occupier is not the country.
			return
		}
		if w := s.lower(k); w == "the" || w == "a" || w == "," {
			// "the southern town of Hambantota": the country the text
			// places the settlement in.
			if w == "the" && settle && len(places) == 1 {
				if c := s.impliedCountry(place, i+2); c != nil {
					relate(c, k, "place-of-implied-country", 0.6)
				}
			}
			return
		}
	}
}

// impliedCountry returns the country a settlement named with no country
// ("the northern city of Harbin") lies in by what the text says: the
// country the lexicon places it in, when the text names that country;
// for a place the lexicon does not know, the text's one country (named
// before or more than once) or the one it is about, unless the sentence
// names another country or a place of another; else nil.
func (s *sentCtx) impliedCountry(place *resolve.Entity, at int) *resolve.Entity {
	var only *resolve.Entity
	n := 0
	for _, e := range s.r.Entities {
		if e.Type != graph.Country || len(e.Mentions) == 0 {
			continue
		}
		if place.Country != "" && e.Name == place.Country {
			return e
		}
		only = e
		n++
	}
	if place.Country != "" || n == 0 {
		return nil
	}
	if n > 1 {
		// A story about one state that names others: the state it is
		// about (dominantState: most named, from the start, three times
		// as often as any other).
		only = nil
		if dom := s.dominantState(); dom != "" {
			for _, e := range s.r.Entities {
				if e.Type == graph.Country && e.Name == dom && len(e.Mentions) > 0 {
					only = e
				}
			}
		}
		if only == nil {
			return nil
		}
	}
	// "the town of Vernon, 80 km northwest of Paris" in a story that
	// names only the United States, "near the town of Vernon, France": a
	// place or a state of another country near.
	for k := s.s.T0; k < s.s.T1; k++ {
		if e, _, b := s.entOf(k, graph.Place, graph.Country); e != nil {
			if e.Type == graph.Place && e.Country != "" && e.Country != only.Name || e.Type == graph.Country && e != only {
				return nil
			}
			k = b - 1
		}
	}
	if n == 1 && len(only.Mentions) < 2 && s.r.Mentions[only.Mentions[0]].T0 > at {
		// "... the northern town of Selbury ... He had returned from a
		// holiday in France": the text's one state named once, after.
		return nil
	}
	return only
}

// pluralPlacesPhrase reports whether the plural place noun at i ends a
// noun phrase that "the" or a possessive opens within four words, with
// only capitalised words and compass points between: "the London
// boroughs", "India's northern states"; not "troops shelled towns".
func (s *sentCtx) pluralPlacesPhrase(i int) bool {
	for k := i - 1; k >= s.s.T0 && k >= i-4; k-- {
		switch w := s.word(k); {
		case s.lower(k) == "the" || w == "'s" || w == "'":
			return k < i-1
		case !isCapitalised(w) && !lexicon.IsCompassWord(s.lower(k)):
			return false
		}
	}
	return false
}

// placesAfter extends a list of places that ends at end with the places
// after it: ", Hackney", " and Hackney", ", and Hackney".
func (s *sentCtx) placesAfter(places []*resolve.Entity, end int) ([]*resolve.Entity, int) {
	for s.word(end) == "," || s.lower(end) == "and" {
		k := end + 1
		if s.word(end) == "," && s.lower(k) == "and" {
			k++
		}
		p, a, b := s.entOf(k, graph.Place)
		if p == nil || a != k {
			break
		}
		places, end = append(places, p), b
	}
	return places, end
}

// placesBefore extends a list of places that starts at start with the
// places before it: "Lyon, Nice and". A place after "in" ends the list:
// it is the list's first when "in" follows a lower-case word ("exploded
// in Lyon and Nice in France"); after a name it holds that name's place
// and is none of the list ("Cottenham in Cambridgeshire and Minety in Wiltshire").
// ", and" ends it too ("Bethnal Green, in east London, and Rochdale in
// Lancashire").
func (s *sentCtx) placesBefore(places []*resolve.Entity, start int) ([]*resolve.Entity, int) {
	for s.word(start-1) == "," || s.lower(start-1) == "and" {
		k := start - 1
		p, a, b := s.entOf(k-1, graph.Place)
		if p == nil || b != k {
			break
		}
		j := a - 1
		if lexicon.IsCompassWord(s.lower(j)) {
			j--
		}
		if s.lower(j) == "in" {
			// "Cottenham in Cambridgeshire and Minety in Wiltshire":
			// after a place, "in" names that place's container, which
			// ends the list; after anything else ("exploded in Jeddah
			// and Riyadh in Saudi Arabia") the list's first place.
			h := j - 1
			if s.word(h) == "," {
				h--
			}
			if !isCapitalised(s.word(h)) {
				places, start = append(places, p), a
			}
			break
		}
		places, start = append(places, p), a
	}
	return places, start
}

// demonymInCompound returns the country whose demonym starts a hyphenated
// word ("Russian-occupied"), or nil.
func (s *sentCtx) demonymInCompound(k int) *resolve.Entity {
	w := s.word(k)
	if i := strings.IndexByte(w, '-'); i > 0 {
		for _, e := range s.r.Entities {
			if e.Type == graph.Country {
				for _, f := range e.Forms {
					if f == w[:i] {
						return e
					}
				}
			}
		}
	}
	return nil
}

// cityRegion: "Bethesda, Maryland" (a place, a comma, a larger place that
// ends the phrase).
func (s *sentCtx) cityRegion(i int) {
	a, aStart, aEnd := s.entOf(i-1, graph.Place)
	if a == nil || aEnd != i {
		return
	}
	// "Neasden, north west London": the part of the larger place; a
	// city then holds it as a region does.
	k := i + 1
	for k < i+3 && lexicon.IsCompassWord(s.word(k)) {
		k++
	}
	if s.word(k) == "-" && lexicon.IsCompassWord(s.word(k+1)) {
		k += 2
	}
	part := k > i+1
	if !part && strings.HasSuffix(s.lower(k), "-based") {
		s.basedIn(a, aStart, k)
		return
	}
	b, bStart, bEnd := s.entOf(k, graph.Place, graph.Country)
	if b == nil {
		return
	}
	if part && s.word(bEnd) == "," {
		if p, _, _ := s.entOf(bEnd+1, graph.Place); p != nil || lexicon.IsCompassWord(s.word(bEnd+1)) {
			return // a list: "in Shanxi, north Hebei, north Shaanxi and Peking"
		}
	}
	// Not a list: "Paris, London and Berlin".
	// "in Benton, Tenn., and Dayton, Ohio": a state's short name stands
	// in no list of places; each town lies in the state after it. A
	// town after "and" lies in the region or country after it when that
	// ends the phrase: "between Salida and Gunnison, Colorado", "to
	// Busan and Kaohsiung, Taiwan".
	next := s.lower(bEnd)
	listEnd := next == "and" || next == "or" || (next == "," && s.isListAfter(bEnd+1))
	afterAnd := s.lower(aStart-1) == "and" && !listEnd && (b.Type == graph.Country || isRegion(b)) && !isRegion(a)
	if !s.shortState(b, bStart, bEnd) && (listEnd || s.lower(aStart-1) == "," || s.lower(aStart-1) == "and" && !afterAnd) {
		return
	}
	// "Ledbury, Herefordshire": a region the lexicon does not know, by
	// its name, holds a town that is no region itself.
	byName := b.Type == graph.Place && !isRegion(b) && s.regionByName(b, bEnd) && !isRegion(a) && !s.regionByName(a, aEnd)
	if b.Type == graph.Place && !isRegion(b) && !part && !byName &&
		(placeKind(b.Name) != "city" || !unknownSite(a) || isLetters(s.word(bEnd))) {
		// A city holds only a district or site the lexicon does not
		// know, and ends the phrase ("from Neasden, London, said"); two
		// known cities are a list, and a city before a word the subject
		// or modifier of what follows ("the Humber, Halifax said").
		return
	}
	if isQuote(s.word(aStart-1)) && isQuote(s.word(bEnd)) {
		return // "renamed 'Taipei, China'": a quoted name, not a place
	}
	if w := s.word(bEnd); w == "'s" || w == "'" {
		return // "Varig, Brazil's flagship airline": an appositive, not a place in a country
	}
	if !sameCountry(a, b) && !strings.EqualFold(s.a.Text(aStart, aEnd), a.Name) {
		// "CANTON, Mass.", "SANTA CRUZ, Calif.": not the Canton
		// (Guangzhou) the lexicon knows by that other name.
		return
	}
	s.relate(a, graph.LocatedIn, b, s.evidence(aStart, bEnd, "city-region", 0.75))
}

// basedIn: "the Jacksonville, Florida-based firm", "a Nashville,
// Tenn.-based company": the region or country a "-based" compound at k
// names after a town a, which starts at aStart, holds it (a place named
// inside a compound takes part in no other pattern). Not in a list
// ("Leeds, York and Hull-based").
func (s *sentCtx) basedIn(a *resolve.Entity, aStart, k int) {
	mi := s.r.MentionAt(k)
	if mi < 0 || s.r.Mentions[mi].T0 != k || s.r.Mentions[mi].T1 != k+1 {
		return
	}
	b := s.r.Entities[s.r.Of[mi]]
	if b == a || b.Type != graph.Country && (b.Type != graph.Place || !isRegion(b)) || isRegion(a) {
		return
	}
	if p := s.lower(aStart - 1); p == "," || p == "and" || p == "or" {
		return
	}
	s.relate(a, graph.LocatedIn, b, s.evidence(aStart, k+1, "city-region-based", 0.75))
}

// shortState reports an American state written as its short name, one
// token that is not the state's name ("Fla.", "N.Y.", "Calif.", "Calif",
// not "Ohio"); the period of the abbreviation does not count.
func (s *sentCtx) shortState(e *resolve.Entity, start, end int) bool {
	if e.Type != graph.Place || e.Country != "United States" || !isRegion(e) || end != start+1 {
		return false
	}
	w := s.word(start)
	return len(strings.TrimSuffix(w, ".")) <= 5 && !strings.EqualFold(w, e.Name)
}

func (s *sentCtx) isListAfter(i int) bool {
	e, _, b := s.entOf(i+s.article(i), graph.Place, graph.Country)
	return e != nil && (s.lower(b) == "and" || s.lower(b) == ",")
}

// isRegion reports whether a place is a region, state or province rather
// than a city, from the lexicon's kind.
func isRegion(e *resolve.Entity) bool {
	return e.Country != "" && placeKind(e.Name) != "city"
}

// neighbour: "Ukraine—Russia's western neighbor", "Ukraine, Russia's
// neighbour", "Russia's neighbour Ukraine".
func (s *sentCtx) neighbour(i int) {
	k := i - 1
	for k > s.s.T0 && isLowerAdj2(s.lower(k)) {
		k--
	}
	if s.lower(k) == "its" {
		// "Finnish trade ... its neighbour, the Soviet Union": the one
		// country the clause is about (see neighbourOwner).
		j := i + 1
		if s.word(j) == "," {
			j++
		}
		if ys, end := s.neighbourList(j + s.article(j)); len(ys) > 0 {
			if x := s.neighbourOwner(k, ys); x != nil {
				s.relateNeighbours(x, ys, k, end, "its-neighbour", 0.75)
			}
		}
		return
	}
	if s.word(k) != "'s" && s.word(k) != "'" {
		return
	}
	owner, oStart, _ := s.entOf(k-1, territory...)
	if owner == nil {
		return
	}
	// "Russia's neighbour Ukraine", "Russia's neighbours Ukraine and Belarus".
	if ys, b := s.neighbourList(i + 1); len(ys) > 1 {
		for _, y := range ys {
			if y != owner {
				s.relate(y, graph.Borders, owner, s.evidence(oStart, b, "neighbour", 0.85))
			}
		}
		return
	}
	if e, _, b := s.entOf(i+1, territory...); e != nil {
		s.relate(e, graph.Borders, owner, s.evidence(oStart, b, "neighbour", 0.85))
		return
	}
	if plural := strings.HasSuffix(s.lower(i), "s"); plural {
		return
	}
	// "Ukraine—Russia's western neighbor": the entity before a dash or comma.
	sep := oStart - 1
	if w := s.word(sep); w == "--" || w == "," || w == "-" {
		if e, a, _ := s.entOf(sep-1, territory...); e != nil {
			s.relate(e, graph.Borders, owner, s.evidence(a, i+1, "neighbour-appositive", 0.85))
		}
	}
}

func isLowerAdj2(w string) bool {
	switch w {
	case "western", "eastern", "northern", "southern", "north-western", "south-eastern", "north-eastern",
		"south-western", "northwestern", "southeastern", "northeastern", "southwestern", "immediate",
		"smaller", "larger", "small", "big", "bigger", "giant", "powerful", "closest", "nearest", "poorer", "richer":
		return true
	}
	return false
}

// alliances: "X's oldest ally" described as Y ("France as America's oldest
// ally"), "Y, a centuries-long ally so close to X", "the Fiat-GM alliance".
func (s *sentCtx) alliances() {
	for i := s.s.T0; i < s.s.T1; i++ {
		w := s.lower(i)
		switch w {
		case "ally", "partner":
			if w == "partner" && (s.lower(i-1) == "trading" || s.lower(i-1) == "trade" || s.lower(i-1) == "business") {
				continue
			}
			s.ally(i)
		case "coalition":
			s.coalitionBetween(i)
		case "alliance", "partnership":
			s.hyphenAlliance(i)
			s.allianceWith(i)
		case "allied", "linked":
			s.alliedVerb(i)
		}
	}
}

// alliedVerb: "Acme, which has allied itself with Globex", "the rebels,
// who are allied to the army", "Acme which is linked with Globex": the
// body or person the verb's subject (right before it, or a relative
// clause's head) names is allied with the one after "with". "Linked"
// says so only of two organisations in a relative clause ("Acme, which
// is linked with Globex"): of a person or a crime it is mere suspicion.
func (s *sentCtx) alliedVerb(i int) {
	k := i + 1
	if reflexives[s.lower(k)] {
		k++
	}
	if w := s.lower(k); w != "with" && (w != "to" || s.lower(i) != "allied") {
		return
	}
	k += 1 + s.article(k+1)
	if isCapitalised(s.word(k)) && ledBy(s.lower(k+1)) {
		k += 2 // "Hong Kong-based Globex"
	}
	other, _, end := s.entOf(s.skipPremodifiers(k), actors...)
	if other == nil {
		return
	}
	j := i - 1
	for j > s.s.T0 && (passiveAux[s.lower(j)] || alliedAdverbs[s.lower(j)]) {
		j--
	}
	relative := false
	if w := s.lower(j); w == "which" || w == "that" || w == "who" {
		relative = true
		j--
		if s.word(j) == "," {
			j--
		}
	}
	sub, from, subEnd := s.entOf(j, actors...)
	if sub == nil || sub == other || subEnd != j+1 {
		return
	}
	if s.lower(i) == "linked" && (!relative || sub.Type != graph.Organization || other.Type != graph.Organization) {
		return
	}
	s.relate(sub, graph.AlliedWith, other, s.evidence(from, end, "allied-verb", 0.75))
}

// reflexives may stand between "allied" and "with".
var reflexives = map[string]bool{"itself": true, "themselves": true, "himself": true, "herself": true}

// alliedAdverbs are the adverbs that, with the auxiliaries (passiveAux),
// stand between a subject and "allied": "which has long been closely
// allied".
var alliedAdverbs = map[string]bool{"closely": true, "now": true, "also": true, "long": true, "firmly": true}

func (s *sentCtx) ally(i int) {
	// "America's oldest ally", with "Y as" before it.
	k := i - 1
	for k > s.s.T0 && (isLowerAdj2(s.lower(k)) || strings.HasSuffix(s.lower(k), "est") || strings.Contains(s.lower(k), "-") ||
		k > i-4 && isModifier(s.word(k)) && isLetters(s.word(k))) {
		k--
	}
	if s.word(k) == "'s" {
		owner, oStart, _ := s.entOf(k-1, actors...)
		if owner == nil {
			return
		}
		j := oStart - 1
		if s.word(j) == `"` || s.word(j) == "'" {
			j--
		}
		if s.lower(j) == "as" {
			if e, a, _ := s.entOf(j-1, actors...); e != nil {
				s.relate(e, graph.AlliedWith, owner, s.evidence(a, i+1, "described-as-ally", 0.8))
			}
		}
		// "Russia is Ukraine's eternal strategic partner".
		if copulas[s.lower(j)] && s.lower(j-1) != "not" {
			if e, a, _ := s.entOf(j-1, graph.Country, graph.Organization); e != nil && e != owner {
				s.relate(e, graph.AlliedWith, owner, s.evidence(a, i+1, "is-ally", 0.75))
			}
		}
		return
	}
	// "a centuries-long ally so close to Russia", "an ally of France".
	var other *resolve.Entity
	end := i + 1
	switch {
	case s.lower(i+1) == "of" || s.lower(i+1) == "to":
		other, _, end = s.entOf(i+2+s.article(i+2), actors...)
	case s.lower(i+1) == "so" && s.lower(i+2) == "close" && s.lower(i+3) == "to":
		other, _, end = s.entOf(i+4, actors...)
	}
	if other == nil {
		return
	}
	// "Jo Bloggs, executive partner of Smith & Co": a partner's post in
	// a firm is an office, no alliance.
	for j := k + 1; j < i; j++ {
		if ti, ok := s.titleAt[j]; ok && s.found.Titles[ti].T1 > i {
			return
		}
	}
	// The entity this appositive describes: before a dash or comma, ahead
	// of "the ... and a ... ally".
	for j := k; j >= s.s.T0 && j > k-12; j-- {
		if w := s.word(j); w == "--" || w == "," || w == "-" {
			if e, a, _ := s.entOf(j-1, actors...); e != nil && e != other {
				s.relate(e, graph.AlliedWith, other, s.evidence(a, end, "ally-appositive", 0.75))
			}
			return
		}
	}
}

// hyphenAlliance: "the Fiat-GM alliance" names two allies in one token.
func (s *sentCtx) hyphenAlliance(i int) {
	w := s.word(i - 1)
	parts := strings.Split(w, "-")
	if len(parts) != 2 {
		return
	}
	a, b := s.entityByForm(parts[0]), s.entityByForm(parts[1])
	if a != nil && b != nil && a != b {
		s.relate(a, graph.AlliedWith, b, s.evidence(i-1, i+1, "hyphen-alliance", 0.8))
	}
}

// entityByForm returns the entity of the document with surface form f.
func (s *sentCtx) entityByForm(f string) *resolve.Entity {
	for _, e := range s.r.Entities {
		for _, x := range e.Forms {
			if x == f {
				return e
			}
		}
	}
	return nil
}

// placeKind is the lexicon's kind of a place ("city", "state", ...), or "".
func placeKind(name string) string {
	if p, ok := lexicon.PlaceByName(name); ok {
		return p.Kind
	}
	return ""
}

// placeIn: "Basra in southern Iraq", "Sakhalin, in the far east of
// Russia": a place, "in", an optional direction, a larger place or country.
func (s *sentCtx) placeIn(i int) {
	j := i - 1
	if s.word(j) == "," {
		j--
	}
	division := divisionNouns[s.word(j)]
	if division {
		j-- // "Helmand province in southern Afghanistan"
	}
	place, pStart, pEnd := s.entOf(j, graph.Place)
	if place == nil || pEnd != j+1 {
		return
	}
	places := []*resolve.Entity{place}
	if division && strings.HasSuffix(s.word(j+1), "s") {
		// "Helmand and Kandahar provinces in southern Afghanistan".
		if places, pStart = s.placesBefore(places, pStart); len(places) < 2 {
			return
		}
	} else if !division {
		// "Jeddah and Riyadh in Saudi Arabia": each place of a list lies
		// in the place after "in" (checked one by one below).
		places, pStart = s.placesBefore(places, pStart)
	}
	outer, _, oEnd := s.entOf(s.partOf(i+1), graph.Country, graph.Place)
	if outer == nil || outer == place || division && outer.Type == graph.Place && !isRegion(outer) {
		return // a province lies in no city
	}
	city := outer.Type == graph.Place && !isRegion(outer) && !s.regionByName(outer, oEnd)
	if city && (placeKind(outer.Name) != "city" || !unknownSite(place)) {
		// "Belmarsh prison in London", "Wimbledon in London": a site or
		// district the lexicon does not know lies in the city after it;
		// a known city or country before a city ("Washington in Geneva")
		// stands for its government.
		return
	}
	for n, p := range places {
		if n > 0 && !division && (p == outer || !sameCountry(p, outer) || city && !unknownSite(p)) {
			// "Manchester, Perry Barr and Hall Green in Birmingham":
			// a known city lies in no other.
			continue
		}
		s.relate(p, graph.LocatedIn, outer, s.evidence(pStart, oEnd, "place-in", 0.75))
	}
}

// partOf skips from k, after "in", over the words that name a part of the
// place that follows: "the far east of", "rural northern".
func (s *sentCtx) partOf(k int) int {
	k += s.article(k)
	for n := 0; n < 3 && (isDirection(s.lower(k)) || s.lower(k) == "of" || remoteWords[s.lower(k)]); n++ {
		k++
	}
	return k + s.article(k)
}

// divisionNouns are the lower-case nouns that follow a region's name:
// "Helmand province", "Kano and Kaduna states".
var divisionNouns = map[string]bool{
	"province": true, "state": true, "region": true, "county": true, "district": true, "prefecture": true,
	"provinces": true, "states": true, "regions": true, "counties": true, "districts": true, "prefectures": true,
}

// remoteWords describe the part of a country a place lies in: "in rural
// northern New Mexico", "in remote western China".
var remoteWords = map[string]bool{"rural": true, "remote": true, "extreme": true, "mountainous": true}

// regionByName reports a place the lexicon does not know whose name or
// the noun after it (at end) says it is a region: "Oxfordshire", "San
// Bernardino County", "western Zulia state".
func (s *sentCtx) regionByName(e *resolve.Entity, end int) bool {
	switch s.lower(end) {
	case "state", "province", "county", "region", "district", "prefecture", "department":
		return true
	}
	last := lastWord(e.Name)
	return strings.HasSuffix(last, "shire") || last == "County" || last == "Province" || last == "Valley"
}

func isDirection(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
		"southwest", "northeastern", "northwestern", "southeastern", "southwestern", "far", "heart",
		"centre", "center", "middle", "part", "region", "province", "coast", "interior":
		return true
	}
	return false
}

// possessivePlace: "Pakistan's Sindh province", "Russia's Murmansk region":
// a country's possessive, a place, a place noun.
func (s *sentCtx) possessivePlace(i int) {
	place, pStart, pEnd := s.entOf(i-1, graph.Place)
	if place == nil || pEnd != i {
		return
	}
	if w := s.word(pStart - 1); w != "'s" && w != "'" {
		return
	}
	if c, cStart, _ := s.entOf(pStart-2, graph.Country); c != nil {
		s.relate(place, graph.LocatedIn, c, s.evidence(cStart, i+1, "possessive-place", 0.85))
	}
}

// unknownSite reports a place the lexicon does not know whose name has no
// organisation's head word ("Belmarsh Prison", not "Universidade Livre"):
// a site or district a city can hold. A centre or square that resolution
// found a place is a site, whatever words open it ("the Glenmoor Shopping
// Centre", "Parliament Square").
func unknownSite(e *resolve.Entity) bool {
	if e.Country != "" || placeKind(e.Name) != "" {
		return false
	}
	if sp := strings.LastIndexByte(e.Name, ' '); sp > 0 && siteHeads[e.Name[sp+1:]] {
		return true
	}
	for _, w := range strings.Fields(e.Name) {
		if lexicon.IsOrgWord(w) {
			return false
		}
	}
	return true
}

// siteHeads end names of sites that may hold an organisation's word:
// "Parliament Square", "the Glenmoor Shopping Centre".
var siteHeads = map[string]bool{"Centre": true, "Center": true, "Square": true}

// possessiveSite: "London's Belmarsh prison", "Beijing's Tiananmen
// Square": a known city or region's possessive, then a site or district
// the lexicon does not know, which lies in it. Countries stay out ("France's
// Suez" is a firm, "Norway's North Sea oil" no part of Norway).
func (s *sentCtx) possessiveSite(i int) {
	owner, oStart, oEnd := s.entOf(i-1, graph.Place)
	if owner == nil || oEnd != i || owner.Country == "" || placeKind(owner.Name) == "" {
		return
	}
	k := i + 1
	if lexicon.IsCompassWord(s.lower(k)) {
		k++
	}
	site, sStart, sEnd := s.entOf(k, graph.Place)
	if site == nil || site == owner || sStart != k || !unknownSite(site) && !(site.Country != "" && site.Country == owner.Country && placeKind(site.Name) == "") {
		// A known place of the owner's country is one of its districts
		// too: "London's West End".
		return
	}
	s.relate(site, graph.LocatedIn, owner, s.evidence(oStart, sEnd, "possessive-site", 0.75))
}

// allianceWith: "Britain ... because of its strong alliance with the US",
// "Japan's alliance with the United States".
func (s *sentCtx) allianceWith(i int) {
	if s.lower(i+1) != "with" {
		return
	}
	other, _, end := s.entOf(s.skipPremodifiers(i+2), actors...)
	if other == nil {
		return
	}
	k := i - 1
	for k > s.s.T0 && (isLowerAdj2(s.lower(k)) || s.lower(k) == "strong" || s.lower(k) == "close" || s.lower(k) == "special" || s.lower(k) == "military" || s.lower(k) == "long-standing") {
		k--
	}
	var subs []*resolve.Entity
	from := k
	switch {
	case s.word(k) == "'s" || s.word(k) == "'":
		if e, a, _ := s.entOf(k-1, actors...); e != nil {
			subs, from = []*resolve.Entity{e}, a
		}
	case s.lower(k) == "its" || s.lower(k) == "their":
		// The nearest country or organisation before the pronoun.
		for j := k - 1; j >= s.s.T0; j-- {
			if e, a, _ := s.entOf(j, graph.Country, graph.Organization); e != nil && e != other {
				subs, from = []*resolve.Entity{e}, a
				break
			}
		}
	}
	for _, sub := range subs {
		s.relate(sub, graph.AlliedWith, other, s.evidence(from, end, "alliance-with", 0.75))
	}
}

// coalitionBetween: "a coalition between Labour and the Liberal
// Democrats" allies the bodies named.
func (s *sentCtx) coalitionBetween(i int) {
	if s.lower(i+1) != "between" {
		return
	}
	parties, end := s.listAfter(i+2, graph.Country, graph.Organization)
	if len(parties) != 2 {
		return
	}
	s.relate(parties[0], graph.AlliedWith, parties[1], s.evidence(i, end, "coalition-between", 0.75))
}

// isLetters reports a word of letters only.
// placeModifier reports a lower-case adjective or noun before a place's
// name: "small", "western", "flashpoint" (not "of", "and").
func placeModifier(w string) bool {
	return isLowerWord(w) && isLetters(w) && !isFunctionWord(w)
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// isQuote reports a quotation mark token.
func isQuote(w string) bool {
	switch w {
	case "'", "\"", "‘", "’", "“", "”", "`", "``", "''":
		return true
	}
	return false
}

// otherCountry returns the one country other than not that this sentence
// before token i and the sentence before name, or nil.
func (s *sentCtx) otherCountry(i int, not *resolve.Entity) *resolve.Entity {
	var found *resolve.Entity
	for k := s.a.Sentences[max(0, s.si-1)].T0; k < i; k++ {
		e, _, b := s.entOf2(k, graph.Country)
		if e == nil {
			continue
		}
		k = b - 1
		if e == not || e == found {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// placeNamedAfter: "the Cameroon capital Yaounde", "the Iraqi port Basra":
// a country or demonym, a place noun, then the place's name.
func (s *sentCtx) placeNamedAfter(i int) {
	place, _, pEnd := s.entOf(i+1, graph.Place)
	if place == nil {
		return
	}
	k := i - 1
	if isDirection(s.lower(k)) || placeRank[s.lower(k)] {
		k--
	}
	if c, a, _ := s.entOf(k, graph.Country); c != nil && s.article(a-1) == 1 {
		s.relate(place, graph.LocatedIn, c, s.evidence(a, pEnd, "country-noun-place", 0.8))
		return
	}
	// "the Punjab provincial capital Lahore", "the Kashmir town Sopore".
	if settlementNouns[s.lower(i)] {
		if e, a, _ := s.entOf(k, graph.Place); e != nil && e != place && (s.article(a-1) == 1 || s.article(a) == 1) {
			s.relate(place, graph.LocatedIn, e, s.evidence(a, pEnd, "place-noun-place", 0.8))
			return
		}
	}
	for di, dm := range s.found.Demonyms {
		if dm.T1 == k+1 && s.article(dm.T0-1) == 1 {
			s.relate(place, graph.LocatedIn, s.countryEntity(dm.Country, di), s.evidence(dm.T0, pEnd, "country-noun-place", 0.8))
			return
		}
	}
}

// placeRank are the adjectives that say which division's capital or town
// a place noun is: "the Punjab provincial capital Lahore".
var placeRank = map[string]bool{
	"provincial": true, "state": true, "regional": true, "border": true, "district": true,
}

// settlementNouns are the place nouns of a town or island that a larger
// place before them holds: "the Texas city of Austin".
var settlementNouns = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "capital": true, "island": true,
	"resort": true, "suburb": true, "township": true, "borough": true,
}

// coastNouns end "on the Adriatic coast".
var coastNouns = map[string]bool{"coast": true, "shore": true, "shores": true, "coastline": true}

// placeOnCoast: "Vlore on the Adriatic coast", "a port on the Black Sea
// coast": a place on a named sea's or region's coast lies by it.
func (s *sentCtx) placeOnCoast(i int) {
	j := i - 1
	if s.word(j) == "," {
		j--
	}
	place, pStart, pEnd := s.entOf(j, graph.Place)
	if place == nil || pEnd != j+1 || s.lower(i+1) != "the" {
		return
	}
	k := i + 2
	if isDirection(s.lower(k)) {
		k++
	}
	outer, _, oEnd := s.entOf(k, graph.Place, graph.Country)
	if outer == nil || outer == place || !coastNouns[s.lower(oEnd)] {
		return
	}
	s.relate(place, graph.LocatedIn, outer, s.evidence(pStart, oEnd+1, "place-on-coast", 0.75))
}

// placeInside: "the town of Rawandiz some 65 km inside Iraq", "Zakho,
// inside Iraq": a place, an optional distance, "inside", a country.
func (s *sentCtx) placeInside(i int) {
	j := i - 1
	if s.lower(j) == "deep" || s.lower(j) == "well" {
		j--
	}
	switch s.lower(j) {
	case "km", "kms", "kilometres", "kilometers", "miles", "mile":
		j--
		if !allDigits(s.word(j)) {
			return
		}
		j--
		if w := s.lower(j); w == "some" || w == "about" || w == "around" || w == "nearly" {
			j--
		}
	}
	if s.word(j) == "," {
		j--
	}
	place, pStart, pEnd := s.entOf(j, graph.Place)
	if place == nil || pEnd != j+1 {
		return
	}
	outer, _, oEnd := s.entOf(i+1, graph.Country, graph.Place)
	if outer == nil || outer == place || outer.Type == graph.Place && !isRegion(outer) {
		return
	}
	s.relate(place, graph.LocatedIn, outer, s.evidence(pStart, oEnd, "place-inside", 0.75))
}

// sameCountry reports whether a place can lie in b as far as their known
// countries go: a place the lexicon puts in one country is not in a region
// of another.
func sameCountry(a, b *resolve.Entity) bool {
	bc := b.Country
	if b.Type == graph.Country {
		bc = b.Name
	}
	return a.Country == "" || bc == "" || a.Country == bc || formerName[bc] == a.Country || formerName[a.Country] == bc
}

// formerName maps a state's former name to its present one.
var formerName = map[string]string{"West Germany": "Germany", "East Germany": "Germany", "Soviet Union": "Russia"}

// placeAppositive: "Basra, Iraq's second city,", "Kerala, a state in
// southern India", "Basra, the second city of Iraq", "Gdansk, the Polish
// port", "Kerala, one of India's poorest states": a place, a comma, then a
// description whose head is a place noun and which names the country or
// region that holds it by a possessive, by "in" or "of" after the noun, or
// by a demonym before it. The noun must end the description (a comma, a
// full stop, "where" ...): "In Tehran, Iraq's capital was condemned" and
// "Smith, a city councillor" describe no place; "Leeds, Manchester's
// neighbouring city" is no part of it.
func (s *sentCtx) placeAppositive(i int) {
	place, pStart, pEnd := s.entOf(i-1, graph.Place)
	if place == nil || pEnd != i {
		return
	}
	k := i + 1
	plural := false
	if s.lower(k) == "one" && s.lower(k+1) == "of" {
		k, plural = k+2, true
	}
	var owner *resolve.Entity
	o := k + s.article(k) // "the Netherlands'"
	if isDirection(s.lower(o)) {
		o++ // "southern Iraq's"
	}
	if e, _, b := s.entOf(o, graph.Country, graph.Place); e != nil && (s.word(b) == "'s" || s.word(b) == "'") {
		owner, k = e, b+1
	} else {
		k += s.article(k) // "one of the poorest states in India"
	}
	// The modifiers up to the place noun: lower-case adjectives, a
	// demonym or a capitalised word that names no person or body ("a
	// Baltic port").
	demonym, head := -1, -1
	var modifier *resolve.Entity // "a Texas port"
	modEnd := -1
	for n := k; n < k+6; n++ {
		w := s.lower(n)
		if noun := placeNounOf(w, plural); noun != "" {
			head = n
			if placeNounOf(s.lower(n+1), plural) == "" {
				break // "capital city"
			}
			continue
		}
		if notContaining[w] {
			return
		}
		if d, ok := s.demonymAt[n]; ok {
			demonym, n = d, s.found.Demonyms[d].T1-1
			continue
		}
		if strings.Contains(w, "-") && s.demonymInCompound(n) != nil {
			return // "the Russian-held town": occupation is not location
		}
		if (isModifier(s.word(n)) || rankWords[w]) && isLetters(strings.ReplaceAll(w, "-", "")) {
			continue
		}
		if isLetters(w) && !isLowerWord(s.word(n)) {
			e, _, b := s.ent(n)
			if e == nil {
				continue
			}
			if e.Type == graph.Place || e.Type == graph.Country {
				modifier, modEnd, n = e, b, b-1
				continue
			}
		}
		return
	}
	if head < 0 {
		return
	}
	after := s.lower(head + 1)
	var outer *resolve.Entity
	end, rule := head+1, "place-appositive"
	switch {
	case after == "of" || after == "in":
		if owner != nil {
			return
		}
		c := head + 2 + s.article(head+2)
		if after == "in" {
			c = s.partOf(head + 2)
		}
		o, _, oEnd := s.entOf(c, graph.Country, graph.Place)
		if o == nil {
			return
		}
		if o.Type == graph.Place && !isRegion(o) && !s.regionByName(o, oEnd) {
			// "Brixton, a district in London": a city holds only a part.
			if placeKind(o.Name) != "city" || !cityParts[s.lower(head)] || !unknownSite(place) {
				return
			}
		}
		outer, end, rule = o, oEnd, "place-appositive-"+after
	case !appositiveEnd(after, s.word(head+1)) && !besideWords[after]:
		return
	case owner != nil:
		outer, rule = owner, "place-appositive-possessive"
	case demonym >= 0:
		dm := s.found.Demonyms[demonym]
		outer, rule = s.countryEntity(dm.Country, demonym), "place-appositive-demonym"
	case modifier != nil && modEnd == head && (modifier.Type == graph.Country || isRegion(modifier)):
		outer, rule = modifier, "place-appositive-modifier"
	}
	if outer == nil || outer == place || !sameCountry(place, outer) {
		return
	}
	s.relate(place, graph.LocatedIn, outer, s.evidence(pStart, end, rule, 0.8))
}

// placeNounOf returns the place noun w is, in the plural after "one of".
func placeNounOf(w string, plural bool) string {
	if plural {
		switch {
		case strings.HasSuffix(w, "ies"):
			w = w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "s"):
			w = w[:len(w)-1]
		default:
			return ""
		}
	}
	if placeNounFilter.mayHave(w) && placeNouns[w] {
		return w
	}
	return ""
}

// cityParts are the place nouns of a part a city can hold.
var cityParts = map[string]bool{"district": true, "suburb": true, "area": true, "township": true, "village": true, "borough": true}

// notContaining are modifiers of a place noun that name a place beside the
// other, not in it: "Manchester's neighbouring city".
var notContaining = map[string]bool{
	"neighbouring": true, "neighboring": true, "neighbour": true, "neighbor": true, "nearby": true,
	"sister": true, "twin": true, "rival": true, "partner": true, "adjacent": true, "former": true,
	"breakaway": true, "occupied": true,
}

// rankWords are the closed-class words that rank a place among others:
// "Iraq's second city", "the only port".
var rankWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"most": true, "only": true, "main": true, "own": true,
}

// besideWords may follow the head of a place's description that names its
// country before the noun: "the Polish port on the Baltic", "an Israeli
// town near the border".
var besideWords = map[string]bool{"on": true, "near": true, "along": true, "close": true}

// appositiveEnd reports a token that ends an appositive description.
func appositiveEnd(lw, w string) bool {
	switch lw {
	case "", ",", ".", ";", ":", ")", "--", "-", "—", "where", "which", "whose", "that", "and":
		return true
	}
	return isQuote(w)
}
