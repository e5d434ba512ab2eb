package text

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Formats of the files Load reads: the markup is removed from HTML and
// Markdown, and the plain text that remains is the document.
const (
	Plain    = "text"
	HTML     = "html"
	Markdown = "markdown"
)

// Encodings Load decodes. Everything else is refused.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
)

// signatures are the magic numbers of common files that are not text,
// with the name the skip reason gives them.
var signatures = []struct{ magic, what string }{
	{"%PDF-", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"II*\x00", "a TIFF image"},
	{"MM\x00*", "a TIFF image"},
	{"PK\x03\x04", "a ZIP archive (or an Office, OpenDocument or EPUB file)"},
	{"PK\x05\x06", "a ZIP archive"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"\xfd7zXZ\x00", "xz-compressed data"},
	{"\x28\xb5\x2f\xfd", "zstd-compressed data"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
	{"\x7fELF", "an executable (ELF)"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document"},
	{"SQLite format 3\x00", "an SQLite database"},
	{"{\\rtf", "an RTF document (save it as plain text)"},
	{"%!PS", "a PostScript document"},
}

// signature names the kind of binary file head starts with, or "".
func signature(head []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(head, []byte(s.magic)) {
			return s.what
		}
	}
	if len(head) >= 12 && string(head[:4]) == "RIFF" {
		switch string(head[8:12]) {
		case "WEBP":
			return "a WebP image"
		case "WAVE":
			return "a WAV audio file"
		case "AVI ":
			return "an AVI video"
		}
	}
	if len(head) >= 9 && string(head[:3]) == "BZh" && head[3] >= '1' && head[3] <= '9' && string(head[4:10]) == "1AY&SY" {
		return "bzip2-compressed data"
	}
	return ""
}

// formatOf decides how to read a file: by its extension, or by its first
// bytes for HTML without one.
func formatOf(path string, head []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return Markdown
	case ".txt", ".text":
		return Plain
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	if len(h) > 64 {
		h = h[:64]
	}
	h = bytes.ToLower(h)
	for _, p := range []string{"<!doctype html", "<html", "<?xml version=\"1.0\"?>\n<!doctype html"} {
		if bytes.HasPrefix(h, []byte(p)) {
			return HTML
		}
	}
	return Plain
}

// isControl reports whether the byte is a C0 control character (or DEL)
// other than the white space of text: tab, line feed, vertical tab, form
// feed and carriage return.
func isControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' || c == 0x7f
}

// undefined1252 are the bytes Windows-1252 leaves undefined.
func undefined1252(c byte) bool {
	return c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d
}

// letter1252 reports whether the non-ASCII byte c is a letter in
// Windows-1252 (Š, Œ, Ž, š, œ, ž, Ÿ, ª, µ, º, À-ÿ except × and ÷).
func letter1252(c byte) bool {
	switch c {
	case 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0xaa, 0xb5, 0xba:
		return true
	case 0xd7, 0xf7:
		return false
	}
	return c >= 0xc0
}

// scan gathers, in one pass over a file, what deciding its encoding
// needs. It keeps counts only, so a file of any size is scanned in
// constant memory.
type scan struct {
	n         int64 // bytes seen
	nul       int64 // offset of the first NUL, or -1
	controls  int64 // C0 control characters other than white space
	invalid   int64 // offset of the first byte that is not UTF-8, or -1
	multi     int64 // well-formed multi-byte UTF-8 sequences
	undef     int64 // offset of the first byte undefined in Windows-1252, or -1
	letters   int64 // ASCII letters and Windows-1252 letters
	high      int64 // non-ASCII Windows-1252 letters
	run, max  int   // current and longest run of non-ASCII letters
	truncated int64 // offset of a UTF-8 sequence the file ends inside, or -1
	text      bool  // a character that is not white space was seen
	carry     []byte
}

func newScan() *scan { return &scan{nul: -1, invalid: -1, undef: -1, truncated: -1} }

// write scans the next chunk of the file.
func (s *scan) write(p []byte) {
	if len(s.carry) > 0 {
		// Complete the sequence the previous chunk ended in.
		p = append(s.carry, p...)
		s.carry = nil
	}
	s.bytes(p, false)
}

// bytes scans p; final says that p must not end in a carry (it was
// carried once already).
func (s *scan) bytes(p []byte, final bool) {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			switch {
			case c == 0:
				if s.nul < 0 {
					s.nul = s.n + int64(i)
				}
			case isControl(c):
				s.controls++
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			default:
				s.text = true
				if c|0x20 >= 'a' && c|0x20 <= 'z' {
					s.letters++
				}
			}
			s.run = 0
			i++
			continue
		}
		if !final && !utf8.FullRune(p[i:]) {
			// A sequence cut by the end of the chunk: the next write
			// completes it.
			s.carry = append([]byte(nil), p[i:]...)
			s.n += int64(i)
			return
		}
		r, size := utf8.DecodeRune(p[i:])
		if r != utf8.RuneError || size > 1 {
			s.multi++
			s.text = true
			s.run = 0
			i += size
			continue
		}
		// Not UTF-8: count the byte as Windows-1252.
		if s.invalid < 0 {
			s.invalid = s.n + int64(i)
		}
		if undefined1252(c) && s.undef < 0 {
			s.undef = s.n + int64(i)
		}
		s.text = true
		if letter1252(c) {
			s.letters++
			s.high++
			s.run++
			if s.run > s.max {
				s.max = s.run
			}
		} else {
			s.run = 0
		}
		i++
	}
	s.n += int64(len(p))
}

// end finishes the scan: bytes still carried are an incomplete sequence
// at the end of the file.
func (s *scan) end() {
	if len(s.carry) > 0 {
		c := s.carry
		s.carry = nil
		if len(c) > 1 {
			// A lead byte and continuation bytes: UTF-8 cut short. (A lone
			// last byte may be a Latin-1 letter.)
			s.truncated = s.n
		}
		s.bytes(c, true)
	}
}

// binary returns why the scanned bytes are not text, or "".
func (s *scan) binary() string {
	if s.nul >= 0 {
		return fmt.Sprintf("binary data (NUL byte at offset %d)", s.nul)
	}
	if s.controls > 4 && s.controls*100 > s.n {
		return fmt.Sprintf("binary data (%d control characters in %d bytes)", s.controls, s.n)
	}
	return ""
}

// latin1 reports whether text that is not UTF-8 can safely be read as
// Latin-1 / Windows-1252, and if not, why. It must hold no well-formed
// UTF-8 sequence (the file would mix two encodings), no byte Windows-1252
// leaves undefined, and its non-ASCII letters must look like the accents
// of a Western European language: at most one letter in five, and never
// more than three in a row (Cyrillic or Greek in a single-byte encoding
// reads as long runs of accented letters).
func (s *scan) latin1() (bool, string) {
	switch {
	case s.multi > 0:
		return false, "the file mixes UTF-8 with another encoding"
	case s.truncated >= 0 && s.truncated == s.invalid:
		return false, "the file ends inside a UTF-8 character"
	case s.undef >= 0:
		return false, fmt.Sprintf("byte %d is not Windows-1252 either", s.undef)
	case s.high*5 > s.letters || s.max > 3:
		return false, "not Latin-1 / Windows-1252 text either"
	}
	return true, ""
}

// maxScan is the size of the chunks scanned.
const maxScan = 64 << 10

// scanBuffers and readers hold the buffers of maxScan bytes that reading
// a file needs, for the next file: allocating and clearing them for
// every file took more time than reading a news article.
var (
	scanBuffers = sync.Pool{New: func() any { b := make([]byte, maxScan); return &b }}
	readers     = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, maxScan) }}
)

// detect scans the whole of r (positioned after any byte-order mark) and
// returns the encoding to read it with, or an error saying why it is not
// text. at is the offset of r in the file (after a byte-order mark); bom is the encoding its byte-order mark names, "" for none; head
// is the start of the file, which holds an HTML file's <meta charset>.
func detect(r io.Reader, bom, format string, head []byte, at int64) (string, error) {
	s := newScan()
	s.n = at
	var src io.Reader = r
	if bom == UTF16LE || bom == UTF16BE {
		src = decoder(bom).Reader(r)
	}
	bp := scanBuffers.Get().(*[]byte)
	defer scanBuffers.Put(bp)
	buf := *bp
	for {
		n, err := src.Read(buf)
		s.write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	s.end()
	if why := s.binary(); why != "" {
		return "", notText(why)
	}
	if !s.text {
		return "", notText("only white space")
	}
	if bom != "" {
		return bom, nil
	}
	if s.invalid < 0 {
		return UTF8, nil
	}
	if format == HTML {
		if enc := declared(head); enc != "" {
			return enc, nil
		}
	}
	if ok, why := s.latin1(); !ok {
		return "", notText(fmt.Sprintf("invalid UTF-8 at byte %d (%s)", s.invalid, why))
	}
	return Windows1252, nil
}

// declared returns the encoding an HTML file's <meta charset> declares,
// when it is one newsgraph can decode and not UTF-8 (which the bytes
// contradict), else "".
func declared(head []byte) string {
	h := bytes.ToLower(head)
	if len(h) > 2048 {
		h = h[:2048]
	}
	for {
		i := bytes.Index(h, []byte("<meta"))
		if i < 0 {
			return ""
		}
		h = h[i+5:]
		end := bytes.IndexByte(h, '>')
		if end < 0 {
			return ""
		}
		tag := h[:end]
		if j := bytes.Index(tag, []byte("charset=")); j >= 0 {
			label := strings.Trim(string(tag[j+len("charset="):]), `"' `)
			if k := strings.IndexAny(label, `"' ;/`); k >= 0 {
				label = label[:k]
			}
			enc, name := charset.Lookup(label)
			if enc == nil || name == "utf-8" {
				return ""
			}
			if name == "windows-1252" {
				return Windows1252
			}
			return "html:" + name
		}
		h = h[end:]
	}
}

// decoder returns the decoder of a named encoding.
func decoder(name string) *encoding.Decoder {
	switch name {
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	case Windows1252:
		return charmap.Windows1252.NewDecoder()
	}
	if label, ok := strings.CutPrefix(name, "html:"); ok {
		if enc, _ := charset.Lookup(label); enc != nil {
			return enc.NewDecoder()
		}
	}
	return nil
}

// byteOrderMark returns the encoding a byte-order mark at the start of
// head names and the mark's length.
func byteOrderMark(head []byte) (string, int) {
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		return UTF8, 3
	case bytes.HasPrefix(head, []byte("\xff\xfe")) && !bytes.HasPrefix(head, []byte("\xff\xfe\x00\x00")):
		return UTF16LE, 2
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		return UTF16BE, 2
	}
	return "", 0
}

// utf16Hint recognises UTF-16 text without a byte-order mark, which is
// otherwise reported as binary data.
func utf16Hint(head []byte) string {
	if len(head) < 16 {
		return ""
	}
	n := len(head) &^ 1
	if n > 512 {
		n = 512
	}
	zeroEven, zeroOdd := 0, 0
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven == 0:
		return "UTF-16 (little-endian) text without a byte-order mark: save it as UTF-8"
	case zeroEven*10 >= pairs*9 && zeroOdd == 0:
		return "UTF-16 (big-endian) text without a byte-order mark: save it as UTF-8"
	}
	return ""
}
