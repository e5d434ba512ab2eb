package mention

import "github.com/newsgraph/newsgraph/internal/token"

// fieldComplements open the complement that names a post's employer
// after its field: "head of research at Acme", "director of marketing for
// Globex", "vice president of sales with Initech".
var fieldComplements = map[string]bool{"at": true, "for": true, "with": true}

// lowerFieldAfterOf returns the end of a lower-case field after a
// lower-case title's "of" at end, when the complement that names the
// employer follows it: "head of currency strategy at Bank of America",
// "vice president of business development for Globex", "director of
// product at Vellum". The field is up to four plain lower-case words,
// joined by "and" at most once ("digital development and distribution");
// an article after "of" names a body ("head of the department"), no
// field. The title may be capitalised where it opens the sentence ("Head
// of research at Acme, Ann Lee, said"). It returns end when there is no
// such field.
func (sc *scan) lowerFieldAfterOf(i, end int) int {
	if end+2 >= sc.s.T1 || sc.a.Lower[end] != "of" || !isLowerWord(sc.word(i)) && !sc.openingTitle(i) {
		return end
	}
	j, joined := end+1, false
	for j < sc.s.T1 && j <= end+5 && isLowerWord(sc.word(j)) && !fieldComplements[sc.a.Lower[j]] {
		if sc.a.Lower[j] == "and" && !joined && j > end+1 {
			joined = true
			j++
			continue
		}
		if !sc.modifierWord(j) || !sc.free(j, j+1) {
			return end
		}
		j++
	}
	if j == end+1 || sc.a.Lower[j-1] == "and" || j+1 >= sc.s.T1 || !fieldComplements[sc.a.Lower[j]] {
		return end
	}
	k := j + 1
	if sc.a.Lower[k] == "the" && k+1 < sc.s.T1 {
		k++
	}
	if !isCapitalised(sc.word(k)) {
		return end
	}
	// "head of strategy for Latin American markets for Kestrel": a
	// second complement before the clause ends; the field goes on
	// after the first.
	for m := k + 1; m < sc.s.T1 && m <= k+8 && sc.a.Tokens[m].Kind == token.Word; m++ {
		if fieldComplements[sc.a.Lower[m]] {
			return end
		}
	}
	return j
}

// openingTitle reports a title word at i capitalised only because it
// opens the sentence or a quote: "Head of research at Acme".
func (sc *scan) openingTitle(i int) bool {
	return (i == sc.s.T0 || opensClause(sc.word(i-1))) && isCapitalised(sc.word(i)) && sc.free(i, i+1)
}
