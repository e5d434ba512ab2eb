package graph_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// writeFactsFixture is facts with the values N-Quads escapes: quotes,
// backslashes, line breaks, non-ASCII text.
func writeFactsFixture() []*graph.Facts {
	a := facts("h1", "a.txt", "Sergey Lavrov", `Jean "Johnny" O'Neil`)
	b := facts("h2", "dir/b\\c.md", "José Martí", "Line\nBreak\tTab")
	b.Doc.Title = "«Title» with \"quotes\"\r\n"
	b.Attributes = append(b.Attributes, graph.Attribute{Subject: "country/russia", Predicate: graph.Title, Value: "\\back\\slash",
		Evidence: graph.Evidence{Sentence: "Ünïcödé — “curly”.", Confidence: 0.123456}})
	return []*graph.Facts{a, b, {}}
}

// TestWriteFactsNQuads checks that WriteFacts writes N-Quads byte for byte
// as the quad writer of NewQuadWriter does.
func TestWriteFactsNQuads(t *testing.T) {
	fs := writeFactsFixture()
	var want bytes.Buffer
	qw, err := graph.NewQuadWriter(&want, "nquads")
	if err != nil {
		t.Fatal(err)
	}
	wantN := 0
	for _, f := range fs {
		n, err := qw.WriteQuads(graph.Quads(f))
		if err != nil {
			t.Fatal(err)
		}
		wantN += n
	}
	if err := qw.Close(); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	n, err := graph.WriteFacts(&got, "nquads", fs...)
	if err != nil || n != wantN {
		t.Fatalf("got %d quads, %v; want %d, nil", n, err, wantN)
	}
	if got.String() != want.String() {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want.String())
	}
}

// BenchmarkWriteFacts writes N-Quads to a writer and to a reused buffer
// (as ingest's Render does).
func BenchmarkWriteFacts(b *testing.B) {
	fs := writeFactsFixture()
	var buf bytes.Buffer
	graph.WriteFacts(&buf, "nquads", fs...)
	b.Run("writer", func(b *testing.B) {
		b.SetBytes(int64(buf.Len()))
		b.ReportAllocs()
		for b.Loop() {
			graph.WriteFacts(io.Discard, "nquads", fs...)
		}
	})
	b.Run("buffer", func(b *testing.B) {
		b.SetBytes(int64(buf.Len()))
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			graph.WriteFacts(&buf, "nquads", fs...)
		}
	})
}

// TestStatementID checks the statement IRI against its definition: the
// first 12 bytes of the SHA-256 of the fields, hex-encoded.
func TestStatementID(t *testing.T) {
	got := graph.StatementID("doc/1", "<person/a>", "ng:leads", `"x"`, 42)
	sum := sha256.Sum256([]byte("doc/1\x00<person/a>\x00ng:leads\x00\"x\"\x0042"))
	if want := "stmt/" + hex.EncodeToString(sum[:12]); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
