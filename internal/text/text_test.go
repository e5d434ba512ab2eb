package text_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/text"
)

func TestFromBytes(t *testing.T) {
	tests := []struct {
		name, path, in string
		text           string // the document's text, when it is read
		enc            string // and its encoding ("" for UTF-8)
		err            string // substring of the error, "" for none
	}{
		{name: "text", in: "Putin spoke.", text: "Putin spoke."},
		{name: "bom", in: "\ufeffPutin spoke.", text: "Putin spoke."},
		{name: "crlf", in: "Putin spoke.\r\nBiden listened.\r\n", text: "Putin spoke.\r\nBiden listened.\r\n"},
		{name: "control characters become spaces", in: "Putin\x07 spoke.\x1b[0m", text: "Putin  spoke. [0m"},

		{name: "zero-length", in: "", err: "not text: empty file"},
		{name: "white space", in: " \n\t \r\n", err: "not text: only white space"},
		{name: "NUL byte", in: "Putin\x00spoke", err: "not text: binary data (NUL byte at offset 5)"},
		{name: "control characters", in: strings.Repeat("\x01\x02ab", 20), err: "not text: binary data (40 control characters in 80 bytes)"},
		{name: "pdf", path: "f.txt", in: "%PDF-1.7\n%âãÏÓ\n1 0 obj", err: "not text: a PDF document"},
		{name: "ascii pdf", in: "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj", err: "not text: a PDF document"},
		{name: "png", in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", err: "not text: a PNG image"},
		{name: "jpeg", in: "\xff\xd8\xff\xe0\x00\x10JFIF\x00", err: "not text: a JPEG image"},
		{name: "gif", in: "GIF89a\x01\x00\x01\x00", err: "not text: a GIF image"},
		{name: "webp", in: "RIFF\x24\x00\x00\x00WEBPVP8 ", err: "not text: a WebP image"},
		{name: "docx", in: "PK\x03\x04\x14\x00\x06\x00", err: "not text: a ZIP archive"},
		{name: "gzip", in: "\x1f\x8b\x08\x00", err: "not text: gzip-compressed data"},
		{name: "elf", in: "\x7fELF\x02\x01\x01", err: "not text: an executable (ELF)"},
		{name: "rtf", in: `{\rtf1\ansi Putin spoke.}`, err: "not text: an RTF document"},
		{name: "random bytes", in: "\xd3\x9a\x11\x84\xee\x03\xbc\x7f\x8f\x12\x05\xa9\xc1\x1e\x02\x97\x88\x13\x91\xe4", err: "not text: binary data (8 control characters in 20 bytes)"},

		{name: "utf-16le with bom", in: "\xff\xfeP\x00u\x00t\x00i\x00n\x00 \x00s\x00p\x00o\x00k\x00e\x00.\x00", text: "Putin spoke.", enc: "utf-16le"},
		{name: "utf-16be with bom", in: "\xfe\xff\x00P\x00u\x00t\x00i\x00n\x00.", text: "Putin.", enc: "utf-16be"},
		{name: "utf-16le without bom", in: "P\x00u\x00t\x00i\x00n\x00 \x00s\x00p\x00o\x00k\x00e\x00.\x00", err: "not text: UTF-16 (little-endian) text without a byte-order mark"},

		{name: "latin-1", in: "caf\xe9 au lait in K\xf6ln", text: "café au lait in Köln", enc: "windows-1252"},
		{name: "windows-1252 quotes and dashes", in: "\x93We will not,\x94 Lavrov said \x96 twice.", text: "“We will not,” Lavrov said – twice.", enc: "windows-1252"},
		{name: "mixed encodings", in: "Caf\xc3\xa9 and caf\xe9", err: "not text: invalid UTF-8 at byte 13 (the file mixes UTF-8 with another encoding)"},
		{name: "undefined in windows-1252", in: "Lavrov\x81 spoke", err: "not text: invalid UTF-8 at byte 6 (byte 6 is not Windows-1252 either)"},
		{name: "cyrillic in windows-1251", in: "\xcf\xf3\xf2\xe8\xed \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xf1\xff.", err: "not text: invalid UTF-8 at byte 0 (not Latin-1 / Windows-1252 text either)"},
		{name: "truncated utf-8", in: "Putin spoke \xe2\x80", err: "not text: invalid UTF-8 at byte 12 (the file ends inside a UTF-8 character)"},

		{name: "html", path: "a.html", in: "<p>Putin &amp; Biden <b>met</b>.</p><script>var x = 1;</script>", text: "Putin & Biden met.\n"},
		{name: "html by content", path: "page", in: "<!DOCTYPE html><title>T</title><p>Putin spoke.", text: "T\n\nPutin spoke.\n"},
		{name: "html declared charset", path: "a.htm", in: `<meta charset="iso-8859-1"><p>Caf` + "\xe9", text: "Café\n", enc: "windows-1252"},
		{name: "html declared koi8-r", path: "a.htm", in: `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>` + "\xf0\xd5\xd4\xc9\xce", text: "Путин\n", enc: "html:koi8-r"},
		{name: "html without text", path: "a.html", in: "<html><head><title>x</title></head><body><script>1</script></body></html>", err: "not text: no text outside the markup"},
		{name: "markdown", path: "a.md", in: "# Talks\n\n**Putin** met [Biden](https://x.org).\n", text: "Talks\n\nPutin met Biden.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path
			if path == "" {
				path = "f.txt"
			}
			doc, err := text.FromBytes(path, []byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), path+": ") || !errors.Is(err, text.ErrNotText) {
					t.Errorf("got error %v, want an error naming %s with %q", err, path, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want %q", err, tc.text)
			}
			enc := tc.enc
			if enc == "" {
				enc = "utf-8"
			}
			if doc.Text != tc.text || doc.Encoding != enc || len(doc.Hash) != 64 || doc.Path != path || doc.Part != 0 {
				t.Errorf("got %q (%s, part %d, path %s), want %q (%s)", doc.Text, doc.Encoding, doc.Part, doc.Path, tc.text, enc)
			}
		})
	}
}

func TestLoadAndTitle(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("\n  Ministers meet in Geneva  \n\nBody text."), 0o644)
	doc, err := text.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Title(); got != "Ministers meet in Geneva" {
		t.Errorf("title %q", got)
	}
	if _, err := text.Load(filepath.Join(t.TempDir(), "none.txt")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestAnalyze(t *testing.T) {
	doc, _ := text.FromBytes("a", []byte("Moscow’s envoy spoke.Then he left."))
	a := text.Analyze(doc)
	if len(a.Sentences) != 2 {
		t.Fatalf("got %d sentences", len(a.Sentences))
	}
	want := []string{"Moscow", "'s", "envoy", "spoke", ".", "Then", "he", "left", "."}
	if strings.Join(a.Words, " ") != strings.Join(want, " ") {
		t.Errorf("words %q, want %q", a.Words, want)
	}
	for i, tok := range a.Tokens {
		if a.SentenceOf(i) != map[bool]int{true: 0, false: 1}[i < 5] {
			t.Errorf("token %d in sentence %d", i, a.SentenceOf(i))
		}
		if tok.Start < 0 || int(tok.End) > len(doc.Text) {
			t.Errorf("token %d out of the text", i)
		}
	}
}

func TestAnalyzeWireCapitals(t *testing.T) {
	doc, _ := text.FromBytes("a", []byte("The U.S. And Soviet Union agreed. U.K. Firms and other firms want it. The U.S. Congress met."))
	a := text.Analyze(doc)
	got := strings.Join(a.Words, " ")
	for _, want := range []string{"U.S. and Soviet", "U.K. firms and", "U.S. Congress"} {
		if !strings.Contains(got, want) {
			t.Errorf("words %q lack %q", got, want)
		}
	}
}
