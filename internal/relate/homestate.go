package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// A state office stated of a person with no state beside it ("Chancellor
// Gordon Brown", "Mr Clarke, the home secretary,", "Trade Minister Hajime
// Tamura") belongs to the state the text is about when the document
// leaves one choice: news names a foreign office holder's country
// ("Japanese Prime Minister ..."), and leaves its own country's offices
// bare. Once every sentence is read, homeStates gives each such office
// the one state it can be:
//   - an office only one state has ("home secretary", "chancellor of the
//     exchequer") when the text names that state;
//   - a cabinet secretary ("education secretary", "Secretary of State")
//     to Britain or the United States, when the text names one of the two;
//   - a chancellor to Britain, Germany or Austria, the one the text names;
//   - a prime minister, premier or minister to the one state the text
//     names, by name or demonym (a currency such as "U.S. dlrs" names none).
// A president is left alone: news leaves foreign presidents bare too
// ("President Reagan" in a story from Managua), and companies have them.

// homeOffice is a bare state office waiting for the end of the document.
type homeOffice struct {
	s      *sentCtx
	person *resolve.Entity
	office string // the chain's last title: the office itself
	role   lexicon.Role
	from   int
	to     int
}

// ukOnlyOffices are offices of the British state alone.
var ukOnlyOffices = map[string]bool{
	"home secretary": true, "foreign secretary": true, "chancellor of the exchequer": true,
	"lord chancellor": true, "chief secretary to the treasury": true, "northern ireland secretary": true,
	"scottish secretary": true, "welsh secretary": true, "leader of the house of commons": true,
}

// notCabinetSecretary are secretaries who are not a government's
// ministers.
var notCabinetSecretary = map[string]bool{
	"secretary": true, "general secretary": true, "press secretary": true, "private secretary": true,
	"personal secretary": true, "permanent secretary": true, "executive secretary": true,
	"first secretary": true, "company secretary": true, "parliamentary private secretary": true,
	"cabinet secretary": true, "assistant secretary": true, "joint secretary": true, "honorary secretary": true,
	"chief cabinet secretary": true,
}

// portfolioWord returns the first word of a secretary's portfolio:
// "culture" of "culture, media and sport secretary", "treasury" of
// "secretary of the treasury".
func portfolioWord(office string) string {
	if rest, ok := strings.CutPrefix(office, "secretary of "); ok {
		office = strings.TrimPrefix(rest, "the ")
	}
	w, _, _ := strings.Cut(office, " ")
	return strings.TrimSuffix(w, ",")
}

// britishSecretary and americanSecretary are portfolios of one of the two
// states' secretaries: "Defence Secretary" is British, "Defense
// Secretary" and "Treasury Secretary" American.
var britishSecretary = map[string]bool{
	"home": true, "foreign": true, "culture": true, "education": true, "health": true, "defence": true,
	"environment": true, "trade": true, "transport": true, "work": true, "development": true,
	"constitutional": true, "northern": true, "scottish": true, "welsh": true, "business": true,
	"communities": true, "pensions": true, "international": true,
}
var americanSecretary = map[string]bool{
	"treasury": true, "commerce": true, "defense": true, "labor": true, "interior": true,
	"transportation": true, "energy": true, "state": true,
}

// pastOffice are words before an office its holder no longer has.
var pastOffice = map[string]bool{"former": true, "ex": true, "then": true, "late": true, "onetime": true, "one-time": true, "erstwhile": true}

// subnational are words before an office of a region, not a state.
var subnational = map[string]bool{
	"provincial": true, "regional": true, "state": true, "local": true, "city": true, "county": true,
	"devolved": true, "assembly": true, "executive": true, "welsh": true, "scottish": true, "municipal": true,
}

// secretaryStates are the states whose ministers are secretaries.
var secretaryStates = []string{"United Kingdom", "United States", "Philippines"}

// pendHomeState records a state office of person with no body, from the
// title chain at from..to.
func (s *sentCtx) pendHomeState(person *resolve.Entity, chain []mention.Title, from, to int) {
	if person == nil || person.Type != graph.Person {
		return
	}
	for _, t := range chain {
		if t.Role == lexicon.Other || t.Role == lexicon.Member || t.Plural {
			return
		}
		for _, p := range []string{"shadow ", "former ", "ex-", "party ", "opposition ", "then "} {
			if strings.HasPrefix(t.Title, p) {
				return
			}
		}
	}
	// The words as written first: the lexicon files "defence secretary"
	// under "defence minister", but only Britain and the United States
	// call their ministers secretaries.
	if k := chain[0].T0 - 1; k >= s.s.T0 {
		if e, _, _ := s.ent(k); e != nil && e.Type == graph.Place || subnational[s.lower(k)] {
			return // "Quebec Premier X", "provincial finance minister X"
		}
		if e, _, _ := s.ent(k); e == nil && isCapitalised(s.word(k)) && !s.opensSentence(k) {
			return // "Shadow Constitutional Affairs Secretary": more office than the title read
		}
	}
	past := false
	for k := chain[0].T0 - 1; k >= max(s.s.T0, chain[0].T0-3); k-- {
		w := s.lower(k)
		pw := pastOffice[w] || strings.HasPrefix(w, "ex-")
		if w == "shadow" || pw && k < chain[0].T0-1 {
			return // "ex-Conservative chancellor X", "shadow Home Secretary X"
		}
		past = past || pw
	}
	office := chain[len(chain)-1].Title
	if office == "president" || office == "vice president" {
		// "President Lula", "Vice President Dick Cheney": a head of state
		// by the capitalised office right before the name; a company's
		// president is "president Grant Reuber" or "Acme president X".
		// A former one too ("Former President X" in a story about one
		// state), but not a lower-case one: a union's or a firm's past
		// president ("the resignation of former president X").
		last := chain[len(chain)-1]
		if len(chain) > 1 || !isCapitalised(s.word(last.T1-1)) || s.r.MentionAt(last.T1) < 0 || past && office != "president" {
			return
		}
		office = "head of state"
	}
	if past && office != "head of state" && canonicalTitle(office) != "prime minister" {
		// "former Finance Minister X": a past minister is as often
		// another state's; a past head of state or government of the
		// text's one state is its own.
		return
	}
	if homeKind(office) == "" {
		office = canonicalTitle(office)
	}
	if homeKind(office) == "" {
		return
	}
	role := chain[0].Role
	for _, t := range chain {
		if t.Role == lexicon.Leader && !t.Deputy {
			role = t.Role
		}
	}
	if chain[0].Deputy {
		role = lexicon.Official
	}
	if len(s.homeOffices) == 0 {
		s.later = append(s.later, s.homeStates)
	}
	s.homeOffices = append(s.homeOffices, homeOffice{s: s, person: person, office: office, role: role, from: from, to: to})
}

// homeKind classes a state office by the states that have it: "uk" (only
// Britain), "cabinet" (a secretary of Britain or the United States),
// "chancellor", "sole" (any state: the text's one state), or "" for an
// office this pass leaves alone.
func homeKind(office string) string {
	switch {
	case ukOnlyOffices[office]:
		return "uk"
	case office == "chancellor":
		return "chancellor"
	case office == "prime minister" || office == "deputy prime minister" || office == "first deputy prime minister" ||
		office == "premier" || office == "vice premier" || office == "head of state":
		return "sole"
	case strings.HasSuffix(office, " secretary") && !notCabinetSecretary[office] && !strings.Contains(office, "general"),
		strings.HasPrefix(office, "secretary of ") && !strings.HasPrefix(office, "secretary of the party"):
		return "cabinet"
	case office == "minister" || strings.HasSuffix(office, " minister") && office != "first minister" && office != "chief minister",
		strings.HasPrefix(office, "minister of ") || strings.HasPrefix(office, "minister for "):
		return "sole"
	}
	return ""
}

// homeStates gives each bare state office of the document its state, when
// the text leaves one choice, and the person no state already.
func (d *docCtx) homeStates() {
	named, acting := d.statesNamed()
	dom, domDone := "", false
	wire := d.wireState()
	for _, h := range d.homeOffices {
		if d.holdsStateOffice(h.person) {
			continue
		}
		state := ""
		kind := homeKind(h.office)
		switch kind {
		case "uk":
			if named["United Kingdom"] {
				state = "United Kingdom"
			}
		case "cabinet":
			// Britain or the United States by the portfolio's name
			// when the text names one of the states with secretaries;
			// else the text's one state.
			st := d.oneOf(named, secretaryStates...)
			switch w := portfolioWord(h.office); {
			case st == "United Kingdom" && britishSecretary[w], st == "United States" && americanSecretary[w]:
			case st != "" && len(named) == 1 && acting[st] > 0:
			default:
				st = ""
			}
			state = st
		case "chancellor":
			// Britain's chancellor when the text names Britain and
			// neither German state; else the text's one state.
			if d.oneOf(named, "United Kingdom", "Germany", "West Germany", "Austria") == "United Kingdom" {
				state = "United Kingdom"
				break
			}
			fallthrough
		case "sole":
			if len(named) == 1 || len(acting) == 1 && kind == "sole" && h.office != "head of state" && !d.wireNamesHome(named, wire, h.office) && twice(acting) {
				// The text's one state, or the one it names as an
				// actor when it names the others only as places or
				// counterparts: "Prime Minister X" in a story that
				// mentions "the war in Iraq" (a president is left
				// alone: the state a visiting or quoted president
				// acts on is named as an actor too, "retaliating
				// against Japan ... Japan said").
				for c := range acting {
					state = c // at most one: acting's states are named ones
				}
			} else if kind == "sole" && h.office != "head of state" {
				// A minister left bare in a story about one state is
				// its own; a bare president there is as often the
				// visiting or quoted head of another ("President Bush"
				// in a story about Japan), and so is a chancellor
				// ("talks with Chancellor Helmut Kohl" in a story
				// about Yugoslavia).
				// A dateline's state comes first: a story filed from
				// Tokyo about trade with the United States leaves
				// Japan's ministers bare, though it names the other
				// state more often.
				if !domDone {
					dom, domDone = d.dominantState(), true
				}
				if acting[dom] > 0 && (wire == dom || !d.wireNamesHome(named, wire, h.office)) {
					state = dom
				}
			}
		}
		if state == "" && kind != "uk" && h.office != "head of state" {
			// A wire story filed from a capital ("TOKYO, March 27 -",
			// "-- Paris Newsroom") leaves that state's ministers bare.
			// Its president is left alone: the capital's visitors
			// ("President Reagan" in a story from Tokyo) are bare too.
			if d.wireNamesHome(named, wire, h.office) {
				state, kind = wire, "wire"
			}
		}
		if state == "" {
			continue
		}
		role := h.role
		if state == "United Kingdom" && h.office != "prime minister" && h.office != "premier" {
			role = lexicon.Official // Britain's chancellors keep the Treasury and the courts
		}
		p := graph.OfficialOf
		if role == lexicon.Leader {
			p = graph.LeaderOf
		}
		h.s.relate(h.person, p, h.s.countryNamed(state), h.s.evidence(h.from, h.to, "title-home-state-"+kind, 0.7))
	}
}

// twice reports whether the one acting state is named as an actor twice
// at least: once may be a foreign state's own news ("Chile's president
// opened a port") in a story whose offices are another's.
func twice(acting map[string]int) bool {
	for _, n := range acting {
		return n >= 2
	}
	return false
}

// wireState returns the state whose capital a wire story is filed from:
// the dateline that opens it ("TOKYO, March 27 -") or the newsroom that
// signs it at its end ("-- Paris Newsroom +33 1 ...", "-- Washington
// bureau"). It returns "" for a city that is no capital ("NEW YORK").
func (d *docCtx) wireState() string {
	if ms := d.found.Mentions; len(ms) > 0 && ms[0].T0 == 0 && ms[0].Kind == mention.Capital &&
		ms[0].T1 < len(d.a.Words) && d.a.Words[ms[0].T1] == "," {
		return ms[0].Country
	}
	n := len(d.a.Lower)
	for i := n - 1; i > 1 && i >= n-12; i-- {
		if w := d.a.Lower[i]; w != "newsroom" && w != "bureau" {
			continue
		}
		k := i - 1
		for k > 0 && k >= i-3 && isCapitalised(d.a.Words[k]) {
			k--
		}
		if k+1 < i && (d.a.Words[k] == "--" || d.a.Words[k] == "-") {
			if c, ok := lexicon.CountryByCapital(strings.Join(d.a.Words[k+1:i], " ")); ok {
				return c.Name
			}
		}
		break
	}
	return ""
}

// wireNamesHome reports a dateline's state wire that can be the state of
// a bare office: the text names it, by name or demonym, and it is no
// Washington story's prime minister (a visitor's: Washington has none).
func (d *docCtx) wireNamesHome(named map[string]bool, wire, office string) bool {
	return named[wire] && (wire != "United States" || !headOfGovernment(office))
}

// headOfGovernment reports a prime minister's or a premier's office, or
// their deputies'.
func headOfGovernment(office string) bool {
	return strings.Contains(office, "prime minister") || strings.HasSuffix(office, "premier")
}

// oneOf returns the one state of states that the text names, or "".
func (d *docCtx) oneOf(named map[string]bool, states ...string) string {
	one := ""
	for _, c := range states {
		if named[c] {
			if one != "" {
				return ""
			}
			one = c
		}
	}
	return one
}

// holdsStateOffice reports whether the facts so far give person an office
// of a state.
func (d *docCtx) holdsStateOffice(person *resolve.Entity) bool {
	for _, f := range d.facts {
		if f.Subject == person && f.Object != nil && f.Object.Type == graph.Country &&
			(f.Predicate == graph.LeaderOf || f.Predicate == graph.OfficialOf) {
			return true
		}
	}
	return false
}

// statesNamed returns the states the text names, by a name that is not a
// currency's ("U.S. dlrs") or by a demonym ("Japanese"), and those among
// them it names once at least other than after a preposition: a state the
// text only goes to ("the war in Iraq", "talks with Iraq") is not
// necessarily the one whose ministers it names bare.
func (d *docCtx) statesNamed() (named map[string]bool, acting map[string]int) {
	named, acting = map[string]bool{}, map[string]int{}
	act := func(t0, t1 int) bool {
		if t1 < len(d.a.Lower) && conflictNoun[d.a.Lower[t1]] {
			return false // "the Iraq war"
		}
		if t1-t0 == 1 && mention.CompoundPart(d.a.Words[t0]) != d.a.Words[t0] {
			return false // "US-backed rebels"
		}
		k := t0 - 1
		if k > 0 && d.a.Lower[k] == "the" {
			k--
		}
		if k > 0 && (d.a.Lower[k] == "and" || d.a.Lower[k] == "or") {
			// The second of a pair is where the first is: "from
			// South Wales and Ireland", "in Slovakia or the Czech
			// Republic".
			for j := k - 1; j > 0 && isCapitalised(d.a.Words[j]); j-- {
				k = j - 1 // the first's name, however long
			}
			if k > 0 && d.a.Lower[k] == "the" {
				k--
			}
		}
		// k starts at t0-1 and steps back only while positive: it is
		// negative only when t0 == 0.
		return t0 == 0 || !placePreposition[d.a.Lower[k]]
	}
	d.stateMentions(func(state string, t0, t1 int, demonym bool) {
		named[state] = true
		switch {
		case !demonym:
			if act(t0, t1) {
				acting[state]++
			}
		case t1 < len(d.a.Lower) && stateAffairs[d.a.Lower[t1]] && act(t0, t1):
			// A demonym before the state's own affairs ("Brazilian
			// officials", "the Chinese government") acts; before other
			// nouns it may be a nationality only ("American IT giant
			// EDS", "Irish republican X").
			acting[state]++
		}
	})
	return named, acting
}

// stateAffairs are nouns of a state's own business after its demonym.
var stateAffairs = map[string]bool{
	"government": true, "officials": true, "official": true, "authorities": true, "economy": true,
	"cabinet": true, "parliament": true, "delegation": true, "negotiators": true, "sources": true,
	"central": true, "finance": true, "trade": true, "foreign": true, "exports": true, "imports": true,
	"debt": true, "budget": true, "ministry": true, "ministers": true, "state": true, "treasury": true,
	"industry": true, "banks": true, "monetary": true, "fiscal": true, "interest": true, "economic": true,
}

// conflictNoun after a state's name make it a war's or a crisis's name.
var conflictNoun = map[string]bool{
	"war": true, "wars": true, "conflict": true, "crisis": true, "invasion": true, "campaign": true,
	"inquiry": true, "dossier": true, "debate": true, "question": true, "issue": true, "policy": true,
}

// placePreposition put a state as a place or a counterpart, not an actor.
var placePreposition = map[string]bool{
	"in": true, "to": true, "into": true, "from": true, "on": true, "over": true, "against": true, "with": true,
	"about": true, "for": true, "at": true, "across": true, "inside": true, "outside": true, "within": true,
	"toward": true, "towards": true, "between": true, "among": true, "than": true, "including": true, "like": true,
	"of": true, "by": true, "through": true, "throughout": true, "visit": true, "visiting": true, "invade": true,
	"invaded": true, "invasion": true,
}

// currencyName are the names of money after a country or its demonym
// ("Japanese yen", "West German marks").
var currencyName = map[string]bool{
	"yen": true, "mark": true, "marks": true, "franc": true, "francs": true, "pound": true, "pounds": true,
	"sterling": true, "lira": true, "lire": true, "peso": true, "pesos": true, "guilder": true, "guilders": true,
	"crown": true, "crowns": true, "rupee": true, "rupees": true, "currency": true,
}

// dominantState returns the state a document is about when it names
// others in passing: named in its first two sentences, at least three
// times, and three times as often as any other state. It returns "" when
// no state stands out.
func (d *docCtx) dominantState() string {
	count := map[string]int{}
	lead := d.a.Sentences[min(1, len(d.a.Sentences)-1)].T1
	early := map[string]bool{}
	d.stateMentions(func(state string, t0, _ int, _ bool) {
		count[state]++
		if t0 < lead {
			early[state] = true
		}
	})
	best, second := "", 0
	for c, n := range count {
		switch {
		case best == "" || n > count[best] || n == count[best] && c < best:
			if best != "" {
				second = max(second, count[best])
			}
			best = c
		default:
			second = max(second, n)
		}
	}
	if best == "" || count[best] < 3 || count[best] < 3*second || !early[best] {
		return ""
	}
	return best
}

// stateMentions calls fn for each mention of a state: by a name that is
// not a currency's ("U.S. dlrs"), or by a demonym that is no one's name
// ("Mike German") nor a currency's ("Australian dollar").
func (d *docCtx) stateMentions(fn func(state string, t0, t1 int, demonym bool)) {
	for _, e := range d.r.Entities {
		if e.Type != graph.Country {
			continue
		}
		for _, mi := range e.Mentions {
			m := d.r.Mentions[mi]
			if m.T1 < len(d.a.Lower) && (currencyWord[d.a.Lower[m.T1]] || currencyName[d.a.Lower[m.T1]]) {
				continue
			}
			fn(e.Name, m.T0, m.T1, false)
		}
	}
	for _, dm := range d.found.Demonyms {
		if dm.T1 < len(d.a.Lower) && currencyName[d.a.Lower[dm.T1]] {
			continue
		}
		if mi := d.r.MentionAt(dm.T0); mi >= 0 && d.r.Mentions[mi].Type != graph.Country {
			continue
		}
		fn(dm.Country, dm.T0, dm.T1, true)
	}
}
