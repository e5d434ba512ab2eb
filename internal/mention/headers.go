package mention

// afterHeader returns where a name in [i, j) starts when the span opens
// with a header in capitals: the slug of a press review or a market
// report that starts the sentence or follows a dash, before the item's
// first words ("--- DAILY NEWS Bread prices rose", "PRECIOUS METALS Gold
// closed", "THE HERALD Finance Minister X said"). The header is a paper's
// name or a topic, no part of the name after it. A header is one or more
// words in capitals of four letters or more ("THE" may open it), seven
// letters or more in all, followed by a word in mixed case: acronyms are
// shorter ("GTE Corp", "BBC Radio", "NASDAQ National Market"), and a
// company's suffix after the capitals ends the company's name ("PHLCORP
// Inc"). It returns i when there is no header.
func (sc *scan) afterHeader(i, j int) int {
	if !headerWord(sc.word(i)) {
		return i // most spans: no word in capitals first
	}
	s0 := i
	for s0 > sc.s.T0 && headerWord(sc.word(s0-1)) {
		s0--
	}
	if s0 == 0 || s0 > sc.s.T0 && !dashes(sc.word(s0-1)) && sc.word(s0-1) != ":" {
		// A dateline opens the text in capitals ("NEW HAVEN, Conn"), and
		// capitals inside a sentence are a name written so.
		return i
	}
	letters := 0
	for k := s0; k < i; k++ {
		letters += len(sc.word(k))
	}
	h := i
	for h < j && headerWord(sc.word(h)) {
		letters += len(sc.word(h))
		h++
	}
	if h >= j || letters < 7 || !isCapitalised(sc.word(h)) || isAllCaps(sc.word(h)) {
		return i
	}
	if legalSuffixes[sc.a.Lower[j-1]] || sc.lex.isCompanyHead(sc.word(j-1)) {
		return i // "ACME Holdings NV", "PHLCORP Inc": the company's name
	}
	return h
}

// headerWord reports a word of a header in capitals: letters only (and
// an apostrophe), four or more, or "THE"; a hyphen joins the parts of
// acronyms ("ASLK-CGER").
func headerWord(w string) bool {
	if w == "THE" {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; (c < 'A' || c > 'Z') && c != '\'' {
			return false
		}
	}
	return true
}

// dashes reports a token of dashes only: "-", "--", "---".
func dashes(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] != '-' {
			return false
		}
	}
	return true
}

// trimHeader drops a header in capitals from the start of the span
// [i, j) (see afterHeader) and returns the span's new start; ok is false
// when what is left is no name: one word that news writes in lower case
// ("DAILY NEWS Bread prices": bread).
func (sc *scan) trimHeader(i, j int) (start int, ok bool) {
	h := sc.afterHeader(i, j)
	if h == i {
		return i, true
	}
	sc.take(i, h)
	if j-h == 1 && (sc.runningLower(h) || sc.lowerElsewhere.has(sc.a.Lower[h])) {
		sc.take(h, j)
		return h, false
	}
	return h, true
}
