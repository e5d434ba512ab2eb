package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// companyNounBefore are lower-case nouns that name a business right before
// its name: "its unit Vostrel", "household goods group Harlan Pike",
// "department store Quell", "construction companies Dorra Jaya and ...".
// ("maker" describes people too, "film maker"; these count only for names
// that do not open with a given name. Compounds in "-maker" are left out,
// "shoemaker Tobias Venn"; so is "rival": "his rival Ruuben Kask" and "its
// rival Ostrava Air" are alike, and the lexicon does not know every given
// name.)
var companyNounBefore = map[string]bool{
	"group": true, "unit": true, "store": true, "chain": true, "companies": true, "firms": true,
	"consultancy": true, "giant": true, "maker": true, "division": true,
}

// appositiveHead returns the head noun of the appositive after a name
// ending at t, or of the predicate noun after "is" or "was" ("X, a former
// unit of Y" and "X is a unit of Y" give "unit", "X - a mining firm"
// gives "firm", "X, one of the country's biggest firms" gives "firms",
// "X, the firm's founder" gives "founder"), or "".
func appositiveHead(a *text.Analysis, t int) string {
	if t >= len(a.Words) {
		return ""
	}
	switch a.Lower[t] {
	case ",", "-", "--", "is", "was":
	default:
		return ""
	}
	end := len(a.Words)
	if s := a.SentenceOf(t); s >= 0 {
		end = a.Sentences[s].T1
	}
	k := t + 1
	switch {
	case k < end && (a.Lower[k] == "a" || a.Lower[k] == "an" || a.Lower[k] == "the" || a.Lower[k] == "its"):
		k++
	case k+1 < end && a.Lower[k] == "one" && a.Lower[k+1] == "of":
		k += 2
	default:
		return ""
	}
	head := ""
	for n := 0; k < end && n < 8; k, n = k+1, n+1 {
		w := a.Lower[k]
		switch w {
		case ",", ".", ";", ":", ")", "(", "-", "--", "of", "for", "at", "with", "in", "on", "from", "to",
			"which", "that", "who", "whose", "and", "or", "based", "since":
			if w == "of" && (head == "group" || head == "chain") {
				return "" // "a group of islands", "a chain of atolls"
			}
			return head
		}
		if w == "'s" || w == "'" {
			head = "" // "the company's founder": the head comes after
			continue
		}
		head = w
		if a.Words[k] != w {
			head = "" // a capitalised word: a name, not the head
		}
	}
	return ""
}

// describedAsBusiness reports what a text says of a business and not of a
// person next to a mention the tagger took for a person: an appositive
// headed by a business noun ("X, a small software firm based in"), a
// legal form after a comma ("X, C.A."), a business noun before it and a
// comma or dash ("its mining subsidiary, X", "the venture - X"). The
// weaker cues count only when the name does not open with a given name:
// "X, which" or "X which runs", a business noun right before that may
// also describe a person ("crane maker X", "its unit X"), or a purchase
// ("had bought X").
func describedAsBusiness(a *text.Analysis, ms []mention.Mention, i int, name string) bool {
	m := &ms[i]
	lw := func(i int) string { return lowerAt(a, i) }
	if companyNouns[appositiveHead(a, m.T1)] {
		return true
	}
	if lw(m.T1) == "," && m.T1+1 < len(a.Words) && a.SentenceOf(m.T1+1) == a.SentenceOf(m.T0) && isCapitalisedWord(a.Words[m.T1+1]) {
		if w := strings.TrimSuffix(lw(m.T1+1), "."); (legalSuffixes[w] || foreignLegalSuffixes[w] || w == "c.a") && w != "co" {
			return true // "Petroquim Andes, C.A."
		}
	}
	// "Its mining subsidiary, X,", "half of the venture - X".
	if p := lw(m.T0 - 1); (p == "," || p == "-" || p == "--" || p == ":") && m.T0 >= 2 && a.SentenceOf(m.T0-2) == a.SentenceOf(m.T0) {
		if w := lw(m.T0 - 2); companyNouns[w] && a.Words[m.T0-2] == w && !complementNoun(a, m.T0-2) {
			return true
		}
	}
	first, _ := firstField(name)
	if lexicon.IsGivenName(first) {
		return false
	}
	if w := lw(m.T1); w == "which" || w == "," && lw(m.T1+1) == "which" {
		return true
	}
	if p := lw(m.T0 - 1); a.Words[max(m.T0-1, 0)] == p && companyNounBefore[p] {
		return true
	}
	switch lw(m.T0 - 1) {
	case "bought", "buy", "buying", "acquired", "acquire", "acquiring":
		return true
	}
	if officeBodySlot(a, m) {
		return true
	}
	if (reportsResults(a, m) || employerSlot(a, m) || staffBefore(a, m)) && !personSurname(a, ms, m) {
		return true
	}
	return listedWithCompanies(a, ms, i)
}

// staffNouns are jobs that a business or a body employs and a person does
// not: "an analyst at X", "a spokesman for X", "economist with X".
var staffNouns = map[string]bool{
	"analyst": true, "analysts": true, "economist": true, "economists": true, "strategist": true,
	"strategists": true, "forecaster": true, "meteorologist": true, "dealer": true, "dealers": true,
	"trader": true, "traders": true, "manager": true, "officer": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// employerSlot reports a name in the employer's slot after a job that
// only a business or a body has ("an analyst at X", "chief
// meteorologist for X", "a spokesman for X", "senior vice president of
// X"), or after an office title and "at" or "with" ("marketing director
// at X"). An award's "best director for X" names a person. (A person's
// spokesman is named with the person's full name elsewhere, which
// personSurname keeps: "Prime Minister Benjamin Netanyahu ... a spokesman
// for Netanyahu".)
func employerSlot(a *text.Analysis, m *mention.Mention) bool {
	if m.T0 < 2 || a.SentenceOf(m.T0-2) != a.SentenceOf(m.T0) || lowerAt(a, m.T0-3) == "best" {
		return false
	}
	p, w := a.Lower[m.T0-1], a.Lower[m.T0-2]
	if a.Words[m.T0-2] != w {
		return false
	}
	switch p {
	case "at", "with":
		if _, ok := lexicon.TitleByPhrase(w); ok {
			return true
		}
		return staffNouns[w]
	case "for", "from", "of":
		if p == "of" && (w == "president" || w == "chairman" || w == "director") {
			return true
		}
		return staffNouns[w]
	}
	return false
}

// staffBefore reports a name that qualifies an office that a business
// has, before its holder's name: "X economist Ilse Marten", "X chairman
// Omar Tarn", "X chief operating officer Ann Lee". ("X spokesman Y" is
// left out: people have spokesmen.)
func staffBefore(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	for k := m.T1; sw.in(k+1) && k < m.T1+4; k++ {
		w := a.Lower[k]
		if a.Words[k] != w {
			return false
		}
		if businessOffice(w, lowerAt(a, k-2)) {
			return isCapitalisedWord(a.Words[k+1])
		}
	}
	return false
}

// resultVerbs report a business's results: "X reported a 51 pct rise".
var resultVerbs = map[string]bool{
	"reported": true, "reports": true, "posted": true, "posts": true, "recorded": true, "records": true,
}

// resultNouns head the results a business reports: "a 20 pct rise in
// premiums", "net earnings", "a record pre-tax profit".
var resultNouns = map[string]bool{
	"rise": true, "fall": true, "increase": true, "decrease": true, "decline": true, "drop": true,
	"gain": true, "jump": true, "profit": true, "profits": true, "loss": true, "losses": true,
	"earnings": true, "income": true, "turnover": true, "revenue": true, "revenues": true, "sales": true,
}

// reportsResults reports a name that is the subject of a verb of
// reporting results whose object is a figure or a result: "X reported a
// 51 pct rise in premiums", "X earlier posted a record profit", "X
// reported net earnings of". A person reports results for a business,
// and news says so ("Smith said sales rose").
func reportsResults(a *text.Analysis, m *mention.Mention) bool {
	sw := sentenceOf(a, m.T0)
	if sw.lower(m.T0-1) == "by" {
		return false // "Economists led by Tarvo Brask reported": not the subject
	}
	k := m.T1
	if sw.in(k) && (a.Lower[k] == "earlier" || a.Lower[k] == "also" || a.Lower[k] == "today" || a.Lower[k] == "yesterday") {
		k++
	}
	if !sw.in(k) || !resultVerbs[a.Lower[k]] {
		return false
	}
	k++
	if sw.in(k) && (a.Lower[k] == "a" || a.Lower[k] == "an") {
		k++
	}
	for n := 0; sw.in(k) && n < 5; k, n = k+1, n+1 {
		w := a.Lower[k]
		if resultNouns[w] {
			return true
		}
		if a.Words[k] != w && !allDigits(strings.Trim(w, ".,%")) {
			return false // a capitalised word: "X reported Smith's"
		}
		switch {
		case w == "pct" || w == "%" || w == "per" || w == "cent" || w == "percent" || w == "net" || w == "pre-tax" || w == "pretax" ||
			w == "record" || w == "higher" || w == "lower" || w == "sharp" || w == "first" || w == "half" || w == "quarter" ||
			w == "operating" || w == "full-year" || w == "annual" || w == "strong" || w == "big" || w == "bigger" || w == "smaller":
		case strings.IndexFunc(w, unicode.IsDigit) >= 0:
		default:
			return false
		}
	}
	return false
}

// officeBodySlot reports a name in the body slot of a described office
// whose holder the appositive after it names: "A spokesman for Acme
// Builders, Dr Ann Lee, said", "an economist at Lowe Partners, Jane
// Hall,". The holder's name opens with an honorific or a given name.
func officeBodySlot(a *text.Analysis, m *mention.Mention) bool {
	switch lowerAt(a, m.T0-1) {
	case "for", "at", "with":
	default:
		return false
	}
	t, ok := lexicon.TitleByPhrase(lowerAt(a, m.T0-2))
	if !ok || t.Role != lexicon.Official && t.Role != lexicon.Leader {
		return false
	}
	if w := lowerAt(a, m.T0-3); w != "a" && w != "an" && w != "the" {
		return false
	}
	if lowerAt(a, m.T1) != "," || m.T1+2 >= len(a.Words) || a.SentenceOf(m.T1+2) != a.SentenceOf(m.T0) {
		return false
	}
	holder := strings.TrimSuffix(a.Words[m.T1+1], ".")
	if _, ok := lexicon.Honorific(holder); ok {
		return true
	}
	return lexicon.IsGivenName(holder) && isCapitalisedWord(a.Words[m.T1+2])
}

// pluralBusinessNouns name businesses in the plural right before a list
// of their names: "construction companies X and Y", "the banks X, Y and
// Z".
var pluralBusinessNouns = map[string]bool{
	"companies": true, "firms": true, "banks": true, "lenders": true, "insurers": true,
	"carmakers": true, "retailers": true, "airlines": true, "brewers": true, "conglomerates": true,
}

// listedWithCompanies reports a name in a list of names whose other
// members are all organisations ("A Corp, Bank of B, C and D"), one of
// them a company by its form or by the lexicon, or a list after a plural
// business noun ("construction companies C and D"): a list names things
// of one kind. A list of two whose name comes first ("Dun and Bradstreet
// Corp", "Alex Brown and Sons Inc") may be one company's name cut in two,
// and counts only when the other is a company the lexicon knows
// ("Maserati and Ferrari"). The list must end in "and" or "or": "X, Acme Corp's chairman"
// is an apposition.
func listedWithCompanies(a *text.Analysis, ms []mention.Mention, i int) bool {
	lo, hi := i, i+1
	for lo > 0 {
		if ok, _ := listGap(a, &ms[lo-1], &ms[lo]); !ok {
			break
		}
		lo--
	}
	for hi < len(ms) {
		if ok, _ := listGap(a, &ms[hi-1], &ms[hi]); !ok {
			break
		}
		hi++
	}
	if hi-lo < 2 || lowerAt(a, ms[hi-1].T1) == "'s" {
		return false
	}
	if _, conj := listGap(a, &ms[hi-2], &ms[hi-1]); !conj {
		return false
	}
	if p := lowerAt(a, ms[lo].T0-1); pluralBusinessNouns[p] && a.Words[ms[lo].T0-1] == p {
		return true
	}
	certain := false
	for k := lo; k < hi; k++ {
		if k == i {
			continue
		}
		m := &ms[k]
		byText := businessByText(a, ms, m)
		if m.Type != graph.Organization && !byText {
			return false
		}
		if hi-lo == 2 && k == i+1 && m.Canon == "" {
			return false // "Dun and Bradstreet Corp"
		}
		if byText || companyByForm(a, m) {
			certain = true
		}
	}
	return certain
}

// businessByText reports a name the text treats as a business's in some
// mention, whatever the tagger took it for: "Tarrow Banks's sales rose",
// "Tarrow Banks reported a 5 pct rise in profits".
func businessByText(a *text.Analysis, ms []mention.Mention, m *mention.Mention) bool {
	words := namedWords(a, m)
	for k := range ms {
		if o := &ms[k]; o.Kind == mention.Name && slices.Equal(namedWords(a, o), words) && (ownedByBusiness(a, o) || reportsResults(a, o)) {
			return true
		}
	}
	return false
}

// namedWords returns the words of mention m without a closing "'s".
func namedWords(a *text.Analysis, m *mention.Mention) []string {
	w := a.Words[m.T0:m.T1]
	if len(w) > 1 && w[len(w)-1] == "'s" {
		w = w[:len(w)-1]
	}
	return w
}

// listGap reports whether mentions m and n, in this order, are members of
// one list: names of one sentence apart by a comma, "and" or "or" (", and"
// too) and perhaps "the"; conj tells whether the gap holds "and" or "or".
func listGap(a *text.Analysis, m, n *mention.Mention) (ok, conj bool) {
	if m.Kind != mention.Name || n.Kind != mention.Name || a.SentenceOf(m.T0) != a.SentenceOf(n.T0) {
		return false, false
	}
	k := m.T1
	if k < n.T0 && a.Words[k] == "," {
		k++
	}
	if k < n.T0 && (a.Lower[k] == "and" || a.Lower[k] == "or") {
		conj = true
		k++
	}
	if k == m.T1 {
		return false, false
	}
	if k < n.T0 && a.Lower[k] == "the" {
		k++
	}
	return k == n.T0, conj
}

// companyByForm reports an organisation mention that is a company by the
// lexicon or by its form: a legal suffix or a company's head word at its
// end, a bank's word in it.
func companyByForm(a *text.Analysis, m *mention.Mention) bool {
	if m.Canon != "" {
		o, ok := lexicon.OrgByName(m.Canon)
		return ok && o.Kind == lexicon.KindCompany
	}
	words := a.Words[m.T0:m.T1]
	last := words[len(words)-1]
	return len(words) > 1 && isLegalSuffix(last) || companyWords[last] || lexicon.IsCompanyHead(last) || slices.ContainsFunc(words, bankWord)
}

// isLegalSuffix reports a company's legal suffix: "Ltd", "Corp.", "AG",
// "SpA".
func isLegalSuffix(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return legalSuffixes[w] || foreignLegalSuffixes[w]
}

// ellipticalPossessive reports a possessive name that stands for a shop
// or a firm, followed by no noun it would own: "stores such as Dorrin's,
// Pellam's and Quist's, which", "Hallam's said", "the owner of Dorrin's -
// a chain". A list of possessives that ends in a noun is no such name,
// nor is one in a sentence about diseases:
// "Kask's and Taavet's campaigns". (ownsNoun vetoes a name whose other
// possessives own nouns: "Crohn's disease ... Crohn's is".)
func ellipticalPossessive(a *text.Analysis, m *mention.Mention) bool {
	k := afterPossessive(a, m)
	if k < 0 {
		return false
	}
	sw := sentenceOf(a, m.T0)
	in := sw.in
	// Skip the rest of a list of possessive names.
	for in(k+1) && (a.Lower[k] == "," || a.Lower[k] == "and" || a.Lower[k] == "or") && isCapitalisedWord(a.Words[k+1]) {
		j := k + 1
		for in(j) && j < k+5 && isCapitalisedWord(a.Words[j]) {
			j++
		}
		if !in(j) || a.Words[j] != "'s" {
			break
		}
		k = j + 1
	}
	if in(k) && !afterEllipsis(a.Lower[k]) {
		return false
	}
	// Diseases are named by possessives too: "illnesses like Parkinson's,
	// ... and motor neurone disease".
	for j := sw.t0; j < sw.t1; j++ {
		switch a.Lower[j] {
		case "disease", "diseases", "syndrome", "illness", "illnesses", "disorder", "disorders":
			return false
		}
	}
	return true
}

// afterEllipsis reports a word that may follow a possessive that owns no
// noun: punctuation or a verb ("Hallam's said").
func afterEllipsis(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "-", "--", "said", "says", "has", "had", "is", "was", "will", "would":
		return true
	}
	return false
}

// readAsPerson reports a mention that reads as a person's: personCue, an
// office title right before ("chairman X"), or "who" after ("X, who").
func readAsPerson(a *text.Analysis, m *mention.Mention) bool {
	if personCue(a, m) {
		return true
	}
	if m.T0 >= 1 && a.SentenceOf(m.T0-1) == a.SentenceOf(m.T0) {
		if _, ok := lexicon.TitleByPhrase(strings.TrimSuffix(a.Words[m.T0-1], ".")); ok {
			return true
		}
	}
	next := lowerAt(a, m.T1)
	return next == "who" || next == "," && lowerAt(a, m.T1+1) == "who"
}

// complementNoun reports a noun at k that ends a noun phrase after an
// office title and "of": "the head of the state gas company, X" names the
// head, not the company ("the sale of its unit, X" names the unit).
func complementNoun(a *text.Analysis, k int) bool {
	s := a.SentenceOf(k)
	for j := k - 1; j >= 0 && j >= k-6 && a.SentenceOf(j) == s; j-- {
		switch a.Lower[j] {
		case "of":
			_, ok := lexicon.TitleByPhrase(a.Lower[max(j-1, 0)])
			return ok
		case ",", ".", ";", ":", "-", "--", "(", "and", "or", "in", "at", "with", "for", "by", "to", "from", "on":
			return false
		}
	}
	return false
}

// ownsNoun reports a possessive mention followed by a lower-case word:
// "Crohn's disease", "Dorrin's new stores".
func ownsNoun(a *text.Analysis, m *mention.Mention) bool {
	k := afterPossessive(a, m)
	if k < 0 {
		return false
	}
	if k >= len(a.Words) || a.SentenceOf(k) != a.SentenceOf(m.T0) || afterEllipsis(a.Lower[k]) || a.Lower[k] == "and" || a.Lower[k] == "or" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a.Words[k])
	return unicode.IsLower(r)
}

// afterPossessive returns the token after the "'s" that ends mention m or
// follows it, or -1.
func afterPossessive(a *text.Analysis, m *mention.Mention) int {
	switch k := m.T1; {
	case k > m.T0 && a.Words[k-1] == "'s":
		return k
	case k < len(a.Words) && a.Words[k] == "'s":
		return k + 1
	}
	return -1
}

// namesGroup reports a surname the tagger took for a person that names
// a group of companies or investors: "the Gabelli group said",
// "Sweden's Wallenberg group". A family's business group is called by
// the family's name, and news names it by "the" or an owner's possessive
// and "group" in lower case. Full names stay people's: "the Dudley Kell
// group" is a group that a person leads.
func namesGroup(a *text.Analysis, m *mention.Mention) bool {
	if m.T1-m.T0 != 1 || m.T1 >= len(a.Words) || a.Words[m.T1] != "group" || a.SentenceOf(m.T1) != a.SentenceOf(m.T0) {
		return false
	}
	if w := lowerAt(a, m.T1+1); w == "of" || w == "'s" {
		return false // "the Kask group of MPs"
	}
	if lexicon.IsGivenName(a.Words[m.T0]) {
		return false
	}
	p := lowerAt(a, m.T0-1)
	return p == "the" || p == "'s" && m.T0 >= 2 && isCapitalisedWord(a.Words[m.T0-2])
}

// personSurname reports a one-word mention that is the last word of a
// person's name in the text.
func personSurname(a *text.Analysis, ms []mention.Mention, m *mention.Mention) bool {
	if m.T1-m.T0 != 1 {
		return false
	}
	w := a.Words[m.T0]
	for k := range ms {
		if o := &ms[k]; o.Type == graph.Person && o.T1-o.T0 > 1 && a.Words[o.T1-1] == w {
			return true
		}
	}
	return false
}
