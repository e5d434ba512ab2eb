package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// describedSubject returns the person a definite description of an office
// that opens a clause refers to when the text gave no one that office
// before: the subject of the sentence before. News names a person, then
// goes on with their office as the next subject ("Robert Kilroy-Silk has
// attacked the policy. The Veritas leader said ..."; "Mr Kennedy went on
// to suggest ... That suggests the Lib Dem leader believes ..."). The
// description at [from-1, next) is "the" + body + title.
//
// The sentence before must open with the person as its subject, and may
// name no other person but as a possessor ("in Tony Blair's
// government"); a person the text already ties to another body of the
// same kind is not meant ("Mr Blair said ... The Tory leader replied").
func (s *sentCtx) describedSubject(next int, body *resolve.Entity, from int) *resolve.Entity {
	if s.si == 0 || s.lower(from-1) != "the" || !s.describedOpening(from-1) {
		return nil
	}
	// The description is the subject: a verb or an aside follows, not a
	// name or a complement.
	if !finiteVerb(s.lower(next)) && !(s.word(next) == "," && s.lower(next+1) == "who") {
		// "The ICO executive board", "The minister at the Presidency, X,";
		// an aside may come first: "The Tory leader, who argues ..., said".
		return nil
	}
	if e, _, _ := s.ent(next); e != nil {
		return nil
	}
	prev := &sentCtx{docCtx: s.docCtx, s: s.a.Sentences[s.si-1], si: s.si - 1}
	person := prev.openingPerson()
	if person == nil {
		return nil
	}
	for k := s.s.T0; k < s.s.T1; k++ {
		if e, _, _ := s.ent(k); e == person {
			return nil // "the Lib Dem chief executive said ... Mr Kennedy": someone else
		}
	}
	if body != nil && s.tiedElsewhere(person, body) {
		return nil
	}
	return person
}

// tiedElsewhere reports a person whom the facts so far make a leader,
// official or member of another body of body's kind (another country,
// another party, another firm): "the French president" is not the
// President Bush named last, but the president the text tied to France.
func (s *sentCtx) tiedElsewhere(person, body *resolve.Entity) bool {
	for _, f := range s.facts {
		if f.Subject != person || f.Object == nil || f.Object == body || f.Object.Type != body.Type {
			continue
		}
		switch f.Predicate {
		case graph.LeaderOf, graph.OfficialOf, graph.MemberOf:
			if body.Type != graph.Organization || isParty(body) == isParty(f.Object) {
				return true
			}
		}
	}
	return false
}

// describedOffices: "The Veritas leader said", "The Tory leader argued",
// "That suggests the Lib Dem leader believes": a body's office in lower
// case, with no name, as the subject of a clause, refers to the subject of
// the sentence before (describedSubject). The mention stage marks no title
// there (a lower-case title word is an office only next to a name), so
// the phrase is read here: "the", a body (its name, a party label or a
// country's adjective), an office of the lexicon, then the verb.
func (s *sentCtx) describedOffices() {
	if s.si == 0 {
		return
	}
	// The phrase opens the sentence: past a dateline, a quote or an
	// adverbial of a few words at most (opensSentence).
	// Or it follows a quotation of any length that opens the sentence
	// (afterQuote).
	last := s.datelineEnd() + 10
	for i := s.s.T0; i+3 < s.s.T1; i++ {
		if s.lower(i) != "the" {
			continue
		}
		quoted := s.afterQuote(i)
		if !quoted && (i >= last || !s.openingThe(i)) {
			continue
		}
		if party, b := s.statePartyLabel(i + 1); party != "" {
			// "Senator Paul Simon said ... The Illinois Democrat said":
			// American news names a legislator again by state and party.
			// The party is made an entity only once its member is found.
			body := s.entityByName(graph.Organization, party)
			if body == nil {
				body = &resolve.Entity{Type: graph.Organization, Name: party}
			}
			if person := s.describedSubject(b, body, i+1); person != nil {
				body = s.entityNamed(graph.Organization, party, "United States", s.word(b-1))
				s.relate(person, graph.MemberOf, body, s.evidence(i, b, "described-state-party", 0.8))
			}
			continue
		}
		var body *resolve.Entity
		b := 0
		if e, _, eb := s.entOf(i+1, graph.Organization, graph.Country); e != nil {
			body, b = e, eb
		} else if d, ok := s.demonymAt[i+1]; ok {
			dm := s.found.Demonyms[d]
			body, b = s.countryEntity(dm.Country, d), dm.T1
		}
		if body == nil || s.hasTitleAt(b) {
			continue
		}
		for n := 2; n >= 1; n-- {
			phrase := ""
			for k := b; k < b+n; k++ {
				if !isLowerWord(s.word(k)) && !(n == 1 && capitalsWord(s.word(k))) { // or "the Tory MP"
					phrase = ""
					break
				}
				if phrase != "" {
					phrase += " "
				}
				phrase += s.lower(k)
			}
			if phrase == "" {
				continue
			}
			lt, ok := lexicon.TitleByPhrase(phrase)
			if !ok || lt.Role == lexicon.Other || spokesTitle[lt.Title] {
				continue
			}
			next := s.afterSeat(b + n)
			if quoted && !speechVerb(s.lower(next)) && s.lower(next) != "asked" {
				break // `"...," the Tory leader, who ...`: not the speaker's verb
			}
			person := s.describedSubject(next, body, i+1)
			if person == nil {
				break
			}
			chain := []mention.Title{{T0: b, T1: b + n, Title: lt.Title, Role: lt.Role, Deputy: lt.Deputy}}
			if s.legislatorSeat(chain, body, i+1) {
				// "The Glasgow Kelvin MP, who ...": the seat, no membership.
				s.attributeTitles(person, chain, s.evidence(i, b+n, "described-office-subject", 0.7))
				break
			}
			s.applyTitles(person, chain, body, i, b+n, "described-office-subject")
			break
		}
	}
}

// openingConjunctions may stand before the subject that opens a
// sentence: "But the Tory leader argued", "However, the minister said".
var openingConjunctions = map[string]bool{"but": true, "and": true, "yet": true, "however": true, "meanwhile": true}

// describedOpening reports a "the" at i that opens the sentence
// (openingThe) or follows a quotation that does (afterQuote).
func (s *sentCtx) describedOpening(i int) bool {
	return s.openingThe(i) || s.afterQuote(i)
}

// openingThe reports a "the" at i that opens the sentence (opensSentence),
// or follows a conjunction that does ("But the Tory leader argued ...",
// "However, the Tory leader said").
func (s *sentCtx) openingThe(i int) bool {
	if s.opensSentence(i) {
		return true
	}
	k := i - 1
	if s.word(k) == "," {
		k--
	}
	return k >= s.s.T0 && openingConjunctions[s.lower(k)] && s.opensSentence(k)
}

// afterQuote reports a "the" at i that follows the end of a quotation
// that opens the sentence: `"We will win," the Tory leader said`, or in
// British order `"We will win", the Tory leader said`. The
// one who speaks is the subject of the thread, as at the opening.
func (s *sentCtx) afterQuote(i int) bool {
	q := i - 1
	if s.word(q) == "," && isQuoteMark(s.word(q-1)) {
		q-- // `"We will win", the Tory leader said`: the comma after the quote
	} else if !isQuoteMark(s.word(q)) {
		return false
	} else if w := s.word(q - 1); w != "," && w != "?" && w != "!" {
		return false
	}
	if q-1 <= s.s.T0 {
		return false
	}
	k := s.datelineEnd()
	if k > i {
		k = s.s.T0
	}
	return isQuoteMark(s.word(k))
}

// afterSeat returns the token after the seat or portfolio that follows
// an office at k: "the Tory MP for Sleaford and North Hykeham admitted",
// "the Labour spokesman for Wales said" (capitalised words joined by
// "and" or hyphens after "for"); k itself when none follows.
func (s *sentCtx) afterSeat(k int) int {
	if s.lower(k) != "for" || !isCapitalised(s.word(k+1)) {
		return k
	}
	j := k + 1
	for j < s.s.T1 && j-k <= 8 {
		if w := s.word(j); isCapitalised(w) || w == "-" || w == "and" && isCapitalised(s.word(j+1)) {
			j++
			continue
		}
		break
	}
	return j
}

// spokesTitle are offices that speak for someone: a spokesman's words
// follow the person they speak for, who is not the spokesman.
var spokesTitle = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "press secretary": true}

// openingPerson returns the person who is the subject of the sentence:
// named first, after at most a few words of description and no
// punctuation ("Ex-chatshow host Robert Kilroy-Silk has attacked", "Mr
// Kennedy went on"), or named right before a verb of speech that ends a
// quotation or a clause ("The Conservatives would ..., Michael Howard
// pledged"), who comes before a person opening the words reported ("Tony
// Blair has failed, Michael Howard has said"). The sentence may name no
// other person but as a possessor ("in Tony Blair's government"), nor a
// list of people.
func (s *sentCtx) openingPerson() *resolve.Entity {
	var person *resolve.Entity
	opening := false // person opens the sentence (not a speaker after it)
	k0 := s.datelineEnd()
	for k := k0; k < s.s.T1; k++ {
		e, a, b := s.ent(k)
		if e == nil {
			continue
		}
		k = b - 1
		if e.Type != graph.Person {
			continue
		}
		switch s.lower(b) {
		case "'s", "'":
			continue // a possessor
		case "and", "or":
			return nil // a list
		}
		if person != nil && person != e {
			if !opening || !s.speakerAfterClause(a, b) {
				return nil
			}
			// "Tony Blair has failed, Michael Howard has said": the
			// speaker, not the subject of the words reported.
			person, opening = e, false
			continue
		}
		if person == e {
			continue
		}
		subject := a-k0 <= 4
		for j := k0; j < a && subject; j++ {
			if w := s.word(j); !isLetters(strings.ReplaceAll(strings.TrimSuffix(w, "."), "-", "")) {
				subject = false
			} else if o, _, _ := s.ent(j); o != nil && o.Type == graph.Person {
				subject = false
			}
		}
		opening = subject
		if !subject && !s.speakerAfterClause(a, b) {
			return nil
		}
		person = e
	}
	return person
}

// speakerAfterClause reports a person named at [a, b) right before a verb
// of speech that ends a quotation or a clause: "..., Michael Howard
// pledged", "..., Charles Kennedy has said", `...," Senate Democratic
// leader Robert Byrd said` (the titles before the name are his).
func (s *sentCtx) speakerAfterClause(a, b int) bool {
	verb := b
	if w := s.lower(b); (w == "has" || w == "had" || w == "have") && speechVerb(s.lower(b+1)) {
		verb = b + 1
	}
	if !speechVerb(s.lower(verb)) {
		return false
	}
	j := s.titledFrom(a)
	if isQuoteMark(s.word(j - 1)) {
		j--
	}
	return s.word(j-1) == ","
}

// speechVerb reports a verb of speech or of stating a view in the past.
func speechVerb(w string) bool {
	switch w {
	case "pledged", "promised", "announced", "declared", "predicted", "admitted", "added", "urged", "suggested":
		return true
	}
	return speechWord(w)
}

// finiteVerb reports a word that is most likely the finite verb of a
// clause whose subject came before it: an auxiliary, a verb of speech, a
// past form in -ed or a few common verbs.
func finiteVerb(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
		"did", "does", "also", "then", "later", "now", "told", "went", "made", "gave", "took", "met", "spoke", "wrote", "became",
		"came", "sent", "said", "says", "thinks", "believes", "argues", "insists", "wants", "warns", "supports", "admits", "hopes",
		"brands", "accepts", "denies", "rejects", "expects":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || speechVerb(w)
}

// bareDescription: "Mr Blair said states had to work with the US. The
// prime minister also urged Europe ...": an office named with no body and
// no name, as the subject that opens a sentence, is the office of the
// person the sentence before opens with (describedSubject), or else of the
// person the text is about: named in its first two sentences and more
// often than anyone else. The description opens the sentence, or its
// quote. Once the whole text is read, the person must have no office of
// its own and no one else that office, no other person named twice may be
// without an office (either may be the prime minister of "Mr Brown ... Mr
// Blair ... The prime minister"), and the text has no other such
// description. A deputy's office has many holders. Only offices one person holds in a state or a
// firm at a time are read ("prime minister", "home secretary", "chief
// executive"); "the minister", "the spokesman" have many holders.
func (s *sentCtx) bareDescription(chain []mention.Title, next, from int) {
	if len(chain) != 1 || chain[0].Plural || s.lower(from-1) != "the" || !finiteVerb(s.lower(next)) || !singleHolderOffice(chain[0].Title) {
		return
	}
	if k := from - 2; k >= s.s.T0 && s.word(k) != `"` && k >= s.datelineEnd() {
		return // "In recent years the leader of the opposition has": not the subject of the sentence before's thread
	}
	if e, _, _ := s.ent(next); e != nil {
		return
	}
	person := s.describedSubject(next, nil, from)
	local := person != nil
	if person == nil {
		person = s.mainPerson()
	}
	if person == nil {
		return
	}
	for k := s.s.T0; k < s.s.T1; k++ {
		if e, _, _ := s.ent(k); e == person {
			return // "the prime minister said ... Mr Brown": someone else
		}
	}
	title, ev := chain[0].Title, s.evidence(from-1, next, "title-description-bare", 0.6)
	if s.bareOffices == nil {
		s.later = append(s.later, s.bareOfficeHolder)
	}
	s.bareOffices = append(s.bareOffices, bareOffice{person: person, title: title, ev: ev, local: local})
}

// bareOffice is an office bareDescription read and the person it means.
type bareOffice struct {
	person *resolve.Entity
	title  string
	ev     graph.Evidence
	// local: the sentence before opens with the person
	// (describedSubject), not the text's main person.
	local bool
}

// bareOfficeHolder gives the offices of bareDescription to their
// holders once the text is read: each office to the one person the text
// means by it, held by no one else, with the person holding no other
// ("Mr Blair ... The prime minister said ... Mr Brown ... The chancellor
// said": two offices, two holders; only offices that follow a sentence
// opening with their holder, describedSubject, may be several). Every
// other person named twice must have an office, a bare one counts ("Mr
// Brown ... Mr Blair ... The prime minister": either).
func (d *docCtx) bareOfficeHolder() {
	type holder struct {
		o     bareOffice
		local bool
		bad   bool
	}
	// own holds the offices the facts give each person; a person is
	// titled when it has an entry.
	held := map[string]bool{}
	own := map[*resolve.Entity]map[string]bool{}
	for _, f := range d.facts {
		if f.Predicate == graph.Title {
			c := canonicalTitle(f.Value)
			held[c] = true
			if own[f.Subject] == nil {
				own[f.Subject] = map[string]bool{}
			}
			own[f.Subject][c] = true
		}
	}
	var order []string
	byTitle := map[string]*holder{}
	titles := map[*resolve.Entity]string{}
	for _, o := range d.bareOffices {
		want := canonicalTitle(o.title)
		if !o.local && held[want] && !own[o.person][want] {
			continue // "Chancellor X ... The chancellor said": X, not the text's main person
		}
		if t, ok := titles[o.person]; ok && t != want {
			return // one person, two offices: the reading is wrong somewhere
		}
		titles[o.person] = want
		h := byTitle[want]
		if h == nil {
			h = &holder{o: o}
			byTitle[want] = h
			order = append(order, want)
		} else if h.o.person != o.person {
			h.bad = true // "the prime minister" of two people
		}
		h.local = h.local || o.local
	}
	// An office the text gives its person by name as well ("Chancellor
	// X ... The chancellor said") confirms the reading: it makes no
	// second bare office that another could be meant by.
	open := 0
	for _, want := range order {
		if h := byTitle[want]; !own[h.o.person][want] {
			open++
		}
	}
	untitledOthers := func(p *resolve.Entity) bool {
		for _, e := range d.r.Entities {
			if e.Type == graph.Person && e != p && len(e.Mentions) > 1 && own[e] == nil {
				if _, ok := titles[e]; !ok {
					return true
				}
			}
		}
		return false
	}
	for _, want := range order {
		h := byTitle[want]
		if h.bad || own[h.o.person] != nil || held[want] {
			continue // an office of the person's own, or someone else's
		}
		if open > 1 && !h.local || untitledOthers(h.o.person) {
			continue
		}
		d.facts = append(d.facts, Fact{Subject: h.o.person, Predicate: graph.Title, Value: h.o.title, Evidence: h.o.ev})
	}
}

// mainPerson is the person the text is about: named in its first two
// sentences, at least three times in all, and more often than any other
// person.
func (s *sentCtx) mainPerson() *resolve.Entity {
	var best *resolve.Entity
	n, second := 0, 0
	for _, e := range s.r.Entities {
		if e.Type != graph.Person {
			continue
		}
		if m := len(e.Mentions); m > n {
			best, n, second = e, m, n
		} else if m > second {
			second = m
		}
	}
	if best == nil || n < 3 || n == second {
		return nil
	}
	first := s.r.Mentions[best.Mentions[0]].T0
	if len(s.a.Sentences) > 2 && first >= s.a.Sentences[2].T0 {
		return nil
	}
	return best
}

// singleHolderOffice reports an office one person holds in a state or a
// firm at a time: a head's or a portfolio's title of more than one word
// ("prime minister", "foreign secretary", "chief executive"), or the
// "chancellor" and "premier" of one word.
func singleHolderOffice(t string) bool {
	lt, ok := lexicon.TitleByPhrase(t)
	if !ok || lt.Deputy || lt.Role != lexicon.Leader && lt.Role != lexicon.Official {
		return false
	}
	return strings.Contains(lt.Title, " ") || lt.Title == "chancellor" || lt.Title == "premier"
}

// pendingOffice is an office described as a body's with no name and no
// holder before it ("Sri Lanka's president has launched", "between Mr
// Bush and the UK premier"), waiting for the text's one holder of it.
type pendingOffice struct {
	s     *sentCtx
	chain []mention.Title
	body  *resolve.Entity
	ev    graph.Evidence
	named map[*resolve.Entity]bool
}

// pendDescribedOffice keeps a described office (titleDescription) that
// found no holder before it, for describedHolders. Only an office one
// person holds in a body at a time is kept: a head's ("president",
// "chairman", "leader") or a single portfolio ("foreign minister"), not
// "the British minister".
func (s *sentCtx) pendDescribedOffice(chain []mention.Title, body *resolve.Entity, from, next int) {
	t := chain[len(chain)-1]
	if t.Plural || t.Deputy || !(t.Role == lexicon.Leader || singleHolderOffice(t.Title)) || predicative(s.lower(from-1-s.article(from-1))) {
		return
	}
	named := map[*resolve.Entity]bool{}
	for k := s.s.T0; k < s.s.T1; k++ {
		if e, _, _ := s.ent(k); e != nil && e.Type == graph.Person {
			named[e] = true
		}
	}
	s.pendingDescribed = append(s.pendingDescribed, pendingOffice{s: s, chain: chain, body: body, ev: s.evidence(from-1, next, "title-description-holder", 0.6), named: named})
}

// describedHolders gives each office pendDescribedOffice kept to the one
// person the whole text gives that office ("Sri Lanka's president has
// launched ... President Kumaratunga said"; "premier" is "prime
// minister"). A holder the text ties to another body of the kind is
// another's ("Peruvian President X"), as is one who holds an office in
// a body of another kind (a firm's president is no state's); two
// holders, or one named in the description's own sentence, leave the
// office to no one.
func (d *docCtx) describedHolders() {
	for _, p := range d.pendingDescribed {
		want := nationalOffice(canonicalTitle(p.chain[len(p.chain)-1].Title), p.body)
		var holder *resolve.Entity
		seen := map[*resolve.Entity]bool{}
		n := 0
		for _, f := range d.facts {
			if f.Predicate != graph.Title || f.Subject.Type != graph.Person || seen[f.Subject] || nationalOffice(canonicalTitle(f.Value), p.body) != want {
				continue
			}
			seen[f.Subject] = true
			if p.named[f.Subject] {
				n = 2 // "Mena said Chile's president": someone else, or himself
				break
			}
			if p.s.tiedElsewhere(f.Subject, p.body) || d.officeElsewhere(f.Subject, p.body) {
				continue
			}
			holder = f.Subject
			n++
		}
		if n == 1 {
			p.s.describedOffice(holder, p.chain, p.body, p.ev)
		}
	}
}

// officeElsewhere reports a person the facts make a leader or official
// of a body of another kind than body: a firm's officer for a state's
// office, a state's for a firm's. A party is a state leader's own.
func (d *docCtx) officeElsewhere(person, body *resolve.Entity) bool {
	for _, f := range d.facts {
		if f.Subject != person || f.Object == nil || f.Object == body || f.Object.Type == body.Type {
			continue
		}
		if f.Predicate != graph.LeaderOf && f.Predicate != graph.OfficialOf {
			continue
		}
		if body.Type == graph.Country && f.Object.Type == graph.Organization && isParty(f.Object) {
			continue
		}
		return true
	}
	return false
}

// nationalOffice is a state's office t by one name: a country's
// "premier" is its prime minister (a province's premier is not).
func nationalOffice(t string, body *resolve.Entity) string {
	if t == "premier" && body.Type == graph.Country {
		return "prime minister"
	}
	return t
}

// predicative reports a word after which a described office is said of
// the clause's subject, not of a holder named elsewhere: "is to become
// the UK's high commissioner", "will continue as AirCal's president".
func predicative(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "become", "becomes", "became", "as", "remain", "remains", "remained",
		"named", "appointed", "elected", "succeed", "succeeds", "succeeded", "replace", "replaces", "replaced":
		return true
	}
	return false
}

// usPartyLabels are the labels of the two American parties that follow a
// state's name in "the Texas Republican", "the West Virginia Democrat".
var usPartyLabels = map[string]string{"Democrat": "Democratic Party", "Republican": "Republican Party"}

// statePartyLabel reads an American state's name of one to three words
// at k and a party's label right after it ("Illinois Democrat", "West
// Virginia Democrat"): it returns the party's name and the token after
// the label, or "".
func (s *sentCtx) statePartyLabel(k int) (string, int) {
	for j := k + 1; j <= k+3 && j < s.s.T1; j++ {
		party, ok := usPartyLabels[s.word(j)]
		if !ok {
			if !isCapitalised(s.word(j)) {
				return "", 0
			}
			continue
		}
		p, ok := lexicon.PlaceByName(s.a.Text(k, j))
		if !ok || p.Kind != "state" || p.Country != "United States" {
			return "", 0
		}
		return party, j + 1
	}
	return "", 0
}

// titledFrom returns the first token of the titles before a name at a
// and of the capitalised words of the body before them ("Senate
// Democratic Leader Robert Byrd"), or a when no title ends right there.
func (s *sentCtx) titledFrom(a int) int {
	j := a
	for k := a - 1; k >= s.s.T0 && k >= a-4; k-- {
		if ti, ok := s.titleAt[k]; ok && s.found.Titles[ti].T1 == j {
			j = k // "Democratic Leader", or a chain of titles
		}
	}
	if j == a {
		return a
	}
	for j-1 > s.s.T0 && j > a-8 && isCapitalised(s.word(j-1)) { // no quotation mark is capitalised
		j--
	}
	return j
}
