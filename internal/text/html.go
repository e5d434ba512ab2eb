package text

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxToken is the longest HTML token (a run of text, a tag with its
// attributes, a script) the converter holds in memory.
const maxToken = 4 << 20

// dropped are the elements whose content is not part of the text: code,
// styles, embedded media, forms, and the navigation, headers, footers and
// asides around an article.
var dropped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Video: true,
	atom.Audio: true, atom.Map: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Dialog: true, atom.Menu: true,
}

// noiseRoles are ARIA roles of page furniture.
var noiseRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alertdialog": true,
}

// noiseNames are words of class and id attributes that mark page
// furniture: "site-nav", "breadcrumbs", "share-buttons", "cookie-banner".
var noiseNames = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "share": true, "sharing": true, "social": true, "cookie": true,
	"cookies": true, "sidebar": true, "related": true, "newsletter": true, "promo": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "comments": true,
	"skip": true, "subscribe": true, "paywall": true, "masthead": true,
}

// blocks are the elements that end a paragraph: their text becomes a
// paragraph of its own, so that sentences never run across them.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Li: true,
	atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Title: true,
	atom.Tr: true, atom.Ul: true,
}

// htmlText writes the text of the HTML read from r to out: text nodes with
// white space collapsed, character references decoded, a blank line
// between blocks (paragraphs, headings, list items, table cells), a line
// break for <br>. Dropped elements and elements marked as page furniture
// by role, class, id, hidden or aria-hidden are left out. With mainOnly,
// only the text inside <main> and <article> is kept.
func htmlText(r io.Reader, mainOnly bool, out func(string) error) error {
	z := html.NewTokenizer(r)
	z.SetMaxBuf(maxToken)
	var (
		skip    atom.Atom // the element being dropped
		skipTag string    // its name, for elements without an atom
		depth   int       // nesting of skip inside itself
		main    int       // depth inside <main> and <article>
		pre     int       // depth inside <pre>
		w       paragraphWriter
	)
	w.out = out
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				if errors.Is(err, html.ErrBufferExceeded) {
					return fmt.Errorf("an HTML token longer than %d MB", maxToken>>20)
				}
				return err
			}
			return w.flush()
		case html.TextToken:
			if depth > 0 || mainOnly && main == 0 {
				continue
			}
			if err := w.text(string(z.Text()), pre > 0); err != nil {
				return err
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			tag := string(name)
			if depth > 0 {
				if skip == atom.Head && a == atom.Body && tt == html.StartTagToken {
					// The end of <head> is implied by <body>.
					depth = 0
					w.paragraph()
					continue
				}
				if a == skip && tag == skipTag {
					switch tt {
					case html.StartTagToken:
						depth++
					case html.EndTagToken:
						depth--
					}
				}
				continue
			}
			if tt == html.EndTagToken {
				switch a {
				case atom.Main, atom.Article:
					if main > 0 {
						main--
					}
				case atom.Pre:
					if pre > 0 {
						pre--
					}
				}
				if blocks[a] {
					w.paragraph()
				}
				continue
			}
			if a == atom.Br {
				w.lineBreak()
				continue
			}
			// A <header> outside an article is the site's.
			drop := dropped[a] || a == atom.Header && main == 0
			if hasAttr && !drop {
				drop = furniture(z)
			}
			if drop {
				if tt == html.StartTagToken && !voidElement(a) {
					skip, skipTag, depth = a, tag, 1
				}
				if blocks[a] || a == atom.Head || a == atom.Nav || a == atom.Aside || a == atom.Footer || a == atom.Form || a == atom.Dialog || a == atom.Menu {
					w.paragraph()
				} else {
					w.space = true
				}
				continue
			}
			if tt == html.SelfClosingTagToken {
				continue
			}
			switch a {
			case atom.Main, atom.Article:
				main++
			case atom.Pre:
				pre++
			}
			if blocks[a] {
				w.paragraph()
			}
		}
	}
}

// furniture reports whether the attributes of the current start tag mark
// page furniture.
func furniture(z *html.Tokenizer) bool {
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(string(val), "true") {
				return true
			}
		case "role":
			if noiseRoles[strings.ToLower(string(val))] {
				return true
			}
		case "class", "id":
			for _, w := range strings.FieldsFunc(strings.ToLower(string(val)), func(r rune) bool {
				return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
			}) {
				if noiseNames[w] {
					return true
				}
			}
		}
		if !more {
			return false
		}
	}
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// paragraphWriter joins text into paragraphs: white space collapsed to
// single spaces, paragraphs separated by one blank line, nothing at the
// start or the end.
type paragraphWriter struct {
	out   func(string) error
	b     strings.Builder
	space bool // white space is pending before the next word
	brk   int  // pending break: 0 none, 1 line break, 2 paragraph
	any   bool // text was written
}

func (w *paragraphWriter) text(s string, pre bool) error {
	for len(s) > 0 {
		if pre {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				w.word(s)
				break
			}
			w.word(s[:i])
			w.lineBreak()
			s = s[i+1:]
			continue
		}
		i := strings.IndexFunc(s, htmlSpace)
		if i < 0 {
			w.word(s)
			break
		}
		w.word(s[:i])
		w.space = true
		j := strings.IndexFunc(s[i:], func(r rune) bool { return !htmlSpace(r) })
		if j < 0 {
			break
		}
		s = s[i+j:]
	}
	if w.b.Len() >= 64<<10 {
		return w.drain()
	}
	return nil
}

func htmlSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0'
}

func (w *paragraphWriter) word(s string) {
	if s == "" {
		return
	}
	if w.any {
		switch {
		case w.brk == 2:
			w.b.WriteString("\n\n")
		case w.brk == 1:
			w.b.WriteString("\n")
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.b.WriteString(strings.ReplaceAll(s, "\u00a0", " "))
	w.any = true
	w.space, w.brk = false, 0
}

func (w *paragraphWriter) lineBreak() {
	if w.brk < 1 {
		w.brk = 1
	}
}

func (w *paragraphWriter) paragraph() { w.brk = 2 }

func (w *paragraphWriter) drain() error {
	if w.b.Len() == 0 {
		return nil
	}
	s := w.b.String()
	w.b.Reset()
	return w.out(s)
}

func (w *paragraphWriter) flush() error {
	if w.any {
		w.b.WriteByte('\n')
	}
	return w.drain()
}
