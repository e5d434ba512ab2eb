package mention

// joinOpeningWords extends an organisation's span of two words or more
// over the capitalised common word before it that the tagger left out:
// "of Private Label Supply" (tagged "Label Supply"), "of Basic American
// Snacks" (tagged "American Snacks"); or a span of another type that ends
// in a company's head word or legal form, which makes it a company's
// ("of Private Brand Logistics", tagged a person "Brand Logistics"). The word must be one that news writes
// in lower case mid-sentence (an adjective such as "Private", "Basic",
// "Prime"), so only its capital, mid-sentence, makes it part of the name;
// it must follow a lower-case word (not a sentence's or a headline's
// capitals), belong to no other span and be no known name, demonym,
// given name, title word or determiner (see determiners). A date word ("on Monday Acme Foods said")
// keeps its capital mid-sentence and is no common word.
func (sc *scan) joinOpeningWords(spans []Span) []Span {
	var out []Span
	for k, sp := range spans {
		if sp.Type == "MISC" || sp.T1-sp.T0 < 2 || sp.Type != "ORG" && !sc.firmHeadAt(sc.s.T0+sp.T1-1) {
			continue
		}
		prevEnd := 0
		if k > 0 {
			prevEnd = spans[k-1].T1
		}
		x := sc.s.T0 + sp.T0 - 1
		if x-1 < sc.s.T0 || x-sc.s.T0 < prevEnd || !sc.openingWord(x) {
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)), spans...)
		}
		out[k].T0--
	}
	if out == nil {
		return spans
	}
	return out
}

// openingWord reports a capitalised common word at x, after a lower-case
// word, that may open the name after it (see joinOpeningWords).
func (sc *scan) openingWord(x int) bool {
	if !isLowerWord(sc.word(x-1)) || !sc.free(x, x+1) || !sc.standsAlone(x) {
		return false
	}
	return !determiners[sc.a.Lower[x]] && sc.writtenLower(x)
}

// determiners open the titles of works, not firms' names: "the musical
// The Pajama Game", "the My Ask Jeeves service", "S and A Truck Tire
// Corp".
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "my": true, "his": true, "her": true, "its": true,
	"our": true, "their": true, "your": true, "this": true, "that": true, "these": true, "those": true,
}

// firmHeadAt reports a word at k that ends companies' names: a company
// head ("Foods", "Logistics"), an organisation's head word or a legal
// form.
func (sc *scan) firmHeadAt(k int) bool {
	w := sc.word(k)
	return sc.lex.isCompanyHead(w) || sc.lex.isOrgWord(w) || legalSuffixes[sc.a.Lower[k]]
}
