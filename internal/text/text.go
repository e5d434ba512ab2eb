// Package text loads documents: it reads files, refuses what is not text,
// and gives the pipeline one string whose byte offsets every later stage
// refers to.
package text

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Document is one text to extract from. Every offset produced by the
// pipeline is a byte offset into Text.
type Document struct {
	// Path is where the text came from ("-" for standard input).
	Path string
	// Text is the content, valid UTF-8, without a byte-order mark.
	Text string
	// Hash is the hex SHA-256 of Text.
	Hash string
}

// MaxSize is the largest document Load accepts, in bytes.
const MaxSize = 256 << 20

// ErrNotText is wrapped by the errors Load returns for content that is not
// text (binary data, invalid UTF-8, empty files).
var ErrNotText = errors.New("not text")

// Load reads the file at path as a Document.
func Load(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(path, f)
}

// Read reads a Document from r; path names it in errors and provenance
// ("-" for standard input).
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

// FromBytes checks that b is text and returns it as a Document.
func FromBytes(path string, b []byte) (*Document, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return nil, fmt.Errorf("%s: %w: binary data (NUL byte at offset %d)", path, ErrNotText, i)
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%s: %w: invalid UTF-8 at byte %d", path, ErrNotText, invalidAt(b))
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%s: %w: empty or only white space", path, ErrNotText)
	}
	s := string(b)
	sum := sha256.Sum256(b)
	return &Document{Path: path, Text: s, Hash: hex.EncodeToString(sum[:])}, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
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
