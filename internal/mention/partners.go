package mention

// foreignAnds are the Dutch, German and French words for "and": between
// two capitalised names in English text they join the partners of one
// firm ("Pierson, Heldring en Pierson", "Aachener und Muenchener
// Beteiligungs-AG", "Moet et Chandon").
var foreignAnds = map[string]bool{"en": true, "und": true, "et": true}

// joinPartners joins the tagged spans of a firm named for its partners
// that the tagger split at the conjunction between them:
//   - a name repeated after "and" or "&" ("Saatchi and Saatchi", "Kahn and
//     Kahn Pty Ltd"), which no two entities share; the span after it holds
//     it alone or with a legal form or head noun after it ("Bank and Bank
//     of China" lists two banks);
//   - a given name before another given name, a surname and a head noun
//     ("the Anna and Piet Brouwer Foundation"): a couple's body;
//   - two surnames after a person's name and "of", where the person's
//     employer goes ("Ann Hale of Pryce and Tolley said"): a firm of
//     partners, unless the lexicon knows a name ("of Oxford and
//     Cambridge") or a given name starts one ("of Acme and Jane Doe");
//   - two names joined by a foreign "and" (see foreignAnds), neither a
//     country, place or person the lexicon knows.
func (sc *scan) joinPartners(spans []Span) []Span {
	return joinSpans(spans, func(sp, next Span) (Span, bool) {
		if next.T0 != sp.T1+1 || sp.Type == "MISC" && next.Type == "MISC" {
			return Span{}, false
		}
		i, k, end := sc.s.T0+sp.T0, sc.s.T0+sp.T1, sc.s.T0+next.T1
		switch c := sc.word(k); {
		case c == "and" || c == "&":
			if !sc.repeatedPartner(i, k, end) && !sc.foundersGivenNames(i, k, end) && !sc.employerPartners(spans, sp, next) {
				return Span{}, false
			}
		case foreignAnds[c]:
			if !sc.firmWord(k-1) || !sc.firmWord(k+1) || sc.knownOther(i, k) || sc.knownOther(k+1, end) {
				return Span{}, false
			}
		default:
			return Span{}, false
		}
		return Span{T0: sp.T0, T1: next.T1, Type: "ORG"}, true
	})
}

// repeatedPartner reports a name of one word at i repeated after the
// conjunction at k, alone or with legal forms or head nouns up to end.
func (sc *scan) repeatedPartner(i, k, end int) bool {
	if k != i+1 || sc.word(i) != sc.word(k+1) || !sc.firmWord(i) || sc.lex.isOrgWord(sc.word(i)) {
		return false
	}
	for t := k + 2; t < end; t++ {
		if w := sc.word(t); !legalSuffixes[sc.a.Lower[t]] && !sc.lex.isOrgWord(w) && !sc.lex.isCompanyHead(w) {
			return false
		}
	}
	return true
}

// foundersGivenNames reports a given name at i, the conjunction at k,
// and a given name, a surname and an organisation's head word up to end:
// a body named for a couple.
func (sc *scan) foundersGivenNames(i, k, end int) bool {
	return k == i+1 && end-k >= 4 && sc.lex.isGivenName(sc.word(i)) && sc.lex.isGivenName(sc.word(k+1)) &&
		sc.firmWord(k+2) && !sc.lex.isGivenName(sc.word(k+2)) && sc.lex.isOrgWord(sc.word(end-1))
}

// employerPartners reports the spans sp and next, one or two words and
// one word joined by "and", after "of" and a tagged person's name: the
// partners of the person's firm. Neither span holds a given name or a
// name the lexicon knows, and no capitalised word follows the second.
func (sc *scan) employerPartners(spans []Span, sp, next Span) bool {
	i, j := sc.s.T0+sp.T0, sc.s.T0+next.T1
	if sp.T1-sp.T0 > 2 || next.T1-next.T0 != 1 || sp.T0 < 2 || sc.word(i-1) != "of" || isCapitalised(sc.word(j)) && j < sc.s.T1 {
		return false
	}
	person := false
	for _, p := range spans {
		if p.T1 == sp.T0-1 && p.Type == "PER" {
			person = true
		}
	}
	if !person {
		return false
	}
	for t := i; t < j; t++ {
		if t == i+sp.T1-sp.T0 {
			continue // the conjunction
		}
		if !sc.firmWord(t) || sc.lex.isGivenName(sc.word(t)) || sc.lex.isStopword(sc.word(t)) {
			return false
		}
		if _, n := sc.lex.phrase(sc.a.Words[t:j]); n > 0 {
			return false
		}
	}
	return true
}
