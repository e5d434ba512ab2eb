package extract_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden extracts every testdata/*.txt and compares the N-Quads with
// testdata/*.nq.golden. Run with -update after a deliberate change and
// review the diff.
func TestGolden(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			// The path is fixed so that the golden file does not depend on
			// where the repository is.
			doc, err := text.FromBytes(filepath.Base(in), b)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			w, err := graph.NewQuadWriter(&buf, "nquads")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.WriteQuads(graph.Quads(x.Extract(doc))); err != nil {
				t.Fatal(err)
			}
			w.Close()
			golden := strings.TrimSuffix(in, ".txt") + ".nq.golden"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("extract %s differs from %s (run go test ./internal/extract -update and review the diff):\n%s", in, golden, firstDiff(buf.String(), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return "got:  " + a + "\nwant: " + b
		}
	}
	return ""
}
