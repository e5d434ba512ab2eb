package text_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/text"
)

// collect reads the parts of a file and checks what every part must be.
func collect(t *testing.T, read func(fn func(*text.Document) error) error, path string) []*text.Document {
	t.Helper()
	var parts []*text.Document
	err := read(func(d *text.Document) error {
		parts = append(parts, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var offset int64
	for i, d := range parts {
		want := fmt.Sprintf("%s#%d", path, i+1)
		if path == "-" {
			want = "-"
		}
		if len(parts) > 1 && (d.Part != i+1 || d.Path != want) {
			t.Errorf("part %d is %q (part %d)", i+1, d.Path, d.Part)
		}
		if len(d.Text) > text.PartSize || !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
			t.Errorf("part %d: %d bytes, valid UTF-8 %v", i+1, len(d.Text), utf8.ValidString(d.Text))
		}
		if d.Offset < offset {
			t.Errorf("part %d starts at %d, before the end of the previous one (%d)", i+1, d.Offset, offset)
		}
		offset = d.Offset + int64(len(d.Text))
	}
	return parts
}

func TestParts(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; b.Len() < 3*text.PartSize+12345; i++ {
		fmt.Fprintf(&b, "Story %d\n\nRussian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva on day %d. They spoke for an hour.\nLavrov’s deputy was there.\n\n", i, i)
	}
	whole := b.String()
	tests := []struct {
		name, file, content, want string
	}{
		{"paragraphs", "big.txt", whole, whole},
		// One line without spaces is cut between characters.
		{"one long word", "word.txt", strings.Repeat("é", text.PartSize), strings.Repeat("é", text.PartSize)},
		// Latin-1 is decoded part by part.
		{"latin-1", "latin.txt", strings.Repeat("Caf\xe9 in K\xf6ln. ", text.PartSize/8), strings.Repeat("Café in Köln. ", text.PartSize/8)},
		{"small", "small.txt", "Putin spoke.\n", "Putin spoke.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			parts := collect(t, func(fn func(*text.Document) error) error { return text.LoadParts(path, 0, fn) }, path)
			var got strings.Builder
			for _, d := range parts {
				got.WriteString(d.Text)
			}
			if got.String() != tc.want {
				t.Errorf("the parts do not make the text: %d bytes, want %d", got.Len(), len(tc.want))
			}
			wantParts := (len(tc.want) + text.PartSize - 1) / text.PartSize
			if len(parts) < wantParts || len(parts) > 2*wantParts {
				t.Errorf("%d parts, want about %d", len(parts), wantParts)
			}
			if tc.name == "paragraphs" {
				for _, d := range parts[:len(parts)-1] {
					if !strings.HasSuffix(d.Text, "\n\n") {
						t.Errorf("%s does not end at a paragraph break: %q", d.Path, d.Text[len(d.Text)-20:])
					}
				}
			}
			if len(parts) == 1 && (parts[0].Path != path || parts[0].Part != 0) {
				t.Errorf("a small file is %q, part %d", parts[0].Path, parts[0].Part)
			}
		})
	}

	// A pipe cannot be read twice: it is read into memory, or when large
	// into a temporary file.
	for _, size := range []int{len(whole), 5 << 20} {
		in := strings.Repeat(whole, size/len(whole))
		pr, pw := io.Pipe()
		go func() {
			io.WriteString(pw, in)
			pw.Close()
		}()
		parts := collect(t, func(fn func(*text.Document) error) error { return text.ReadParts("-", pr, 0, fn) }, "-")
		var got strings.Builder
		for _, d := range parts {
			got.WriteString(d.Text)
		}
		if got.String() != in || parts[1].Path != "-" || parts[1].Part != 2 {
			t.Errorf("standard input of %d bytes: %d parts making %d bytes, the second %q", len(in), len(parts), got.Len(), parts[1].Path)
		}
	}
}

func TestPartsStop(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(path, []byte(strings.Repeat("Putin spoke. ", text.PartSize/4)), 0o644)
	stop := fmt.Errorf("stop")
	n := 0
	err := text.LoadParts(path, 0, func(*text.Document) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("got %v after %d parts, want the function's error after 1", err, n)
	}
	// A file that is not text is refused before any part.
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte(strings.Repeat("Putin spoke. ", text.PartSize/4)+"\x00"), 0o644)
	n = 0
	err = text.LoadParts(bad, 0, func(*text.Document) error { n++; return nil })
	if err == nil || n != 0 || !strings.Contains(err.Error(), fmt.Sprintf("NUL byte at offset %d", 13*(text.PartSize/4))) {
		t.Errorf("got %v after %d parts", err, n)
	}
}
