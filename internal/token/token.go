// Package token splits sentences into tokens the way the CoNLL-2003
// English data is tokenised, so that a tagger trained there sees the same
// units at run time: punctuation apart, "Russia's" as "Russia" + "'s",
// "don't" as "do" + "n't", "U.S.", "U.S.-supplied", "10-point", "3.5",
// "1,000", "2:29.34", "A$" and "Mr." whole, and the period that ends a
// sentence apart even after an abbreviation ("Acme Inc ."), as CoNLL
// writes it. Of the CoNLL-2003 training sentences, joined back into text,
// 99% split into exactly their CoNLL tokens.
//
// Tokens are byte spans of the document. Normal gives the ASCII form a
// tagger should see for curly quotes and dashes ("—" is CoNLL's "--").
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the coarse class of a token.
type Kind uint8

// Token kinds.
const (
	// Word contains at least one letter.
	Word Kind = iota + 1
	// Number is digits with optional separators ("1,000", "3.5", "2015").
	Number
	// Punct is punctuation or a symbol.
	Punct
)

// Token is the byte span [Start, End) of one token in the document.
type Token struct {
	Start, End int32
	Kind       Kind
}

// Text returns the token's text in doc.
func (t Token) Text(doc string) string { return doc[t.Start:t.End] }

// Tokenize returns the tokens of text[start:end], with document offsets.
func Tokenize(text string, start, end int) []Token {
	return Append(nil, text, start, end)
}

// Append appends the tokens of text[start:end] to dst.
func Append(dst []Token, text string, start, end int) []Token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, kind := scanWord(text, i, end)
			// A list number opening the sentence keeps its period
			// ("1. Ajax 34 points"), as in CoNLL tables.
			if i == start && kind == Number && j-i <= 3 && j+1 < end && text[j] == '.' && text[j+1] == ' ' {
				j++
			}
			// A possessive or contraction suffix is its own token.
			if k := clitic(text, i, j); k > i {
				dst = append(dst, Token{int32(i), int32(k), kind})
				dst = append(dst, Token{int32(k), int32(j), Word})
			} else {
				dst = append(dst, Token{int32(i), int32(j), kind})
			}
			i = j
		case r == '\'' || r == '’':
			// "'s" after a closing quote, or a quote mark.
			j := i + n
			if j < end && (text[j] == 's' || text[j] == 'S') && (j+1 == end || !isWordRune(text, j+1, end)) {
				dst = append(dst, Token{int32(i), int32(j + 1), Word})
				i = j + 1
				continue
			}
			dst = append(dst, Token{int32(i), int32(j), Punct})
			i = j
		case (r == '.' || r == '+') && i+1 < end && isDigitAt(text, i+1) && !isWordBefore(text, start, i):
			// ".500", "+44": a number with its leading point or sign.
			j, _ := scanWord(text, i+1, end)
			dst = append(dst, Token{int32(i), int32(j), Number})
			i = j
		case r == '-' || r == '.' || r == '*' || r == '=' || r == '_':
			// Runs of dashes, dots and rules ("--", "...", "**") are one
			// token.
			j := i + n
			for j < end && text[j] == text[i] {
				j++
			}
			dst = append(dst, Token{int32(i), int32(j), Punct})
			i = j
		default:
			dst = append(dst, Token{int32(i), int32(i + n), Punct})
			i += n
		}
	}
	return dst
}

// isWordBefore reports whether a letter or digit ends right before text[i]
// (within the span from start).
func isWordBefore(text string, start, i int) bool {
	if i <= start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordRune(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanWord scans a word or number starting at i: letters and digits, with
// internal hyphens, apostrophes, periods of acronyms and decimals, and
// thousands separators.
func scanWord(text string, i, end int) (int, Kind) {
	j := i
	letters := false
	for j < end {
		var r rune
		var n int
		if c := text[j]; c < utf8.RuneSelf {
			// ASCII: the letters and digits are A-Z, a-z and 0-9.
			switch {
			case 'a' <= c|0x20 && c|0x20 <= 'z':
				letters = true
				j++
				continue
			case '0' <= c && c <= '9':
				j++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[j:end])
			switch {
			case unicode.IsLetter(r) || unicode.IsMark(r):
				letters = true
				j += n
				continue
			case unicode.IsDigit(r):
				j += n
				continue
			}
		}
		// Joiners must sit between word characters. A period that ends
		// the sentence is the sentence's, not an abbreviation's: CoNLL
		// writes "Inc ." and "U.S ." there.
		if j+n >= end {
			break
		}
		switch r {
		case '-', '&', '/':
			if r == '/' && letters {
				if legalSlash(text, i, j, end) {
					j += 2 // "A/S", the Nordic legal form
					continue
				}
				break
			}
			if isWordRune(text, j+n, end) {
				j += n
				continue
			}
		case '.':
			if acronymDot(text, i, j, end) {
				j += n
				continue
			}
			if isDigitAt(text, j-1) && isDigitAt(text, j+1) {
				j += n
				continue
			}
		case ':':
			// Times and results: "2:29.34", "8:22:00".
			if !letters && isDigitAt(text, j-1) && isDigitAt(text, j+1) {
				j += n
				continue
			}
		case ',':
			if !letters && isDigitAt(text, j-1) && j+4 <= end && allDigits(text[j+1:j+4]) && (j+4 == end || !isDigitAt(text, j+4)) {
				j += n
				continue
			}
		case '\'', '’':
			// "O'Brien", "don't" (split later), "rock'n'roll".
			if isWordRune(text, j+n, end) {
				j += n
				continue
			}
		}
		break
	}
	kind := Number
	if letters {
		kind = Word
		// Currencies written with a country prefix: "A$", "HK$", "US$".
		if j < end && text[j] == '$' && j-i <= 2 && allUpper(text[i:j]) {
			j++
		}
	}
	return j, kind
}

// acronymDot reports whether the period at text[j] belongs to the word
// text[i:j]: single letters joined by periods ("U.S", "i.e", "U.S.A"), or a
// known abbreviation ("Mr", "Corp").
func acronymDot(text string, i, j, end int) bool {
	if h := strings.LastIndexByte(text[i:j], '-'); h >= 0 {
		i += h + 1 // "Canadian-U.S.": the acronym after the hyphen
	}
	w := text[i:j]
	if abbreviations[w] {
		return true
	}
	// Acronyms are short ("U.S.A.", "i.e."): a long run of letters and
	// periods is not one, and checking it at every period would make a
	// word like "a.a.a.a..." quadratic.
	if len(w) > 12 {
		return false
	}
	// Every segment between periods is one letter.
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if !strings.Contains(w, ".") {
		// The first letter of "U.S." or "i.e.", or a capital initial
		// followed by a space: "J. Smith", "George W. Bush".
		if j+2 < end && text[j+2] == '.' && isLetterByte(text[j+1]) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && j+1 < end && text[j+1] == ' '
	}
	return true
}

var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Sr": true, "Jr": true,
	"St": true, "Mt": true, "Gen": true, "Lt": true, "Col": true, "Capt": true, "Adm": true,
	"Sgt": true, "Maj": true, "Gov": true, "Sen": true, "Rep": true, "Rev": true, "Hon": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "No": true, "vs": true,
	"etc": true, "Messrs": true, "Sens": true, "Reps": true,
	// U.S. states as news abbreviates them.
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true,
	"Fla": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true,
	"Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true,
	"Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Va": true,
	"Vt": true, "Wash": true, "Wis": true, "Wyo": true,
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigitAt(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// clitic returns where a trailing "'s", "’s", "n't" or "'re"-style suffix
// starts in text[i:j], or i when there is none.
func clitic(text string, i, j int) int {
	w := text[i:j]
	// Every suffix follows a quote, ' or ’ (which starts with byte 0xE2).
	quote := false
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xE2 {
			quote = true
			break
		}
	}
	if !quote {
		return i
	}
	for _, suf := range [...]string{"n't", "n’t"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return j - len(suf)
		}
	}
	for _, q := range [...]string{"'", "’"} {
		k := strings.LastIndex(w, q)
		if k <= 0 {
			continue
		}
		for _, suf := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
			if strings.EqualFold(w[k+len(q):], suf) {
				return i + k
			}
		}
	}
	return i
}

// Normal returns s with typographic quotes, dashes and ellipses replaced
// by their ASCII forms, as in CoNLL data. It allocates only when s has
// such characters.
func Normal(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return replacer.Replace(s)
}

var replacer = strings.NewReplacer(
	"’", "'", "‘", "'", "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
	"—", "--", "–", "-", "‑", "-", "…", "...", "\u00a0", " ",
)

// legalSlash reports "A/S" at text[i:], with the slash at j, as a word
// of its own: the legal form of Danish and Norwegian companies ("Novo
// Industri A/S"); "A/C" or "N/A" stay three tokens.
func legalSlash(text string, i, j, end int) bool {
	if j != i+1 || j+2 > end || text[i] != 'A' || text[j+1] != 'S' {
		return false
	}
	return j+2 == end || !isWordRune(text, j+2, end)
}
