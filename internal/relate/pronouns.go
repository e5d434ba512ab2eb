package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// sentenceSubjectBody returns the organisation or country that opens the
// sentence as its subject, when "its" at j can refer to nothing else:
// "Circle K Corp said its chairman, Karl Eller, ...", "Laura Ashley is
// parting company with its chief executive X". The possessor in "Saxon
// Oil Development Partners' Saxon Oil Co said" is passed over for the
// company it owns. No other organisation or country may stand between
// the subject and the pronoun ("Acme bought Globex and its chairman ..."
// is ambiguous), nor a relative clause or a clause break.
func (s *sentCtx) sentenceSubjectBody(j int) *resolve.Entity {
	var subj *resolve.Entity
	end := 0
	for k := s.datelineEnd(); k < j; k++ {
		e, a, b := s.ent(k)
		if e == nil {
			continue
		}
		if subj == nil {
			if !s.opensSentence(a) || e.Type != graph.Organization && e.Type != graph.Country || companySuffix[e.Name] || s.nameCut(a) {
				return nil
			}
			if w := s.word(b); w == "'s" || w == "'" {
				// A possessor: the body it owns must follow at once.
				if o, _, ob := s.entOf(b+1, graph.Organization); o != nil {
					subj, end = o, ob
					k = ob - 1
					continue
				}
				return nil
			}
			subj, end = e, b
			k = b - 1
			if s.word(b) == "," && s.article(b+1) == 1 {
				// "Woodgrove Bank, a unit of Tailspin Group, said": an
				// appositive aside after the subject.
				for c := b + 2; c < j && c < b+12; c++ {
					if s.word(c) == "," {
						k, end = c, c+1
						break
					}
				}
			}
			continue
		}
		switch e.Type {
		case graph.Organization, graph.Country:
			if e != subj && s.word(a-1) != "<" { // not a ticker: "Acme Inc <ACME.O>"
				return nil
			}
		}
		k = b - 1
	}
	if subj == nil || j-end > 12 {
		return nil
	}
	// Only a verb phrase between: no coordinated subject, no relative
	// clause or clause break.
	if s.lower(end) == "and" || s.lower(end) == "or" {
		return nil
	}
	for k := end; k < j; k++ {
		switch s.lower(k) {
		case "which", "who", "whose", "that", ";", ":", "--", "if", "while", "because", "but", "although":
			return nil
		}
	}
	return subj
}

// companySuffix are the endings of company names that are no name alone
// (a name the text cut short).
var companySuffix = map[string]bool{
	"Inc": true, "Co": true, "Corp": true, "Ltd": true, "Plc": true, "PLC": true, "LP": true, "AG": true, "SA": true, "NV": true,
}

// datelineEnd returns the first token after a wire dateline that opens
// the sentence ("HOUSTON, March 30 - "), or the sentence's first token.
func (s *sentCtx) datelineEnd() int {
	k := s.s.T0
	for j := k; j < s.s.T1 && j < k+8; j++ {
		if w := s.word(j); w == "-" || w == "--" {
			return j + 1
		} else if !isCapitalised(w) && w != "," && !allDigits(w) && w != "." {
			break
		}
	}
	return k
}

// nameCut reports a mention at a that a capitalised word right before
// it, in the sentence or across a sentence break the text did not end,
// shows to be the rest of a longer name ("Digital Communications" before
// "Associates Inc said", split at a line break).
func (s *sentCtx) nameCut(a int) bool {
	if a == 0 {
		return false
	}
	w := s.a.Words[a-1]
	return isCapitalised(w) && w != "The" && w != "A" && w != "An"
}

// openEnded reports a name's last word that cannot end it: "Bank of",
// "Trade and".
func openEnded(w string) bool {
	return w == "of" || w == "and" || w == "for" || w == "&" || w == "the"
}

// nameAcrossTitle: in "Bank of England deputy governor" the title took
// the end of the body's name, and the mention [a, b) ends in "of". The
// name completed by the title's first word, when the lexicon knows it
// ("Bank of England"); else no body ("Trade and Industry Secretary" is an
// office, not a body's).
func (s *sentCtx) nameAcrossTitle(a, b, title int) *resolve.Entity {
	if b != title {
		return nil
	}
	name := s.a.Text(a, b+1)
	if o, ok := lexicon.OrgByName(name); ok && o.Kind != lexicon.KindParty {
		return s.entityNamed(graph.Organization, o.Name, o.Country, name)
	}
	return nil
}

// describesBusiness reports that the words [from, k) are an article and
// lower-case modifiers only, a description that may run on to a
// business noun and its name: "the cocoa trading firm Barretto Peat".
func (s *sentCtx) describesBusiness(from, k int) bool {
	for j := from; j < k; j++ {
		if w := s.word(j); !(s.article(j) == 1 && j == from) && !(isLowerWord(w) && isModifier(w)) {
			return false
		}
	}
	return true
}

// describedBusinessAfter returns the organisation named after a
// description of a business that starts at k ("phone company WorldCom"
// after "US"), and the token after its name.
func (s *sentCtx) describedBusinessAfter(k int) (*resolve.Entity, int) {
	for j := k; j < k+3 && isLowerWord(s.word(j)) && isModifier(s.word(j)); j++ {
		if businessNouns[s.lower(j)] {
			if e, _, b := s.entOf(j+1, graph.Organization); e != nil {
				return e, b
			}
			return nil, k
		}
	}
	return nil, k
}

// itsAntecedent returns the body "its" at j refers to in mid sentence
// when sentenceSubjectBody finds none. A body joined to the pronoun by
// "and" is its own ("Regulators fined Acme and its chairman, John
// Doe"). Else the one organisation the sentence names before the
// pronoun ("Shareholders of Acme Corp were told its chairman, John Doe,
// would stay"), passing over a body the sentence reports to ("told
// Reuters", "in a filing with the Securities and Exchange Commission").
// A second organisation or a country before the pronoun makes it
// ambiguous, and so does a noun of another body between the name and
// the pronoun ("Acme said the committee and its chairman ..."): none is
// taken.
func (s *sentCtx) itsAntecedent(j int) *resolve.Entity {
	if s.lower(j-1) == "and" {
		if e, a, _ := s.entOf(j-2, graph.Organization, graph.Country); e != nil && !companySuffix[e.Name] && !s.nameCut(a) && s.phraseOpens(a) {
			return e
		}
	}
	var body *resolve.Entity
	start, end := 0, 0
	for k := s.datelineEnd(); k < j; k++ {
		e, a, b := s.ent(k)
		if e == nil {
			continue
		}
		if body == nil && e.Type == graph.Person && s.opensSentence(a) {
			return nil // "John Doe of Acme said its ...": the person's words
		}
		k = b - 1
		if e.Type != graph.Organization && e.Type != graph.Country || e == body || s.reportedTo(a) {
			continue
		}
		if body != nil || e.Type != graph.Organization || companySuffix[e.Name] || s.nameCut(a) || s.nameAfterAnd(a) || isParty(e) {
			return nil
		}
		body, start, end = e, a, b
	}
	// The sentence's subject may stand further off than another body.
	if body == nil || j-end > 20 && !(s.opensSentence(start) && j-end <= 40) {
		return nil
	}
	for k := end; k < j; k++ {
		if w := s.word(k); w != "" && w[0] >= 'a' && w[0] <= 'z' && otherBodyNoun[w] {
			return nil
		}
	}
	return body
}

// reportedTo reports a body at a that the sentence is told or filed
// to, not one it is about: "told Reuters", "in a filing with the
// Securities and Exchange Commission", "in a letter to the SEC".
func (s *sentCtx) reportedTo(a int) bool {
	k := a - 1
	if s.lower(k) == "the" {
		k--
	}
	switch s.lower(k) {
	case "told":
		return true
	case "with", "to":
		switch s.lower(k - 1) {
		case "filing", "filed", "statement", "letter", "report":
			return true
		}
	}
	return false
}

// otherBodyNoun are common nouns of bodies that "its" after them may
// refer to instead of a company named before: "the committee", "a unit".
var otherBodyNoun = map[string]bool{
	"committee": true, "board": true, "unit": true, "subsidiary": true, "group": true, "firm": true,
	"bank": true, "fund": true, "agency": true, "commission": true, "panel": true, "council": true,
	"union": true, "venture": true, "partnership": true, "government": true, "party": true,
	"company": true, "concern": true, "affiliate": true, "division": true, "consortium": true,
}

// statusOnly reports that the words [a, b) between a pronoun and a
// title only date or describe the office: "its former", "its outgoing",
// "its 62-year-old". Any other word ("its comments told Judge") leaves
// the title no office of the pronoun's body.
func (s *sentCtx) statusOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.lower(k); !statusAdjective[w] && strings.IndexByte(w, '-') < 0 {
			return false
		}
	}
	return true
}

// nameAfterAnd reports a name at a that "and" or "&" after a capitalised
// word shows to be the end of a longer one ("Kansas Power and Light
// Co").
func (s *sentCtx) nameAfterAnd(a int) bool {
	w := s.word(a - 1)
	return (w == "and" || w == "&") && isCapitalised(s.word(a-2))
}

// phraseOpens reports a noun phrase at a that cannot be the object of a
// verb before it: it opens the sentence or a clause after "that", or
// follows a preposition ("owned by Acme and its chairman"). In "Acme
// bought Globex and its chairman joined ..." the pronoun may be
// either's.
func (s *sentCtx) phraseOpens(a int) bool {
	if s.opensSentence(a) {
		return true
	}
	switch s.lower(a - 1) {
	case "that", "by", "of", "from", "with", "against", "for", "to", "on", ",":
		return true
	}
	return false
}
