// Package resolve groups the mentions of a document into entities: one
// entity per real-world thing, with its canonical name and every other
// surface form as an alias. Surnames join full names ("Putin" and "Vladimir
// Putin"), acronyms join their expansion, capitals that stand for their
// government join the country ("Moscow demanded"), and pronouns find their
// antecedent when the choice is safe.
package resolve

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Entity is one resolved entity of a document.
type Entity struct {
	ID   string
	Type graph.Type
	Name string
	// Forms are the surface forms used, canonical name included, in order
	// of first use.
	Forms []string
	// Mentions are indices into Result.Mentions.
	Mentions []int
	// Gender is 'm', 'f' or 0 for persons, from given names and pronouns.
	Gender byte
	// Country is the country a lexicon places the entity in, if any.
	Country string
	// aliasForms are the other names the text states for the entity
	// ("also known as Abu Mazen"): never its full name.
	aliasForms []string
	// spouseSurname is set when the surname is a spouse's ("Michael
	// Howard's wife, Sandra" is Sandra Howard): the bare surname names
	// the spouse it came from, not this person.
	spouseSurname bool
}

// Aliases returns the surface forms other than the canonical name.
func (e *Entity) Aliases() []string {
	var out []string
	for _, f := range e.Forms {
		if f != e.Name {
			out = append(out, f)
		}
	}
	return out
}

// Result is a document's entities and the entity of each mention.
type Result struct {
	Mentions []mention.Mention
	Entities []*Entity
	// Of gives the entity index of each mention, or -1 when the mention
	// was dropped.
	Of []int
	// ByToken gives the mention index covering each token, or -1.
	ByToken []int
}

// EntityAt returns the entity whose mention covers token i, or nil.
func (r *Result) EntityAt(i int) *Entity {
	if i < 0 || i >= len(r.ByToken) {
		return nil
	}
	m := r.ByToken[i]
	if m < 0 || r.Of[m] < 0 {
		return nil
	}
	return r.Entities[r.Of[m]]
}

// MentionAt returns the index of the mention covering token i, or -1.
func (r *Result) MentionAt(i int) int {
	if i < 0 || i >= len(r.ByToken) {
		return -1
	}
	m := r.ByToken[i]
	if m >= 0 && r.Of[m] < 0 {
		return -1
	}
	return m
}

// labelAsName reports whether the text names an organisation with the
// party label of m as its first word or in the plural ("the Green
// Party", "the Liberals"): that party is the label's, whatever country
// the lexicon knows one of the name in.
func labelAsName(a *text.Analysis, ms []mention.Mention, m *mention.Mention) bool {
	if m.T1-m.T0 != 1 {
		return false
	}
	w := a.Words[m.T0]
	for _, o := range ms {
		if o.Type == graph.Organization && o.Kind == mention.Name && (a.Words[o.T0] == w || a.Words[o.T0] == w+"s") {
			return true
		}
	}
	return false
}

// storySetIn returns the country a story that names none is set in: the
// country of most of the places, capitals and organisations the lexicon
// places in one (London, the House of Commons), when it has at least
// two of them and twice as many as any other; "" otherwise. Party labels
// and parties' generic names are left out: they are what it serves to
// read.
func storySetIn(a *text.Analysis, ms []mention.Mention) string {
	count := map[string]int{}
	for _, m := range ms {
		if m.Country == "" || m.Kind == mention.PartyLabel || m.Source != mention.Lexicon || genericPartyName(a, &m) {
			continue
		}
		if m.Type == graph.Place || m.Type == graph.Organization {
			count[m.Country]++
		}
	}
	best, first, second := "", 0, 0
	for c, n := range count {
		switch {
		case n > first || n == first && c < best:
			best, first, second = c, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first < 2 || first < 2*second {
		return ""
	}
	return best
}

// Resolve groups the mentions of a into entities.
func Resolve(a *text.Analysis, found *mention.Result) *Result {
	r := &Result{Mentions: found.Mentions}
	r.Of = make([]int, len(r.Mentions))
	names := make([]string, len(r.Mentions))
	named := map[string]bool{}     // countries the text names
	mentioned := map[string]bool{} // and those it names by a demonym too
	parties := map[string]bool{}   // parties the text names in full: "the Liberal Democrats"
	stateGovernments(a, r.Mentions)
	for _, m := range r.Mentions {
		if m.Type == graph.Country && m.Kind == mention.Name {
			named[m.Canon] = true
			mentioned[m.Canon] = true
		}
	}
	for _, d := range found.Demonyms {
		mentioned[d.Country] = true
	}
	localHomonyms(a, r.Mentions)
	setIn, setInDone := "", false
	storySet := func() string {
		if !setInDone {
			setIn, setInDone = storySetIn(a, r.Mentions), true
		}
		return setIn
	}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		if country, ok := foreignParty(a, m, mentioned, named, storySet); ok {
			// "de Klerk's National Party" in a story about South
			// Africa is not New Zealand's: a party of its own.
			localParty(a, m, country)
		}
		if m.Type == graph.Organization && m.Kind == mention.Name && m.Canon != "" {
			parties[m.Canon] = true
		}
	}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		r.Of[i] = -1
		if m.Type == graph.Organization && m.Kind == mention.Name && m.Source == mention.Lexicon && m.T1 < len(a.Words) && (a.Words[m.T1] == "Day" || labourNoun(a, m)) {
			continue // "Labor Day", "United Nations Day": a holiday; "Labour markets"
		}
		if m.Kind == mention.PartyLabel && m.Source == mention.Lexicon && m.Country != "" && !mentioned[m.Country] {
			// "Conservative opposition leader Mitsotakis" in a story about
			// Greece is not Britain's Conservative Party: a label counts
			// only when the text names its party's country; "Labour" is
			// the Labour party of the country the text names.
			// A label counts too when the text names its party: "Liberal
			// Democrat David Laws" in a story that speaks of the Liberal
			// Democrats; a party letter and state ("D-Okla.") is American
			// by its form.
			found := parties[m.Canon]
			for _, o := range m.Options {
				if found {
					break
				}
				if mentioned[o.Country] || parties[o.Canon] {
					m.Canon, m.Country, found = o.Canon, o.Country, true
					break
				}
			}
			if !found && !labelAsName(a, r.Mentions, m) {
				// "Conservative MP X said ... in Leeds", in a story that
				// names no country or others: the label counts for the
				// country its places, capitals and known bodies are in.
				if storySet() == m.Country {
					found = true
				}
				for _, o := range m.Options {
					if !found && storySet() == o.Country {
						m.Canon, m.Country, found = o.Canon, o.Country, true
					}
				}
			}
			if !found {
				continue
			}
		}
		if m.Type == graph.Organization && m.Canon != "" && m.Country != "" && !mentioned[m.Country] && ambiguousAcronym(a, m) {
			// "the CBI" in a British story is not the Central Bank of Iran:
			// a short acronym of a national body counts only when the text
			// names its country; otherwise it is an organisation of its own.
			m.Canon, m.Country = "", ""
		}
		if m.Type != graph.Person && m.Kind != mention.Reference && afterMr(a, m) {
			// "Mr Camus" is a person, whatever the tagger said.
			m.Type, m.Canon, m.Country = graph.Person, "", ""
		}
		if m.Kind == mention.Capital {
			if !named[m.Country] {
				// "an accord with Moscow" in a text about the Soviet Union.
				for _, c := range capitalOf(m.Canon) {
					if named[c] {
						m.Country = c
						break
					}
				}
			}
			governmentOrPlace(a, m)
			if m.Type == graph.Place && m.Country != "" && coordinatedWithState(a, r.Mentions, i) {
				m.Type = graph.Country // "in the hands of Washington or NATO"
			}
		}
		if m.Kind == mention.Name && m.Canon == "" && namesGroup(a, m) && (m.Type == graph.Person || m.Type == graph.Organization && personSurname(a, r.Mentions, m)) {
			// "the Gabelli group": the group, not the person. A name the
			// tagger took for an organisation would join a person of
			// its name ("Sweden's Wallenberg group", and "Marcus
			// Wallenberg").
			m.T1++
			m.Type = graph.Organization
		}
		names[i] = mentionName(a, m)
		if m.Type != graph.Agreement && m.Canon == "" && opensWithLink(names[i]) {
			// "of the Sky", "and Mines Arturo": the tail of a longer
			// name or title cut at a word that links its parts, no name.
			names[i] = ""
		}
	}

	coordinatedCapitals(a, r.Mentions, names)
	governmentCapitals(a, r.Mentions, names, named)
	unionCapital(a, r.Mentions, names)
	dropProducts(a, r.Mentions, names)
	retypeBusinesses(a, r.Mentions, names)
	voteOrganizations(a, r.Mentions, names)
	placeCompanies(a, r.Mentions, names)
	votePlaces(a, r.Mentions, names)
	placesInSlots(a, r.Mentions, names)
	voteOrgPlaces(a, r.Mentions, names)
	placeFacilities(a, r.Mentions, names)
	placeVenues(a, r.Mentions, names)

	byKey := map[string]int{}
	newEntity := func(t graph.Type, name, country string) int {
		r.Entities = append(r.Entities, &Entity{Type: t, Name: name, Country: country})
		byKey[key(t, name)] = len(r.Entities) - 1
		return len(r.Entities) - 1
	}
	attach := func(mi, ei int) {
		r.Of[mi] = ei
		e := r.Entities[ei]
		e.Mentions = append(e.Mentions, mi)
		e.Forms = appendForm(e.Forms, surface(a, &r.Mentions[mi]))
	}

	var kbuf [128]byte // keys to look up
	// 1. Mentions with a canonical name (lexicons), and multi-word names.
	for i := range r.Mentions {
		m := &r.Mentions[i]
		if names[i] == "" || m.Kind == mention.Reference {
			continue
		}
		if m.Weak || m.Canon == "" && m.Type == graph.Person && fieldCount(names[i]) == 1 {
			continue // surnames and guesses wait for step 2
		}
		ei, ok := byKey[string(appendKey(kbuf[:0], m.Type, names[i]))]
		if !ok {
			ei = newEntity(m.Type, names[i], m.Country)
		}
		attach(i, ei)
	}
	// 2. Single-word person names join the one full name they end or
	// start; otherwise they are entities of their own when the evidence is
	// good enough.
	for i := range r.Mentions {
		m := &r.Mentions[i]
		if r.Of[i] >= 0 || names[i] == "" || m.Kind == mention.Reference {
			continue
		}
		single := fieldCount(names[i]) == 1
		if single {
			if ei := r.uniquePersonWith(names[i]); ei >= 0 && !(royalBefore(a, m) && !strings.HasSuffix(r.Entities[ei].Name, " "+names[i]) && !r.sameRoyalTitle(a, i, ei)) && !(plainHonorific(a, m) != 0 && r.spouseWithSurname(names[i])) {
				// "King Michael" is no "Michael Ancram": a monarch is
				// named by a given name, which joins no full name, unless
				// the full name had the same title ("Prince Saud" of
				// "Prince Saud al-Nasir").
				attach(i, ei)
				continue
			}
			if ei := r.orgNamed(names[i]); ei >= 0 {
				attach(i, ei)
				continue
			}
			if h := plainHonorific(a, m); h != 0 {
				// "Mr Blair" with "Tony Blair" and "Sir Ian Blair": a
				// knight is Sir Ian, not Mr Blair; "Mr" is no woman.
				if ei := r.uniquePersonBut(names[i], func(ei int) bool {
					return r.styledNoble(a, ei, i) || r.otherGender(ei, h)
				}); ei >= 0 {
					// The surname alone names another person of the text
					// too: the alias keeps the honorific ("Mrs Howard").
					r.Of[i] = ei
					e := r.Entities[ei]
					e.Mentions = append(e.Mentions, i)
					e.Forms = appendForm(e.Forms, a.Words[m.T0-1]+" "+surface(a, m))
					continue
				}
			}
		}
		if m.Type == graph.Organization && m.Weak {
			if ei := r.orgWithInitials(names[i]); ei >= 0 {
				attach(i, ei)
			}
			continue
		}
		if !r.personEvidence(a, i, names) {
			continue
		}
		name := names[i]
		if single && m.Type == graph.Person {
			name = r.spouseName(a, i, name)
		}
		ei, ok := byKey[string(appendKey(kbuf[:0], m.Type, name))]
		if !ok {
			ei = newEntity(m.Type, name, "")
			r.Entities[ei].spouseSurname = name != names[i]
		}
		attach(i, ei)
	}
	r.splitTrailingAcronyms()
	r.joinShortAliases(a)
	r.joinAcronyms(a)
	r.joinAgreements()
	r.joinNameSuffixes()
	r.joinLegalNames()
	r.joinGroupNames()
	r.joinOrgPrefixNames()
	r.joinSurnameMistypes(a)
	r.joinPersonsNamedAsCompanies(a)
	r.joinPartyLabels()
	r.joinOrgShortNames(a)
	r.joinPlaceHeadNames()
	r.joinChamberNames()
	r.joinOrgSuffixNames()
	r.joinMinistryForms()
	r.joinStatedAliases(a)
	r.resolveReferences(a)
	r.finish(a)
	return r
}

// opensWithLink reports a name whose first word is a lower-case word that
// links the parts of a name ("of", "and"), so no name's first.
func opensWithLink(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	switch w {
	case "of", "and", "for", "to", "in", "on", "at", "by", "with", "from", "&":
		return true
	}
	return false
}

// key identifies an entity by type and name, ignoring case and the
// difference between hyphens and spaces ("Anti-Ballistic Missile treaty").
func key(t graph.Type, name string) string {
	var buf [128]byte
	return string(appendKey(buf[:0], t, name))
}

// appendKey appends key(t, name) to dst, so that a lookup
// m[string(appendKey(buf[:0], t, name))] does not allocate.
func appendKey(dst []byte, t graph.Type, name string) []byte {
	dst = append(dst, t...)
	dst = append(dst, 0)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			// Not ASCII: as strings.ToLower does it.
			return append(dst[:len(dst)-i], strings.ReplaceAll(strings.ToLower(name), "-", " ")...)
		}
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '-':
			c = ' '
		}
		dst = append(dst, c)
	}
	return dst
}

// governmentOrPlace decides whether a capital stands for its country's
// government or is the city. It is the government only with evidence of
// agency: a possessive ("Moscow's allies"), a verb it governs ("Moscow
// demanded", "Washington has"), a partner after "with", "against" or "by"
// ("dealings with Tehran", "broken off by London"), or coordination with a
// country or organisation ("neither Kiev nor Moscow", "Washington or
// NATO"). Otherwise it is the city: "protesters in Kiev", "a visit to
// Washington", "the Warsaw stock exchange".
func governmentOrPlace(a *text.Analysis, m *mention.Mention) {
	m.Type = graph.Place
	if m.Country == "" {
		return
	}
	sw := sentenceOf(a, m.T0)
	prev, next := sw.lower(m.T0-1), sw.lower(m.T1)
	switch {
	case prev == "to" && addressedTo[sw.lower(m.T0-2)]:
		m.Type = graph.Country // "Israel's ambassador to Washington", "loyal to Beijing"
	case saysCity(a, m, sw, prev):
		return
	case next == "'s" || next == "'":
		m.Type = graph.Country
	case governmentVerbs[next] && next != "and" && next != "or" && next != "to" && next != "in" && next != "on" && next != "for" && next != "with" && next != "of":
		m.Type = graph.Country
	case next != "" && strings.HasSuffix(next, "ed") && unicode.IsLower([]rune(next)[0]) && prev != "the":
		m.Type = graph.Country // "Moscow demanded", "London rejected"
	case prev == "with" || prev == "against" || prev == "by" || prev == "between":
		m.Type = graph.Country
	case prev == "nor" || prev == "neither" || next == "nor":
		m.Type = graph.Country
	case prev == "" && next != "" && unicode.IsLower([]rune(next)[0]) && (!governmentVerbs[next] || isCoordinator(next)):
		// The subject of its sentence: "Washington argues that ...",
		// "Kiev and the separatists still disagree".
		m.Type = graph.Country
	case attitudeVerbs[prev] && objectEnds(next):
		m.Type = graph.Country // "the visit infuriated Beijing", "urged Tokyo to"
	case clauseOpeners[prev] && presentVerb(sw, m.T1):
		m.Type = graph.Country // "Taiwan, which Beijing considers a province"
	case prev != "the" && prev != "a" && adverbVerb(sw, m.T1):
		m.Type = graph.Country // "Washington strongly supported the sanctions"
	}
}

// addressedTo are words before "to" whose "to" addresses a government, not
// a destination: "the ambassador to Washington", "a warning to Tokyo",
// "complained to Rangoon", "loyal to Beijing".
var addressedTo = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "emissary": true,
	"request": true, "requests": true, "warning": true, "warnings": true, "message": true, "messages": true,
	"appeal": true, "appeals": true, "protest": true, "apology": true, "ultimatum": true, "overtures": true,
	"concessions": true, "complained": true, "appealed": true, "protested": true, "apologised": true,
	"apologized": true, "loyal": true, "loyalty": true, "allegiance": true, "hostile": true, "opposition": true,
	"taxes": true, "tribute": true, "answerable": true, "accountable": true,
}

// attitudeVerbs take a party, not a destination, for their object: a
// capital after them is its government ("the visit infuriated Beijing",
// "Israel slammed Damascus", "urged Washington to resist"); verbs of motion
// ("visited Beijing", "reached Kabul") and of attack ("shelled Kabul") are
// not among them.
var attitudeVerbs = map[string]bool{
	"infuriated": true, "infuriate": true, "infuriating": true, "angered": true, "angering": true, "anger": true,
	"irritated": true, "annoyed": true, "upset": true, "alarmed": true, "embarrassed": true, "provoked": true,
	"irked": true, "accused": true, "accuse": true, "accuses": true, "accusing": true, "blamed": true, "blames": true,
	"blaming": true, "criticised": true, "criticized": true, "criticising": true, "criticizing": true,
	"condemned": true, "slammed": true, "urged": true, "urge": true, "urges": true, "urging": true,
	"pressed": true, "pressing": true, "pressured": true, "persuade": true, "persuaded": true, "convince": true,
	"convinced": true, "informed": true, "inform": true, "notified": true, "warned": true, "warn": true,
	"warns": true, "warning": true, "told": true, "tell": true, "telling": true, "asked": true, "ask": true,
	"asking": true, "assured": true, "reassure": true, "reassured": true, "encourage": true, "encouraged": true,
	"thanked": true, "praised": true, "defied": true, "rebuffed": true, "snubbed": true, "lobbied": true,
	"lobbying": true, "challenged": true, "recognised": true, "recognized": true, "invited": true,
}

// objectEnds reports a word that may follow a capital that is a verb's
// whole object: the end of the clause or a function word ("urged Tokyo to",
// "accused Paris of", "angered Washington."), not a noun the capital
// modifies ("told Moscow radio").
func objectEnds(next string) bool {
	if next == "" || !unicode.IsLetter([]rune(next)[0]) {
		return true
	}
	switch next {
	case "to", "of", "that", "for", "on", "over", "about", "with", "by", "and", "or", "but", "as", "after",
		"before", "because", "when", "last", "this", "in", "into", "the", "a", "an", "its":
		return true
	}
	return false
}

// clauseOpeners open a clause whose subject follows: "which Beijing
// considers", "said Washington wants", "as Beijing tries".
var clauseOpeners = map[string]bool{
	"which": true, "that": true, "what": true, "said": true, "says": true, "whether": true, "if": true,
	"as": true, "while": true, "because": true, "ago": true, "when": true, "although": true, "though": true,
	"unless": true, "since": true,
}

// presentVerb reports a present-tense verb at k followed by the start of
// its object ("considers a", "wants to", "pays its"); a plural noun ("Tokyo
// stocks should rise", "Moscow officials have") is followed by a verb.
func presentVerb(sw sentenceWords, k int) bool {
	w := sw.lower(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !isLetters(w) || !unicode.IsLower([]rune(sw.a.Words[k])[0]) {
		return false
	}
	switch sw.lower(k + 1) {
	case "a", "an", "the", "to", "that", "its", "it", "his", "her", "their", "them", "this", "these", "those", "as":
		return true
	}
	return false
}

// adverbVerb reports an adverb in -ly at k and a finite verb after it:
// "Washington strongly supported", "Pretoria really intends".
func adverbVerb(sw sentenceWords, k int) bool {
	w, v := sw.lower(k), sw.lower(k+1)
	if len(w) < 5 || !strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ekly") || w == "daily" || w == "monthly" || !isLetters(w) || len(v) < 4 || !isLetters(v) {
		return false
	}
	return strings.HasSuffix(v, "ed") || governmentVerbs[v] || presentVerb(sw, k+1)
}

// saysCity reports a capital whose words around it say it is the city:
// "in Kabul", "flew for Moscow", "Tehran's new airport".
func saysCity(a *text.Analysis, m *mention.Mention, sw sentenceWords, prev string) bool {
	return locative[prev] || prev == "for" && motionBefore(a, m.T0-1, sw.t0) || possessedCityNoun(a, m.T1, sw.t1) ||
		prev == "of" && townNouns[sw.lower(m.T0-2)]
}

// townNouns before "of" and a capital say it is the city: "the West Bank
// town of Ramallah said", "the city of Moscow".
var townNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "suburb": true}

// governmentCapitals: a text that names a country (named) and uses its capital
// for its government ("Manila will pay") means the government by the
// capital's other mentions too, unless they say where ("in Manila",
// "visited Manila", "Manila-based"): "the pact gave Manila the largest
// rate cut".
func governmentCapitals(a *text.Analysis, ms []mention.Mention, names []string, named map[string]bool) {
	var government map[string]bool
	for i := range ms {
		if m := &ms[i]; m.Kind == mention.Capital && m.Type == graph.Country {
			if government == nil {
				government = map[string]bool{}
			}
			government[m.Canon] = true
		}
	}
	if government == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != mention.Capital || m.Type != graph.Place || !government[m.Canon] || !named[m.Country] {
			// The country must be named too: "Victoria" the Seychelles'
			// capital is more likely a misreading of the Australian
			// state than the Seychelles' government.
			continue
		}
		if m.T0 == 0 {
			continue // the dateline: "MANILA, March 27 -"
		}
		sw := sentenceOf(a, m.T0)
		prev, next := sw.lower(m.T0-1), sw.lower(m.T1)
		if saysCity(a, m, sw, prev) || placeWords[prev] || cityNouns[next] || strings.HasPrefix(next, "-") {
			continue
		}
		m.Type = graph.Country
		names[i] = mentionName(a, m)
	}
}

// coordinatedCapitals: a capital joined by "and", "or" or "nor" to a capital
// that stands for its government stands for its own: "between Canberra
// and Washington", "Tehran and Moscow have grown closer". Both
// neighbours are looked at, so a pass from the end carries a government
// leftwards along a list.
func coordinatedCapitals(a *text.Analysis, ms []mention.Mention, names []string) {
	government := func(o *mention.Mention) bool { return o.Kind == mention.Capital && o.Type == graph.Country }
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.Kind != mention.Capital || m.Type != graph.Place || m.Country == "" || m.T0 == 0 {
			continue
		}
		sw := sentenceOf(a, m.T0)
		prev, next := sw.lower(m.T0-1), sw.lower(m.T1)
		if saysCity(a, m, sw, prev) || placeWords[prev] {
			continue
		}
		if i+1 < len(ms) && ms[i+1].T0 == m.T1+1 && isCoordinator(next) && government(&ms[i+1]) ||
			i > 0 && ms[i-1].T1 == m.T0-1 && isCoordinator(prev) && government(&ms[i-1]) {
			m.Type = graph.Country
			names[i] = mentionName(a, m)
		}
	}
}

// unionCapital: in a text that names the European Union or its
// Commission, "Brussels" standing for a government is the Union's ("a
// complaint against Brussels", "Brussels' own impact studies", "closer
// relations with Brussels"), not Belgium's.
func unionCapital(a *text.Analysis, ms []mention.Mention, names []string) {
	union := false
	for i := range ms {
		if c := ms[i].Canon; c == "European Union" || c == "European Commission" {
			union = true
			break
		}
	}
	if !union {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.Kind == mention.Capital && m.Type == graph.Country && m.Canon == "Brussels" {
			m.Kind, m.Type, m.Canon, m.Country = mention.Name, graph.Organization, "European Union", ""
			names[i] = mentionName(a, m)
		}
	}
}

// placeWords before a capital say it is the city: "from Manila", "the
// Manila office", "the Afghan capital Kabul".
var placeWords = map[string]bool{
	"from": true, "of": true, "the": true, "arrived": true, "arrive": true, "returned": true, "return": true,
	"capital": true, "city": true,
}

// cityNouns after a capital make it the city's: "Bangkok airport", "the
// Manila stock exchange".
var cityNouns = map[string]bool{
	"airport": true, "airports": true, "office": true, "offices": true, "bureau": true, "stock": true,
	"exchange": true, "market": true, "markets": true, "police": true, "hospital": true, "area": true,
	"residents": true, "streets": true, "suburb": true, "suburbs": true, "port": true, "traders": true,
	"dealers": true, "newsroom": true, "correspondent": true,
}

// cityParts are what only a city, not its government, has: "Tehran's
// new airport", "Baghdad's streets", "Kabul's mayor".
var cityParts = map[string]bool{
	"airport": true, "airports": true, "streets": true, "suburb": true, "suburbs": true,
	"outskirts": true, "residents": true, "inhabitants": true, "mayor": true, "hospital": true,
	"hospitals": true, "port": true, "centre": true, "center": true, "districts": true,
}

// possessedCityNoun reports a capital's possessive at k before one of
// cityParts, after a few modifiers or the words of a name: "Tehran's new
// airport", "Baghdad's streets", "Oslo's Gardermoen Airport" are the
// city's.
func possessedCityNoun(a *text.Analysis, k, end int) bool {
	if k >= end || a.Lower[k] != "'s" && a.Lower[k] != "'" {
		return false
	}
	for n := k + 1; n < end && n <= k+5; n++ {
		if cityParts[a.Lower[n]] {
			return true
		}
		if !isLetters(a.Words[n]) {
			return false
		}
	}
	return false
}

// isLetters reports whether w is all letters.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// coordinatedWithState reports whether mention i is joined by "and", "or"
// or "nor" to a country or organisation named just before or after it.
func coordinatedWithState(a *text.Analysis, ms []mention.Mention, i int) bool {
	m := ms[i]
	state := func(o mention.Mention) bool {
		return o.Kind == mention.Name && (o.Type == graph.Country || o.Type == graph.Organization)
	}
	if i+1 < len(ms) && ms[i+1].T0 == m.T1+1 && isCoordinator(a.Lower[m.T1]) && state(ms[i+1]) {
		return true
	}
	return i > 0 && ms[i-1].T1 == m.T0-1 && isCoordinator(a.Lower[m.T0-1]) && state(ms[i-1])
}

func isCoordinator(w string) bool { return w == "and" || w == "or" || w == "nor" }

// motionBefore reports a verb of leaving just before a "for" at i: "left
// Paris today for London".
func motionBefore(a *text.Analysis, i, start int) bool {
	for k := i - 1; k >= start && k >= i-4; k-- {
		switch a.Lower[k] {
		case "left", "leave", "leaves", "leaving", "departed", "bound", "headed", "heads", "flew", "set":
			return true
		}
	}
	return false
}

var locative = map[string]bool{
	"in": true, "at": true, "to": true, "near": true, "outside": true,
	"around": true, "into": true, "across": true, "via": true, "inside": true, "through": true,
	"visited": true, "visit": true, "visiting": true, "reached": true, "left": true,
	"toward": true, "towards": true, "downtown": true, "central": true, "suburban": true,
}

// mentionName is the name a mention gives its entity: the lexicon's
// canonical name, or the surface without honorifics, leading articles and
// possessives.
func mentionName(a *text.Analysis, m *mention.Mention) string {
	switch {
	case m.Kind == mention.Capital && m.Type == graph.Country:
		return m.Country
	case m.Canon != "":
		return stripQualifier(m.Canon)
	}
	words := a.Words[m.T0:m.T1]
	for len(words) > 0 && (isHonorific(strings.TrimSuffix(words[0], ".")) || strings.EqualFold(words[0], "the")) {
		words = words[1:]
	}
	for len(words) > 0 && (words[len(words)-1] == "'s" || words[len(words)-1] == "'") {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	if m.Type == graph.Agreement {
		return agreementName(a, m)
	}
	start := m.T0 + (m.T1 - m.T0 - len(words) - trailing(a, m))
	if m.Type == graph.Person && postNominals[words[len(words)-1]] {
		if len(words) == 1 {
			return "" // "a QC, Christopher Greenwood": a rank, no name
		}
		// "Guy Mansfield QC", "Tom McCabe MSP", "Lord Carlile QC" (the
		// style gone): a rank after the name.
		words = words[:len(words)-1]
	}
	return joinWords(a, start, len(words))
}

// postNominals are ranks and honours written after a person's name, no
// part of it.
var postNominals = map[string]bool{
	"QC": true, "KC": true, "MP": true, "MSP": true, "MEP": true, "OBE": true, "MBE": true,
	"CBE": true, "KBE": true, "DBE": true, "PhD": true,
}

func trailing(a *text.Analysis, m *mention.Mention) int {
	n := 0
	for j := m.T1 - 1; j > m.T0 && (a.Words[j] == "'s" || a.Words[j] == "'"); j-- {
		n++
	}
	return n
}

// joinWords returns n tokens from i as written, single-spaced.
func joinWords(a *text.Analysis, i, n int) string {
	var b strings.Builder
	for k := i; k < i+n; k++ {
		t := a.Tokens[k]
		if k > i && a.Tokens[k-1].End != t.Start {
			b.WriteByte(' ')
		}
		b.WriteString(a.Doc.Text[t.Start:t.End])
	}
	return b.String()
}

// surface is the mention as written, single-spaced, with typographic
// apostrophes kept.
func surface(a *text.Analysis, m *mention.Mention) string {
	if m.Kind == mention.PartyLabel && m.Source == mention.Pattern {
		return m.Canon // "D-Okla." is no name of the party
	}
	if m.T1-m.T0 == 1 && m.Canon != "" {
		if p := mention.CompoundPart(a.Words[m.T0]); p != a.Words[m.T0] {
			return p // "London" of "London-based"
		}
	}
	n := m.T1 - m.T0 - trailing(a, m)
	if m.Type == graph.Person && n >= 2 && postNominals[a.Words[m.T0+n-1]] {
		n-- // "Guy Mansfield QC" is Guy Mansfield
	}
	s := joinWords(a, m.T0, n)
	if k := m.T0 + n; n == m.T1-m.T0 && k < len(a.Words) && a.Words[k] == "." && clippedDotted(a.Words[k-1]) {
		s += "." // "in the U.S." at the end of a sentence, its last period taken for the full stop
	}
	return s
}

// clippedDotted reports a dotted acronym without its last period: "U.S",
// "U.N", "U.K".
func clippedDotted(w string) bool {
	return len(w) >= 3 && w[len(w)-2] == '.' && text.DottedAcronym(w+".")
}

// agreementName is the name of an agreement mention: its words as written
// with the head noun in lower case, "Minsk agreements", "10-point plan".
func agreementName(a *text.Analysis, m *mention.Mention) string {
	s := joinWords(a, m.T0, m.T1-m.T0)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	return s
}

// uniquePersonWith returns the one person entity whose name has w as its
// last (or first) word, or -1 when there is none or several.
func (r *Result) uniquePersonWith(w string) int { return r.uniquePersonBut(w, nil) }

// uniquePersonBut is uniquePersonWith among the persons skip leaves.
func (r *Result) uniquePersonBut(w string, skip func(ei int) bool) int {
	found := -1
	for _, byLast := range []bool{true, false} {
		for ei, e := range r.Entities {
			if e.Type != graph.Person || skip != nil && skip(ei) || byLast && skip == nil && e.spouseSurname {
				continue // a bare surname names no spouse who took it
			}
			first, last, n := firstLastFields(e.Name)
			if n < 2 {
				continue
			}
			part := first
			if byLast {
				part = surnameOf(e.Name, last)
			}
			if part == w || byLast && stripParticle(part) == w {
				if found >= 0 && found != ei {
					// "Bush" with "George W Bush" and "George Bush Sr":
					// the namesake without a suffix is the one the bare
					// surname names.
					switch fs, es := suffixed(r.Entities[found].Name), suffixed(e.Name); {
					case fs == es || !sameFirstName(r.Entities[found].Name, e.Name):
						// "Robert Downey Jr" and "Susan Downey": no
						// namesakes, the surname stays ambiguous.
					case fs && !es:
						found = ei
						continue
					case !fs && es:
						continue
					}
					return -1
				}
				found = ei
			}
		}
		if found >= 0 {
			return found
		}
	}
	return found
}

// sameFirstName reports two names with one first word.
func sameFirstName(a, b string) bool {
	fa, _, _ := strings.Cut(a, " ")
	fb, _, _ := strings.Cut(b, " ")
	return fa == fb
}

// suffixed reports a person's name that ends in a generational suffix
// (surnameOf).
func suffixed(name string) bool {
	_, last, _ := firstLastFields(name)
	return surnameOf(name, last) != last
}

// sameRoyalTitle reports whether a mention of entity ei before mention i
// has the royal title that mention i has just before it.
func (r *Result) sameRoyalTitle(a *text.Analysis, i, ei int) bool {
	t := a.Lower[r.Mentions[i].T0-1]
	for j := 0; j < i; j++ {
		if m := &r.Mentions[j]; r.Of[j] == ei && m.T0 > 0 && a.Lower[m.T0-1] == t {
			return true
		}
	}
	return false
}

// royalBefore reports a monarch's or pope's title just before a mention:
// "King Michael", "ex-King Michael", "Pope John Paul".
func royalBefore(a *text.Analysis, m *mention.Mention) bool {
	if m.T0 == 0 {
		return false
	}
	w := a.Lower[m.T0-1]
	if _, rest, ok := strings.Cut(w, "-"); ok && (strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "then-")) {
		w = rest
	}
	switch w {
	case "king", "queen", "prince", "princess", "pope", "emperor", "empress", "tsar", "czar", "sultan", "emir", "shah":
		return true
	}
	return false
}

// stripQualifier drops the bracketed qualifier that tells apart lexicon
// entries of one name: "Liberal Party (UK)" is named "Liberal Party".
func stripQualifier(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i]
	}
	return name
}

// stripParticle drops a lower-case particle from a surname: "al-Tayer" is
// "Tayer" when used alone.
func stripParticle(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 && i <= 3 && unicode.IsLower([]rune(w)[0]) {
		return w[i+1:]
	}
	return w
}

// orgNamed returns the organisation whose name or a word of whose name is
// exactly w when that is unambiguous ("Fiat" for "Fiat SpA"), or -1. A
// firm named after its founder, by a given name and a surname, goes by
// the surname too ("Andersen" for "Arthur Andersen").
func (r *Result) orgNamed(w string) int {
	found := -1
	for ei, e := range r.Entities {
		if e.Type != graph.Organization {
			continue
		}
		if strings.EqualFold(e.Name, w) || strings.HasPrefix(e.Name, w+" ") || founderNamed(e.Name, w) {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// personEvidence says whether a person mention that joined no full name
// is a person worth an entity: the tagger or a lexicon said so, or one of
// the mentions of the same name comes after a title or honorific, before
// or after a speech verb, or the name's last word is used alone as a
// person elsewhere; a single word may also recur outside sentence starts.
func (r *Result) personEvidence(a *text.Analysis, i int, names []string) bool {
	m := &r.Mentions[i]
	if m.Type != graph.Person || !m.Weak && (m.Source == mention.Tagger || m.Canon != "") {
		return true
	}
	words := strings.Fields(names[i])
	last := words[len(words)-1]
	count, inside := 0, false
	for j := range r.Mentions {
		mj := &r.Mentions[j]
		if mj.Type != graph.Person {
			continue
		}
		if len(words) > 1 && names[j] == last {
			return true // "Zelensky" alone after "Volodymyr Zelensky"
		}
		if names[j] != names[i] {
			continue
		}
		count++
		if isHonorific(strings.TrimSuffix(a.Words[mj.T0], ".")) {
			return true // "Mr Blair"
		}
		s := a.Sentences[a.SentenceOf(mj.T0)]
		if mj.T0 > s.T0 {
			inside = true
			prev := strings.TrimSuffix(a.Words[mj.T0-1], ".")
			if _, ok := lexicon.TitleByPhrase(prev); ok || isHonorific(prev) || speechVerbs[strings.ToLower(prev)] {
				return true
			}
		}
		if mj.T1 < s.T1 && speechVerbs[strings.ToLower(a.Words[mj.T1])] {
			return true
		}
		// "Lavrov's deputy", "Biden's secretary of state".
		if mj.T1+1 < s.T1 && (a.Words[mj.T1] == "'s" || a.Words[mj.T1] == "'") && startsTitle(a.Words[mj.T1+1:s.T1]) {
			return true
		}
	}
	return len(words) == 1 && count >= 2 && inside
}

// plainHonorific returns the gender of "Mr" ('m'), "Mrs", "Ms" or "Miss"
// ('f') right before a mention, or 0.
func plainHonorific(a *text.Analysis, m *mention.Mention) byte {
	if m.T0 == 0 || a.SentenceOf(m.T0-1) != a.SentenceOf(m.T0) {
		return 0
	}
	switch strings.TrimSuffix(a.Words[m.T0-1], ".") {
	case "Mr":
		return 'm'
	case "Mrs", "Ms", "Miss":
		return 'f'
	}
	return 0
}

// spouseWithSurname reports a person whose surname w is a spouse's
// (spouseName): "Mrs Howard" may be she.
func (r *Result) spouseWithSurname(w string) bool {
	for _, e := range r.Entities {
		if e.spouseSurname && strings.HasSuffix(e.Name, " "+w) {
			return true
		}
	}
	return false
}

// spouseName names a spouse the text calls by a given name after "X's
// wife" or "X's husband" with X's surname: "Michael Howard's wife,
// Sandra" is Sandra Howard, whom a later "Mrs Howard" names.
func (r *Result) spouseName(a *text.Analysis, i int, name string) string {
	m := &r.Mentions[i]
	// No role: "who plays Cheadle's wife Tatiana" names a character.
	k := m.T0 - 1
	if k >= 0 && a.Words[k] == "," {
		k--
	}
	if k < 1 || a.SentenceOf(k) != a.SentenceOf(m.T0) || a.Lower[k] != "wife" && a.Lower[k] != "husband" || lexicon.GivenNameGender(name) == 0 {
		return name
	}
	k--
	for n := 0; n < 2 && k > 0 && a.Words[k] == a.Lower[k] && a.Words[k] != "'s"; n++ {
		k-- // "Howard's ex-model wife"
	}
	if k < 1 || a.Words[k] != "'s" && a.Words[k] != "'" || a.SentenceOf(k) != a.SentenceOf(m.T0) {
		return name
	}
	for j := i - 1; j >= 0 && r.Mentions[j].T1 >= k; j-- {
		mj := &r.Mentions[j]
		if mj.T1 != k || r.Of[j] < 0 {
			continue
		}
		if mj.T0 > 0 && roleVerbs[a.Lower[mj.T0-1]] {
			return name
		}
		if e := r.Entities[r.Of[j]]; e.Type == graph.Person {
			if _, last, n := firstLastFields(e.Name); n == 2 {
				return name + " " + familyName(e.Name, last)
			}
		}
	}
	return name
}

// roleVerbs come before a character an actor plays: "plays Cheadle's
// wife, Tatiana".
var roleVerbs = map[string]bool{"plays": true, "played": true, "playing": true, "as": true, "portrays": true, "portrayed": true}

// familyName is the surname of a full name with its particles: "Bin
// Laden" of "Osama Bin Laden", "van Gogh" of "Theo van Gogh".
func familyName(name, last string) string {
	sur := surnameOf(name, last)
	words := strings.Fields(name)
	for k := len(words) - 2; k > 0; k-- {
		if words[k+1] == sur || strings.HasPrefix(sur, words[k+1]+" ") {
			switch strings.ToLower(words[k]) {
			case "bin", "al", "el", "van", "von", "de", "der", "da", "di", "du", "le", "la", "ben", "abu", "ibn":
				sur = words[k] + " " + sur
				continue
			}
		}
		break
	}
	return sur
}

// otherGender reports a person whose gender, known or from the given name,
// is not h ('m' or 'f'; 0 knows none): "Mrs Howard" is not "Michael
// Howard".
func (r *Result) otherGender(ei int, h byte) bool {
	if h == 0 {
		return false
	}
	g := r.Entities[ei].Gender
	if first, _, _ := strings.Cut(r.Entities[ei].Name, " "); g == 0 {
		g = lexicon.GivenNameGender(first)
	}
	return (g == 'm' || g == 'f') && g != h
}

// styledNoble reports whether one of entity ei's mentions before mention
// i follows "Sir", "Dame", "Lord" or "Lady", a style that "Mr" or "Mrs"
// does not replace.
func (r *Result) styledNoble(a *text.Analysis, ei, i int) bool {
	for j := 0; j < i; j++ {
		if m := &r.Mentions[j]; r.Of[j] == ei && m.T0 > 0 {
			switch a.Words[m.T0-1] {
			case "Sir", "Dame", "Lord", "Lady":
				return true
			}
		}
	}
	return false
}

// afterMr reports a mention that is or follows "Mr", "Mrs", "Ms" or "Dr".
func afterMr(a *text.Analysis, m *mention.Mention) bool {
	isMr := func(k int) bool {
		switch strings.TrimSuffix(a.Words[k], ".") {
		case "Mr", "Mrs", "Ms", "Dr", "Messrs":
			return true
		}
		return false
	}
	if isMr(m.T0) {
		return true
	}
	return m.T0 > 0 && a.SentenceOf(m.T0-1) == a.SentenceOf(m.T0) && isMr(m.T0-1)
}

// speechVerbs attribute speech; names next to them are people's.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "argued": true, "insisted": true,
	"denied": true, "warned": true, "stressed": true, "replied": true, "wrote": true, "asked": true,
}

// orgWithInitials returns the organisation whose name's initials spell
// acronym, when exactly one does, or -1.
func (r *Result) orgWithInitials(acronym string) int {
	acronym = strings.ReplaceAll(acronym, "&", "")
	found := -1
	for ei, e := range r.Entities {
		if e.Type == graph.Organization && len(e.Mentions) > 0 && initials(e.Name) == acronym {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// joinShortAliases gives a short name the lexicon files under one body
// to the body of the text it abbreviates, when the text never names the
// lexicon's: "The American Stock Exchange ... The Amex said" is the
// exchange, not American Express. The short name abbreviates both names
// (shortenedFrom): "Am" and "Ex" of either.
func (r *Result) joinShortAliases(a *text.Analysis) {
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || len(e.Mentions) == 0 || !r.fromLexicon(e) {
			continue
		}
		short := ""
		for _, mi := range e.Mentions {
			f := surface(a, &r.Mentions[mi])
			f = strings.TrimPrefix(strings.TrimPrefix(f, "the "), "The ")
			if strings.Contains(f, " ") || f == e.Name || short != "" && f != short {
				short = ""
				break
			}
			short = f
		}
		if len(short) < 3 || isAcronym(short) || !shortenedFrom(short, e.Name) {
			// Acronyms join their names in joinAcronyms; a short name
			// that does not shorten the lexicon's own ("Citibank" of
			// Citigroup) is no abbreviation two bodies could share.
			continue
		}
		target := r.soleOther(ei, graph.Organization, func(f *Entity) bool {
			return strings.Contains(f.Name, " ") && !r.fromLexicon(f) && shortenedFrom(short, f.Name)
		})
		if target >= 0 {
			for _, mi := range e.Mentions {
				// The lexicon's body is not meant: its name goes.
				m := &r.Mentions[mi]
				m.Canon, m.Country, m.Source = "", "", mention.Pattern
			}
			r.mergeInto(target, ei)
		}
	}
}

// shortenedFrom reports whether short is made of the openings, of two
// letters or more, of two or more of name's words, in order, the first
// word's among them but not the whole first word: "Amex" from "American
// Stock Exchange" ("Am" and "Ex"), not "Tory" from "Tods Murray" nor
// "Aramco" from "Aramco Corp".
func shortenedFrom(short, name string) bool {
	sl, words := strings.ToLower(short), strings.Fields(strings.ToLower(name))
	var match func(i, w, parts int) bool
	// match reports whether sl[i:] is made of openings of words[w:].
	match = func(i, w, parts int) bool {
		if i == len(sl) {
			return parts >= 2
		}
		if w == len(words) {
			return false
		}
		for n := 1; n <= len(words[w]) && i+n <= len(sl) && words[w][n-1] == sl[i+n-1]; n++ {
			if n >= 2 && !(w == 0 && n == len(words[0])) && match(i+n, w+1, parts+1) {
				return true
			}
		}
		return w > 0 && match(i, w+1, parts) // a word that gives nothing
	}
	return len(words) >= 2 && match(0, 0, 0)
}

// joinAcronyms makes an all-capitals organisation name an alias of the
// organisation whose initials it spells ("NCI", "National Cancer
// Institute"), and of the name it follows in brackets.
func (r *Result) joinAcronyms(a *text.Analysis) {
	for ei, e := range r.Entities {
		if e.Mentions == nil {
			continue
		}
		if !isAcronym(e.Name) {
			// A syllabic abbreviation is longer than an acronym
			// ("GOSPLAN"), but the text spells it out all the same.
			if e.Type == graph.Organization && longAbbreviation(e.Name) && !r.fromLexicon(e) {
				if target := r.bracketedAfter(a, ei); target >= 0 {
					r.merge(a, target, ei)
					continue
				}
			}
			if e.Type == graph.Organization && !strings.Contains(e.Name, " ") {
				// "Petroleo Brasileiro SA (Petrobras)", "Den Norske
				// Stats Oljeselskap A/S (Statoil)": a short name in
				// brackets after the full one.
				if target := r.bracketedShortName(a, ei); target >= 0 {
					if r.fromLexicon(e) {
						r.mergeInto(ei, target)
					} else {
						r.merge(a, target, ei)
					}
					continue
				}
			}
			if l1, l2, ok := andInitials(e.Name); ok && e.Type == graph.Organization {
				if target := r.andInitialsTarget(ei, l1, l2); target >= 0 {
					r.merge(a, target, ei)
					continue
				}
			}
			r.joinSpelledOut(ei)
			continue
		}
		// A tagger may take an acronym for a place or a person ("ONGC"
		// after "Oil & Natural Gas Corp"): one that an organisation of
		// the text spells is that organisation.
		if e.Type != graph.Organization && (e.Type != graph.Place && e.Type != graph.Person || r.fromLexicon(e)) {
			continue
		}
		// "S&N" is spelled by "Scottish and Newcastle".
		letters := strings.ReplaceAll(e.Name, "&", "")
		target := r.soleOther(ei, graph.Organization, func(f *Entity) bool {
			if rest, ok := strings.CutPrefix(f.Name, e.Name+" "); ok && !strings.Contains(rest, " ") && lexicon.IsOrgWord(rest) {
				return false // "the EC Commission" is a body of the EC, not the EC
			}
			return initials(f.Name) == letters || formWithInitials(f.Forms, letters) || len(letters) >= 4 && spells(letters, f.Name)
		})
		if target < 0 {
			target = r.bracketedAfter(a, ei)
		}
		switch {
		case target < 0:
		case initialsWord(r.Entities[target].Name) && r.fromLexicon(e):
			// "B.P." is the lexicon's BP written with dots: the
			// lexicon's name stays, for the joins that look it up.
			r.mergeInto(ei, target)
		default:
			r.merge(a, target, ei)
		}
	}
}

// joinSpelledOut joins the lexicon's organisation ei, which the text names
// by its acronym ("SAIC"), and the one organisation of the text whose
// words the acronym's letters begin ("Shanghai Automotive Industry
// Corp"). When the lexicon's name is that name spelled otherwise ("Food
// and Agriculture Organization" for "Food & Agriculture Organisation") or
// spells other letters (an older name: SAIC Motor), they are one body and
// the lexicon's name stays. When it spells the same letters with other
// words ("World Trade Organization" for a text's "World Tourism
// Organisation (WTO)") and the text never writes it out, the acronym is
// the text's body's.
func (r *Result) joinSpelledOut(ei int) {
	e := r.Entities[ei]
	if e.Type != graph.Organization || !r.fromLexicon(e) {
		return
	}
	for _, form := range e.Forms {
		if !isAcronym(form) || len(form) < 3 {
			continue
		}
		target := r.soleOther(ei, graph.Organization, func(f *Entity) bool { return !r.fromLexicon(f) && initials(f.Name) == form })
		if target < 0 {
			return // none, or two bodies the letters spell
		}
		if initials(e.Name) != form || sameSpelling(e.Name, r.Entities[target].Name) {
			r.mergeInto(ei, target)
			return
		}
		if slices.Contains(e.Forms, e.Name) {
			return // the text writes the lexicon's body out too: two bodies
		}
		for _, mi := range e.Mentions {
			r.Mentions[mi].Canon, r.Mentions[mi].Country = "", ""
		}
		r.mergeInto(target, ei)
		return
	}
}

// sameSpelling reports two names of one body written differently: "&" for
// "and", British "-isation" for "-ization", case.
func sameSpelling(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.ReplaceAll(s, "&", "and"))
		return strings.ReplaceAll(s, "isation", "ization")
	}
	return norm(a) == norm(b)
}

// bracketedAfter returns the organisation whose name the acronym ei first
// follows in brackets, "Social Democratic Party (SPD)", or -1: the text
// spells out its own acronym, whatever the language of its letters
// ("National Trade Union Alliance (OPZZ)"). Letters of another language
// that share no first letter with the name are trusted only for an
// acronym the lexicon does not know and a name that is not the end of a
// longer capitalised phrase ("the Basic Rate of the Central Bank (BRC)":
// the letters may spell the whole phrase). Wire copy sets the acronym off
// with commas too, "the Social Democratic Party, PSD, said": then its
// letters must be the name's abbreviation. A named agreement spells its
// acronym the same way, "the International Natural Rubber Agreement
// (INRA)", unless the lexicon knows the acronym for a body.
func (r *Result) bracketedAfter(a *text.Analysis, ei int) int {
	e := r.Entities[ei]
	m := r.Mentions[e.Mentions[0]]
	if m.T0 < 2 || m.T1 >= len(a.Words) {
		return -1
	}
	bracketed := a.Words[m.T0-1] == "(" && a.Words[m.T1] == ")"
	commas := a.Words[m.T0-1] == "," && (a.Words[m.T1] == "," || a.Words[m.T1] == ".")
	if !bracketed && !commas {
		return -1
	}
	mi, ej := r.nameBefore(a, m, bracketed)
	if ej < 0 || ej == ei {
		return -1
	}
	f := r.Entities[ej]
	if !(f.Type == graph.Organization || f.Type == graph.Agreement && !r.fromLexicon(e)) || !strings.Contains(f.Name, " ") {
		return -1
	}
	switch {
	case commas:
		if sameLetters(e.Name, f.Name) || abbreviates(e.Name, f.Name) {
			return ej
		}
	case f.Name[0] == e.Name[0] || sameLetters(e.Name, f.Name):
		return ej
	case f.Type == graph.Organization && !r.fromLexicon(e) && !endsOfPhrase(a, r.Mentions[mi].T0):
		return ej
	}
	return -1
}

// nameBefore returns the first mention that ends right before the
// bracket or comma that opens m, and its entity: the name m follows
// ("Social Democratic Party (SPD)"), past the closing angle bracket that
// wire copy sets around a firm's name ("<Petroleum Authority Thailand>
// (PTT)"). It returns -1, -1 when there is none.
func (r *Result) nameBefore(a *text.Analysis, m mention.Mention, bracketed bool) (int, int) {
	nameEnd := m.T0 - 1
	if bracketed && a.Words[m.T0-2] == ">" {
		nameEnd--
	}
	for mi := range r.Mentions {
		if r.Mentions[mi].T1 == nameEnd {
			return mi, r.Of[mi]
		}
	}
	return -1, -1
}

// bracketedShortName returns the organisation whose name of several words
// the one-word organisation name ei first follows in brackets, "Petroleo
// Brasileiro SA (Petrobras)", or -1. A name the lexicon knows before the
// brackets is a body of its own ("the United Nations (Unesco)" would be
// two).
func (r *Result) bracketedShortName(a *text.Analysis, ei int) int {
	e := r.Entities[ei]
	m := r.Mentions[e.Mentions[0]]
	if m.T0 < 2 || m.T1 >= len(a.Words) || a.Words[m.T0-1] != "(" || a.Words[m.T1] != ")" {
		return -1
	}
	_, ej := r.nameBefore(a, m, true) // "<Petroleo Brasileiro SA> (Petrobras)" too
	if ej < 0 || ej == ei {
		return -1
	}
	if f := r.Entities[ej]; f.Type != graph.Organization || !strings.Contains(f.Name, " ") || r.fromLexicon(f) {
		return -1
	}
	return ej
}

// longAbbreviation reports a word of 9 to 16 capital letters.
func longAbbreviation(s string) bool {
	if len(s) < 9 || len(s) > 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// endsOfPhrase reports whether the name starting at token t0 is the
// object of "of" after a capitalised word ("Rate of the Central Bank").
func endsOfPhrase(a *text.Analysis, t0 int) bool {
	k := t0 - 1
	if k >= 0 && strings.EqualFold(a.Words[k], "the") {
		k--
	}
	return k >= 1 && a.Words[k] == "of" && startsCapital(a.Words[k-1])
}

// abbreviates reports whether an acronym's letters are taken, in order,
// from a name, its first letter the name's first, every word of the name
// but particles giving at least one and no letter coming from inside a
// word unless that word gave its first ("ICCO", International Cocoa
// Organization).
func abbreviates(acronym, name string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	acr := []rune(acronym)
	var match func(i, w int) bool
	// match reports whether acr[i:] is drawn from words[w:].
	match = func(i, w int) bool {
		if w == len(words) {
			return i == len(acr)
		}
		word := []rune(words[w])
		if !unicode.IsUpper(word[0]) {
			// A particle ("of", "and") may give its initial or nothing.
			if i < len(acr) && unicode.ToUpper(word[0]) == acr[i] && match(i+1, w+1) {
				return true
			}
			return match(i, w+1)
		}
		if i == len(acr) || word[0] != acr[i] {
			return false
		}
		// The word's initial, then perhaps more of its letters in order.
		j := i + 1
		if match(j, w+1) {
			return true
		}
		for _, c := range word[1:] {
			if j < len(acr) && unicode.ToUpper(c) == acr[j] {
				j++
				if match(j, w+1) {
					return true
				}
			}
		}
		return false
	}
	return len(acr) >= 2 && len(words) >= 2 && match(0, 0)
}

// formWithInitials reports whether one of the surface forms spells the
// acronym ("European Community" for "EC", named European Union).
func formWithInitials(forms []string, acronym string) bool {
	for _, f := range forms {
		if strings.Contains(f, " ") && initials(f) == acronym {
			return true
		}
	}
	return false
}

// joinAgreements merges named agreements that share their proper modifier
// ("the Minsk agreements", "the Minsk accords").
func (r *Result) joinAgreements() {
	first := map[string]int{}
	for ei, e := range r.Entities {
		if e.Type != graph.Agreement || e.Mentions == nil {
			continue
		}
		f := strings.Fields(e.Name)
		if len(f) < 2 || !unicode.IsUpper([]rune(f[0])[0]) {
			continue
		}
		k := strings.Join(f[:len(f)-1], " ")
		if ej, ok := first[k]; ok {
			r.mergeInto(ej, ei)
			continue
		}
		first[k] = ei
	}
	r.joinAgreementAcronyms()
}

// joinAgreementAcronyms merges an agreement named by an acronym and a
// generic noun ("the ABM treaty", "the MFA pact") into the one agreement
// of the text whose words, hyphenated parts apart, the acronym's letters
// begin, with or without its head noun ("Anti-Ballistic Missile Treaty",
// "Multi-Fibre Arrangement").
func (r *Result) joinAgreementAcronyms() {
	for ei, e := range r.Entities {
		if e.Type != graph.Agreement || e.Mentions == nil {
			continue
		}
		acr, rest, ok := strings.Cut(e.Name, " ")
		if !ok || strings.Contains(rest, " ") || !isAcronym(acr) || len(acr) < 3 {
			continue
		}
		target := r.soleOther(ei, graph.Agreement, func(f *Entity) bool {
			in := initials(strings.ReplaceAll(f.Name, "-", " "))
			return len(in) >= 2 && (in == acr || in[:len(in)-1] == acr) && strings.Count(f.Name, " ") >= 1
		})
		if target >= 0 {
			r.mergeInto(target, ei)
		}
	}
}

func (r *Result) merge(_ *text.Analysis, into, from int) { r.mergeInto(into, from) }

// resolveReferences attaches "the alliance", "the company" to the nearest
// organisation of a compatible kind named in this or the two previous
// sentences, when no other organisation of that kind comes between; a
// reference without such an antecedent is left alone.
func (r *Result) resolveReferences(a *text.Analysis) {
	for i := range r.Mentions {
		m := &r.Mentions[i]
		if m.Kind != mention.Reference {
			continue
		}
		noun := strings.ToLower(a.Words[m.T1-1])
		kinds := mention.ReferenceKinds(noun)
		// Sentences that name no organisation (quotes, asides) do not
		// count among the two: up to two more are looked at.
		first := max(0, a.SentenceOf(m.T0)-2)
		for k := first; k > 0 && k > a.SentenceOf(m.T0)-4 && !r.namesOrganisation(a.Sentences[k], i); k-- {
			first = k - 1
		}
		lo := a.Sentences[first].T0
		for j := i - 1; j >= 0 && r.Mentions[j].T0 >= lo; j-- {
			ei := r.Of[j]
			if ei < 0 || r.Entities[ei].Type != graph.Organization {
				continue
			}
			if !mention.IsBusinessReference(noun) && (orgKindIn(r.Entities[ei].Name, kinds) || headNamed(r.Entities[ei].Name, noun, kinds)) {
				r.Of[i] = ei
			}
			break // the nearest organisation decides
		}
		if r.Of[i] < 0 && mention.IsBusinessReference(noun) {
			r.Of[i] = r.businessAntecedent(a, i, noun, lo)
		}
		if ei := r.Of[i]; ei >= 0 {
			e := r.Entities[ei]
			e.Mentions = append(e.Mentions, i)
			if !mention.IsBusinessReference(noun) {
				// "the alliance" names NATO in a text about it; "the
				// company" names no company: no alias of the node.
				e.Forms = appendForm(e.Forms, joinWords(a, m.T0, m.T1-m.T0))
			}
		}
	}
}

// orgKindIn reports whether the lexicon files the organisation named name
// under one of kinds.
func orgKindIn(name string, kinds []string) bool {
	o, ok := lexicon.OrgByName(name)
	if !ok {
		return false
	}
	for _, k := range kinds {
		if o.Kind == k {
			return true
		}
	}
	return false
}

// headNamed reports an organisation's name that has a head-noun
// reference's noun as a word: "Environmental Protection Agency" for "the
// agency".
func headNamed(name, noun string, kinds []string) bool {
	if len(kinds) != 1 || kinds[0] != mention.HeadReference {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if strings.EqualFold(w, noun) {
			return true
		}
	}
	return false
}

// joinSurnameMistypes merges a one-word place or organisation that no
// lexicon knows into the one person whose surname (or full name) it is:
// a tagger that calls "Kilroy-Silk" a place in one sentence is wrong when
// "Robert Kilroy-Silk" is a person of the same text.
func (r *Result) joinSurnameMistypes(a *text.Analysis) {
	for ei, e := range r.Entities {
		if e.Type == graph.Person || e.Mentions == nil || strings.Contains(e.Name, " ") || r.fromLexicon(e) {
			continue
		}
		if pi := r.uniquePersonWith(e.Name); pi >= 0 && pi != ei && !r.companyPossessive(a, e) {
			r.mergeInto(pi, ei)
		}
	}
}

// companyPossessive reports an organisation the text gives a company's
// officers, board or shares by a possessive, and whose name opens a
// longer firm's: "Emery's chairman, John C. Emery" (with "Emery Air
// Freight Corp") names a firm after its founder's family, no mistyped
// person.
func (r *Result) companyPossessive(a *text.Analysis, e *Entity) bool {
	if !r.opensOrgName(e) {
		return false // "Green's shares in the group": a tycoon's, no firm's
	}
	for _, mi := range e.Mentions {
		m := &r.Mentions[mi]
		if m.T1+1 >= len(a.Words) || a.Words[m.T1] != "'s" && a.Words[m.T1] != "'" {
			continue
		}
		switch a.Lower[m.T1+1] {
		case "chairman", "chairwoman", "president", "chief", "board", "directors", "shareholders", "shares",
			"profits", "profit", "stock", "subsidiary", "unit", "executives":
			return true
		}
	}
	return false
}

// opensOrgName reports an organisation whose one-word name opens another
// organisation's name in the text ("Emery" of "Emery Air Freight Corp").
func (r *Result) opensOrgName(e *Entity) bool {
	for _, f := range r.Entities {
		if f != e && f.Type == graph.Organization && f.Mentions != nil && strings.HasPrefix(f.Name, e.Name+" ") {
			return true
		}
	}
	return false
}

// joinOrgShortNames merges a one-word organisation that no lexicon knows
// into the one organisation whose name starts with it ("Federated",
// "Federated Department Stores").
func (r *Result) joinOrgShortNames(a *text.Analysis) {
	leadEnd := 0 // the tokens of the first sentence
	if len(a.Sentences) > 0 {
		leadEnd = a.Sentences[0].T1
	}
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil || strings.Contains(e.Name, " ") || r.fromLexicon(e) {
			continue
		}
		// "the Commission" after "the Brussels Executive Commission": an
		// organisation's head word alone names the one body it ends.
		head := lexicon.IsOrgWord(e.Name)
		target := -1
		for ej, f := range r.Entities {
			if ej == ei || f.Type != graph.Organization || f.Mentions == nil {
				continue
			}
			hb := head && headedBy(f, e.Name)
			if !startsWithName(f.Name, e.Name) && !hb && !shortFormOf(e.Name, f.Name) {
				continue
			}
			if (head || chamberWords[e.Name]) && !hb && subBody(f.Name) {
				// "the Senate Finance Committee" is a body of the Senate,
				// "the House Ways and Means Committee" one of the House.
				continue
			}
			if target >= 0 {
				// "the Bank" after "the Austrian National Bank" and "the
				// National Bank": a shorter name of the same body is
				// no second candidate.
				switch t := r.Entities[target].Name; {
				case strings.HasSuffix(f.Name, " "+t):
					target = ej
					continue
				case strings.HasSuffix(t, " "+f.Name):
					continue
				}
				target = -2
				break
			}
			target = ej
		}
		if target == -1 && head && !mention.IsBusinessReference(strings.ToLower(e.Name)) {
			// "the Bank" is left to a bank that ends in or starts with
			// it: in financial news it is most often a central bank,
			// not the "Royal Bank of X" a commentator works for.
			target = r.innerHeadBody(ei)
		}
		if target == -2 && r.Mentions[e.Mentions[0]].T0 >= leadEnd {
			target = r.leadCompany(e.Name, leadEnd)
		}
		if target >= 0 {
			r.mergeInto(target, ei)
		}
	}
}

// joinPartyLabels merges an organisation no lexicon knows into the one
// lexicon organisation of the text that it names by a label: a party's
// name in the singular or without "Party" ("the Liberal Democrat
// candidate" with the Liberal Democrats, "a Conservative victory" with
// the Conservative Party), a plural name in the singular ("Reuter" and
// Reuters), or by an alias the lexicon gives it ("Lib Dem"). The tagger
// finds such names where no title follows them.
func (r *Result) joinPartyLabels() {
	var labels map[string]int // label -> the entity, -1 when two have it
	for ej, g := range r.Entities {
		if g.Type != graph.Organization || g.Mentions == nil {
			continue
		}
		o := r.lexiconOrg(g)
		if o == nil {
			continue
		}
		if labels == nil {
			labels = map[string]int{}
		}
		for _, l := range append(o.Labels(), o.Aliases...) {
			if prev, had := labels[l]; had && prev != ej {
				labels[l] = -1
			} else {
				labels[l] = ej
			}
		}
	}
	if labels == nil {
		return
	}
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil || r.fromLexicon(e) {
			continue
		}
		// A target holds a lexicon name, so it is never e itself.
		if target, ok := labels[e.Name]; ok && target >= 0 {
			r.mergeInto(target, ei)
		}
	}
}

// soleOther returns the index of the one entity other than ei, of type
// typ and still holding mentions, that ok accepts; -1 when none or
// several do.
func (r *Result) soleOther(ei int, typ graph.Type, ok func(f *Entity) bool) int {
	target := -1
	for ej, f := range r.Entities {
		if ej == ei || f.Type != typ || f.Mentions == nil || !ok(f) {
			continue
		}
		if target >= 0 {
			return -1
		}
		target = ej
	}
	return target
}

// chamberSides files the chambers of parliaments that news calls "the
// Upper House" or "the Lower House" by their side.
var chamberSides = map[string]string{
	"House of Lords": "Upper", "Senate": "Upper", "House of Councillors": "Upper", "Federation Council": "Upper", "Rajya Sabha": "Upper", "Bundesrat": "Upper",
	"House of Commons": "Lower", "House of Representatives": "Lower", "Lok Sabha": "Lower", "Bundestag": "Lower", "State Duma": "Lower", "Chamber of Deputies": "Lower",
}

// joinChamberNames merges "the Upper House" ("Upper Chamber", "Lower
// House") into the one chamber of that side the text names: the House of
// Lords, a Senate ("United States Senate"). With no such chamber, or two,
// the name is left alone.
func (r *Result) joinChamberNames() {
	for ei, e := range r.Entities {
		side, noun, ok := strings.Cut(e.Name, " ")
		if e.Type != graph.Organization || e.Mentions == nil || !ok || side != "Upper" && side != "Lower" || noun != "House" && noun != "Chamber" {
			continue
		}
		target := r.soleOther(ei, graph.Organization, func(f *Entity) bool { return chamberSide(f) == side })
		if target >= 0 {
			r.mergeInto(target, ei)
		}
	}
}

// chamberSide returns "Upper" or "Lower" for a chamber named by any of
// its forms ("US Senate" ends in "Senate"), or "".
func chamberSide(f *Entity) string {
	for _, n := range append([]string{f.Name}, f.Forms...) {
		if side := chamberSides[n]; side != "" {
			return side
		}
		if i := strings.LastIndexByte(n, ' '); i > 0 && n[i+1:] == "Senate" {
			return "Upper"
		}
	}
	return ""
}

// leadCompany returns the one organisation named in the lead (the tokens
// before leadEnd) among several whose names start with the word short,
// or -1: "Decision Industries Corp said ..." in the lead, then "Decision
// Development Corp" and "Decision said": the story's company is the one
// its lead names. Any other kind of candidate leaves it open.
func (r *Result) leadCompany(short string, leadEnd int) int {
	lead := -1
	for ej, f := range r.Entities {
		if f.Type != graph.Organization || f.Mentions == nil || f.Name == short {
			continue
		}
		if !startsWithName(f.Name, short) {
			if hasHead(f.Name, short) || shortFormOf(short, f.Name) {
				return -1
			}
			continue
		}
		if r.Mentions[f.Mentions[0]].T0 < leadEnd {
			if lead >= 0 {
				return -1 // two in the lead
			}
			lead = ej
		}
	}
	return lead
}

// startsWithName reports whether the name full starts with the word
// short, alone or in the possessive of a name of that form ("Foster's
// Group" for "Foster", which the text writes "Foster's").
func startsWithName(full, short string) bool {
	// "Ina" of "Ina-Naftaplin", "Chesebrough" of "Chesebrough-Pond's Inc":
	// the first part of a hyphenated name names the company; "Pierson" of
	// "Pierson, Heldring en Pierson", the first partner a partnership.
	return strings.HasPrefix(full, short+" ") || strings.HasPrefix(full, short+", ") || strings.HasPrefix(full, short+"-") || strings.HasPrefix(full, short+"'s ") || strings.HasPrefix(full, short+"’s ")
}

// headedBy reports whether a name of the organisation f ends in the head
// word ("European Community" for "Community", under the name "European
// Union") or starts with it before "of" ("Bank of England" for "Bank").
func headedBy(f *Entity, head string) bool {
	if hasHead(f.Name, head) {
		return true
	}
	for _, form := range f.Forms {
		if hasHead(form, head) {
			return true
		}
	}
	return false
}

// hasHead reports whether name ends in head or starts with it before
// "of". A head inside a name is weighed apart (innerHeadBody).
func hasHead(name, head string) bool {
	return strings.HasSuffix(name, " "+head) || strings.HasPrefix(name, head+" of ")
}

// subBody reports a name that starts with another body's name and ends in
// an organisation's head word of its own, not a company's legal form:
// "Senate Finance Committee" is a committee of the Senate, "Media General
// Inc" is still the company "Media".
func subBody(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return lexicon.IsOrgWord(last) && !legalSuffixes[strings.ToLower(strings.TrimSuffix(last, "."))]
}

// innerHeadBody returns the one organisation named before the head word
// alone at ei whose name has that head inside it before "of" ("the Court"
// after "the European Court of Justice", "the Chamber" after "the Ruritania
// Chamber of Agriculture"), or -1. It is weighed only when no name ends
// in the head or starts with it, and a second such body, or one named
// only after the head, leaves the head alone.
func (r *Result) innerHeadBody(ei int) int {
	e := r.Entities[ei]
	at := r.Mentions[e.Mentions[0]].T0
	inner := " " + e.Name + " of "
	target := -1
	for ej, f := range r.Entities {
		if ej == ei || f.Type != graph.Organization || f.Mentions == nil {
			continue
		}
		has := strings.Contains(f.Name, inner)
		for _, form := range f.Forms {
			has = has || strings.Contains(form, inner)
		}
		if !has {
			continue
		}
		if target >= 0 || r.Mentions[f.Mentions[0]].T0 > at {
			return -1
		}
		target = ej
	}
	return target
}

// shortFormOf reports a company's name short of its first word, when that
// word is a founder's given name or initials or a generic word of
// companies: "Hardie" for "James Hardie", "Paribas" for "Banque Paribas",
// "Deccan" for "Air Deccan", "Penney" for "J.C. Penney Co Inc". A common
// word of names ("Motors", "Bank") is no short form.
func shortFormOf(short, full string) bool {
	first, rest, ok := strings.Cut(full, " ")
	if !ok || lexicon.IsOrgWord(short) || lexicon.IsCompanyHead(short) || lexicon.IsStopword(short) {
		return false
	}
	if rest != short {
		// "Penney" for "J.C. Penney Co Inc": a founder's initials and
		// the company's legal form.
		return initialsWord(first) && legalCore(strings.Fields(rest)) == short
	}
	return lexicon.IsGivenName(first) || lexicon.IsOrgWord(first) || first == "Air" || initialsWord(first)
}

// fromLexicon reports whether any mention of e was a lexicon name.
func (r *Result) fromLexicon(e *Entity) bool {
	for _, mi := range e.Mentions {
		if r.Mentions[mi].Canon != "" {
			return true
		}
	}
	return false
}

// joinNameSuffixes merges a person named by the last words of one other
// person's name ("Cavaco Silva" and "Anibal Cavaco Silva").
func (r *Result) joinNameSuffixes() {
	// The words of the persons' names, split once.
	fields := make([][]string, len(r.Entities))
	for ei, e := range r.Entities {
		if e.Type == graph.Person {
			fields[ei] = strings.Fields(e.Name)
		}
	}
	for ei, e := range r.Entities {
		f := fields[ei]
		if e.Type != graph.Person || len(f) < 2 || e.Mentions == nil {
			continue
		}
		target := -1
		for ej, g := range r.Entities {
			if ej == ei || g.Type != graph.Person || g.Mentions == nil {
				continue
			}
			if gf := fields[ej]; len(gf) > len(f) && (joinedIs(gf[len(gf)-len(f):], e.Name) || particleOpens(gf[len(gf)-len(f):], f)) {
				if target >= 0 {
					target = -2
					break
				}
				target = ej
			}
		}
		if target >= 0 {
			r.mergeInto(target, ei)
		}
	}
}

// legalSuffixes end a company's full name ("San Miguel Corp").
var legalSuffixes = map[string]bool{
	"corp": true, "corporation": true, "ltd": true, "limited": true, "inc": true, "incorporated": true,
	"plc": true, "co": true, "company": true, "holdings": true, "ag": true, "sa": true, "nv": true,
	"gmbh": true, "llc": true, "bhd": true, "pty": true,
}

// joinLegalNames merges a company's short name into its full legal name
// when only the suffix differs ("San Miguel" and "San Miguel Corp"), and
// so a short name the tagger took for a person.
func (r *Result) joinLegalNames() {
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil {
			continue
		}
		f := strings.Fields(e.Name)
		if len(f) < 2 {
			continue
		}
		if last := strings.ToLower(strings.TrimSuffix(f[len(f)-1], ".")); !legalSuffixes[last] && !foreignLegalSuffixes[last] {
			continue // "Fiat SpA" and "Accor S.A." too
		}
		short := strings.TrimSuffix(strings.Join(f[:len(f)-1], " "), ",")
		partners, first := firmPartners(f)
		core := legalCore(f)
		for ej, g := range r.Entities {
			if ej != ei && g.Mentions != nil && g.Name == short && (g.Type == graph.Organization || g.Type == graph.Person && len(f) > 2) {
				r.mergeInto(ei, ej)
			}
			if ej != ei && g.Mentions != nil && g.Type == graph.Organization && core != "" && r.sameLegalCore(core, f, g) {
				if r.fromLexicon(g) {
					r.mergeInto(ej, ei) // the lexicon's name stays
					break
				}
				r.mergeInto(ei, ej)
			}
			if ej != ei && g.Mentions != nil && g.Type == graph.Organization && partners != "" && (g.Name == partners || g.Name == first) {
				r.mergeInto(ei, ej) // "Kidder Peabody", "Kidder" of "Kidder, Peabody and Co Inc"
			}
		}
	}
}

// joinGroupNames merges a company's bare name and the name of its group
// ("Sedgwick Group Plc" and "Sedgwick", "BP Group" and BP): news names
// the whole business either way. A unit the text names by the same
// first words before the group ("Shell Canada Ltd", then "Royal
// Dutch/Shell Group" and "Shell's refinery") may be what the bare name
// means, and then the names stay apart; so do a company's legal name and
// its group ("Daewoo Corp" and "Daewoo Group"), which the legal names'
// join leaves with no bare name.
func (r *Result) joinGroupNames() {
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil || !strings.Contains(e.Name, " Group") {
			continue
		}
		name := e.Name
		if core := legalCore(strings.Fields(name)); core != "" {
			name = core
		}
		bare, ok := strings.CutSuffix(name, " Group")
		if !ok || bare == "" {
			continue
		}
		first := slices.Min(e.Mentions)
		target := -1
		for ej, g := range r.Entities {
			if ej == ei || g.Type != graph.Organization || g.Mentions == nil {
				continue
			}
			if g.Name == bare {
				target = ej
			} else if startsWithName(g.Name, bare) && slices.Min(g.Mentions) < first {
				target = -2 // a unit named first
				break
			}
		}
		switch {
		case target < 0:
		case r.fromLexicon(r.Entities[target]):
			r.mergeInto(target, ei) // the lexicon's name stays
		default:
			r.mergeInto(ei, target)
		}
	}
}

// legalCore returns a company's name without all its legal suffixes
// and the "&" or "and" before them ("Eli Lilly & Co." is "Eli Lilly",
// "Nissan Motor Co Ltd" is "Nissan Motor"), or "" when nothing is cut or
// one word is left that could name anything. "Holdings" stays: the
// holding owns the company.
func legalCore(f []string) string {
	n := len(f)
	for n > 1 {
		w := strings.ToLower(strings.Trim(f[n-1], ".,"))
		if !(legalSuffixes[w] || foreignLegalSuffixes[w]) || w == "holdings" {
			break
		}
		n--
		if w := f[n-1]; n > 1 && (w == "&" || w == "and") {
			n--
		}
	}
	if n == len(f) || n == 0 {
		return ""
	}
	return strings.TrimSuffix(strings.Join(f[:n], " "), ",")
}

// foreignLegalSuffixes are legal forms the news keeps in companies'
// names besides legalSuffixes: "Fiat SpA", "Volvo AB", "Accor S.A.".
var foreignLegalSuffixes = map[string]bool{"spa": true, "ab": true, "s.a": true, "n.v": true, "cos": true}

// sameLegalCore reports whether company g is the company whose name
// without legal suffixes is core: the same name in another legal form or
// case ("Walt Disney Co." and "Walt Disney Company", "Gencorp" and
// "GenCorp Inc"), or the lexicon's name of core ("Ford" for "Ford Motor"
// of "Ford Motor Co").
func (r *Result) sameLegalCore(core string, ef []string, g *Entity) bool {
	if strings.EqualFold(g.Name, core) {
		return true
	}
	// Both in a legal form: the same form ("Co." and "Company"), not
	// "BASF Corp" and "BASF AG", a subsidiary abroad and its parent.
	if gf := strings.Fields(g.Name); len(gf) > 1 {
		if c := legalCore(gf); c != "" && strings.EqualFold(c, core) && sameLegalForm(gf, ef) {
			return true
		}
	}
	if !strings.Contains(core, " ") || !r.fromLexicon(g) {
		return false
	}
	o, ok := lexicon.OrgByName(core)
	return ok && o.Name == g.Name
}

// sameLegalForm reports whether two company names end in the same legal
// form, spelt out or short: "Co." and "Company", "Corp" and
// "Corporation".
func sameLegalForm(a, b []string) bool {
	return legalForm(a[len(a)-1]) == legalForm(b[len(b)-1])
}

// legalForm returns a legal suffix's long form.
func legalForm(w string) string {
	w = strings.ToLower(strings.Trim(w, ".,"))
	switch w {
	case "co":
		return "company"
	case "corp":
		return "corporation"
	case "inc":
		return "incorporated"
	case "ltd":
		return "limited"
	}
	return w
}

// joinPersonsNamedAsCompanies merges a person the tagger found into the
// one company of the text with the same name but for a legal suffix
// ("Chuan Hup" and "Chuan Hup Holdings Ltd") or the initials of a
// founder ("Kellogg" and "M.W. Kellogg Co"): the text names the company
// short. A name after "Mr" stays a person's.
func (r *Result) joinPersonsNamedAsCompanies(a *text.Analysis) {
	// The companies whose names end in a legal suffix, with the names
	// without it, worked out once for all the people: names do not
	// change as entities merge.
	type suffixed struct {
		ej       int
		short    string
		initials bool   // the name is initials, a word and the suffix
		word     string // that word
	}
	var companies []suffixed
	companiesDone := false
	for ei, e := range r.Entities {
		if e.Type != graph.Person || e.Mentions == nil || r.fromLexicon(e) {
			continue
		}
		if !companiesDone {
			companiesDone = true
			for ej, g := range r.Entities {
				if g.Type != graph.Organization {
					continue
				}
				f := strings.Fields(g.Name)
				n := len(f)
				for n > 1 && legalSuffixes[strings.ToLower(strings.Trim(f[n-1], ".,"))] {
					n--
				}
				if n == len(f) {
					continue
				}
				c := suffixed{ej: ej, short: strings.TrimSuffix(strings.Join(f[:n], " "), ",")}
				if n == 2 && initialsWord(f[0]) {
					c.initials, c.word = true, f[1]
				}
				companies = append(companies, c)
			}
		}
		if len(companies) == 0 {
			return // most texts: no name to join
		}
		target := -1
		for _, c := range companies {
			ej := c.ej
			if g := r.Entities[ej]; ej == ei || g.Mentions == nil {
				continue
			}
			if c.short == e.Name || c.initials && c.word == e.Name {
				if target >= 0 {
					target = -2
					break
				}
				target = ej
			}
		}
		if target < 0 {
			continue
		}
		// A name after "Mr" stays a person's (looked at only now: most
		// people have no company of their name).
		mr := false
		for _, mi := range e.Mentions {
			if m := &r.Mentions[mi]; afterMr(a, m) || m.Source != mention.Tagger {
				mr = true
				break
			}
		}
		if !mr {
			r.mergeInto(target, ei)
		}
	}
}

// initialsWord reports a word of initials, "M.W." or "J.P.".
func initialsWord(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i, c := range w {
		if i%2 == 0 && !(c >= 'A' && c <= 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// firmPartners returns, for the words of a firm's name that lists its
// partners ("Sears, Roebuck and Co", "Prescott, Ball and Turben Inc"),
// the partners' names as news shortens it ("Sears Roebuck", "Prescott Ball
// Turben") and the first partner's ("Sears"); "" for other names.
func firmPartners(f []string) (partners, first string) {
	comma := -1
	for i, w := range f {
		if strings.HasSuffix(w, ",") {
			comma = i
			break
		}
	}
	if comma < 0 {
		return "", ""
	}
	n := len(f)
	for n > 0 && legalSuffixes[strings.ToLower(strings.TrimSuffix(f[n-1], "."))] {
		n--
	}
	if n > 0 && (f[n-1] == "and" || f[n-1] == "&") {
		n--
	}
	var ws []string
	for _, w := range f[:n] {
		if w != "and" && w != "&" {
			ws = append(ws, strings.TrimSuffix(w, ","))
		}
	}
	if len(ws) < 2 {
		return "", ""
	}
	return strings.Join(ws, " "), strings.Join(ws[:comma+1], " ")
}

// fieldCount returns len(strings.Fields(s)).
func fieldCount(s string) int {
	_, n := firstField(s)
	return n
}

// firstField returns the first of the words of s, as strings.Fields
// splits them, and how many there are.
func firstField(s string) (first string, n int) {
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			first = w
		}
		n++
	}
	return first, n
}

// firstLastFields returns the first and last of the words of s, as
// strings.Fields splits them, and how many there are, up to 2.
// surnameOf returns the surname of a person's full name whose last word
// is last: the word before a generational suffix ("Siess" of "Charles
// Siess Jr", "Smith" of "John Smith III"), else last.
func surnameOf(name, last string) string {
	switch last {
	case "Jr", "Jr.", "Jnr", "Sr", "Sr.", "Snr", "II", "III", "IV":
		rest := strings.TrimSpace(strings.TrimSuffix(name, last))
		rest = strings.TrimSuffix(rest, ",")
		k := strings.LastIndexByte(rest, ' ')
		if k <= 0 {
			break
		}
		if s := rest[k+1:]; last[0] != 'I' || lexicon.GivenNameGender(s) == 0 {
			return s
		}
		// "John Paul II": a pope's or a king's names are given names.
	}
	return last
}

func firstLastFields(s string) (first, last string, n int) {
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			first = w
		}
		last = w
		n = min(n+1, 2)
	}
	return first, last, n
}

// joinedIs reports whether strings.Join(words, " ") == s.
func joinedIs(words []string, s string) bool {
	for i, w := range words {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}

// mergeInto moves the mentions of entity from to entity into.
func (r *Result) mergeInto(into, from int) {
	e, f := r.Entities[into], r.Entities[from]
	for _, mi := range f.Mentions {
		r.Of[mi] = into
	}
	e.Mentions = append(e.Mentions, f.Mentions...)
	sort.Ints(e.Mentions)
	for _, form := range f.Forms {
		e.Forms = appendForm(e.Forms, form)
	}
	for _, form := range f.aliasForms {
		e.aliasForms = appendForm(e.aliasForms, form)
	}
	f.Mentions = nil
	f.Forms = nil
}

// dropEmpty drops the entities left without mentions by merges.
func (r *Result) dropEmpty() {
	var kept []*Entity
	remap := make([]int, len(r.Entities))
	for i, e := range r.Entities {
		remap[i] = -1
		if len(e.Mentions) == 0 {
			continue
		}
		remap[i] = len(kept)
		kept = append(kept, e)
	}
	for i, ei := range r.Of {
		if ei >= 0 {
			r.Of[i] = remap[ei]
		}
	}
	r.Entities = kept
}

// finish drops emptied entities, picks canonical names and IDs, and
// indexes mentions by token.
func (r *Result) finish(a *text.Analysis) {
	r.dropEmpty()
	for _, e := range r.Entities {
		// A lexicon's canonical name wins over the form seen first
		// ("Murmansk", not the dateline's "MURMANSK").
		for _, mi := range e.Mentions {
			if c := r.Mentions[mi].Canon; c != "" && r.Mentions[mi].Kind == mention.Name {
				e.Name = stripQualifier(c)
				break
			}
		}
		e.Forms = appendForm(e.Forms, e.Name)
		if e.Type == graph.Person {
			// The longest form is the full name.
			for _, f := range e.Forms {
				if first, n := firstField(f); n > fieldCount(e.Name) && !strings.ContainsAny(f, "'’") && !isHonorific(strings.TrimSuffix(first, ".")) && !slices.Contains(e.aliasForms, f) {
					e.Name = f
				}
			}
			if first := strings.Fields(e.Name)[0]; e.Gender == 0 {
				e.Gender = lexicon.GivenNameGender(first)
			}
		}
		// A qualified lexicon name keeps its qualifier in the IRI, so that
		// two parties of one name stay two nodes.
		idName := e.Name
		for _, mi := range e.Mentions {
			if c := r.Mentions[mi].Canon; c != "" && stripQualifier(c) == e.Name && c != e.Name {
				idName = c
				break
			}
		}
		e.ID = graph.EntityID(e.Type, idName)
	}
	// Two entities whose names became one ("HONG KONG" of a dateline and
	// "Hong Kong") are one node.
	first := make(map[string]int, len(r.Entities))
	merged := false
	for i, e := range r.Entities {
		if j, ok := first[e.ID]; ok {
			r.mergeInto(j, i)
			merged = true
			continue
		}
		first[e.ID] = i
	}
	if merged {
		r.dropEmpty()
	}
	r.ByToken = make([]int, len(a.Tokens))
	for i := range r.ByToken {
		r.ByToken[i] = -1
	}
	for mi, m := range r.Mentions {
		for t := m.T0; t < m.T1; t++ {
			r.ByToken[t] = mi
		}
	}
}

func appendForm(forms []string, f string) []string {
	if f == "" {
		return forms
	}
	for _, x := range forms {
		if x == f {
			return forms
		}
	}
	return append(forms, f)
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i, r := range s {
		if r == '&' && i > 0 && i < len(s)-1 {
			continue // "S&N", "P&O"
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// initials are the capital initials of a name's capitalised words:
// "National Cancer Institute" -> "NCI", "Organization for Security and
// Cooperation in Europe" -> "OSCE".
func initials(name string) string {
	var buf [32]byte
	b := buf[:0]
	for w := range strings.FieldsSeq(name) {
		if initialsWord(w) {
			// "U.S. Department of Agriculture" is the USDA: a word of
			// initials gives them all (initialsWord puts the letters at
			// the even places, the dots at the odd ones).
			for j := 0; j < len(w); j += 2 {
				b = append(b, w[j])
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func isHonorific(w string) bool {
	_, ok := lexicon.Honorific(w)
	return ok
}

var (
	capitalsOnce sync.Once
	capitals     map[string][]string
)

// capitalOf returns the countries, current and former, whose capital is
// named city.
func capitalOf(city string) []string {
	capitalsOnce.Do(func() {
		capitals = map[string][]string{}
		for _, c := range lexicon.Countries() {
			for _, cap := range c.Capitals {
				capitals[cap] = append(capitals[cap], c.Name)
			}
		}
	})
	return capitals[city]
}

// ambiguousAcronym reports whether a mention is a short all-capitals
// alias, not the canonical name itself.
func ambiguousAcronym(a *text.Analysis, m *mention.Mention) bool {
	if m.T1-m.T0 != 1 {
		return false
	}
	w := a.Words[m.T0]
	return w != m.Canon && len(w) <= 5 && isAcronym(strings.ReplaceAll(w, ".", ""))
}

// startsTitle reports whether words begin with an office title.
func startsTitle(words []string) bool {
	for n := min(4, len(words)); n > 0; n-- {
		if _, ok := lexicon.TitleByPhrase(strings.Join(words[:n], " ")); ok {
			return true
		}
	}
	return false
}

func startsCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// governmentVerbs follow a capital that stands for its government.
var governmentVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "must": true, "should": true, "did": true,
	"does": true, "do": true, "says": true, "said": true, "wants": true, "insists": true, "nor": true,
	"and": true, "or": true, "to": true, "in": true, "on": true, "for": true, "with": true, "of": true,
	"also": true, "now": true, "still": true, "has not": true, "cannot": true, "won't": true, "hopes": true,
}

// businessBefore are nouns that describe a business right before its name
// ("airline Varig", "water firm Aguas Argentinas", "rival bidder Deutsche
// Boerse").
var businessBefore = map[string]bool{
	"firm": true, "company": true, "airline": true, "carrier": true, "operator": true, "bank": true,
	"retailer": true, "bidder": true, "insurer": true, "lender": true, "carmaker": true, "conglomerate": true,
	"broadcaster": true, "supermarket": true, "brewer": true, "subsidiary": true, "manufacturer": true,
}

// businessOwned are nouns after "X's" that only a business has ("Suez's
// subsidiary", "Varig's main shareholder").
var businessOwned = map[string]bool{
	"stake": true, "stakes": true, "shares": true, "shareholder": true, "shareholders": true,
	"subsidiary": true, "subsidiaries": true, "profits": true, "revenues": true, "turnover": true,
}

// retypeBusinesses: a name the tagger or a capitalisation rule took for a
// place or a person, and no lexicon knows, is a company when the text treats it as one: a business
// noun right before it ("airline Varig"); for a place, also a business's
// possession after it ("Suez's subsidiary", "Varig's main shareholder"),
// "a stake in X", or an appositive "X, Brazil's flagship airline"; for a
// person, also what describedAsBusiness finds, unless a mention of the
// name reads as a person's (readAsPerson). Every mention with the same
// name follows.
func retypeBusinesses(a *text.Analysis, ms []mention.Mention, names []string) {
	var biz, described, shops map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.Source == mention.Lexicon || m.Canon != "" || m.Kind != mention.Name || names[i] == "" {
			continue
		}
		if m.Type != graph.Place && m.Type != graph.Person {
			continue
		}
		if !businessCue(a, m) && !(m.Type == graph.Person && ownedByBusiness(a, m)) {
			if m.Type == graph.Person && describedAsBusiness(a, ms, i, names[i]) {
				if described == nil {
					described = map[string]bool{}
				}
				described[names[i]] = true
			}
			if m.Type == graph.Person && ellipticalPossessive(a, m) {
				if shops == nil {
					shops = map[string]bool{}
				}
				shops[names[i]] = true
			}
			continue
		}
		if biz == nil {
			biz = map[string]bool{}
		}
		biz[names[i]] = true
	}
	// A name described as a business only by describedAsBusiness stays a
	// person's when any of its mentions reads as a person's.
	for i := range ms {
		if (described[names[i]] || shops[names[i]]) && ms[i].Type == graph.Person && readAsPerson(a, &ms[i]) {
			delete(described, names[i])
			delete(shops, names[i])
		}
		if shops[names[i]] && ownsNoun(a, &ms[i]) {
			delete(shops, names[i])
		}
	}
	for n := range shops {
		first, _ := firstField(n)
		if !lexicon.IsGivenName(first) {
			if described == nil {
				described = map[string]bool{}
			}
			described[n] = true
		}
	}
	for n := range described {
		if biz == nil {
			biz = map[string]bool{}
		}
		biz[n] = true
	}
	if biz == nil {
		return
	}
	for i := range ms {
		// "Mr Warner" is a person, whatever else the text says of the name.
		if m := &ms[i]; biz[names[i]] && m.Type == graph.Person && afterMr(a, m) {
			delete(biz, names[i])
		}
	}
	for i := range ms {
		m := &ms[i]
		if biz[names[i]] && m.Source != mention.Lexicon && m.Canon == "" && (m.Type == graph.Place || m.Type == graph.Person) {
			m.Type = graph.Organization
		}
	}
}

// businessOnly are nouns after "X's" that no person has, only a
// business ("Time Warner's profits", "Halvorsen's chief executive").
var businessOnly = map[string]bool{
	"profit": true, "profits": true, "revenue": true, "revenues": true, "turnover": true, "earnings": true,
	"sales": true, "subsidiary": true, "subsidiaries": true, "shareholders": true, "shareholder": true,
	"executive": true, "workforce": true, "share": true, "shares": true, "stores": true, "factories": true,
}

// heldBefore reports a name at t0 held as a business is: "a stake in X",
// "shares of X", "a takeover of X" (not "the takeover in X", where it
// happened).
func heldBefore(a *text.Analysis, t0 int) bool {
	p, p2 := lowerAt(a, t0-1), lowerAt(a, t0-2)
	return (p == "in" || p == "of") && (p2 == "stake" || p2 == "shares") || p == "of" && p2 == "takeover"
}

// ownedByBusiness reports a name the text treats as a business's, which a
// tagger took for a person's: "X's quarterly profits", "X's chief
// executive", "shares in X", "a takeover of X".
func ownedByBusiness(a *text.Analysis, m *mention.Mention) bool {
	lw := func(i int) string {
		if i < 0 || i >= len(a.Lower) {
			return ""
		}
		return a.Lower[i]
	}
	if heldBefore(a, m.T0) {
		return true
	}
	if m.T1 < len(a.Words) && a.SentenceOf(m.T1) == a.SentenceOf(m.T0) && isCapitalisedWord(a.Words[m.T1]) && legalSuffixes[strings.TrimSuffix(lw(m.T1), ".")] && lw(m.T1) != "co" {
		return true // "Martin Marietta Corp.", the suffix left out of the name
	}
	if w := lw(m.T1); w == "'s" || w == "'" {
		for k := m.T1 + 1; k <= m.T1+3 && k < len(a.Words); k++ {
			w := lw(k)
			if businessOnly[w] && !(w == "executive" && lw(k-1) != "chief") && !((w == "share" || w == "shares") && lw(k+1) == "of") {
				return true
			}
			if businessOffice(w, lw(k-2)) {
				return true
			}
			if a.Words[k] != w || allDigits(w) {
				break // lower-case modifiers only: "fourth quarter profits"
			}
		}
	}
	return false
}

func isCapitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func businessCue(a *text.Analysis, m *mention.Mention) bool {
	lw := func(i int) string {
		if i < 0 || i >= len(a.Lower) {
			return ""
		}
		return a.Lower[i]
	}
	if businessBefore[lw(m.T0-1)] && a.Words[m.T0-1] == lw(m.T0-1) {
		return true
	}
	if m.Type != graph.Place {
		return false
	}
	if heldBefore(a, m.T0) {
		return true // "Turkcell's stake in Irancell"
	}
	if w := lw(m.T1); w == "'s" || w == "'" {
		for k := m.T1 + 1; k <= m.T1+3; k++ {
			if businessOwned[lw(k)] {
				return true
			}
			if w := a.Words[min(k, len(a.Words)-1)]; w == "" || w != lw(k) {
				break // lower-case modifiers only: "main shareholder"
			}
		}
	}
	if lw(m.T1) == "," {
		// "Varig, Brazil's flagship airline".
		for k := m.T1 + 1; k <= m.T1+6 && k < len(a.Lower); k++ {
			w := lw(k)
			if w == "," || w == "." || w == "and" || w == "which" || w == "who" {
				break
			}
			if (w == "'s" || w == "'") && k > m.T1+1 {
				for j := k + 1; j <= k+3 && j < len(a.Lower); j++ {
					if (businessBefore[lw(j)] || companyNouns[lw(j)] && lw(j) != "brand") && lw(j+1) != "of" {
						return lw(j+1) == "," || lw(j+1) == "." || lw(j+1) == "and"
					}
					if a.Words[j] != lw(j) {
						break
					}
				}
				break
			}
		}
	}
	return false
}

// founderNamed reports an organisation's name of two words, a given name
// and w ("Arthur Andersen", "Grant Thornton"): a firm's founder's name,
// which news shortens to the surname.
func founderNamed(name, w string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && rest == w && !strings.Contains(rest, " ") && lexicon.IsGivenName(first)
}

// surnameParticles open a surname in lower case inside a full name and
// capitalised when the surname stands alone: "Willy de Clercq" is "De
// Clercq", "Cor van der Klugt" is "Van der Klugt".
var surnameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "del": true, "della": true,
	"dal": true, "da": true, "di": true, "du": true, "des": true, "la": true, "le": true,
	"ter": true, "ten": true, "dos": true, "das": true,
}

// particleOpens reports a surname of the words tail that opens with a
// lower-case particle, written as short with the particle capitalised
// ("de Clercq" and "De Clercq"). Its caller passes words of one length.
func particleOpens(tail, short []string) bool {
	if !surnameParticles[tail[0]] || short[0] != strings.ToUpper(tail[0][:1])+tail[0][1:] {
		return false
	}
	return slices.Equal(tail[1:], short[1:])
}
