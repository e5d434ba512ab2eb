package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/text"
	"github.com/newsgraph/newsgraph/internal/token"
)

// fusedBeforeLexOrg finds a tagged organisation [i, j) that is a known
// organisation's whole name with a word fused on before it, and returns
// where the known name starts (i when nothing is fused on) and whether
// the words before it are common words, no name of their own:
//
//   - a function word, a number or a plural noun of people capitalised
//     because it opens the sentence ("All GM vehicles", "Five Bank of
//     America subsidiaries", "Advisers Goldman Sachs said");
//   - the surname of a person the story names, before a party or a body of
//     state ("the Gingrich Congress", "the Dole White House"): the
//     politician's party or government, not a name;
//   - a name in the possessive ("Pearson's Financial Times", "the Tories'
//     Commons majority"): the owner and the owned.
//
// A known name with a word of its own before it is left whole: "Royal
// Bank of Canada", "Social Democratic Party", "Stevenage Labour Party".
func (sc *scan) fusedBeforeLexOrg(i, j int) (int, bool) {
	for k := i + 1; k <= i+3 && k < j; k++ {
		e, n := sc.lex.phrase(sc.a.Words[k:j])
		if n != j-k || e.kind != lexName || e.typ != graph.Organization {
			continue
		}
		if _, m := sc.lex.phrase(sc.a.Words[i:j]); m == j-i {
			return i, false // the whole span is a known name
		}
		switch k - i {
		case 1:
			if sc.openingCommonWord(i) {
				return k, true
			}
			if sc.statePolitician(i, e.canon) {
				return k, false
			}
		case 2:
			if sc.possessorName(i) {
				return k, false
			}
		case 3:
			if sc.word(i+1) == "/" && sc.statePolitician(i, e.canon) && sc.statePolitician(i+2, e.canon) {
				return k, false // "the Gingrich/Dole Congress"
			}
		}
		return i, false
	}
	return i, false
}

// fusedOpeners are function words and numbers that, capitalised at the
// start of a sentence, may stand right before a name.
var fusedOpeners = map[string]bool{
	"a": true, "an": true, "all": true, "both": true, "each": true, "every": true,
	"some": true, "any": true, "many": true, "most": true, "few": true, "several": true,
	"no": true, "enough": true, "such": true, "other": true, "another": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"eleven": true, "twelve": true, "twenty": true, "dozens": true, "hundreds": true,
	"thousands": true, "if": true, "when": true, "but": true, "and": true, "while": true,
}

// openingCommonWord reports a word at i that opens the sentence (or a
// quote) and is a function word, a number or a plural noun of people
// ("Analysts", "Advisers", "Brokers").
func (sc *scan) openingCommonWord(i int) bool {
	if i != sc.s.T0 && !opensClause(sc.word(i-1)) {
		return false
	}
	w := sc.word(i)
	if !isCapitalised(w) || isAllCaps(w) {
		return false
	}
	lw := sc.a.Lower[i]
	if fusedOpeners[lw] {
		return true
	}
	if sc.lex.isGivenName(w) {
		return false
	}
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// statePolitician reports a word at i that is the surname of a person the
// document names in full ("Newt Gingrich"), before the name of a party or
// a body of state canon: "the Blair Labour", "the Gingrich Congress".
func (sc *scan) statePolitician(i int, canon string) bool {
	o, ok := lexicon.OrgByName(canon)
	if !ok || o.Kind != lexicon.KindParty && o.Kind != lexicon.KindGovernment {
		return false
	}
	w := sc.word(i)
	if !isCapitalised(w) || isAllCaps(w) || sc.lex.isGivenName(w) || sc.lex.isStopword(w) {
		return false
	}
	if _, n := sc.lex.phrase(sc.a.Words[i : i+1]); n > 0 {
		return false // a place or a body: "London Labour", "Senate Democrats"
	}
	return sc.surnames.has(sc.a, sc.lex, w)
}

// possessorName reports a capitalised name at i followed by "'s" or "'":
// "Pearson's", "the Tories'"; a plural of people in the possessive starts
// many names ("Workers' Party", "People's Bank"), and is left out.
func (sc *scan) possessorName(i int) bool {
	if p := sc.word(i + 1); p != "'s" && p != "'" {
		return false
	}
	w := sc.word(i)
	if !isCapitalised(w) {
		return false
	}
	if _, n := sc.lex.phrase(sc.a.Words[i : i+1]); n > 0 {
		return true // "the Tories'"
	}
	lw := sc.a.Lower[i]
	return !sc.lex.isStopword(w) && !sc.lowerElsewhere.has(lw) && !pluralPossessors[lw]
}

// pluralPossessors are plural nouns of people that start names in the
// possessive.
var pluralPossessors = map[string]bool{
	"people": true, "peoples": true, "women": true, "men": true, "children": true,
	"workers": true, "farmers": true, "veterans": true, "citizens": true, "teachers": true,
	"nurses": true, "ladies": true, "boys": true, "girls": true, "seamen": true,
}

// docSurnames are the words a document writes after a given name: the
// surnames of the people it names ("Tony Blair" makes "Blair"). The set is
// built when first asked.
type docSurnames struct {
	set map[string]bool
}

func (d *docSurnames) has(a *text.Analysis, lex *lexIndex, w string) bool {
	if d.set == nil {
		d.set = map[string]bool{}
		for k := 1; k < len(a.Words); k++ {
			if a.Tokens[k].Kind == token.Word && isCapitalised(a.Words[k]) && lex.isGivenName(a.Words[k-1]) {
				d.set[a.Words[k]] = true
			}
		}
	}
	return d.set[w]
}

// openingArticles are an article or a conjunction capitalised because it
// opens the sentence, which no organisation's name starts with ("An
// Investment Ministry official said", "If Parliament wanted"); "This"
// starts programmes' names ("This Morning"), numbers and "All" companies'
// ("Four Seasons", "All Nippon Airways").
var openingArticles = map[string]bool{
	"A": true, "An": true, "If": true, "When": true, "But": true, "And": true, "While": true,
	"Although": true, "Unless": true, "Because": true,
}
