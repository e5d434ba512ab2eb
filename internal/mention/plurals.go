package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// pluralOfPeople reports whether the one capitalised word w names a
// group of people, not one entity: the plural of an acronym ("MEPs",
// "MSPs"), of a title ("Senators", "Congressmen"), of a demonym
// ("Europeans", "Asians"), of the people of a place the lexicon knows
// ("Kashmiris", "Gibraltarians"), or of a faith's followers ("Muslims").
// A tagger often types such words as persons, places or organisations.
func (sc *scan) pluralOfPeople(w string) bool {
	n := len(w)
	if n < 3 || !isCapitalised(w) || isAllCaps(w) {
		return false
	}
	if strings.HasSuffix(w, "men") && n > 6 {
		return sc.lex.isTitleWord(w[:n-3] + "man") // "Congressmen"
	}
	if w[n-1] != 's' || w[n-2] == 's' || w[n-2] == '\'' {
		return false
	}
	if e, k := sc.lex.phrase([]string{w}); k == 1 && e.kind == lexName {
		return false // "Philippines", "Netherlands"
	}
	stem := w[:n-1]
	if isAllCaps(stem) && len(stem) >= 2 {
		return true // "MEPs", "MSPs", "SUVs"
	}
	if followers[strings.ToLower(stem)] || sc.lex.isTitleWord(stem) {
		return true
	}
	if e, k := sc.lex.phrase([]string{stem}); k == 1 && e.kind == lexDemonym {
		return true // "Europeans", "Asians"
	}
	// The people of a place: "Kashmiris", "Gibraltarians", "Kenyans".
	for _, suf := range [...]string{"is", "ians", "ns"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 4 {
			if e, k := sc.lex.phrase([]string{base}); k == 1 && e.kind == lexName && (e.typ == graph.Place || e.typ == graph.Country) {
				return true
			}
		}
	}
	return false
}

// followers name the followers of a faith or a creed.
var followers = map[string]bool{
	"muslim": true, "hindu": true, "sikh": true, "christian": true, "jew": true, "catholic": true,
	"protestant": true, "buddhist": true, "shia": true, "sunni": true, "shiite": true, "mormon": true,
	"evangelical": true, "anglican": true, "islamist": true, "jihadist": true, "zionist": true,
	"maronite": true, "druze": true, "copt": true, "coptic": true, "orthodox": true, "shi'ite": true,
	"marxist": true, "maoist": true, "leninist": true, "trotskyist": true, "stalinist": true,
}

// creedOrPeople reports a word at i that names a faith, a creed or a
// people, which qualifies a title without naming the body it belongs
// to: "Marxist leader", "Maronite Patriarch", "Welsh Health Minister".
func (sc *scan) creedOrPeople(i int) bool {
	if followers[sc.a.Lower[i]] {
		return true
	}
	e, n := sc.lex.phrase(sc.a.Words[i : i+1])
	return n == 1 && e.kind == lexDemonym
}
