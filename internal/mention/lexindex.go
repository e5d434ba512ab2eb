package mention

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/token"
)

type lexKind uint8

const (
	lexName lexKind = iota + 1
	lexDemonym
	lexCapital
	lexParty
)

// lexEntry is what a phrase of the lexicons names.
type lexEntry struct {
	kind    lexKind
	typ     graph.Type
	canon   string
	country string
	// alts are the other parties a label may name ("Labour" in Britain,
	// Australia, New Zealand): resolution picks by the countries a text
	// names.
	alts []lexEntry
}

// lexIndex maps word sequences (joined by single spaces, as tokenised) to
// lexicon entries, and lower-case title phrases to titles.
type lexIndex struct {
	phrases  map[string]lexEntry
	maxWords int
	firstLen map[string]phraseStart // phrases starting with a word
	titles   map[string]lexicon.Title
	maxTitle int
	titleLen map[string]int  // longest title starting with a lower-case word
	words    map[string]bool // every word of a title phrase

	// firstKeys and titleKeys rule most words out before firstLen and
	// titleLen: phrase and title are asked about every word of a text.
	// pairKeys holds the first two words of the phrases of two words or
	// more: "the" starts long names, but seldom before a capital.
	firstKeys, titleKeys, pairKeys wordFilter
}

// phraseStart describes the phrases that start with a word: the longest
// (in words) and, bit n of lengths, whether one has n words (bit 63: 63 or
// more).
type phraseStart struct {
	longest int
	lengths uint64
}

// wordFilter is a set of words that may report a word it does not hold
// but never misses one it holds: a bit per hash of a word's length and
// first, middle and last bytes.
type wordFilter []uint64

func newWordFilter[V any](m map[string]V) wordFilter {
	size := 64
	for size < 8*len(m) {
		size <<= 1
	}
	f := make(wordFilter, size/64)
	for w := range m {
		b := f.bit(w)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}

func (f wordFilter) bit(w string) uint {
	return wordHash(w) & uint(64*len(f)-1)
}

func wordHash(w string) uint {
	if len(w) == 0 {
		return 0
	}
	h := uint(len(w))*0x9e3779b1 ^ uint(w[0])*0x85ebca77 ^ uint(w[len(w)/2])*0xc2b2ae3d ^ uint(w[len(w)-1])*0x27d4eb2f
	return h ^ h>>15
}

// mayHave reports false when f does not hold w.
func (f wordFilter) mayHave(w string) bool {
	b := f.bit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// pairBit is the bit of the words a and b in f.
func (f wordFilter) pairBit(a, b string) uint {
	h := wordHash(a)*0x2545f491 ^ wordHash(b)
	return (h ^ h>>13) & uint(64*len(f)-1)
}

// addPair adds the words a and b, one after the other.
func (f wordFilter) addPair(a, b string) {
	i := f.pairBit(a, b)
	f[i/64] |= 1 << (i % 64)
}

// mayHavePair reports false when f does not hold a followed by b.
func (f wordFilter) mayHavePair(a, b string) bool {
	i := f.pairBit(a, b)
	return f[i/64]&(1<<(i%64)) != 0
}

var (
	lexOnce sync.Once
	lexIdx  *lexIndex
)

func index() *lexIndex {
	lexOnce.Do(func() { lexIdx = buildIndex() })
	return lexIdx
}

// Prepare builds the index of the lexicon's names now rather than in the
// first Find, so that a program can build it while it does other work.
func Prepare() { index() }

// phraseKey tokenises a lexicon phrase the way documents are tokenised, so
// that "Russia's" or "U.S.-led" forms line up.
func phraseKey(s string) (string, int) {
	toks := tokenizeWords(s)
	return strings.Join(toks, " "), len(toks)
}

func buildIndex() *lexIndex {
	x := &lexIndex{
		phrases:  map[string]lexEntry{},
		firstLen: map[string]phraseStart{},
		titles:   map[string]lexicon.Title{},
		titleLen: map[string]int{},
		words:    map[string]bool{},
	}
	var putKey func(k string, n int, e lexEntry, override bool)
	put := func(phrase string, e lexEntry, override bool) {
		k, n := phraseKey(phrase)
		if n == 0 || !properName(k) {
			return
		}
		putKey(k, n, e, override)
	}
	putKey = func(k string, n int, e lexEntry, override bool) {
		if _, ok := x.phrases[k]; ok && !override {
			return
		}
		x.phrases[k] = e
		if n > x.maxWords {
			x.maxWords = n
		}
		// "The Independent" is "the Independent" inside a sentence.
		if strings.HasPrefix(k, "The ") {
			lk := "the" + k[3:]
			if _, ok := x.phrases[lk]; !ok || override {
				x.phrases[lk] = e
				ps := x.firstLen["the"]
				ps.longest = max(ps.longest, n)
				x.firstLen["the"] = ps
			}
		}
		first, _, _ := strings.Cut(k, " ")
		ps := x.firstLen[first]
		ps.longest = max(ps.longest, n)
		x.firstLen[first] = ps
	}
	// Order matters: a phrase keeps its first meaning unless a later one
	// overrides it. Countries come first, then organisations, then places;
	// capitals override places of the same name.
	for _, c := range lexicon.Countries() {
		e := lexEntry{kind: lexName, typ: graph.Country, canon: c.Name, country: c.Name}
		put(c.Name, e, true)
		for _, a := range c.Aliases {
			put(a, e, false)
		}
	}
	for _, o := range lexicon.Orgs() {
		e := lexEntry{kind: lexName, typ: graph.Organization, canon: o.Name, country: o.Country}
		put(o.Name, e, false)
		for _, a := range o.Aliases {
			put(a, e, false)
		}
		for _, v := range append([]string{o.Name}, o.Aliases...) {
			if k, n, ok := lowerHeadForm(v); ok {
				putKey(k, n, e, false)
			}
			k, n := phraseKey(v)
			// "Merrill Lynch, Pierce Fenner and Smith": news drops
			// some commas of a name that lists partners or portfolios.
			if strings.Contains(k, " , ") && properName(k) {
				for _, kv := range commaVariants(strings.Split(k, " ")) {
					putKey(strings.Join(kv, " "), len(kv), e, false)
				}
			}
			// "Procter and Gamble", "Hennes and Mauritz": news spells
			// out the ampersand of a firm's name.
			if strings.Contains(k, " & ") {
				putKey(strings.ReplaceAll(k, " & ", " and "), n, e, false)
			}
		}
		if o.Kind == lexicon.KindParty {
			for _, l := range partyLabels(o) {
				e := lexEntry{kind: lexParty, typ: graph.Organization, canon: o.Name, country: o.Country}
				if k, _ := phraseKey(l); x.phrases[k].kind == lexParty {
					prev := x.phrases[k]
					prev.alts = append(prev.alts, e)
					x.phrases[k] = prev
					continue
				}
				put(l, e, false)
			}
		}
	}
	for _, p := range lexicon.Places() {
		e := lexEntry{kind: lexName, typ: graph.Place, canon: p.Name, country: p.Country}
		put(p.Name, e, false)
		for _, a := range p.Aliases {
			put(a, e, false)
		}
	}
	for _, c := range lexicon.Countries() {
		for _, cap := range c.Capitals {
			// A current state keeps its capital: Moscow is Russia's, not
			// the Soviet Union's.
			if k, _ := phraseKey(cap); c.Former && x.phrases[k].kind == lexCapital {
				continue
			}
			put(cap, lexEntry{kind: lexCapital, typ: graph.Place, canon: cap, country: c.Name}, true)
		}
		for _, d := range c.Demonyms {
			k, _ := phraseKey(d)
			if _, ok := x.phrases[k]; !ok {
				put(d, lexEntry{kind: lexDemonym, canon: c.Name, country: c.Name}, false)
			}
		}
	}
	// Adjectives of continents and regions ("European", "Asian", "African")
	// are not names: they are marked like demonyms without a country.
	for _, p := range lexicon.Places() {
		if p.Kind != "continent" && p.Kind != "region" || strings.Contains(p.Name, " ") {
			continue
		}
		for _, adj := range regionAdjectives(p.Name) {
			if k, _ := phraseKey(adj); x.phrases[k].kind == 0 {
				put(adj, lexEntry{kind: lexDemonym}, false)
			}
		}
	}
	for _, t := range lexicon.Titles() {
		for _, v := range append([]string{t.Title}, t.Variants...) {
			toks := tokenizeWords(strings.ToLower(v))
			if len(toks) == 0 || len(toks) > 1 && namesCountry(toks[0]) {
				// "u.s. secretary of state": the country is found apart.
				continue
			}
			x.titles[strings.Join(toks, " ")] = t
			x.titleLen[toks[0]] = max(x.titleLen[toks[0]], len(toks))
			// Capitalised, an abbreviation keeps its period: "Sen.", "Gen.".
			if capToks := tokenizeWords(strings.ToUpper(v[:1]) + v[1:]); len(capToks) != len(toks) {
				lower := strings.ToLower(capToks[0])
				x.titles[strings.ToLower(strings.Join(capToks, " "))] = t
				x.titleLen[lower] = max(x.titleLen[lower], len(capToks))
			}
			// Every word capitalised: "Lt. Col.", "Maj. Gen." keep both
			// periods.
			if strings.Count(v, ".") > 1 && strings.Contains(v, " ") {
				words := strings.Fields(v)
				for k, w := range words {
					words[k] = strings.ToUpper(w[:1]) + w[1:]
				}
				if capToks := tokenizeWords(strings.Join(words, " ")); len(capToks) > 0 {
					lower := strings.ToLower(capToks[0])
					x.titles[strings.ToLower(strings.Join(capToks, " "))] = t
					x.titleLen[lower] = max(x.titleLen[lower], len(capToks))
				}
			}
			if len(toks) > x.maxTitle {
				x.maxTitle = len(toks)
			}
			for _, w := range toks {
				if !nameConnectors[w] {
					x.words[w] = true
				}
			}
		}
	}
	// The lengths of the phrases, in words as phrase joins them, and
	// their first two words.
	x.pairKeys = make(wordFilter, 1024) // 64k bits
	for k := range x.phrases {
		first, rest, long := strings.Cut(k, " ")
		if ps, ok := x.firstLen[first]; ok {
			ps.lengths |= 1 << min(strings.Count(k, " ")+1, 63)
			x.firstLen[first] = ps
		}
		if long {
			second, _, _ := strings.Cut(rest, " ")
			x.pairKeys.addPair(first, second)
		}
	}
	x.firstKeys = newWordFilter(x.firstLen)
	x.titleKeys = newWordFilter(x.titleLen)
	return x
}

// PartyLabels returns the labels that name the party o's members or
// stand for it as adjectives ("Liberal Democrat" for the "Liberal
// Democrats"), as partyLabels does for the lexicon index.
func PartyLabels(o lexicon.Org) []string { return partyLabels(o) }

// partyLabels returns the labels that name a party's members or stand
// for the party as adjectives: the name without "Party" ("Conservative
// Party" -> "Conservative", "Green Party of England and Wales" -> "Green")
// and plural names in the singular ("Liberal Democrats" -> "Liberal
// Democrat", "Republicans" -> "Republican").
func partyLabels(o lexicon.Org) []string {
	var out []string
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		if i := strings.Index(n, " Party"); i > 0 {
			out = append(out, n[:i])
			continue
		}
		if f := strings.Fields(n); len(f) <= 2 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && n != strings.ToUpper(n) {
			out = append(out, strings.TrimSuffix(n, "s"), n)
		}
	}
	return out
}

// phrase returns the longest lexicon phrase at the start of words. Only
// words that start a phrase are looked further; keys are built in a
// stack buffer, so a lookup does not allocate.
func (x *lexIndex) phrase(words []string) (lexEntry, int) {
	if len(words) == 0 || !x.firstKeys.mayHave(words[0]) {
		return lexEntry{}, 0
	}
	ps := x.firstLen[words[0]]
	n := min(len(words), ps.longest)
	// Only lengths some phrase has are looked up, and only one word when
	// no phrase starts with the first two; words with a space (none, as
	// tokenised) would make the count of words differ.
	if n > 1 && !x.pairKeys.mayHavePair(words[0], words[1]) {
		ps.lengths &= 1 << 1
	}
	for _, w := range words[:n] {
		if strings.IndexByte(w, ' ') >= 0 {
			ps.lengths = ^uint64(0)
		}
	}
	var buf [256]byte
	for ; n > 0; n-- {
		if ps.lengths&(1<<min(n, 63)) == 0 {
			continue
		}
		key, ok := joinInto(buf[:0], words[:n], false)
		if !ok {
			continue
		}
		if e, ok := x.phrases[string(key)]; ok {
			return e, n
		}
	}
	return lexEntry{}, 0
}

// title returns the longest title phrase at the start of words, matched in
// lower case; lower0 is words[0] in lower case (strings.ToLower).
func (x *lexIndex) title(words []string, lower0 string) (lexicon.Title, int) {
	// A first word too long for the key buffer starts no title.
	if len(words) == 0 || len(words[0]) > 256 || len(lower0) > 256 || !x.titleKeys.mayHave(lower0) {
		return lexicon.Title{}, 0
	}
	var buf [256]byte
	n := min(len(words), x.titleLen[lower0])
	for ; n > 0; n-- {
		key, ok := joinInto(buf[:0], words[:n], true)
		if !ok {
			continue
		}
		if t, ok := x.titles[string(key)]; ok {
			return t, n
		}
	}
	return lexicon.Title{}, 0
}

// joinInto appends words joined by spaces to b, in lower case when lower
// is set; it reports false when they do not fit in b's capacity.
func joinInto(b []byte, words []string, lower bool) ([]byte, bool) {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		if len(b)+len(w) > cap(b) {
			return nil, false
		}
		if !lower {
			b = append(b, w...)
			continue
		}
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= utf8.RuneSelf {
				// Not ASCII: fold the rest properly.
				low := strings.ToLower(w[j:])
				if len(b)+len(low) > cap(b) {
					return nil, false
				}
				b = append(b, low...)
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return b, true
}

// isTitlePart reports whether the lower-case word w occurs in a title
// phrase ("shadow", "foreign", "deputy").
func (x *lexIndex) isTitlePart(w string) bool { return x.words[w] }

// isTitleWord reports whether w is a whole title by itself ("President",
// "Minister"): such words are never part of a name.
func (x *lexIndex) isTitleWord(w string) bool {
	// An ASCII word is put in lower case in a stack buffer: the lookup
	// does not allocate.
	var buf [64]byte
	if len(w) <= len(buf) {
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				b = nil
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if b != nil {
			_, ok := x.titles[string(b)]
			return ok
		}
	}
	_, ok := x.titles[strings.ToLower(w)]
	return ok
}

// plainWord reports whether w is not a lexicon name, demonym or title.
func (x *lexIndex) plainWord(w string) bool {
	_, ok := x.phrases[w]
	return !ok
}

func (x *lexIndex) isGivenName(w string) bool     { return lexicon.IsGivenName(w) }
func (x *lexIndex) isOrgWord(w string) bool       { return lexicon.IsOrgWord(w) }
func (x *lexIndex) isStopword(w string) bool      { return lexicon.IsStopword(w) }
func (x *lexIndex) isCompanyHead(w string) bool   { return lexicon.IsCompanyHead(w) }
func (x *lexIndex) isAgreementNoun(w string) bool { return lexicon.IsAgreementNoun(w) }
func (x *lexIndex) isHonorific(w string) bool {
	_, ok := lexicon.Honorific(w)
	return ok
}

// tokenizeWords splits a lexicon phrase into the normalised words a
// document of the same text would have.
func tokenizeWords(s string) []string {
	// A word follows, as in running text: "Sen." keeps its period before
	// a name, though it would lose it at the end of a sentence.
	text := s + " x"
	toks := token.Tokenize(text, 0, len(text))
	toks = toks[:len(toks)-1]
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = token.Normal(t.Text(text))
	}
	return out
}

// namesCountry reports whether a lower-case word is a country's name,
// alias or demonym in any case ("u.s.", "british").
func namesCountry(w string) bool {
	for _, f := range []string{strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
		if _, ok := lexicon.CountryByName(f); ok {
			return true
		}
		if _, ok := lexicon.CountryByDemonym(f); ok {
			return true
		}
	}
	return false
}

// properName reports whether a lexicon phrase reads as a name: every word
// capitalised or a connector ("Armed Forces of Ukraine"), not a
// description with lower-case words ("Ukrainian army").
func properName(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameConnectors[w] {
			return false
		}
	}
	return true
}

var nameConnectors = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "de": true, "du": true, "des": true, "la": true,
	"le": true, "el": true, "al": true, "von": true, "van": true, "der": true, "den": true, "in": true,
	"on": true, "to": true, "'s": true, "da": true, "do": true, "di": true, "y": true, "e": true, "et": true,
	"upon": true, "at": true, "an": true, "es": true,
}

// regionAdjectives derives the adjectives of a region's name: "Europe" ->
// "European", "Asia" -> "Asian", "Africa" -> "African".
func regionAdjectives(name string) []string {
	switch {
	case strings.HasSuffix(name, "e"):
		return []string{name[:len(name)-1] + "ean", name + "an"}
	case strings.HasSuffix(name, "a"):
		return []string{name + "n"}
	}
	return nil
}

// lowerHeads are the head nouns of bodies that wire copy writes in lower
// case after the body's capitalised name: "the Paris club", "the European
// commission", "the Labour party", "the Awami league".
var lowerHeads = map[string]bool{
	"club": true, "group": true, "committee": true, "commission": true, "council": true,
	"tribunal": true, "court": true, "union": true, "parliament": true, "assembly": true,
	"party": true, "league": true, "office": true, "fund": true, "bank": true, "alliance": true,
	"federation": true, "association": true, "authority": true, "board": true, "agency": true,
	"congress": true, "army": true,
}

// lowerHeadForm returns the key of an organisation's name of two words or
// more with its head noun in lower case ("Paris club" of "Paris Club"), its
// number of words, and whether the name has such a form: the words before
// the head must read as a name.
func lowerHeadForm(name string) (string, int, bool) {
	k, n := phraseKey(name)
	i := strings.LastIndexByte(k, ' ')
	if n < 2 || i < 0 || !properName(k) {
		return "", 0, false
	}
	head := k[i+1:]
	low := strings.ToLower(head)
	if head == low || !lowerHeads[low] || k[:i] == "The" {
		return "", 0, false
	}
	return k[:i+1] + low, n, true
}

// commaVariants returns the phrase's words with each non-empty subset of
// its commas (up to three) left out.
func commaVariants(words []string) [][]string {
	var at []int
	for k, w := range words {
		if w == "," && k > 0 {
			at = append(at, k)
		}
	}
	if len(at) == 0 || len(at) > 3 {
		return nil
	}
	var out [][]string
	for mask := 1; mask < 1<<len(at); mask++ {
		var v []string
		for k, w := range words {
			drop := false
			for b, a := range at {
				if a == k && mask&(1<<b) != 0 {
					drop = true
				}
			}
			if !drop {
				v = append(v, w)
			}
		}
		out = append(out, v)
	}
	return out
}
