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
		name, in string
		err      string // substring of the error, "" for none
	}{
		{"text", "Putin spoke.", ""},
		{"bom", "\ufeffPutin spoke.", ""},
		{"empty", "", "empty or only white space"},
		{"spaces", " \n\t ", "empty or only white space"},
		{"binary", "PK\x03\x04\x00\x00", "binary data (NUL byte at offset 4)"},
		{"latin-1", "caf\xe9 au lait", "invalid UTF-8 at byte 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := text.FromBytes("f.txt", []byte(tc.in))
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasPrefix(doc.Text, "\ufeff") || len(doc.Hash) != 64 {
					t.Errorf("doc %+v", doc)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), "f.txt: ") || !errors.Is(err, text.ErrNotText) {
				t.Errorf("got %v, want an error naming f.txt with %q", err, tc.err)
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
