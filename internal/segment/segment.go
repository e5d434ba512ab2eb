// Package segment splits a document into sentences.
//
// News text is messy: sentences are glued without a space ("imminent.But"),
// wire copy is hard-wrapped at 65 characters, abbreviations end in periods
// ("U.S.", "Mr.", "Jan."). Sentences are byte spans of the document; no
// text is copied.
package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is the byte span [Start, End) of one sentence, without the white
// space around it.
type Sentence struct {
	Start, End int
}

// MaxSentence is the longest sentence, in bytes. A longer run of text
// without a sentence end (a list, a table, a dump) is cut at the last
// white space before the limit, so that no later stage spends more than
// bounded time on one sentence. Real sentences are far shorter.
const MaxSentence = 2000

// Sentences returns the sentences of text in order.
func Sentences(text string) []Sentence {
	return AppendSentences(nil, text)
}

// AppendSentences appends the sentences of text to dst.
func AppendSentences(dst []Sentence, text string) []Sentence {
	start := 0
	emit := func(end int) {
		s, e := trim(text, start, end)
		for e-s > MaxSentence {
			cut := cutLong(text, s, s+MaxSentence)
			cs, ce := trim(text, s, cut)
			if cs < ce {
				dst = append(dst, Sentence{cs, ce})
			}
			s, _ = trim(text, cut, e)
		}
		if s < e {
			dst = append(dst, Sentence{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			// A blank line, an indented line (wire copy paragraphs) or the
			// end of a short first line (a headline) ends the sentence; a
			// single line break inside a paragraph does not.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' || j-(i+1) >= 2 || headline(text, start, i, j) {
				emit(i)
			}
			i = j
			continue
		case c == '.' || c == '!' || c == '?' || c == ':' || c == ';':
			if end, ok := boundary(text, i); ok {
				emit(end)
				i = end
				continue
			}
		case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
			if end, ok := boundary(text, i+len("…")-1); ok {
				emit(end)
				i = end
				continue
			}
		}
		i++
	}
	emit(len(text))
	return dst
}

// headline reports whether the line ending at nl is the document's first
// line and looks like a title: short, no final punctuation, not ending in a
// function word, and followed by a line that starts a sentence. A
// hard-wrapped first line of wire copy continues in lower case or ends
// mid-phrase ("a major aim of").
func headline(text string, start, nl, next int) bool {
	if strings.TrimSpace(text[:start]) != "" {
		return false
	}
	line := strings.TrimSpace(text[start:nl])
	if line == "" || len(line) > 150 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:-", last) {
		return false
	}
	if i := strings.LastIndexByte(line, ' '); i >= 0 && functionWords[strings.ToLower(line[i+1:])] {
		return false
	}
	if wireDateline.MatchString(line) {
		return false // "WASHINGTON, March 3 - Treasury Secretary James" goes on
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
}

// wireDateline matches the dateline that opens wire copy: "PARSIPPANY,
// N.J., April 2 - ", "TOKYO, March 30 - ".
var wireDateline = regexp.MustCompile(`^[A-Z][A-Za-z .,'-]*, [A-Z][a-z]+\.? +\d{1,2} +-+ `)

var functionWords = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "or": true, "to": true, "in": true,
	"on": true, "for": true, "with": true, "by": true, "at": true, "from": true, "that": true,
	"as": true, "is": true, "was": true, "be": true, "its": true, "their": true, "his": true, "her": true,
}

// boundary decides whether the punctuation at text[i] ends a sentence and
// returns the offset just past the sentence (after closing quotes and
// brackets).
func boundary(text string, i int) (int, bool) {
	c := text[i]
	end := i + 1
	// Closing quotes and brackets belong to the sentence they end.
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !isCloser(r) {
			break
		}
		end += n
	}
	if end >= len(text) {
		return len(text), false
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	glued := !unicode.IsSpace(next)
	if c == ':' || c == ';' {
		// "... Sergey Lavrov:This was ...": only a colon glued to a new
		// capitalised sentence counts; a semicolon never does.
		if c == ';' || !glued || end != i+1 {
			return 0, false
		}
		return end, startsSentence(text[end:], true) && prevIsLower(text, i)
	}
	if glued {
		// "imminent.But": a lower-case word glued to a capitalised one.
		// "U.S.-supplied", "3.5", "bbc.co.uk" stay whole.
		if end == i+1 && !prevIsLower(text, i) && c == '.' {
			return 0, false
		}
		return end, startsSentence(text[end:], true)
	}
	// Skip the white space to the next word.
	j := end
	newlines := 0
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		if r == '\n' {
			newlines++
		}
		j += n
	}
	if j >= len(text) {
		return end, true
	}
	if c != '.' {
		return end, startsSentence(text[j:], false)
	}
	word := wordBefore(text, i)
	if isAbbreviation(word) {
		// "Mr. Lavrov", "Jan. 12", "U.S. troops"; but "... in the U.S. The
		// president" ends a sentence before a word that usually starts one.
		return end, newlines > 1 || startsWithCommonStarter(text[j:])
	}
	return end, startsSentence(text[j:], false)
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '’', '”', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '‘', '“', '«':
		return true
	}
	return false
}

// startsSentence reports whether s begins like a sentence: an upper-case
// letter or a digit, after optional opening quotes. A glued start needs an
// upper-case letter followed by a lower-case one ("But", not "S." in
// "U.S.").
func startsSentence(s string, glued bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	for isOpener(r) && n > 0 {
		s = s[n:]
		r, n = utf8.DecodeRuneInString(s)
	}
	if glued {
		if !unicode.IsUpper(r) {
			return false
		}
		// "But", or the one-letter words "A" and "I".
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsLower(r2) || (r == 'A' || r == 'I') && r2 == ' '

	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func prevIsLower(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	if isCloser(r) {
		return true
	}
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// wordBefore returns the word ending at text[i] (exclusive), with its
// internal periods: "U.S" for "U.S.", "Mr" for "Mr.".
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		j -= n
	}
	return text[j:i]
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "mt": true, "gen": true, "lt": true, "col": true, "capt": true, "cmdr": true,
	"adm": true, "sgt": true, "maj": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"pres": true, "supt": true, "insp": true, "hon": true, "messrs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "approx": true, "est": true,
	"fig": true, "vol": true, "pp": true, "ed": true, "dept": true, "univ": true, "assn": true,
	"ave": true, "blvd": true, "rd": true, "ft": true, "mln": true, "bln": true, "pct": true,
}

// isAbbreviation reports whether word (without its final period) is a
// known abbreviation, an initial ("J"), or a dotted acronym ("U.S", "i.e").
func isAbbreviation(word string) bool {
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") {
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if capitalAbbreviations[word] {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// capitalAbbreviations are abbreviations only when capitalised: "Sens.
// Dole and Grassley", not "met union reps. Acme said".
var capitalAbbreviations = map[string]bool{"Sens": true, "Reps": true}

var starters = map[string]bool{
	"The": true, "But": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "This": true, "That": true, "These": true, "Those": true, "In": true, "On": true,
	"A": true, "An": true, "However": true, "Its": true, "His": true, "Her": true,
	"Their": true, "There": true, "If": true, "As": true, "At": true, "For": true, "When": true,
	"While": true, "After": true, "Officials": true, "Some": true, "Many": true, "Most": true,
}

func startsWithCommonStarter(s string) bool {
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return starters[s[:end]]
}

// cutLong returns where to cut the over-long sentence text[s:]: after the
// last white space in its second half before max, else at the last
// character boundary before max.
func cutLong(text string, s, max int) int {
	for i := max; i > s+(max-s)/2; i-- {
		if c := text[i-1]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			return i
		}
	}
	cut := max
	for cut > s+1 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}

func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
