package mention

// Market news names many things with capitals that are no organisations:
// share indices ("the Nikkei 225 index", "the Dow Jones industrial
// average", "the Retail Prices Index"), crude grades ("Brent crude"),
// benchmark rates ("the London Interbank Offered Rate") and securities
// ("Philippine Investment Notes", "American Depository Receipts"). The
// words of an index or a grade are often a company's or a newspaper's
// name too (Dow, Nikkei), which the lexicon and the tagger would read
// there.

// indexNouns follow an index's or a crude grade's name in lower case.
var indexNouns = map[string]bool{
	"index": true, "indices": true, "indexes": true, "average": true, "averages": true,
	"crude": true, "blend": true,
}

// marketHeads end the name of an index, a rate or a security.
var marketHeads = map[string]bool{
	"Index": true, "Indices": true, "Average": true, "Rate": true, "Rates": true,
	"Notes": true, "Note": true, "Bonds": true, "Receipt": true, "Receipts": true,
	"Certificates": true, "Debentures": true, "Warrants": true,
}

// marketName takes the capitalised run that starts at i when it names an
// index, a grade, a rate or a security, and returns its end (i when it
// names none). A country or its demonym that opens the run stays a name
// ("Saudi crude", "Philippine Investment Notes"), and so do the function
// words that open a sentence; a market's town is part of the name
// ("London Brent crude", "the London Interbank Offered Rate").
func (sc *scan) marketName(i int) int {
	j := i
	for j < sc.s.T1 && sc.free(j, j+1) {
		w := sc.word(j)
		// "the Financial Times/Stock Exchange 100 index"
		slash := w == "/" && j > i && j+1 < sc.s.T1 && isCapitalised(sc.word(j+1))
		if !isCapitalised(w) && !(j > i && allDigits(w)) && !slash {
			break
		}
		j++
	}
	if j == i {
		return i
	}
	next, last := "", sc.word(j-1)
	if j < sc.s.T1 {
		next = sc.a.Lower[j]
	}
	switch {
	case indexNouns[next] && sc.word(j) == next:
	case (next == "industrial" || next == "industrials" || next == "composite") && j+1 < sc.s.T1 && indexNouns[sc.a.Lower[j+1]]:
	case marketHeads[last] && j-i >= 2 && next != "of" && !isCapitalised(sc.word(j)):
	case (last == "Unit" || last == "Units") && j-i >= 2 && sc.word(j-2) == "Currency":
	default:
		return i
	}
	start := i
	for start < j && (openingWords[sc.a.Lower[start]] || namesCountry(sc.a.Lower[start])) {
		start++
	}
	if start == j {
		return j
	}
	sc.take(start, j)
	// "American Depository Receipts (ADRs)": the short form is no name
	// either.
	if j+2 < sc.s.T1 && sc.word(j) == "(" && sc.word(j+2) == ")" && isCapitalised(sc.word(j+1)) && sc.free(j+1, j+2) {
		sc.take(j+1, j+2)
		j += 3
	}
	return j
}

// openingWords are function words that open a sentence or a clause
// before a capitalised name: "The Dow Jones index", "In London, ...".
var openingWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"with": true, "from": true, "and": true, "but": true, "as": true, "while": true, "when": true,
	"its": true, "their": true, "this": true, "that": true, "both": true,
}
