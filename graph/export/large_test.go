package export_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

var largeQuads = flag.Int("large", 0, "build a synthetic store of about `N` quads and measure the memory of its exports (go test -run Large -large 1000000 -timeout 30m)")

// synthStore writes synthetic documents into a new store until it holds
// about n quads: 20 entities a document drawn from 20,000, and up to 15
// relations with their evidence.
func synthStore(t *testing.T, n int) *graph.Store {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "large.db")
	st, err := graph.Open(ctx, db, graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	types := graph.EntityTypes
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	total := 0 // quads in the store
	stored := map[string]bool{}
	for d := 0; total < n; d++ {
		hash := fmt.Sprintf("%032x%032x", d, d) // DocID keeps the first 32
		f := &graph.Facts{Doc: graph.Doc{ID: graph.DocID(hash), Path: fmt.Sprintf("news/%d.txt", d), Hash: hash,
			Title: fmt.Sprintf("Article %d", d), IngestedAt: at.Add(time.Duration(d) * time.Hour)}}
		seen := map[string]bool{}
		byType := map[graph.Type][]string{}
		for len(f.Entities) < 20 {
			ty := types[rng.IntN(len(types))]
			name := fmt.Sprintf("%s %d", ty, rng.IntN(4000))
			id := graph.EntityID(ty, name)
			if seen[id] {
				continue
			}
			seen[id] = true
			byType[ty] = append(byType[ty], id)
			f.Entities = append(f.Entities, graph.Entity{ID: id, Type: ty, Name: name, Aliases: []string{name + " alias"}, Mentions: 1 + rng.IntN(5)})
		}
		for k := 0; k < 15; k++ {
			e := f.Entities[rng.IntN(len(f.Entities))]
			p := graph.Relations[rng.IntN(len(graph.Relations))]
			var objects []string
			for _, ty := range types {
				for _, id := range byType[ty] {
					if id != e.ID && p.Allows(e.Type, ty) {
						objects = append(objects, id)
					}
				}
			}
			if len(objects) == 0 {
				continue
			}
			o := objects[rng.IntN(len(objects))]
			s := fmt.Sprintf("Sentence %d of article %d, where %s %s %s.", k, d, e.Name, p, o)
			f.Relations = append(f.Relations, graph.Relation{Subject: e.ID, Predicate: p, Object: o,
				Evidence: graph.Evidence{Start: 100 * k, End: 100*k + len(s), Sentence: s, Rule: "synthetic", Confidence: 0.5 + 0.1*float64(rng.IntN(5))}})
		}
		res, err := st.Write(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if res.Status != graph.Added {
			t.Fatalf("document %d: %s, want added", d, res.Status)
		}
		total += res.Added
		for _, e := range f.Entities {
			if stored[e.ID] {
				total -= len(graph.EntityQuads(e)) // shared, stored once
			}
			stored[e.ID] = true
		}
	}
	// Opened again, as export opens it: Cayley keeps large filters in
	// memory for a store that was empty when opened.
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err = graph.Open(ctx, db, graph.OpenOptions{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// heapLive is the memory of the objects the last garbage collection
// found live.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

// TestLargeStoreStreams exports a synthetic store of -large quads and
// measures the heap while it writes: quad formats, and property graphs
// of the whole store (which read each entity and edge as they write it),
// must stay within a constant margin of the heap before the export,
// however large the output. Property graphs hold the IDs of the entities
// and edges, tens of bytes each.
func TestLargeStoreStreams(t *testing.T) {
	if *largeQuads == 0 {
		t.Skip("give -large N to build a synthetic store of N quads and measure its exports")
	}
	start := time.Now()
	st := synthStore(t, *largeQuads)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("synthetic store: %d quads, %d entities, %d relations, built in %s", stats.Quads, stats.EntityCount(), stats.RelationCount(), time.Since(start).Round(time.Second))

	// Frequent collections: the live heap is measured often.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	for _, format := range []string{"nquads", "jsonld", "graphml", "gexf", "cytoscape", "cypher"} {
		runtime.GC()
		before := heapLive()
		var peak atomic.Uint64
		done := make(chan struct{})
		go func() {
			for {
				if h := heapLive(); h > peak.Load() {
					peak.Store(h)
				}
				select {
				case <-done:
					return
				case <-time.After(2 * time.Millisecond):
				}
			}
		}()
		var out countingWriter
		t0 := time.Now()
		err := export.Write(context.Background(), &out, st, export.Options{Format: format})
		close(done)
		if err != nil {
			t.Fatal(err)
		}
		growth := int64(peak.Load()) - int64(before)
		t.Logf("%-8s %7.1f MB written in %6s; live heap %5.1f MB before, peak %5.1f MB (+%.1f MB)", format,
			float64(out.n)/(1<<20), time.Since(t0).Round(time.Millisecond), float64(before)/(1<<20), float64(peak.Load())/(1<<20), float64(growth)/(1<<20))
		if growth > 32<<20 {
			t.Errorf("%s: the heap grew by %.1f MB while writing %.1f MB: the export does not stream", format, float64(growth)/(1<<20), float64(out.n)/(1<<20))
		}
	}
}
