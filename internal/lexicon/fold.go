package lexicon

import (
	"unicode"
	"unicode/utf8"
)

// fold appends the lookup key of s to dst and returns it. The key is s in
// lower case, with the accents of Latin letters dropped (é to e, ß to ss),
// curly quotes made straight, hyphens, dashes and runs of white space made one
// space, and no space at either end. A leading "the " is dropped when at least
// two more words follow ("the United States" and "United States" share a key,
// "The Hague" keeps its article).
//
// Callers pass a small stack buffer (var b [64]byte; fold(b[:0], s)) so that
// a lookup m[string(key)] does not allocate.
func fold(dst []byte, s string) []byte {
	start := len(dst)
	space := true // suppress leading spaces and runs of spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				space = false
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_':
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			case c == '`':
				dst = append(dst, '\'')
				space = false
			default:
				dst = append(dst, c)
				space = false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\u2018' || r == '\u2019' || r == '\u02bc' || r == '\u02bb' || r == '\u00b4' || r == '\u2032':
			dst = append(dst, '\'')
			space = false
		case r == '\u201c' || r == '\u201d' || r == '\u201e':
			dst = append(dst, '"')
			space = false
		case r >= '\u2010' && r <= '\u2015', r == '\u2212', unicode.IsSpace(r):
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		default:
			if base := latinBase(r); base != "" {
				dst = append(dst, base...)
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			space = false
		}
	}
	if space && len(dst) > start {
		dst = dst[:len(dst)-1]
	}
	// Drop a leading article when two or more words follow it.
	key := dst[start:]
	if len(key) > 4 && string(key[:4]) == "the " {
		rest := key[4:]
		for _, b := range rest {
			if b == ' ' {
				n := copy(key, rest)
				dst = dst[:start+n]
				break
			}
		}
	}
	return dst
}

// folded reports whether s is its own fold: ASCII without upper-case
// letters, white space, hyphens, underscores or backquotes.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z':
			return false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_' || c == '`':
			return false
		}
	}
	return true
}

// keyFilter is a set of keys that may report a key it does not hold but
// never misses one it holds: a bit per hash of a key's length and its first,
// middle and last bytes.
type keyFilter [128]uint64

func keyBit[S string | []byte](k S) uint {
	if len(k) == 0 {
		return 0
	}
	h := uint(len(k))*0x9e3779b1 ^ uint(k[0])*0x85ebca77 ^ uint(k[len(k)/2])*0xc2b2ae3d ^ uint(k[len(k)-1])*0x27d4eb2f
	return (h ^ h>>15) & 8191
}

func (f *keyFilter) add(k string) {
	b := keyBit(k)
	f[b/64] |= 1 << (b % 64)
}

// mayHave reports false when f does not hold k.
func (f *keyFilter) mayHave(k string) bool {
	b := keyBit(k)
	return f[b/64]&(1<<(b%64)) != 0
}

// mayHaveBytes is mayHave for a key in bytes.
func (f *keyFilter) mayHaveBytes(k []byte) bool {
	b := keyBit(k)
	return f[b/64]&(1<<(b%64)) != 0
}

// isAcronym reports whether s is written like an acronym: it has a letter
// and no lower-case letter ("NATO", "U.S.", "G7", "OPEC+"). Acronyms are
// indexed for exact lookups only, so that "us" or "Un" never find them.
func isAcronym(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}

// startsLower reports whether the first letter of s is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// hasSpace reports whether s has more than one word.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}

// latinBase returns the unaccented lower-case spelling of a Latin letter
// with a diacritic, or "" if r is not one.
func latinBase(r rune) string {
	switch {
	case r >= 0xc0 && r <= 0xff:
		return latin1[r-0xc0]
	case r >= 0x100 && r <= 0x17f:
		switch r {
		case 0x132, 0x133:
			return "ij"
		case 0x152, 0x153:
			return "oe"
		}
		return latinExtA[r-0x100 : r-0x100+1]
	case r == 0x218 || r == 0x219:
		return "s"
	case r == 0x21a || r == 0x21b:
		return "t"
	}
	return ""
}

// latin1 maps U+00C0 to U+00FF; "" keeps the rune (× and ÷).
var latin1 = [64]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
}

// latinExtA maps U+0100 to U+017F, one base letter each (the ligatures Ĳ and
// Œ are handled apart).
const latinExtA = "" +
	"aaaaaa" + // Ā ā Ă ă Ą ą
	"cccccccc" + // Ć ć Ĉ ĉ Ċ ċ Č č
	"dddd" + // Ď ď Đ đ
	"eeeeeeeeee" + // Ē ē Ĕ ĕ Ė ė Ę ę Ě ě
	"gggggggg" + // Ĝ ĝ Ğ ğ Ġ ġ Ģ ģ
	"hhhh" + // Ĥ ĥ Ħ ħ
	"iiiiiiiiii" + // Ĩ ĩ Ī ī Ĭ ĭ Į į İ ı
	"ii" + // Ĳ ĳ (see latinBase)
	"jj" + // Ĵ ĵ
	"kkk" + // Ķ ķ ĸ
	"llllllllll" + // Ĺ ĺ Ļ ļ Ľ ľ Ŀ ŀ Ł ł
	"nnnnnnnnn" + // Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ
	"oooooo" + // Ō ō Ŏ ŏ Ő ő
	"oo" + // Œ œ (see latinBase)
	"rrrrrr" + // Ŕ ŕ Ŗ ŗ Ř ř
	"ssssssss" + // Ś ś Ŝ ŝ Ş ş Š š
	"tttttt" + // Ţ ţ Ť ť Ŧ ŧ
	"uuuuuuuuuuuu" + // Ũ ũ Ū ū Ŭ ŭ Ů ů Ű ű Ų ų
	"ww" + // Ŵ ŵ
	"yyy" + // Ŷ ŷ Ÿ
	"zzzzzz" + // Ź ź Ż ż Ž ž
	"s" // ſ
