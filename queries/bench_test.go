package queries_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// benchQueries are the saved queries BenchmarkSaved runs, with arguments
// that name entities of the Reuters-21578 store; NEWSGRAPH_BENCH_QUERIES
// gives others ("name arg arg;name arg").
const benchQueries = "agreements;agreements Louvre accord;evidence Reagan Japan;members OPEC;neighbours Reagan;officials Japan;path Reagan OPEC;path Nakasone Brazil 4"

// BenchmarkSaved runs every saved query on the store NEWSGRAPH_BENCH_STORE
// names (skipped without it), for example the store of
// `newsgraph ingest ../shared/data/reuters21578`:
//
//	NEWSGRAPH_BENCH_STORE=/tmp/reuters.db go test ./queries -run '^$' -bench Saved
func BenchmarkSaved(b *testing.B) {
	addr := os.Getenv("NEWSGRAPH_BENCH_STORE")
	if addr == "" {
		b.Skip("set NEWSGRAPH_BENCH_STORE to a store")
	}
	ctx := context.Background()
	st, err := graph.Open(ctx, addr, graph.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	list := benchQueries
	if env := os.Getenv("NEWSGRAPH_BENCH_QUERIES"); env != "" {
		list = env
	}
	for _, line := range strings.Split(list, ";") {
		f := strings.Fields(line)
		name, args := f[0], f[1:]
		if name == "agreements" && len(args) > 0 {
			args = []string{strings.Join(args, " ")}
		}
		q, err := queries.Get(name)
		if err != nil {
			b.Fatal(err)
		}
		script, err := q.Script(args)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.ReplaceAll(line, " ", "_"), func(b *testing.B) {
			rows := 0
			for i := 0; i < b.N; i++ {
				res, err := st.Query(ctx, "gizmo", script, 0)
				if err != nil {
					b.Fatal(err)
				}
				rows = 0
				for res.Next(ctx) {
					rows++
				}
				if err := res.Err(); err != nil {
					b.Fatal(err)
				}
				res.Close()
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
