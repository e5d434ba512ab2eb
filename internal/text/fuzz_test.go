package text

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzPaths pick the format of a fuzzed file by its name.
var fuzzPaths = []string{"f.txt", "f.html", "f.md", "f"}

// FuzzLoad feeds arbitrary bytes to the loader as text, HTML and
// Markdown. Whatever the input, loading does not panic, refuses it with an
// error that names the file, or returns a document that is valid UTF-8,
// not blank, free of control characters, hashed right, and the same every
// time; cut into small parts, the parts are pieces of that document at
// their offsets.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"Putin spoke.",
		"\ufeffRussia’s envoy\r\nspoke.",
		"caf\xe9 au lait",
		"\xff\xfeP\x00u\x00t\x00i\x00n\x00",
		"<p>Putin &amp; <b>Biden</b><script>x</script><nav>menu</nav>",
		"# Title\n\n**Lavrov** met [Blinken](x).\n```\ncode\n```\n",
		"%PDF-1.4",
		"",
	} {
		for i := range fuzzPaths {
			f.Add([]byte(s), uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, b []byte, which uint8) {
		path := fuzzPaths[int(which)%len(fuzzPaths)]
		doc, err := FromBytes(path, b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), path+": ") {
				t.Fatalf("error %q does not name the file", err)
			}
			if !errors.Is(err, ErrNotText) {
				t.Fatalf("an error that is not ErrNotText: %v", err)
			}
			return
		}
		checkDocument(t, doc)
		again, err := FromBytes(path, b)
		if err != nil || again.Text != doc.Text || again.Hash != doc.Hash {
			t.Fatalf("loading twice differs: %v", err)
		}

		// The same text cut into parts of at most 64 bytes.
		const max = 64
		var parts []*Document
		err = convert(path, bytes.NewReader(b), max, func(d *Document) error {
			parts = append(parts, d)
			return nil
		})
		if err != nil {
			t.Fatalf("whole: ok, in parts: %v", err)
		}
		end := int64(0)
		for _, p := range parts {
			checkDocument(t, p)
			if len(p.Text) > max {
				t.Fatalf("part %d has %d bytes, more than %d", p.Part, len(p.Text), max)
			}
			if p.Offset < end || p.Offset+int64(len(p.Text)) > int64(len(doc.Text)) || doc.Text[p.Offset:p.Offset+int64(len(p.Text))] != p.Text {
				t.Fatalf("part %d at %d is not the text there", p.Part, p.Offset)
			}
			end = p.Offset + int64(len(p.Text))
		}
		if len(parts) == 0 {
			t.Fatal("no parts")
		}
	})
}

func checkDocument(t *testing.T, doc *Document) {
	t.Helper()
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not UTF-8: %q", doc.Text)
	}
	if strings.TrimSpace(doc.Text) == "" {
		t.Fatalf("blank text %q", doc.Text)
	}
	for i := 0; i < len(doc.Text); i++ {
		if isControl(doc.Text[i]) {
			t.Fatalf("control character %q at %d", doc.Text[i], i)
		}
	}
	if strings.HasPrefix(doc.Text, "\ufeff") {
		t.Fatal("byte-order mark kept")
	}
	sum := sha256.Sum256([]byte(doc.Text))
	if doc.Hash != hex.EncodeToString(sum[:]) {
		t.Fatal("hash is not the SHA-256 of the text")
	}
}
