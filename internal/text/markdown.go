package text

import (
	"bufio"
	"html"
	"io"
	"regexp"
	"strings"
)

// maxLine is the longest Markdown line read as a line; longer lines are
// read in pieces of this size, their markup removed piece by piece.
const maxLine = 64 << 10

var (
	mdHeading   = regexp.MustCompile(`^ {0,3}#{1,6}(?:[ \t]+|$)`)
	mdClosingH  = regexp.MustCompile(`[ \t]+#+[ \t]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(?:=+|-+)[ \t]*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdFence     = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	mdQuote     = regexp.MustCompile(`^ {0,3}(?:>[ \t]?)+`)
	mdItem      = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	mdRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+`)
	mdTableRule = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutolink  = regexp.MustCompile(`<(?:https?|ftp|mailto):[^>\s]*>`)
	mdTag       = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->`)
	mdStrong    = regexp.MustCompile(`(\*\*|__|~~)(\S(?:.*?\S)?)(\*\*|__|~~)`)
	mdEmphasis  = regexp.MustCompile(`(^|[^\w*])[*_](\S(?:[^*_]*?\S)?)[*_]($|[^\w*])`)
	mdCode      = regexp.MustCompile("`+([^`]*)`+")
	mdEscape    = regexp.MustCompile(`\\([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_` + "`" + `{|}~])`)
)

// markdownText writes the text of the Markdown read from r to out:
// headings, paragraphs, list items and block quotes without their markers,
// links as their text, emphasis and inline code without their marks.
// Code blocks, images, front matter, link definitions, HTML tags and
// rules are left out. Headings, list items and table rows become
// paragraphs of their own.
func markdownText(r io.Reader, out func(string) error) error {
	br := bufio.NewReaderSize(r, maxLine)
	var (
		w     mdWriter
		fence string // the fence of the open code block
		first = true
		front bool // inside front matter
	)
	w.out = out
	for {
		line, isPrefix, err := br.ReadLine()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		s := string(line)
		if isPrefix {
			// A very long line: its pieces are plain text, one line.
			w.line(inline(s))
			for isPrefix && err == nil {
				line, isPrefix, err = br.ReadLine()
				w.b.WriteString(inline(string(line)))
			}
			if err != nil && err != io.EOF {
				return err
			}
			if err := w.drain(false); err != nil {
				return err
			}
			continue
		}
		if first {
			first = false
			if strings.TrimSpace(s) == "---" {
				front = true
				continue
			}
		}
		switch {
		case front:
			if t := strings.TrimSpace(s); t == "---" || t == "..." {
				front = false
			}
			continue
		case fence != "":
			if strings.HasPrefix(strings.TrimLeft(s, " "), fence) {
				fence = ""
				w.para = true
			}
			continue
		case strings.TrimSpace(s) == "":
			w.para = true
			continue
		}
		if m := mdFence.FindStringSubmatch(s); m != nil {
			fence = m[1][:3]
			w.para = true
			continue
		}
		if mdRule.MatchString(s) || mdSetext.MatchString(s) || mdTableRule.MatchString(s) || mdRefDef.MatchString(s) {
			w.para = true
			continue
		}
		heading := false
		if loc := mdHeading.FindStringIndex(s); loc != nil {
			s = mdClosingH.ReplaceAllString(s[loc[1]:], "")
			heading = true
			w.para = true
		}
		s = mdQuote.ReplaceAllString(s, "")
		if loc := mdItem.FindStringIndex(s); loc != nil {
			s = s[loc[1]:]
			w.para = true
		}
		if t := strings.TrimSpace(s); strings.HasPrefix(t, "|") && strings.Count(t, "|") > 1 {
			// A table row is a paragraph, its cells apart.
			cells := strings.Split(strings.Trim(t, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			s = strings.Join(cells, "; ")
			w.para = true
		}
		w.line(inline(s))
		if heading {
			w.para = true
		}
		if err := w.drain(false); err != nil {
			return err
		}
	}
	return w.drain(true)
}

// mdWriter joins the lines of Markdown text: lines of a paragraph with a
// line break, paragraphs with a blank line.
type mdWriter struct {
	out     func(string) error
	b       strings.Builder
	para    bool // a paragraph break is due before the next line
	started bool // a line was written
}

func (w *mdWriter) line(s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	if w.started {
		if w.para {
			w.b.WriteString("\n\n")
		} else {
			w.b.WriteByte('\n')
		}
	}
	w.para = false
	w.started = true
	w.b.WriteString(s)
}

// drain passes on what was written, once there is enough of it or at the
// end.
func (w *mdWriter) drain(end bool) error {
	if end && w.started {
		w.b.WriteByte('\n')
	}
	if w.b.Len() == 0 || !end && w.b.Len() < 64<<10 {
		return nil
	}
	s := w.b.String()
	w.b.Reset()
	return w.out(s)
}

// escaped is where the private-use code points that stand for escaped
// ASCII characters start.
const escaped = 0xE000

// inline removes the inline markup of one line of Markdown.
func inline(s string) string {
	if !strings.ContainsAny(s, "[]()<>*_~`\\&!") {
		return strings.TrimRight(s, " \t")
	}
	// Escaped characters are set aside first, so that no rule sees them.
	s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(escaped + rune(m[1]))) })
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "")
	s = mdTag.ReplaceAllString(s, "")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmphasis.ReplaceAllString(s, "$1$2$3")
	s = strings.Map(func(r rune) rune {
		if escaped < r && r < escaped+0x80 {
			return r - escaped
		}
		return r
	}, s)
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return strings.TrimRight(s, " \t")
}
