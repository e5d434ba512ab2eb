package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/text"
)

// RunningFormer is implemented by taggers that know how news text writes
// a word past a sentence's first word ("born" for "Born").
type RunningFormer interface {
	RunningForm(w string) (string, bool)
}

// commonInPlace reports a one-word tagged span at i that is a common
// word where capitals tell nothing: at a sentence's start ("Born in 1942
// in Leeds, she ...", "Jobs were the priority") or as the last word of a
// capitalised phrase ("the Winter of Discontent", "a Code of Conduct").
// News text writes the word in lower case mid-sentence, and this
// document never writes it with a capital elsewhere.
func (sc *scan) commonInPlace(i int) bool {
	if sc.forms == nil {
		return false
	}
	w := sc.word(i)
	if !isCapitalised(w) || isAllCaps(w) {
		return false
	}
	start := i == sc.s.T0 || opensClause(sc.word(i-1))
	if !start && !(i-2 >= sc.s.T0 && sc.word(i-1) == "of" && isCapitalised(sc.word(i-2)) && !sc.lex.isOrgWord(sc.word(i-2))) {
		return false
	}
	if sc.lex.isGivenName(w) {
		return false
	}
	if !sc.writtenLower(i) {
		return false
	}
	return !sc.capitalisedElsewhere(i)
}

// AboutWorks reports a text about films, shows, music, books or games:
// one that speaks of films, actors, the Oscars, albums, novels, series or
// games.
func AboutWorks(a *text.Analysis) bool { return WorksWords(a, 1) >= 1 }

// WorksWords counts the words of AboutWorks in a text, up to max.
func WorksWords(a *text.Analysis, max int) int {
	n := 0
	for _, w := range a.Lower {
		switch w {
		case "film", "films", "movie", "movies", "cinema", "cinemas", "box-office", "sitcom", "screenplay",
			"actor", "actors", "actress", "actresses", "starring", "directed", "hollywood", "oscar", "oscars",
			"album", "albums", "novel", "premiere", "sequel":
			if n++; n >= max {
				return n
			}
		}
	}
	return n
}

// aboutMedia reports whether the scan's document is about works
// (AboutWorks) or about music, television and radio, found once.
func (sc *scan) aboutMedia() bool {
	if sc.works == nil {
		return false
	}
	if *sc.works == 0 {
		*sc.works = 1
		if AboutWorks(sc.a) || mediaText(sc.a) {
			*sc.works = 2
		}
	}
	return *sc.works == 2
}

// mediaText reports a text about music, television or radio: one that
// speaks of bands, singers, songs, charts, programmes or viewers.
func mediaText(a *text.Analysis) bool {
	for _, w := range a.Lower {
		switch w {
		case "band", "bands", "singer", "singers", "song", "songs", "chart", "charts", "gig", "gigs",
			"concert", "concerts", "programme", "programmes", "viewers", "listeners", "tv", "television",
			"radio", "sitcom", "comedian", "musician", "musicians", "rapper", "duo":
			return true
		}
	}
	return false
}

// commonPhrase reports a tagged person's name [i, j) whose every word
// news writes in lower case and none is a given name ("Spotless Mind",
// "Get Rich"), with no title or honorific before it and no verb of
// speech or appositive title after it: such a phrase is the title of a
// work or a band's name. Only in a text about works or media
// (aboutMedia): elsewhere such names are as often firms' ("Scientific
// Games", "Crown Books") or people's.
func (sc *scan) commonPhrase(i, j int) bool {
	if sc.forms == nil || i > sc.s.T0 && (sc.titleEndsAt(i) || sc.lex.isHonorific(strings.TrimSuffix(sc.word(i-1), "."))) {
		return false
	}
	for k := i; k < j; k++ {
		if w := sc.word(k); !isCapitalised(w) || isAllCaps(w) || sc.lex.isGivenName(w) || !sc.writtenLower(k) {
			return false // most names: the document is not looked at
		}
	}
	if j < sc.s.T1 && reportingVerb[sc.a.Lower[j]] {
		return false
	}
	if j+2 < sc.s.T1 && sc.word(j) == "," && (sc.titleStartsAt(j+1) || (sc.a.Lower[j+1] == "a" || sc.a.Lower[j+1] == "an" || sc.a.Lower[j+1] == "the") && sc.titleStartsAt(j+2)) {
		return false // "Al Breach, an economist at UBS"
	}
	return sc.aboutMedia()
}

// gerundTitle reports a tagged name [i, j) in a text about works or media
// that opens with a verb's "-ing" form news writes in lower case and has
// no given name and no organisation's head word: "Finding Neverland",
// "Raging Bull", "Enduring Love" are titles of works ("the Recording
// Industry Association", "Building Systems" and "Evening Standard" are
// bodies, the latter known to the lexicon).
func (sc *scan) gerundTitle(i, j int) bool {
	w := sc.a.Lower[i]
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || ingNouns[w] || !sc.writtenLower(i) {
		return false
	}
	if i > sc.s.T0 && (sc.titleEndsAt(i) || sc.lex.isHonorific(strings.TrimSuffix(sc.word(i-1), "."))) {
		return false
	}
	for k := i; k < j; k++ {
		if w := sc.word(k); sc.lex.isOrgWord(w) || sc.lex.isCompanyHead(w) || sc.lex.isGivenName(w) || lexicon.IsPlaceWord(w) {
			return false
		}
	}
	if _, n := sc.lex.phrase(sc.a.Words[i:j]); n == j-i {
		return false
	}
	if e, n := sc.lex.phrase(sc.a.Words[i : i+1]); n == 1 && (e.typ == graph.Place || e.typ == graph.Country) {
		return false // "the Reading Festival": a town's name
	}
	if i > sc.s.T0 && gerundBodyNouns[sc.a.Lower[i-1]] || j < sc.s.T1 && gerundBodyNouns[sc.a.Lower[j]] {
		return false // "the charity Missing People", "Killing Joke singer Jaz Coleman"
	}
	if i == sc.s.T0 && j+1 < sc.s.T1 && sc.word(j) == "," && subjectPronoun[sc.a.Lower[j+1]] {
		return true // "Entering Westminster, he shared an office": a participle's clause
	}
	// A text about films, books or records: in one that only mentions
	// radio or viewers, such names are as often bodies' ("Flying Brands").
	return WorksWords(sc.a, 2) >= 2
}

// subjectPronoun are the pronouns that open a main clause after a
// participle's: "Entering Westminster, he".
var subjectPronoun = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// gerundBodyNouns are the nouns around a name that make it a body's or a
// band's, not a work's.
var gerundBodyNouns = map[string]bool{
	"charity": true, "group": true, "campaign": true, "organisation": true, "organization": true,
	"label": true, "band": true, "brand": true, "chain": true, "firm": true, "company": true,
	"retailer": true, "publisher": true, "magazine": true, "newspaper": true, "singer": true,
	"frontman": true, "guitarist": true, "drummer": true, "bassist": true, "shares": true,
}

// ingNouns are nouns that end in "-ing", which start bodies' and places'
// names as well as titles: "Evening Standard", "Spring Valley".
var ingNouns = map[string]bool{
	"evening": true, "morning": true, "building": true, "spring": true, "wedding": true, "meeting": true,
	"sterling": true, "viking": true, "darling": true, "string": true, "ceiling": true, "clothing": true,
	"housing": true, "banking": true, "mining": true, "shipping": true, "engineering": true, "trading": true,
	"publishing": true, "broadcasting": true, "recording": true, "advertising": true, "marketing": true,
	"racing": true, "printing": true, "refining": true, "holding": true, "holdings": true, "sporting": true,
}

// writtenLower reports whether news text writes the word at k in lower
// case mid-sentence: the tagger's running form of it is its lower case.
func (sc *scan) writtenLower(k int) bool {
	if sc.forms == nil {
		return false
	}
	f, ok := sc.forms.RunningForm(sc.word(k))
	return ok && f == sc.a.Lower[k]
}

// capitalisedElsewhere reports whether the document writes the word at i
// with its capital at another token that neither starts a sentence nor
// follows "of".
func (sc *scan) capitalisedElsewhere(i int) bool {
	a, w := sc.a, sc.word(i)
	for _, s := range a.Sentences {
		for k := s.T0 + 1; k < s.T1; k++ {
			if k != i && a.Words[k] == w && !opensClause(a.Words[k-1]) && a.Words[k-1] != "of" {
				return true
			}
		}
	}
	return false
}

// reportingVerb are verbs of speech after a speaker's name.
var reportingVerb = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "argued": true, "insisted": true,
	"warned": true, "stressed": true, "replied": true, "claimed": true, "admitted": true, "denied": true,
	"wrote": true, "asked": true, "explained": true, "noted": true, "announced": true,
}

// commonModifier reports a one-word span at i, inside a sentence, that
// the tagger took for a place but that is a common adjective written with
// a capital before the lower-case noun it modifies ("a Parliamentary
// lunch", "the Royal succession"): news writes the word in lower case
// elsewhere, and a place's name before a noun ("Leeds residents") is no
// common word.
func (sc *scan) commonModifier(i int) bool {
	if sc.forms == nil || i == sc.s.T0 || opensClause(sc.word(i-1)) || i+1 >= sc.s.T1 {
		return false
	}
	w, next := sc.word(i), sc.word(i+1)
	if !isCapitalised(w) || isAllCaps(w) || !isLowerWord(next) || sc.lex.isStopword(next) || sc.lex.isGivenName(w) {
		return false
	}
	return sc.writtenLower(i)
}
