package mention

// yearNamedHeads are the bodies that take the year of their founding as
// their name: "the 1922 Committee", "the 1900 Club", "the 1958 Society".
var yearNamedHeads = map[string]bool{
	"committee": true, "club": true, "society": true, "foundation": true, "campaign": true,
}

// yearEventNouns follow a head noun that a year dates, not names: "the
// 2004 Committee report", "the 1997 Club season".
var yearEventNouns = map[string]bool{
	"report": true, "reports": true, "meeting": true, "meetings": true, "hearing": true, "hearings": true,
	"inquiry": true, "session": true, "season": true, "election": true, "elections": true, "rally": true,
	"conference": true, "findings": true, "review": true, "accounts": true, "results": true, "stage": true,
}

// yearNamedStart returns the start of an organisation's span [i, j) once
// a year between "the" and a head word alone is taken in: the tagger
// leaves out the number of "the 1922 Committee", which is a name of its
// own and not "the Committee" of 1922. A head with words after it ("the
// 2005 Group of Eight summit") is left as it is.
func (sc *scan) yearNamedStart(i, j int) int {
	if j-i != 1 || i-2 < sc.s.T0 || !yearNamedHeads[sc.a.Lower[i]] || !isCapitalised(sc.word(i)) {
		return i
	}
	y := sc.word(i - 1)
	if len(y) != 4 || !allDigits(y) || (y[0] != '1' && y[0] != '2') || sc.a.Lower[i-2] != "the" || !sc.free(i-1, i) {
		return i
	}
	if j < sc.s.T1 && yearEventNouns[sc.word(j)] {
		return i
	}
	return i - 1
}
