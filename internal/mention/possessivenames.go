package mention

import "strings"

// possessiveName finds a name written in the possessive that the tagger cut
// at the apostrophe, [i, j) being the part before it, and returns the end
// of the whole name (j when there is none):
//
//   - a plural of people in the possessive before an organisation's head
//     ("Leeds Girls' School", "the Hartley Men's Apparel Group"): the
//     plural is no name of its own;
//   - a one-word name the document never writes without its "'s", before
//     common words and a company's or a school's head ("Foster's Group",
//     "Barnard's Retail Consulting Group", "Hudson's Bay Co"): a name of
//     the possessive form, not an owner and the thing owned. An owner is
//     named alone elsewhere ("Murdoch's News Corp ... Murdoch said"), or
//     is a known name or a person's surname ("Japan's Finance Ministry").
func (sc *scan) possessiveName(i, j int) int {
	if j+1 >= sc.s.T1 || !isCapitalised(sc.word(j+1)) {
		return j
	}
	p := sc.word(j)
	plural := p == "'"
	if !plural && p != "'s" {
		return j
	}
	if plural && !strings.HasSuffix(sc.word(j-1), "s") {
		return j
	}
	h := sc.nameRun(j + 1)
	if h-(j+1) > 4 || !sc.orgHead(h-1) && !possessiveHeads[sc.a.Lower[h-1]] {
		return j
	}
	if pluralPossessors[sc.a.Lower[j-1]] {
		return h // "Girls' School", "Men's Apparel Group"
	}
	if j-i != 1 || plural {
		return j
	}
	w := sc.word(i)
	if isAllCaps(w) || sc.lex.isStopword(w) {
		return j
	}
	if _, n := sc.lex.phrase(sc.a.Words[i:j]); n > 0 || sc.surnames.has(sc.a, sc.lex, w) {
		return j
	}
	if !sc.lex.isCompanyHead(sc.word(h-1)) && !possessiveHeads[sc.a.Lower[h-1]] {
		return j
	}
	for k := j + 1; k < h-1; k++ {
		if !sc.commonRunningWord(k) {
			return j // "Gateshead's Sage Centre": a name of its own after the owner
		}
	}
	if _, n := sc.lex.phrase(sc.a.Words[j+1 : h]); n > 0 {
		return j // a known name owned: "Pearson's Financial Times"
	}
	for k, x := range sc.a.Words {
		if x == w && k != i {
			if nx := sc.word(k + 1); nx != "'s" {
				return j // the owner is named alone elsewhere
			}
		}
	}
	return h
}

// possessiveHeads are the heads of the names of schools and firms that
// are written in the possessive.
var possessiveHeads = map[string]bool{
	"school": true, "college": true, "academy": true, "hospital": true, "stores": true,
	"inc": true, "inc.": true, "group": true, "bank": true, "service": true, "services": true,
	"store": true, "shops": true,
}

// commonRunningWord reports a capitalised word at k that news text writes
// in lower case mid-sentence ("Retail", "Consulting", "Bay").
func (sc *scan) commonRunningWord(k int) bool {
	w := sc.word(k)
	if sc.forms != nil {
		if f, ok := sc.forms.RunningForm(w); ok {
			return f == sc.a.Lower[k]
		}
	}
	return sc.lowerElsewhere.has(sc.a.Lower[k])
}

// saintsName finds a saint's name in the possessive, [i, j) being "St"
// and the saint's, that names a building, a street or a body ("St
// James's Palace", "St Helen's Road", "St Aidan's Middle School"), and
// returns the end of the whole name.
func (sc *scan) saintsName(i, j int) (int, bool) {
	if j-i != 2 || j+1 >= sc.s.T1 {
		return j, false
	}
	if w := sc.word(i); w != "St" && w != "St." && w != "Saint" {
		return j, false
	}
	if p := sc.word(j); p != "'s" && p != "'" {
		return j, false
	}
	h := sc.nameRun(j + 1)
	if h == j+1 || h-(j+1) > 3 {
		return j, false
	}
	lw := sc.a.Lower[h-1]
	if !saintHeads[lw] && !possessiveHeads[lw] {
		return j, false
	}
	return h, true
}

// saintHeads are the heads of the places named after a saint.
var saintHeads = map[string]bool{
	"church": true, "chapel": true, "cathedral": true, "abbey": true, "palace": true,
	"road": true, "street": true, "square": true, "park": true, "place": true, "centre": true,
	"center": true, "station": true, "bridge": true, "hall": true, "infirmary": true,
}
