package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/bench"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// BenchmarkWrite measures store writes alone: the facts of a corpus,
// extracted beforehand, written into a new store of each embedded backend,
// one transaction per document as Store.Write makes them. Bytes are the
// documents' text, so that the figure compares with the extraction
// benchmarks; quads/s counts the quads of the facts. The corpus is
// examples/, or the files NEWSGRAPH_BENCH_CORPUS names:
//
//	NEWSGRAPH_BENCH_CORPUS=$PWD/../shared/data/bbc_news/politics go test ./graph -run '^$' -bench Write$
func BenchmarkWrite(b *testing.B) {
	paths := []string{"../examples"}
	if env := os.Getenv("NEWSGRAPH_BENCH_CORPUS"); env != "" {
		paths = filepath.SplitList(env)
	}
	c, err := bench.LoadCorpus(paths)
	if err != nil {
		b.Fatal(err)
	}
	if len(c.Docs) == 0 {
		b.Skipf("no documents in %v", paths)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	facts := make([]*graph.Facts, len(c.Docs))
	quads := 0
	for i, d := range c.Docs {
		facts[i] = x.Extract(d)
		quads += len(graph.Quads(facts[i]))
	}
	ctx := context.Background()
	for _, backend := range []string{"bbolt", "bolt", "badger", "leveldb"} {
		b.Run(backend, func(b *testing.B) {
			b.SetBytes(c.Bytes)
			for n := 0; n < b.N; n++ {
				st, err := graph.Open(ctx, backend+":"+filepath.Join(b.TempDir(), "w.db"), graph.OpenOptions{Create: true})
				if err != nil {
					b.Fatal(err)
				}
				for _, f := range facts {
					if _, err := st.Write(ctx, f); err != nil {
						b.Fatal(err)
					}
				}
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
