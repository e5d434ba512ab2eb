package extract_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// FuzzExtract runs the whole extractor on arbitrary text and checks its
// invariants: no panic, nor more than seconds on any input; the same facts
// every time; every entity typed and
// named; every relation between two entities of the document, allowed by
// the schema and not a loop; every attribute on an entity, with a value;
// every offset inside the text, and the sentence the text between them;
// every quad valid N-Quads that reads back the same.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	examples, _ := filepath.Glob("../../examples/*.txt")
	for _, p := range append(files, examples...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"Russian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva.",
		"Lavrov's deputy, Alexander Grushko, said Russia and Ukraine signed the Minsk agreements in 2015.",
		"Poland, the Czech Republic, and Hungary joined NATO in 1999.",
		"Putin met Putin. Russia borders Russia. NATO is a member of NATO.",
		"President . met Minister ' ' in .",
		// A title that ends the text: nothing after it to read.
		"He met the minister",
		"Reagan named him Secretary",
		"It was signed by the Minister for",
	} {
		f.Add([]byte(s))
	}
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := text.FromBytes("f.txt", b)
		if err != nil {
			return
		}
		t0 := time.Now()
		facts := x.Extract(doc)
		if d := time.Since(t0); d > 10*time.Second {
			// Time linear in the text: no input may stall ingest.
			t.Fatalf("extracting %d bytes took %v", len(doc.Text), d)
		}
		if again := x.Extract(doc); !reflect.DeepEqual(facts, again) {
			t.Fatalf("two extractions differ:\n%+v\n%+v", facts, again)
		}
		CheckFacts(t, doc, facts)
	})
}

// CheckFacts checks the invariants of the facts extracted from doc.
func CheckFacts(t *testing.T, doc *text.Document, f *graph.Facts) {
	t.Helper()
	types := map[string]graph.Type{}
	for _, e := range f.Entities {
		if e.ID == "" || !e.Type.IsEntity() {
			t.Fatalf("entity %+v: no ID or not an entity type", e)
		}
		if strings.TrimSpace(e.Name) == "" || !utf8.ValidString(e.Name) {
			t.Fatalf("entity %s has the name %q", e.ID, e.Name)
		}
		for _, a := range e.Aliases {
			if strings.TrimSpace(a) == "" {
				t.Fatalf("entity %s has the alias %q", e.ID, a)
			}
		}
		if _, dup := types[e.ID]; dup {
			t.Fatalf("entity %s twice", e.ID)
		}
		types[e.ID] = e.Type
	}
	evidence := func(what string, ev graph.Evidence) {
		if ev.Start < 0 || ev.End < ev.Start || ev.End > len(doc.Text) {
			t.Fatalf("%s: evidence [%d,%d) outside the text (%d bytes)", what, ev.Start, ev.End, len(doc.Text))
		}
		if doc.Text[ev.Start:ev.End] != ev.Sentence {
			t.Fatalf("%s: the sentence %q is not the text at [%d,%d): %q", what, ev.Sentence, ev.Start, ev.End, doc.Text[ev.Start:ev.End])
		}
		if ev.Surface != "" && !strings.Contains(doc.Text, ev.Surface) {
			t.Fatalf("%s: the surface %q is not in the text", what, ev.Surface)
		}
		if ev.Confidence < 0 || ev.Confidence > 1 {
			t.Fatalf("%s: confidence %v", what, ev.Confidence)
		}
	}
	for _, r := range f.Relations {
		what := r.Subject + " " + string(r.Predicate) + " " + r.Object
		st, ok1 := types[r.Subject]
		ot, ok2 := types[r.Object]
		if !ok1 || !ok2 {
			t.Fatalf("%s: an end that is not an entity of the document", what)
		}
		if !r.Predicate.IsRelation() || !r.Predicate.Allows(st, ot) {
			t.Fatalf("%s: the schema does not allow %s %s %s", what, st, r.Predicate, ot)
		}
		if r.Subject == r.Object {
			t.Fatalf("%s: a loop", what)
		}
		evidence(what, r.Evidence)
	}
	for _, a := range f.Attributes {
		what := a.Subject + " " + string(a.Predicate) + " " + a.Value
		if _, ok := types[a.Subject]; !ok {
			t.Fatalf("%s: the subject is not an entity of the document", what)
		}
		if a.Predicate != graph.Title && a.Predicate != graph.Date || strings.TrimSpace(a.Value) == "" {
			t.Fatalf("%s: not an attribute with a value", what)
		}
		evidence(what, a.Evidence)
	}

	// Every quad is valid, and N-Quads written with full IRIs read back
	// the same.
	quads := graph.Quads(f)
	var buf bytes.Buffer
	w, err := graph.NewQuadWriter(&buf, "nquads")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range quads {
		if !q.IsValid() {
			t.Fatalf("invalid quad %v", q)
		}
	}
	if _, err := w.WriteQuads(quads); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r := nquads.NewReader(bytes.NewReader(buf.Bytes()), false)
	for i := 0; ; i++ {
		q, err := r.ReadQuad()
		if err == io.EOF {
			if i != len(quads) {
				t.Fatalf("%d quads written, %d read back", len(quads), i)
			}
			break
		}
		if err != nil {
			t.Fatalf("quad %d does not read back: %v\n%s", i, err, buf.String())
		}
		if i >= len(quads) {
			t.Fatalf("more quads read back than written")
		}
		if got, want := graph.ExpandQuad(q).NQuad(), graph.ExpandQuad(quads[i]).NQuad(); got != want {
			t.Fatalf("quad %d reads back as\n%s\nwant\n%s", i, got, want)
		}
	}
}
