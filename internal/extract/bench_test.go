package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

// BenchmarkExtract runs the whole extraction on each article of examples/,
// written for the project: realistic news text with titles, lists and
// agreements. Read the result in MB/s.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		b.Skip("no examples")
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*text.Document
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := text.FromBytes(f, data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		size += len(data)
	}
	x.Extract(docs[0]) // load the lexicons outside the timing
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}
