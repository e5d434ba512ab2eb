package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// workBefore are kinds of work written right before a work's title, with
// or without its article: "the comedy Sideways", "the blockbuster The
// Aviator", "her album Tamsin Road". The kinds in productBefore ("the film
// X") count too.
var workBefore = map[string]bool{
	"comedy": true, "drama": true, "blockbuster": true, "thriller": true, "biopic": true,
	"sequel": true, "prequel": true, "remake": true, "cartoon": true, "animation": true,
	"album": true, "song": true, "ballad": true, "anthem": true, "opera": true,
	"soap": true, "videogame": true, "franchise": true, "trilogy": true, "miniseries": true,
}

// qualifiedWorkBefore are kinds of work that also come before other names
// ("a single EU market", "the game Arsenal lost"), and so name a work only
// after one of the words given: "her new single Tarn", "the video game
// Ostrava".
var qualifiedWorkBefore = map[string]map[string]bool{
	"single": {"new": true, "debut": true, "latest": true, "hit": true, "charity": true, "comeback": true,
		"first": true, "second": true, "next": true, "forthcoming": true, "current": true, "his": true, "her": true, "their": true},
	"game":   {"video": true, "computer": true, "online": true, "console": true, "pc": true, "hit": true},
	"series": {"tv": true, "television": true, "drama": true, "comedy": true, "hit": true, "cult": true, "animated": true},
	"book":   {"new": true, "latest": true, "first": true, "his": true, "her": true, "best-selling": true, "bestselling": true},
}

// workVerbsIn are the words that put a work after "in": "she stars in
// X", "her leading role in X", "a cameo in X".
var workVerbsIn = map[string]bool{
	"stars": true, "starred": true, "starring": true, "star": true, "co-stars": true, "co-starred": true,
	"role": true, "roles": true, "cameo": true,
}

// workCue reports a mention that names a work by its kind before it ("the
// comedy X", "the blockbuster The X", "her new single X"), by a part in
// it ("she stars in X", "her leading role in X", "the star of X", "a sequel to
// X") or by its cast after it ("X, starring Jane Doe").
func workCue(a *text.Analysis, m *mention.Mention, film bool) bool {
	sw := sentenceOf(a, m.T0)
	lw := sw.lower
	if starringAfter(a, m) {
		return true
	}
	if w := lw(m.T1); w == "'s" || w == "'" || workNouns[w] {
		return false // the maker's name: "in Jo Lam's Tarn", "the Jo Lam comedy Tarn"
	}
	k := m.T0 - 1
	if a.Words[m.T0] != "The" && sw.in(k) && a.Words[k] == "The" && k > sw.t0 {
		k-- // "the blockbuster The Aviator"
	}
	p := lw(k)
	if sw.in(k) && a.Words[k] == p && (workBefore[p] || productBefore[p] && isWorkNoun(p) || qualifiedWorkBefore[p][lw(k-1)]) && (m.Type != graph.Person || workEnd(a, m)) {
		// A person's name after the noun must end the phrase: "the
		// abortion drama Vera Drake,", not "after the drama Tony Blair
		// faced".
		return true
	}
	if film && p == "'s" && sw.in(k-2) && isCapitalisedWord(a.Words[k-1]) && lexicon.IsGivenName(a.Words[k-2]) &&
		!lexicon.IsGivenName(a.Words[m.T0]) && workEnd(a, m) {
		// "Bruce Springsteen's Born In The USA", "Ice Cube's Are We
		// There Yet?": in a text about works, a title right after a
		// person's possessive is the person's work.
		return true
	}
	if castAfter(a, m, film) || seriesAfter(a, m) {
		return true
	}
	if !workEnd(a, m) {
		return false
	}
	switch {
	case p == "in" && workVerbsIn[lw(k-1)] && (lw(k-1) != "role" && lw(k-1) != "roles" || film || roleKinds[lw(k-2)]):
		// "his role in X" only as a part played: in a text about films,
		// or "her leading role in X"; not "his role in Halvern Capital".
		return true
	case p == "of" && (lw(k-1) == "star" || lw(k-1) == "stars") && lw(k-2) != "all":
		return true
	case p == "to" && (lw(k-1) == "sequel" || lw(k-1) == "prequel"):
		return true
	case p == "for" && film && nominatedFor[lw(k-1)] && m.Type != graph.Person:
		// "he was nominated for Secrets and Lies", "an Oscar for The
		// Aviator": in a text about films, what a nomination is for is
		// a work; a name taken for a person's is the nominee's ("a
		// nomination for Staunton").
		return true
	}
	return false
}

// starringAfter reports a title that its cast follows: "X, starring Jane
// Doe", "X starring former star Jo Lam". "Jo Lam, starring in his first
// film" is an actor's name.
func starringAfter(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	k := m.T1
	if sw.lower(k) == "," {
		k++
	}
	if sw.lower(k) != "starring" {
		return false
	}
	for j := k + 1; j <= k+3 && sw.in(j); j++ {
		if isCapitalisedWord(a.Words[j]) {
			return true
		}
		if a.Words[j] != a.Lower[j] || workFollowers[a.Lower[j]] || a.Lower[j] == "," {
			return false // "starring in", "starring as"
		}
	}
	return false
}

// workEnd reports a mention that may end a work's title: what follows it
// is punctuation or a word that goes on the sentence ("in X, which",
// "in X and Y", "in X opposite Z"). A possessive or a noun after it makes
// the name the maker's or the place's ("her role in Jo Lam's Tarn", "the
// star of Jo Lam musical Tarn", "to star in Broadway play", "a role in
// Tarvex split-up").
func workEnd(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	if !sw.in(m.T1) {
		return true
	}
	w := a.Words[m.T1]
	if w == "'s" || w == "'" {
		return false
	}
	if isCapitalisedWord(w) || w != a.Lower[m.T1] || !strings.ContainsAny(w[:1], "abcdefghijklmnopqrstuvwxyz") {
		return true // "Tarn, ...", "Tarn (2003)", "Tarn The ..."
	}
	return workFollowers[w]
}

// nominatedFor are the words of nominations and named awards before "for"
// and a work: "nominated for X", "his Oscar for X" (an "award for" goes
// to firms and people as often).
var nominatedFor = map[string]bool{
	"nominated": true, "nomination": true, "nominations": true, "nod": true, "nods": true,
	"oscar": true, "oscars": true, "bafta": true, "baftas": true,
	"globe": true, "globes": true, "emmy": true, "emmys": true, "grammy": true, "grammys": true,
}

// roleKinds make a role a part played in a work: "her leading role in X".
var roleKinds = map[string]bool{
	"leading": true, "lead": true, "starring": true, "title": true, "supporting": true, "acting": true,
	"screen": true, "film": true, "cameo": true, "comic": true, "Oscar-winning": true, "oscar-winning": true,
}

// workFollowers are lower-case words that go on a sentence after a
// work's title.
var workFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "as": true, "with": true, "opposite": true, "alongside": true,
	"which": true, "that": true, "who": true, "where": true, "when": true, "while": true,
	"is": true, "was": true, "has": true, "had": true, "will": true, "would": true, "won": true,
	"took": true, "earned": true, "opened": true, "fell": true, "rose": true, "came": true, "dropped": true,
	"in": true, "at": true, "on": true, "for": true, "from": true, "to": true, "by": true, "of": true,
	"last": true, "this": true, "next": true, "about": true, "after": true, "before": true, "since": true,
}

// workNouns are kinds of work that follow their maker's name: "the Jo
// Lam film", "Broadway play".
var workNouns = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "comedy": true, "drama": true, "thriller": true,
	"musical": true, "play": true, "show": true, "album": true, "song": true, "track": true, "single": true,
	"biopic": true, "epic": true, "series": true, "novel": true, "book": true, "production": true, "revival": true,
}

// isWorkNoun reports a kind in productBefore that names a work, not a
// drug or a ship: "film", "musical".
func isWorkNoun(w string) bool {
	switch w {
	case "film", "movie", "musical", "documentary", "sitcom", "novel":
		return true
	}
	return false
}

// awards are the names of awards that are also given names or a body's
// name ("Oscar", "Tony", "Bafta"): they name the award before a word of
// prizes ("Oscar nominations", "the Bafta ceremony") or after one ("won
// an Oscar", "her best actress Emmy").
var awards = map[string]bool{
	"Oscar": true, "Grammy": true, "Bafta": true, "Emmy": true, "Tony": true, "Golden Globe": true,
}

// pluralAwards always name awards or their ceremony: "the Oscars", "two
// Golden Globes".
var pluralAwards = map[string]bool{
	"Oscars": true, "Grammys": true, "Grammies": true, "Baftas": true, "Emmys": true, "Tonys": true,
	"Golden Globes": true, "Golden Globe": true, "Golden Lion": true, "Golden Bear": true, "Palme d'Or": true,
}

// awardAfter are words of prizes after an award's name: "Oscar
// nominations", "the Bafta ceremony", "Emmy glory".
var awardAfter = map[string]bool{
	"nomination": true, "nominations": true, "nominee": true, "nominees": true, "nod": true, "nods": true,
	"hopeful": true, "hopefuls": true, "contender": true, "contenders": true, "favourite": true, "favourites": true,
	"winner": true, "winners": true, "win": true, "wins": true, "glory": true, "success": true, "triumph": true,
	"snub": true, "hopes": true, "race": true, "ceremony": true, "ceremonies": true, "night": true, "host": true,
	"voters": true, "organisers": true, "organizers": true, "category": true, "categories": true,
	"award": true, "awards": true, "statuette": true, "statuettes": true, "trophy": true, "for": true,
}

// awardBefore are words before an award's name: "won an Oscar", "her
// best actress Emmy", "his first Grammy".
var awardBefore = map[string]bool{
	"an": true, "won": true, "win": true, "wins": true, "winning": true, "scooped": true, "collected": true,
	"actor": true, "actress": true, "picture": true, "director": true, "film": true, "album": true,
	"honorary": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true,
}

// awardCue reports a mention that names an award: a name that ends in
// "Award" or "Prize" ("the Ostral Prize"), an award's name in the plural
// ("the Oscars"), an award's name with a word of prizes beside it ("Oscar
// nominations", "won an Oscar"), or a name that the text writes before
// "-winning" or "-nominated" ("an Oscar-winning actress").
func awardCue(a *text.Analysis, m *mention.Mention) bool {
	words := a.Words[m.T0:m.T1]
	switch words[len(words)-1] {
	case "Award", "Awards", "Prize", "Prizes":
		return len(words) > 1
	}
	name := strings.Join(words, " ")
	if pluralAwards[name] {
		return true
	}
	sw := sentenceOf(a, m.T0)
	if awards[name] && (awardAfter[sw.lower(m.T1)] || awardBefore[sw.lower(m.T0-1)]) {
		return true
	}
	if len(words) != 1 || !strings.Contains(a.Doc.Text, name+"-") {
		return false // most names: the text writes none before a hyphen
	}
	for _, w := range a.Words {
		if len(w) > len(name) && w[len(name)] == '-' && strings.HasPrefix(w, name) {
			switch w[len(name)+1:] {
			case "winning", "nominated", "winner", "nominee":
				return true
			}
		}
	}
	return false
}

// awardBody reports an award's name with a possessive, which names the
// body that gives it or a person: "Bafta's chairman", "Tony's friends".
func awardBody(a *text.Analysis, m *mention.Mention) bool {
	return awards[strings.Join(a.Words[m.T0:m.T1], " ")] && sentenceOf(a, m.T0).lower(m.T1) == "'s"
}

// castRoles are the words between a work's title and a person who played
// in it: "Tarn actress Jo Lam".
var castRoles = map[string]bool{"co-star": true, "actor": true, "actress": true}

// filmRoles do so only in a text about films (filmText): "Tarn star Jo
// Lam", "Tarn director Jo Lam"; elsewhere they name a club's player or a
// firm's officer ("Celtic star Henrik Larsson", "Norbrook director Ann
// Lee").
var filmRoles = map[string]bool{"star": true, "stars": true, "director": true, "creator": true}

// filmText reports a text about films, shows, music, books or games
// (mention.AboutWorks).
func filmText(a *text.Analysis) bool { return mention.AboutWorks(a) }

// castAfter reports a title before the role of a person named next:
// "Tarn star Jo Lam", "Tarn director Jo Lam", "Tarn actress Jo Lam". A
// name with a word of a body, a firm or a place in it is the person's
// employer or home ("Kelvar Foundation director Jo Lam").
func castAfter(a *text.Analysis, m *mention.Mention, film bool) bool {
	sw := sentenceOf(a, m.T0)
	r := sw.lower(m.T1)
	if !castRoles[r] && !(film && filmRoles[r]) || a.Words[m.T1] != r || !sw.in(m.T1+1) || !isCapitalisedWord(a.Words[m.T1+1]) {
		return false
	}
	for _, w := range a.Words[m.T0:m.T1] {
		if companyWords[w] || lexicon.IsOrgWord(w) || lexicon.IsCompanyHead(w) || lexicon.IsPlaceWord(w) || isLegalSuffix(w) {
			return false
		}
	}
	return !shortForm(a, m)
}

// shortForm reports a one-word name in capitals or one the text gives in
// brackets after a longer name, the short form of a body's or a firm's
// name: "KVB director Jo Lam", "the Kelvar Visitor Association (Kva)".
func shortForm(a *text.Analysis, m *mention.Mention) bool {
	if m.T1-m.T0 != 1 {
		return false
	}
	w := a.Words[m.T0]
	if len(w) > 1 && strings.ToUpper(w) == w {
		return true
	}
	for k := 1; k+1 < len(a.Words); k++ {
		if a.Words[k] == w && a.Words[k-1] == "(" && a.Words[k+1] == ")" {
			return true
		}
	}
	return false
}

// seriesNouns follow a title in "the X films": "the Tarn games", "the
// Tarn books".
var seriesNouns = map[string]bool{
	"films": true, "movies": true, "games": true, "books": true, "novels": true, "series": true,
	"trilogy": true, "franchise": true, "sequels": true,
}

// seriesAfter reports a title between "the" and the works of its series:
// "the Tarn films", "the Tarn games". A noun after them makes a
// firm ("the Tarn games group").
func seriesAfter(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	n := sw.lower(m.T1)
	if sw.lower(m.T0-1) != "the" || !seriesNouns[n] || a.Words[m.T1] != n {
		return false
	}
	return !seriesFirms[sw.lower(m.T1+1)] // "the Tarn games group": a firm
}

// seriesFirms are nouns after "the X games" that make X a firm: "the
// Tarn games group", "the Tarn films unit".
var seriesFirms = map[string]bool{
	"group": true, "company": true, "firm": true, "maker": true, "makers": true, "publisher": true,
	"developer": true, "studio": true, "studios": true, "unit": true, "division": true, "business": true,
	"arm": true, "label": true, "chain": true, "group's": true,
}
