package mention

// possessedBody returns the start of a body's name that an organisation
// span [i, j) holds after its possessor ("Britain's", "the Finance
// Ministry's"), and whether it holds one: "Philippines' Commission on Good
// Government", "the Finance Ministry's Customs Administration Department",
// "the FDA's Office of Drug Safety". News names the body without the
// possessor. The possessor must be a name the lexicon knows (a country, a
// demonym, a place, an organisation) or a body's name closed by its head
// noun ("Finance Ministry"); the body's name must be two words or more
// that end in a body's head noun, or start with one before "of" ("Office
// of Fair Trading"), or one head noun before its field ("Commission" of
// "Commission on Good Government"). Names that hold a possessive of their own are left
// whole: "People's Bank", "Moody's Investors Service", "Hudson's Bay Co"
// (a company's legal form ends it), "Transport and General Workers'
// Union".
func (sc *scan) possessedBody(i, j int) (int, bool) {
	for k := i + 1; k+1 < j; k++ {
		if w := sc.word(k); w != "'s" && w != "'" {
			continue
		}
		if !sc.knownName(i, k) && !(k-i >= 2 && sc.nameWords(i, k) && sc.lex.isOrgWord(sc.word(k-1))) {
			return 0, false
		}
		last := sc.a.Lower[j-1]
		if legalSuffixes[last] || sc.lex.isCompanyHead(sc.word(j-1)) {
			return 0, false
		}
		if sc.headedName(k+1, j) || sc.headFirstName(k+1, j) {
			return k + 1, true
		}
		if k+2 == j && isCapitalised(sc.word(j-1)) && sc.lex.isOrgWord(sc.word(j-1)) && j+1 < sc.s.T1 && bodyLinks[sc.a.Lower[j]] && isCapitalised(sc.word(j+1)) {
			// "the Philippines' Commission on Good Government": the
			// head noun alone, its field after it.
			return k + 1, true
		}
		return 0, false
	}
	return 0, false
}

// bodyLinks join a body's head noun to its field, country or portfolios:
// "Commission on Good Government", "Office of Fair Trading", "Ministry of
// Economy".
var bodyLinks = map[string]bool{"of": true, "for": true, "on": true}

// knownName reports whether [i, j) is a whole name the lexicon knows: a
// country, a capital, a demonym, a place or an organisation.
func (sc *scan) knownName(i, j int) bool {
	e, n := sc.lex.phrase(sc.a.Words[i:j])
	return n == j-i && e.kind != 0
}
