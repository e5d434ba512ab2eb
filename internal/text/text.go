// Package text loads documents: it reads files, refuses what is not text,
// decodes what is not UTF-8 when that is safe, removes the markup of HTML
// and Markdown, and gives the pipeline one string whose byte offsets every
// later stage refers to. Files larger than PartSize are read in parts, in
// constant memory, each part a document of its own.
package text

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Document is one text to extract from. Every offset produced by the
// pipeline is a byte offset into Text.
type Document struct {
	// Path is where the text came from ("-" for standard input); the k-th
	// part of a file split into parts is "path#k" (standard input's parts
	// are all "-").
	Path string
	// Text is the document: the file's text decoded to UTF-8, without a
	// byte-order mark, with control characters other than white space
	// replaced by spaces (and a stray U+FEFF by three); for HTML and Markdown, the plain text left once
	// the markup is removed.
	Text string
	// Hash is the hex SHA-256 of Text.
	Hash string
	// Format is the kind of file: Plain, HTML or Markdown.
	Format string
	// Encoding is the encoding the file was decoded from: UTF8, UTF16LE,
	// UTF16BE, Windows1252, or for HTML the charset its <meta> declares.
	Encoding string
	// Part is k for the k-th part of a file read in parts, 0 for a whole
	// file.
	Part int
	// Offset is where Text starts in the text of the whole file (the
	// concatenation of its parts); 0 for a whole file.
	Offset int64
}

// MaxSize is the largest file Load, Read and FromBytes accept, in bytes.
// LoadParts and ReadParts read files of any size.
const MaxSize = 256 << 20

// PartSize is the largest document LoadParts and ReadParts make by
// default, in bytes:
// longer texts are cut at the last paragraph break (else line break, else
// sentence end, else space) before it.
const PartSize = 64 << 10

// ErrNotText is wrapped by the errors for content that is not text: binary
// data, images, PDFs, empty files, text in an encoding that cannot be
// detected safely.
var ErrNotText = errors.New("not text")

func notText(why string) error { return fmt.Errorf("%w: %s", ErrNotText, why) }

// Load reads the file at path as one Document.
func Load(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxSize {
		return nil, fmt.Errorf("%s: larger than %d MB", path, MaxSize>>20)
	}
	return whole(path, f)
}

// Read reads a Document from r; path names it in errors and provenance
// ("-" for standard input) and its extension selects HTML or Markdown.
func Read(path string, r io.Reader) (*Document, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%s: larger than %d MB", path, MaxSize>>20)
	}
	return FromBytes(path, b)
}

// FromBytes checks that b is text, decodes it and removes its markup, and
// returns it as a Document.
func FromBytes(path string, b []byte) (*Document, error) {
	return whole(path, bytes.NewReader(b))
}

func whole(path string, r io.ReadSeeker) (*Document, error) {
	var doc *Document
	err := convert(path, r, 0, func(d *Document) error {
		doc = d
		return nil
	})
	return doc, err
}

// LoadParts reads the file at path and calls fn with each of its parts in
// order: the whole file as one Document when its text is at most max
// bytes (PartSize when max is 0). A file that is not text is refused
// before fn is called; an error of fn ends the reading and is returned as
// it is.
func LoadParts(path string, max int, fn func(*Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return convert(path, f, partSize(max), fn)
}

// ReadParts is LoadParts for a reader. A reader that cannot seek (a pipe)
// is read twice from memory when it holds at most spoolSize bytes, else
// from a temporary file it is copied to, so that memory stays bounded.
func ReadParts(path string, r io.Reader, max int, fn func(*Document) error) error {
	if rs, ok := r.(io.ReadSeeker); ok {
		if _, err := rs.Seek(0, io.SeekCurrent); err == nil {
			return convert(path, rs, partSize(max), fn)
		}
	}
	head, err := io.ReadAll(io.LimitReader(r, spoolSize+1))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(head) <= spoolSize {
		return convert(path, bytes.NewReader(head), partSize(max), fn)
	}
	tmp, err := os.CreateTemp("", "newsgraph-stdin-")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if _, err := tmp.Write(head); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if _, err := io.Copy(tmp, r); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return convert(path, tmp, partSize(max), fn)
}

// spoolSize is the most of a pipe ReadParts reads into memory; more goes
// to a temporary file.
const spoolSize = 4 << 20

// partSize is the size of the parts to cut: PartSize unless n is set, and
// at least 64 bytes.
func partSize(n int) int {
	if n <= 0 {
		return PartSize
	}
	return max(n, 64)
}

// headSize is how much of a file is read to recognise its kind.
const headSize = 8 << 10

// convert reads r in two passes: the first decides whether it is text and
// in which encoding, the second decodes it, removes the markup and cuts
// the text into documents of at most maxPart bytes (0: one document).
func convert(path string, r io.ReadSeeker, maxPart int, fn func(*Document) error) error {
	fail := func(err error) error { return fmt.Errorf("%s: %w", path, err) }
	start, err := r.Seek(0, io.SeekCurrent)
	if err != nil {
		return fail(err)
	}
	head := make([]byte, headSize)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return fail(err)
	}
	head = head[:n]
	if n == 0 {
		return fail(notText("empty file"))
	}
	bom, bomLen := byteOrderMark(head)
	if bom == "" || bom == UTF8 {
		if what := signature(head[bomLen:]); what != "" {
			return fail(notText(what))
		}
	}
	format := formatOf(path, head[bomLen:])
	if bom == UTF8 {
		bom = ""
	}

	// Pass 1: is it text, in which encoding; does an HTML page mark its
	// main content?
	if _, err := r.Seek(start+int64(bomLen), io.SeekStart); err != nil {
		return fail(err)
	}
	var src io.Reader = r
	var marks *mainMarks
	if format == HTML {
		marks = &mainMarks{}
		src = io.TeeReader(r, marks)
	}
	enc, err := detect(src, bom, format, head, int64(bomLen))
	if err != nil {
		if errors.Is(err, ErrNotText) && strings.Contains(err.Error(), "NUL byte") {
			if hint := utf16Hint(head); hint != "" {
				err = notText(hint)
			}
		}
		return fail(err)
	}

	// Pass 2: decode, remove the markup, cut into parts.
	mainOnly := marks != nil && marks.found
	for {
		if _, err := r.Seek(start+int64(bomLen), io.SeekStart); err != nil {
			return fail(err)
		}
		br := readers.Get().(*bufio.Reader)
		br.Reset(r)
		defer func() { br.Reset(nil); readers.Put(br) }()
		var in io.Reader = br
		if dec := decoder(enc); dec != nil {
			in = transform.NewReader(in, dec)
		}
		sp := &splitter{path: path, max: maxPart, fn: fn, format: format, encoding: enc}
		switch format {
		case HTML:
			err = htmlText(in, mainOnly, sp.write)
		case Markdown:
			err = markdownText(in, sp.write)
		default:
			err = plainText(in, sp.write)
		}
		if err == nil {
			err = sp.close()
		}
		switch {
		case sp.fnErr != nil:
			return sp.fnErr
		case err != nil:
			return fail(err)
		case sp.parts == 0 && mainOnly:
			// <main> or <article> was only a word in a script or a
			// comment: read the whole page.
			mainOnly = false
			continue
		case sp.parts == 0:
			if format == Plain {
				return fail(notText("only white space"))
			}
			return fail(notText("no text outside the markup"))
		}
		return nil
	}
}

// plainText passes the text read from r on to out, in chunks.
func plainText(r io.Reader, out func(string) error) error {
	bp := scanBuffers.Get().(*[]byte)
	defer scanBuffers.Put(bp)
	buf := *bp
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if err := out(string(buf[:n])); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// mainMarks looks for the <main> and <article> elements of an HTML page
// in the bytes written to it.
type mainMarks struct {
	tail  []byte
	found bool
}

func (m *mainMarks) Write(p []byte) (int, error) {
	if m.found {
		return len(p), nil
	}
	b := bytes.ToLower(append(m.tail, p...))
	for _, tag := range []string{"<main", "<article"} {
		for i := 0; ; {
			j := bytes.Index(b[i:], []byte(tag))
			if j < 0 {
				break
			}
			k := i + j + len(tag)
			if k < len(b) && (b[k] == '>' || b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r' || b[k] == '/') {
				m.found = true
				return len(p), nil
			}
			i = k
		}
	}
	if len(b) > 16 {
		b = b[len(b)-16:]
	}
	m.tail = append(m.tail[:0], b...)
	return len(p), nil
}

// splitter receives the text of a file piece by piece and cuts it into
// documents of at most max bytes.
type splitter struct {
	path             string
	max              int
	fn               func(*Document) error
	format, encoding string
	buf              []byte
	offset           int64 // of buf[0] in the whole text
	parts            int   // documents made
	fnErr            error
}

func (s *splitter) write(p string) error {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if isControl(c) {
			c = ' '
		}
		s.buf = append(s.buf, c)
	}
	for s.max > 0 && len(s.buf) > s.max {
		cut := cutPoint(s.buf, s.max)
		if err := s.emit(s.buf[:cut], false); err != nil {
			return err
		}
		s.buf = s.buf[:copy(s.buf, s.buf[cut:])]
	}
	return nil
}

func (s *splitter) close() error {
	err := s.emit(s.buf, true)
	s.buf = nil
	return err
}

// emit makes a document of text, unless it is only white space.
func (s *splitter) emit(text []byte, last bool) error {
	off := s.offset
	s.offset += int64(len(text))
	if bytes.Contains(text, []byte(zwnbsp)) {
		// A byte-order mark inside the text (files glued together) is
		// white space of the same length.
		text = bytes.ReplaceAll(text, []byte(zwnbsp), []byte("   "))
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil
	}
	t := string(text)
	if !utf8.ValidString(t) {
		return fmt.Errorf("changed while it was read (invalid UTF-8 after byte %d)", off)
	}
	sum := sha256.Sum256(text)
	doc := &Document{Path: s.path, Text: t, Hash: hex.EncodeToString(sum[:]), Format: s.format, Encoding: s.encoding}
	if !last || s.parts > 0 {
		doc.Part = s.parts + 1
		if s.path != "-" {
			doc.Path = fmt.Sprintf("%s#%d", s.path, doc.Part)
		}
		doc.Offset = off
	}
	s.parts++
	if err := s.fn(doc); err != nil {
		s.fnErr = err
		return err
	}
	return nil
}

// zwnbsp is U+FEFF, the byte-order mark.
const zwnbsp = "\ufeff"

// cutPoint returns where to end a part of b of at most max bytes: after
// the last blank line in its second half, else after the last line break,
// sentence end or space there, else at the last character boundary.
func cutPoint(b []byte, max int) int {
	lo := max / 2
	window := b[:max]
	// A blank line: a line feed with only white space since the previous
	// line feed.
	for i := max - 1; i >= lo; i-- {
		if window[i] != '\n' {
			continue
		}
		j := i - 1
		for j >= 0 && (window[j] == ' ' || window[j] == '\t' || window[j] == '\r') {
			j--
		}
		if j >= 0 && window[j] == '\n' {
			return i + 1
		}
	}
	if i := bytes.LastIndexByte(window[lo:], '\n'); i >= 0 {
		return lo + i + 1
	}
	for i := max - 2; i >= lo; i-- {
		if (window[i] == '.' || window[i] == '!' || window[i] == '?') && window[i+1] == ' ' {
			return i + 2
		}
	}
	if i := bytes.LastIndexByte(window[lo:], ' '); i >= 0 {
		return lo + i + 1
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	if cut == 0 {
		return max
	}
	return cut
}

// Title returns the first non-empty line of the text, trimmed and cut to
// at most 200 bytes on a rune boundary.
func (d *Document) Title() string {
	s := d.Text
	for s != "" {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(line) > 200 {
			cut := 200
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
			line = line[:cut] + "…"
		}
		return line
	}
	return ""
}
