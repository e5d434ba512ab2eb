package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/text"
)

const article = `Ministers meet in Geneva

Russian Foreign Minister Sergey Lavrov met with Antony Blinken, the U.S. secretary of state, in Geneva on Friday.
Lavrov's deputy, Alexander Grushko, said the Minsk agreements could still end the war.
`

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func openStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "db"), graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// check fails the test when the store breaks an invariant.
func check(t *testing.T, st *graph.Store) *graph.CheckResult {
	t.Helper()
	res, err := st.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK() {
		t.Fatalf("check: %q", res.Problems)
	}
	return res
}

// hook is an extractor that calls a function before extracting.
type hook struct {
	x      ingest.Extractor
	before func(doc *text.Document)
}

func (h hook) Extract(doc *text.Document) *graph.Facts {
	if h.before != nil {
		h.before(doc)
	}
	return h.x.Extract(doc)
}

func extractor(t *testing.T) *extract.Extractor {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestBadInputs runs a batch over every kind of bad input: each is
// skipped with its reason, the good files are ingested, the store is
// whole.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, in, "a-good.txt", article)
	write(t, in, "b-empty.txt", "")
	write(t, in, "c-blank.txt", " \n\t\r\n ")
	write(t, in, "d-image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	write(t, in, "e-photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
	write(t, in, "f-report.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	write(t, in, "g-program.bin", "\x7fELF\x02\x01\x01\x00")
	write(t, in, "h-data.bin", "abc\x00def")
	write(t, in, "i-latin1.txt", "Caf\xe9 talks in K\xf6ln: Chancellor Angela Merkel met French President Emmanuel Macron.\n")
	write(t, in, "j-cp1252.txt", "\x93We will not give up,\x94 said Russian Foreign Minister Sergey Lavrov \x96 twice.\n")
	write(t, in, "k-mixed.txt", "Caf\xc3\xa9 and caf\xe9\n")
	write(t, in, "l-page.html", "<html><body><nav>World | Europe</nav><article><h1>Talks</h1><p>Russian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva.</p><script>var x = 'Putin met Obama';</script></article></body></html>")
	write(t, in, "m-notes.md", "# Notes\n\n**Russian Foreign Minister Sergey Lavrov** met [Antony Blinken](https://state.gov) in Geneva.\n")
	write(t, in, ".hidden.txt", article)
	os.Symlink("nowhere.txt", filepath.Join(in, "n-broken.txt"))
	os.Symlink("o-loop.txt", filepath.Join(in, "o-loop.txt"))
	os.Symlink(filepath.Join(dir, "other"), filepath.Join(in, "p-linkdir"))
	os.MkdirAll(filepath.Join(dir, "other"), 0o755)
	syscall.Mkfifo(filepath.Join(in, "q-pipe"), 0o644)
	write(t, in, "r-sub/vanishes.txt", article+"More.")
	write(t, in, "s-later.txt", strings.Replace(article, "Friday", "Saturday", 1))

	st := openStore(t)
	var log bytes.Buffer
	// The directory r-sub vanishes while the batch runs.
	x := hook{x: extractor(t), before: func(doc *text.Document) {
		if strings.HasSuffix(doc.Path, "a-good.txt") {
			os.RemoveAll(filepath.Join(in, "r-sub"))
		}
	}}
	sum, err := ingest.Run(context.Background(), []string{in, filepath.Join(dir, "missing.txt")}, ingest.Options{Store: st, Extractor: x, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range sum.Skipped {
		got[strings.TrimPrefix(s.Path, dir+"/")] = s.Reason
	}
	want := map[string]string{
		"missing.txt":           "no such file or directory",
		"in/b-empty.txt":        "not text: empty file",
		"in/c-blank.txt":        "not text: only white space",
		"in/d-image.png":        "not text: a PNG image",
		"in/e-photo.jpg":        "not text: a JPEG image",
		"in/f-report.pdf":       "not text: a PDF document",
		"in/g-program.bin":      "not text: an executable (ELF)",
		"in/h-data.bin":         "not text: binary data (NUL byte at offset 3)",
		"in/k-mixed.txt":        "not text: invalid UTF-8 at byte 13 (the file mixes UTF-8 with another encoding)",
		"in/n-broken.txt":       "a broken symbolic link (to nowhere.txt, which does not exist)",
		"in/o-loop.txt":         "too many levels of symbolic links",
		"in/p-linkdir":          "a symbolic link to a directory (not followed; name it to ingest it)",
		"in/q-pipe":             "not a regular file (a named pipe)",
		"in/r-sub/vanishes.txt": "no longer exists (removed during the run)",
	}
	for p, r := range want {
		if got[p] != r {
			t.Errorf("%s: got reason %q, want %q", p, got[p], r)
		}
	}
	for p, r := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s skipped (%s), want it read", p, r)
		}
	}
	if sum.Added != 6 || sum.Documents() != 6 {
		t.Errorf("got %d documents added, want 6 (good, latin-1, cp1252, html, markdown, later)", sum.Added)
	}
	for _, line := range strings.Split(strings.TrimSpace(log.String()), "\n") {
		if !strings.HasPrefix(line, "skip ") && !strings.HasPrefix(line, "added ") {
			t.Errorf("log line %q", line)
		}
	}
	check(t, st)
	docs, _ := st.Documents(context.Background())
	var paths []string
	for _, d := range docs {
		paths = append(paths, strings.TrimPrefix(d.Path, in+"/"))
	}
	if strings.Join(paths, " ") != "a-good.txt i-latin1.txt j-cp1252.txt l-page.html m-notes.md s-later.txt" {
		t.Errorf("documents %v", paths)
	}
}

// TestOffsetsIntoText checks that the evidence of every fact points into
// the document's text, whatever the file was: the sentence is the text at
// its offsets.
func TestOffsetsIntoText(t *testing.T) {
	x := extractor(t)
	inputs := map[string]string{
		"a.txt":  article,
		"a.html": "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body><header>Site</header><main><h1>Talks</h1><p>Russian Foreign Minister <b>Sergey Lavrov</b> met with Antony Blinken, the U.S. secretary of state, in Geneva on Friday.</p><p>Lavrov&#8217;s deputy, Alexander Grushko, said the Minsk agreements could still end the war.</p></main></body></html>",
		"a.md":   "# Talks\n\nRussian Foreign Minister *Sergey Lavrov* met with [Antony Blinken](https://x), the U.S. secretary of state, in Geneva on Friday.\n\n> Lavrov's deputy, Alexander Grushko, said the Minsk agreements could still end the war.\n",
		"b.txt":  "Caf\xe9 owner: Russian Foreign Minister Sergey Lavrov met with Antony Blinken in Geneva. Lavrov's deputy, Alexander Grushko, said the Minsk agreements could still end the war.\n",
		"c.txt":  "\xff\xfe" + utf16("Russian Foreign Minister Sergey Lavrov met with Antony Blinken in Geneva. Lavrov's deputy, Alexander Grushko, was there."),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			doc, err := text.FromBytes(name, []byte(in))
			if err != nil {
				t.Fatal(err)
			}
			facts := x.Extract(doc)
			if len(facts.Relations) == 0 {
				t.Fatalf("no relations in %q", doc.Text)
			}
			for _, r := range facts.Relations {
				ev := r.Evidence
				if ev.Start < 0 || ev.End > len(doc.Text) || doc.Text[ev.Start:ev.End] != ev.Sentence {
					t.Errorf("%s %s %s: [%d,%d) is not %q", r.Subject, r.Predicate, r.Object, ev.Start, ev.End, ev.Sentence)
				}
			}
		})
	}
}

func utf16(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}

// TestParts ingests a file larger than text.PartSize in parts, then the
// same file grown, shrunk and made small: parts are replaced, and those
// the file no longer has are removed.
func TestParts(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	x := extractor(t)
	path := filepath.Join(t.TempDir(), "big.txt")
	story := func(i int) string {
		return fmt.Sprintf("Story %d\n\n%s\n", i, strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1))
	}
	corpus := func(size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			b.WriteString(story(i))
		}
		return b.String()
	}
	documents := func() []string {
		docs, err := st.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range docs {
			out = append(out, filepath.Base(d.Path))
		}
		sort.Strings(out)
		return out
	}
	const part = 4096
	run := func(content string) *ingest.Summary {
		t.Helper()
		os.WriteFile(path, []byte(content), 0o644)
		sum, err := ingest.Run(ctx, []string{path}, ingest.Options{Store: st, Extractor: x, PartSize: part})
		if err != nil || len(sum.Skipped) > 0 {
			t.Fatalf("%+v, %v", sum, err)
		}
		check(t, st)
		return sum
	}
	sum := run(corpus(3*part + 100))
	if sum.Added != 4 || strings.Join(documents(), " ") != "big.txt#1 big.txt#2 big.txt#3 big.txt#4" {
		t.Errorf("3 MB: %d added, documents %v", sum.Added, documents())
	}
	if sum := run(corpus(3*part + 100)); sum.Unchanged != 4 || sum.Quads != 0 {
		t.Errorf("again: %+v", sum)
	}
	sum = run(corpus(part + 100))
	if sum.Removed != 2 || strings.Join(documents(), " ") != "big.txt#1 big.txt#2" {
		t.Errorf("shrunk to 1 MB: %d removed, documents %v", sum.Removed, documents())
	}
	sum = run(article)
	if sum.Removed != 2 || sum.Added != 1 || strings.Join(documents(), " ") != "big.txt" {
		t.Errorf("made small: %+v, documents %v", sum, documents())
	}
	sum = run(corpus(2*part + 100))
	if sum.Removed != 1 || strings.Join(documents(), " ") != "big.txt#1 big.txt#2 big.txt#3" {
		t.Errorf("grown again: %+v, documents %v", sum, documents())
	}
}

// TestInterrupted cancels a run while a document is written: that
// document is finished, no other is started, and the error says how far
// the run got; running again ingests the rest.
func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		write(t, dir, fmt.Sprintf("%d.txt", i), strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1))
	}
	st := openStore(t)
	x := hook{x: extractor(t), before: func(doc *text.Document) {
		if strings.HasSuffix(doc.Path, "1.txt") {
			cancel()
		}
	}}
	sum, err := ingest.Run(ctx, []string{dir}, ingest.Options{Store: st, Extractor: x})
	var in *ingest.Interrupted
	if !errors.As(err, &in) || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want *Interrupted", err)
	}
	if sum.Added != 2 || in.Last != filepath.Join(dir, "1.txt") || in.Done != 1 || in.Files != 5 {
		t.Errorf("%d added, %+v", sum.Added, in)
	}
	if want := "interrupted after 1 of 5 files (last document written: " + filepath.Join(dir, "1.txt") + "); run the same command again to ingest the rest"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
	check(t, st)
	sum, err = ingest.Run(context.Background(), []string{dir}, ingest.Options{Store: st, Extractor: extractor(t)})
	if err != nil || sum.Added != 3 || sum.Unchanged != 2 {
		t.Errorf("again: %+v, %v", sum, err)
	}
}

// panicky is an extractor that panics on one document.
type panicky struct{ x ingest.Extractor }

func (p panicky) Extract(doc *text.Document) *graph.Facts {
	if strings.Contains(doc.Text, "PANIC") {
		var m map[string]int
		m["x"]++
	}
	return p.x.Extract(doc)
}

// TestExtractorPanic: an extractor that panics skips the document, not
// the batch.
func TestExtractorPanic(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", article)
	write(t, dir, "b.txt", "PANIC "+article)
	write(t, dir, "c.txt", strings.Replace(article, "Friday", "Monday", 1))
	st := openStore(t)
	sum, err := ingest.Run(context.Background(), []string{dir}, ingest.Options{Store: st, Extractor: panicky{extractor(t)}})
	if err != nil || sum.Added != 2 || len(sum.Skipped) != 1 || !strings.HasPrefix(sum.Skipped[0].Reason, "internal error in the extractor (please report it with the file): assignment to entry in nil map") {
		t.Errorf("%+v, %v", sum, err)
	}
	check(t, st)
}

// TestPathologicalText ingests a part's worth of texts that defeat
// sentence and word splitting (no sentence end, one endless dotted word,
// a title repeated for pages): each is ingested in seconds, not hours.
func TestPathologicalText(t *testing.T) {
	n := text.PartSize
	inputs := map[string]string{
		"dotted.txt":   strings.Repeat("a.", n/2),
		"titles.txt":   strings.Repeat("President ", n/10),
		"names.txt":    strings.Repeat("Putin Lavrov Biden ", n/19),
		"list.txt":     strings.Repeat("Russia, ", n/8),
		"and.txt":      strings.Repeat("Russia and ", n/11),
		"quotes.txt":   strings.Repeat("\"", n),
		"acronyms.txt": strings.Repeat("U.S. ", n/5),
		"caps.txt":     strings.Repeat("A", n),
		"lines.txt":    strings.Repeat("Word\n", n/5),
		"dots.txt":     strings.Repeat(".", n),
	}
	dir := t.TempDir()
	for name, content := range inputs {
		write(t, dir, name, content)
	}
	st := openStore(t)
	var slow []string
	x := extractor(t)
	timed := hook{x: x}
	start := map[string]time.Time{}
	timed.before = func(doc *text.Document) { start[doc.Path] = time.Now() }
	sum, err := ingest.Run(context.Background(), []string{dir}, ingest.Options{Store: st, Extractor: timed, Progress: func(p ingest.Progress) {
		if s, ok := start[p.Path]; ok && time.Since(s) > 10*time.Second {
			slow = append(slow, fmt.Sprintf("%s: %v", filepath.Base(p.Path), time.Since(s)))
		}
	}})
	if err != nil || sum.Added != len(inputs) {
		t.Errorf("%+v, %v", sum, err)
	}
	if len(slow) > 0 {
		t.Errorf("slow: %v", slow)
	}
	check(t, st)
}
