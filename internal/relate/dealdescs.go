package relate

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// describedAgreements: "signed an agreement for joint oil exploration",
// "violations of a bilateral semiconductor pact", "our agreement with
// China", "the £1bn investment deal would be signed": news identifies an
// agreement it does not name by what it is about, and such an agreement
// is an entity of the text even when no pattern finds its parties. A
// singular agreement noun makes one when its article, demonstrative or
// possessive points to one agreement and a modifier or a complement ("on
// semiconductors", "to transport crude oil", "with China") says which;
// not "any deal", "no agreement", "such a pact", plural "deals", a bare
// "a new agreement", nor an agreement sought ("to reach a deal"). A later
// bare "the pact" names it too when the text has no other agreement with
// that head.
func (d *docCtx) describedAgreements() {
	if d.holdsAgreement() {
		// Which of its agreements a description refers to, or whether
		// it is another, a text with one already ("the arms pact" in a
		// story about a treaty, "the rescue deal" in one about a
		// merger) does not tell, unless the description sets itself
		// apart (secondAgreements).
		d.secondAgreements()
		return
	}
	rep := d.repeatedAgreement()
	var made []*resolve.Entity
	d.eachDescription(func(s *sentCtx, i, det, start int) {
		e := s.describedAgreementAt(i, det, start, rep, made)
		if !slices.Contains(made, e) {
			made = append(made, e)
		}
		d.referTo(i, e)
	})
	if len(made) == 0 {
		return
	}
	// A bare definite head names the one agreement with that head.
	heads := map[string][]*resolve.Entity{}
	for _, e := range d.r.Entities {
		if e.Type != graph.Agreement || len(e.Mentions) == 0 && !slices.Contains(made, e) {
			continue
		}
		h := agreementHead(e)
		if !slices.Contains(heads[h], e) {
			heads[h] = append(heads[h], e)
		}
	}
	for _, e := range made {
		h := agreementHead(e)
		if len(heads[h]) != 1 || slices.Contains(e.Forms, h) {
			continue
		}
		for i := 1; i < len(d.a.Words); i++ {
			if d.a.Lower[i] == h && (d.a.Lower[i-1] == "the" || d.a.Lower[i-1] == "this") && d.r.MentionAt(i) < 0 {
				e.Forms = append(e.Forms, h)
				break
			}
		}
	}
}

// eachDescription calls fn for each agreement noun at i that heads a
// description of one agreement (identifiedAgreement) and no mention, with
// its determiner and where its modifiers start.
func (d *docCtx) eachDescription(fn func(s *sentCtx, i, det, start int)) {
	for si := range d.a.Sentences {
		s := &sentCtx{docCtx: d, s: d.a.Sentences[si], si: si}
		for i := s.s.T0 + 1; i < s.s.T1; i++ {
			if !(isDescribedHead(s.lower(i)) || s.peacePlan(i)) || d.r.MentionAt(i) >= 0 {
				continue
			}
			if det, start, ok := s.identifiedAgreement(i); ok {
				fn(s, i, det, start)
			}
		}
	}
}

// isDescribedHead reports the singular heads of concluded agreements that
// a description identifies. (A switch: every word of a text without an
// agreement is asked.)
func isDescribedHead(w string) bool {
	switch w {
	case "agreement", "accord", "pact", "deal", "treaty", "settlement", "protocol":
		return true
	}
	return false
}

// peacePlan reports "plan" after "peace" at i: a peace plan ("the
// roadmap peace plan", "the latest peace plan") is a settlement between
// the sides of a conflict, where other plans are mostly policies.
func (s *sentCtx) peacePlan(i int) bool {
	return s.lower(i) == "plan" && s.lower(i-1) == "peace"
}

// identifiedAgreement reports whether the agreement noun at i heads a
// description of one agreement (see describedAgreements), with where its
// determiner and its modifiers start.
func (s *sentCtx) identifiedAgreement(i int) (det, start int, ok bool) {
	if w := s.lower(i + 1); agreementCompound[w] || w == "-" || w == "'s" || s.agreementNoun(i+1) {
		return 0, 0, false // "the deal talks", "the accord's terms"
	}
	if s.lower(i+1) == "on" {
		k := i + 2
		if s.lower(k) == "the" {
			k++
		}
		if consensusObject[s.lower(k)] {
			return 0, 0, false // "their agreement on the text of a treaty": consent
		}
	}
	start = i
	for n := 0; n < 4 && start-1 > s.s.T0; n++ {
		if s.word(start-1) == ")" {
			// "the £1bn ($1.9bn) investment deal"
			if open := s.openBracket(start - 1); open < start-1 && s.amountEndsAt(open-1) {
				start = open
				continue
			}
		}
		if !agreementModifier(s.word(start - 1)) {
			break
		}
		start--
	}
	if start < i && start-1 > s.s.T0 && currencySign(s.word(start-1)) {
		start--
	}
	specific := false
	for k := start; k < i; k++ {
		w := s.lower(k)
		if w == "(" || w == ")" || currencySign(w) {
			continue
		}
		if hypothetical[w] || judging[w] || w == "repurchase" {
			// A repurchase agreement is a money-market operation.
			return 0, 0, false
		}
		if !evaluative[w] && !unspecific[w] {
			specific = true
		}
	}
	det = start - 1
	if det < s.s.T0 {
		return 0, 0, false
	}
	switch s.lower(det - 1) {
	case "is", "was", "are", "were", "be", "been", "being", "became", "becomes", "remains":
		return 0, 0, false // "a takeover would be the fifth telecoms deal": a class, not one
	}
	switch dw := s.lower(det); dw {
	case "a", "an":
		// "to reach a deal", "seeking an accord": one sought, not made.
		for k := det - 1; k >= s.s.T0 && k >= det-3; k-- {
			if seekingVerb[s.lower(k)] {
				return 0, 0, false
			}
		}
	case "the", "this", "that", "its", "their", "our", "his", "her", "'s":
	default:
		return 0, 0, false
	}
	if !specific && s.fullComplement(i+1) == i+1 && !s.withParty(i+1) && !s.concludedAfter(i+1) {
		return 0, 0, false
	}
	return det, start, true
}

// concludedAfter reports a participle at k (after a comma or a dash) that
// says the agreement before it was made: "the agreement reached by
// ministers in May", "the deal, struck at the summit last week", "an
// accord signed six months ago". A finite verb with an object ("the
// settlement reached a record") is no participle.
func (s *sentCtx) concludedAfter(k int) bool {
	if w := s.word(k); w == "," || w == "--" || w == "-" || w == "—" {
		k++
	}
	if !concludingParticiple[s.lower(k)] {
		return false
	}
	next := s.lower(k + 1)
	if s.article(k+1) == 1 || closedClass[next] && !participleCircumstance[next] || currencySign(next) || allDigits(next) {
		return false // "the deal struck a blow", "the settlement reached $5m"
	}
	return true
}

// concludingParticiple are the past participles that make an agreement.
var concludingParticiple = map[string]bool{
	"reached": true, "struck": true, "signed": true, "agreed": true, "concluded": true,
	"sealed": true, "clinched": true, "negotiated": true, "brokered": true, "initialled": true,
	"initialed": true, "finalised": true, "finalized": true, "hammered": true,
}

// participleCircumstance are the function words that may follow a
// participle of agreeing: by whom, with whom, when and where it was made.
var participleCircumstance = map[string]bool{
	"by": true, "with": true, "between": true, "among": true, "in": true, "at": true, "on": true,
	"last": true, "earlier": true, "recently": true, "yesterday": true, "today": true, "here": true,
	"there": true, "after": true, "during": true, "out": true, "under": true,
}

// withParty reports "with" and a name at k: "our agreement with China".
func (s *sentCtx) withParty(k int) bool {
	p, _ := s.partyWith(k)
	return p != nil
}

// partyWith returns the state or organisation named after "with" at k
// ("our agreement with China", "a deal with the EU") and the token after
// its name, or nil.
func (s *sentCtx) partyWith(k int) (*resolve.Entity, int) {
	if s.lower(k) != "with" {
		return nil, 0
	}
	if s.lower(k+1) == "the" {
		k++
	}
	e, _, b := s.entOf(k+1, graph.Country, graph.Organization)
	return e, b
}

// agreementCompound are nouns an agreement noun modifies.
var agreementCompound = map[string]bool{
	"talks": true, "negotiations": true, "negotiators": true, "terms": true, "obligations": true,
	"partner": true, "partners": true, "signing": true, "text": true, "draft": true, "proposal": true,
	"proposals": true, "violations": true, "provisions": true, "process": true, "deadline": true,
	"framework": true, "issue": true, "zone": true, "area": true, "bloc": true, "structure": true,
	"costs": true, "price": true, "value": true, "maker": true, "makers": true, "flow": true,
	"activity": true, "pipeline": true, "news": true, "speculation": true, "fees": true,
}

// hypothetical are modifiers of an agreement that may never be made.
var hypothetical = map[string]bool{
	"possible": true, "potential": true, "future": true, "eventual": true, "hypothetical": true,
	"such": true, "other": true, "any": true, "similar": true, "proposed": true, "planned": true,
}

// unspecific are modifiers that judge an agreement without saying which
// one it is ("a lasting agreement", "a good deal").
var unspecific = map[string]bool{
	"lasting": true, "long-term": true, "final": true, "permanent": true, "overall": true,
	"definitive": true, "good": true, "better": true, "best": true, "fair": true, "bad": true,
	"real": true, "first": true, "last": true, "whole": true, "full": true, "wider": true, "broader": true,
	"same": true, "actual": true, "binding": true, "legally-binding": true, "workable": true,
	"great": true, "raw": true, "easy": true, "prompt": true, "quick": true, "swift": true,
	"simultaneous": true, "popular": true, "sweet": true, "alleged": true, "reported": true,
	"acceptable": true, "satisfactory": true, "reasonable": true, "decent": true, "generous": true,
	"poor": true, "tough": true, "hard": true, "dispute": true, "mutually": true,
	// A repurchase agreement is a money-market operation, not a pact.
	"repurchase": true,
}

// consensusObject are what parties agree on when "agreement on" is their
// consent to an agreement rather than one.
var consensusObject = map[string]bool{
	"text": true, "terms": true, "details": true, "wording": true, "principle": true,
	"principles": true, "need": true, "importance": true, "draft": true,
}

// judging are modifiers that make "a good deal for local government" an
// opinion and "a prompt agreement on quotas" a wish, not an agreement.
var judging = map[string]bool{
	"good": true, "better": true, "best": true, "bad": true, "worse": true, "fair": true,
	"great": true, "raw": true, "decent": true, "poor": true, "generous": true, "sweet": true,
	"prompt": true, "quick": true, "swift": true, "early": true, "easy": true, "acceptable": true,
	"satisfactory": true, "reasonable": true, "square": true, "fairer": true,
}

// seekingVerb are verbs whose indefinite object is an agreement sought.
var seekingVerb = map[string]bool{
	"reach": true, "reaching": true, "seek": true, "seeks": true, "seeking": true, "sought": true,
	"want": true, "wants": true, "wanted": true, "need": true, "needs": true, "hope": true, "hopes": true,
	"negotiate": true, "negotiating": true, "pursue": true, "pursuing": true, "without": true,
	"strike": true, "striking": true, "secure": true, "securing": true, "find": true, "forge": true,
	"conclude": true, "for": true, "propose": true, "proposed": true, "proposing": true, "push": true,
	"pushing": true, "clinch": true, "get": true, "getting": true, "obtain": true, "agree": true, "work": true, "towards": true, "toward": true,
}

// repeatedAgreement returns the agreement that repeatedDeal made from
// bare definite references ("the deal"), or nil.
func (d *docCtx) repeatedAgreement() *resolve.Entity {
	for name, e := range d.describedByName {
		if genericAgreementHead[name] || name == "settlement" {
			if len(e.Mentions) > 0 {
				return e
			}
		}
	}
	return nil
}

// withoutAmount drops the amount and the evaluation before an agreement's
// head: "£1bn ($1.9bn) investment deal" is the investment deal; a name of
// an amount and its head only stays whole.
func withoutAmount(name string) string {
	f := strings.Fields(name)
	k := 0
	for k < len(f)-1 {
		w := f[k]
		if evaluative[w] || amountUnit[w] || strings.ContainsRune("$£€(0123456789", firstRune(w)) || strings.HasSuffix(w, ")") {
			k++
			continue
		}
		break
	}
	if k == 0 || k == len(f)-1 {
		return name
	}
	return strings.Join(f[k:], " ")
}

// firstRune returns the first character of w ("£" of "£1bn", which is
// two bytes).
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// fullComplement returns the end of what an agreement is about after its
// head at k-1 (complementEnd), with the names in it: "to transport
// Ecuadorean crude oil", "to open formal talks with Ankara"; a bare "to"
// and a verb ("a deal to hand") says too little, and gives k.
func (s *sentCtx) fullComplement(k int) int {
	c := s.complementEnd(k)
	if c == k {
		return k
	}
	for n := 0; n < 6 && c < s.s.T1; n++ {
		if mi := s.r.MentionAt(c); mi >= 0 {
			c = s.r.Mentions[mi].T1
			if _, ok := s.demonymAt[s.r.Mentions[mi].T0]; !ok {
				break // "to join the WTO": the name ends it
			}
			continue
		}
		w := s.word(c)
		if w == "the" || w == "with" || w == "of" || w == "and" {
			if s.r.MentionAt(c+1) >= 0 || w != "the" && s.lower(c+1) == "the" && s.r.MentionAt(c+2) >= 0 {
				c++
				continue
			}
			break
		}
		if !agreementModifier(w) {
			break
		}
		c++
	}
	if s.lower(k) == "to" && c-k < 3 {
		return k
	}
	return c
}

// sameTopic reports whether the modifiers of a description share a word
// (up to a plural's "s") with a name of the agreement e: "a bilateral
// semiconductor pact" is the "accord on semiconductors".
func sameTopic(e *resolve.Entity, mods []string) bool {
	for _, m := range mods {
		m = strings.TrimSuffix(m, "s")
		if len(m) < 4 || evaluative[m] || unspecific[m] {
			continue
		}
		for _, f := range e.Forms {
			for _, w := range strings.Fields(f) {
				if strings.TrimSuffix(w, "s") == m {
					return true
				}
			}
		}
	}
	return false
}

// lowerPhrase returns the words [a, b) in lower case with single spaces.
func (s *sentCtx) lowerPhrase(a, b int) string {
	return strings.Join(strings.Fields(strings.ToLower(s.a.Text(a, b))), " ")
}

// addForm adds the name f to the entity e once.
func addForm(e *resolve.Entity, f string) {
	if !slices.Contains(e.Forms, f) {
		e.Forms = append(e.Forms, f)
	}
}

// describedAgreementAt returns the agreement of the description [start,
// i] (det its determiner) that identifiedAgreement found: the one the
// text's "the deal" refers to (rep), the one of the same topic (made),
// or a new one named by the description and what follows it.
func (s *sentCtx) describedAgreementAt(i, det, start int, rep *resolve.Entity, made []*resolve.Entity) *resolve.Entity {
	var e *resolve.Entity
	if rep != nil && slices.Contains(rep.Forms, s.lower(i)) {
		// "the deal" throughout a story about one transaction:
		// "the investment deal" is that one.
		e = rep
		addForm(e, s.lowerPhrase(start, i+1))
	} else if c := s.fullComplement(i + 1); c > i+1 {
		// "the agreement to transport crude oil" after "an
		// agreement for joint exploration" is another one.
		f := s.lowerPhrase(start, c)
		if e = s.describedByName[f]; e == nil {
			e = s.described(start, start, i+1)
			if slices.Contains(made, e) {
				e = s.describedNamed(f)
			} else {
				addForm(e, f)
			}
			if genericAgreementHead[strings.ToLower(s.word(i))] && strings.HasPrefix(f, e.Name) {
				e.Name = f // "deal to join the World Trade Organisation"
			}
		}
	} else if len(made) == 1 && !s.withParty(i+1) && sameTopic(made[0], s.a.Lower[start:i]) &&
		(s.lower(i) == "plan") == (agreementHead(made[0]) == "plan") {
		// "an accord on semiconductors ... a bilateral
		// semiconductor pact": a text's one agreement again (but a
		// peace plan one side offers is not the peace pact the text
		// tells of others making).
		e = made[0]
		addForm(e, s.lowerPhrase(start, i+1))
	} else {
		e = s.described(det, start, i+1)
		if p, b := s.partyWith(i + 1); p != nil {
			// "our agreement with China"; "a deal with Euronext"
			// and "a deal with Deutsche Boerse" are two.
			f := s.lowerPhrase(start, b)
			if x := s.describedByName[f]; x != nil {
				e = x
			} else if slices.Contains(made, e) {
				e = s.describedNamed(f)
			}
			addForm(e, f)
			if genericAgreementHead[e.Name] {
				e.Name = f
			}
		}
	}
	if short := withoutAmount(e.Name); short != e.Name {
		addForm(e, short) // "the £1bn investment deal" is the investment deal
	}
	return e
}

// referTo makes token i a reference to the agreement e, so that the graph
// has e even when no fact holds it.
func (d *docCtx) referTo(i int, e *resolve.Entity) {
	mi := len(d.r.Mentions)
	d.r.Mentions = append(d.r.Mentions, mention.Mention{T0: i, T1: i + 1, Type: graph.Agreement, Kind: mention.Reference, Source: mention.Pattern})
	d.r.Of = append(d.r.Of, slices.Index(d.r.Entities, e))
	if i < len(d.r.ByToken) {
		d.r.ByToken[i] = mi
	}
	e.Mentions = append(e.Mentions, mi)
}
