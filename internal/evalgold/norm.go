package evalgold

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Norm normalises a name the way score.py's norm() does, so that names are
// compared as the scorer compares them: accents folded (NFKD without
// combining marks), curly quotes made straight, an em dash made a space and
// an en dash a hyphen, case folded, surrounding white space and double
// quotes trimmed, white space collapsed, a leading "the " and a trailing
// "'s" dropped.
func Norm(name string) string {
	name = norm.NFKD.String(name)
	name = strings.Map(func(r rune) rune {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			return -1
		}
		return r
	}, name)
	name = quotes.Replace(name)
	name = strings.Map(cherokeeUpper, cases.Fold().String(name))
	name = strings.TrimFunc(name, isSpace)
	name = strings.Trim(name, `"`)
	name = collapseSpace(name)
	name = strings.TrimPrefix(name, "the ")
	name = strings.TrimSuffix(name, "'s")
	return strings.TrimFunc(name, isSpace)
}

// NormValue normalises an attribute value the way score.py's norm_value()
// does: Norm, then every character that is not a letter, digit, "_", white
// space or "-" removed, and white space collapsed again.
func NormValue(v string) string {
	v = Norm(v)
	v = strings.Map(func(r rune) rune {
		if isWord(r) || isSpace(r) || r == '-' {
			return r
		}
		return -1
	}, v)
	return strings.TrimFunc(collapseSpace(v), isSpace)
}

var quotes = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2014", " ", "\u2013", "-",
)

// cherokeeUpper undoes x/text's folding of Cherokee to lower case: Unicode's
// CaseFolding.txt (and Python's casefold) folds Cherokee to upper case.
func cherokeeUpper(r rune) rune {
	switch {
	case r >= 0xab70 && r <= 0xabbf:
		return r - 0xab70 + 0x13a0
	case r >= 0x13f8 && r <= 0x13fd:
		return r - 8
	}
	return r
}

// isSpace is Python's str.isspace (and re's \s): Unicode white space plus
// the information separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// isWord is Python re's \w for str patterns: letters, numbers and "_".
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// collapseSpace replaces every run of white space by one space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
