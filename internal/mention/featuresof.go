package mention

import "github.com/newsgraph/newsgraph/graph"

// featuresOf marks a geographic feature named by its head, "of" and a
// name as one place: "the Gulf of Thailand", "the Bay of Biscay", "the
// Sea of Okhotsk", which the lexicon knows only in part ("the Gulf",
// "Thailand") and would read as two. A name the lexicon knows whole
// ("the Gulf of Mexico") is left to it.
func (sc *scan) featuresOf() {
	for i := sc.s.T0; i+2 < sc.s.T1; i++ {
		if !featureHeadsOf[sc.word(i)] || sc.a.Lower[i+1] != "of" || !isCapitalised(sc.word(i+2)) {
			continue
		}
		if _, n := sc.lex.phrase(sc.a.Words[i:sc.s.T1]); n > 2 {
			continue
		}
		j := sc.capitalisedRun(i + 2)
		if j <= i+2 || !sc.free(i, j) {
			continue
		}
		sc.add(Mention{T0: i, T1: j, Type: graph.Place, Kind: Name, Source: Pattern})
		i = j - 1
	}
}

// featureHeadsOf are the heads of features named "<head> of <name>".
var featureHeadsOf = map[string]bool{
	"Gulf": true, "Bay": true, "Sea": true, "Isle": true, "Isles": true,
	"Cape": true, "Lake": true,
}
