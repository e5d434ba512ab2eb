package mention

// joinInitials makes two capital letters joined by "and" or "&" one
// organisation's name, in place of any tagged span of either letter: a
// firm known by its partners' or words' initials ("B and C" for British
// and Commonwealth, "S and P", "H and R Co"), which the tagger cuts to its
// last letter or misses. Letters after a capitalised word or a noun that
// sorts things into lettered kinds ("class A and B shares", "Plan A and
// B", "categories C and D"), or glued into a longer word, are no name.
// Two partners' names the text calls one firm are joined likewise
// ("Wagner and Brown, the Texas oil company": firmPair).
func (sc *scan) joinInitials(spans []Span) []Span {
	var out []Span
	k := 0
	for t := sc.s.T0 + 1; t+1 < sc.s.T1; t++ {
		if !andWord(sc.word(t)) || !sc.initialsPair(t) && !sc.firmPair(t) {
			continue
		}
		a := t - 1
		// The spans before the letters stay; those on them go.
		for k < len(spans) && spans[k].T1+sc.s.T0 <= a {
			out = append(out, spans[k])
			k++
		}
		m := k
		for m < len(spans) && spans[m].T0+sc.s.T0 <= t+1 {
			if spans[m].T0+sc.s.T0 < a || spans[m].T1+sc.s.T0 > t+2 {
				break
			}
			m++
		}
		if m < len(spans) && spans[m].T0+sc.s.T0 <= t+1 {
			continue // a longer tagged name holds a letter: "H and R Co"
		}
		k = m
		out = append(out, Span{T0: a - sc.s.T0, T1: t + 2 - sc.s.T0, Type: "ORG"})
	}
	if out == nil {
		return spans
	}
	return append(out, spans[k:]...)
}

// initialsPair reports two capital letters joined by the "and" or "&"
// at t that make a name (see joinInitials).
func (sc *scan) initialsPair(t int) bool {
	if !initialLetter(sc.word(t-1)) || !initialLetter(sc.word(t+1)) {
		return false
	}
	a := t - 1
	if a > sc.s.T0 && (isCapitalised(sc.word(a-1)) || letteredKinds[sc.a.Lower[a-1]] || sc.word(a-1) == "&") {
		return false
	}
	if sc.word(t-1) == "C" && (sc.word(t+1) == "F" || sc.word(t+1) == "I") {
		return false // "C and F", "C and I": cost and freight, a trade's terms
	}
	// "A, B and C and D": letters listed.
	return t+2 >= sc.s.T1 || sc.word(t+2) != "&" && sc.a.Lower[t+2] != "and"
}

func andWord(w string) bool { return w == "and" || w == "&" }

// initialLetter reports one capital letter written alone.
func initialLetter(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// letteredKinds are nouns that name kinds, grades or parts by letters.
var letteredKinds = map[string]bool{
	"class": true, "classes": true, "category": true, "categories": true, "grade": true, "grades": true,
	"type": true, "types": true, "series": true, "tier": true, "tiers": true, "plan": true, "plans": true,
	"group": true, "groups": true, "vitamin": true, "vitamins": true, "section": true, "sections": true,
	"schedule": true, "annex": true, "annexes": true, "appendix": true, "part": true, "parts": true,
	"phase": true, "phases": true, "zone": true, "zones": true, "block": true, "blocks": true,
	"hepatitis": true, "division": true, "divisions": true, "league": true, "leagues": true,
	"columns": true, "column": true, "options": true, "option": true, "points": true, "point": true,
}

// joinMiddleInitials joins a given name and a person's tagged span with a
// lone capital letter between them into one person's name, which the
// tagger split at the initial: "George W Bush" read as the place "George"
// and the person "Bush" once the text also says "Mr Bush". The text
// writes the initial without its full stop. "A" and "I" are words more
// often than initials.
func (sc *scan) joinMiddleInitials(spans []Span) []Span {
	return joinSpans(spans, func(sp, next Span) (Span, bool) {
		i := sc.s.T0 + sp.T1
		if next.Type != "PER" || sp.Type == "MISC" || next.T0 != sp.T1+1 || sp.T1-sp.T0 > 2 {
			return Span{}, false
		}
		if w := sc.word(i); !initialLetter(w) || w == "A" || w == "I" {
			return Span{}, false
		}
		if !sc.lex.isGivenName(sc.word(sc.s.T0 + sp.T0)) {
			return Span{}, false
		}
		return Span{T0: sp.T0, T1: next.T1, Type: "PER"}, true
	})
}

// joinLegalForms extends a tagged name by the legal form "A/S" right
// after it, which the tagger never saw in training and leaves out, and
// makes it an organisation's: "Novo Industri A/S" read as the person
// "Novo Industri". (The tagger takes the forms it knows into the name,
// or another rule retypes the name: "Orlan Tessier Corp.")
func (sc *scan) joinLegalForms(spans []Span) []Span {
	var out []Span
	for k, sp := range spans {
		j := sc.s.T0 + sp.T1
		if sp.Type == "MISC" || k+1 < len(spans) && spans[k+1].T0 == sp.T1 || j >= sc.s.T1 || sc.word(j) != "A/S" {
			continue
		}
		t := sc.legalTail(j)
		if out == nil {
			out = append(make([]Span, 0, len(spans)), spans...)
		}
		out[k] = Span{T0: sp.T0, T1: t - sc.s.T0, Type: "ORG"}
	}
	if out == nil {
		return spans
	}
	return out
}
