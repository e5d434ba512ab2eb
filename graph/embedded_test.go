package graph_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// writeOne makes a store at addr holding one document and closes it.
func writeOne(t *testing.T, addr string) {
	t.Helper()
	st, err := graph.Open(context.Background(), addr, graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Write(context.Background(), facts("h1", "1.txt", "Sergey Lavrov")); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// quadCount opens the store at addr and counts its quads.
func quadCount(t *testing.T, addr string) (int64, string) {
	t.Helper()
	st, err := graph.Open(context.Background(), addr, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.QuadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n, st.Backend()
}

// TestOpenBackends: a prefix names the backend of a new store; a plain
// directory opens the store it holds, whatever its backend; a prefix that
// names another backend than the store's is refused, and the store left
// as it is; one process at a time opens a store of any backend.
func TestOpenBackends(t *testing.T) {
	ctx := context.Background()
	for _, name := range graph.EmbeddedBackends() {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store.db")
			writeOne(t, name+":"+dir)
			want, _ := quadCount(t, name+":"+dir)
			if want == 0 {
				t.Fatal("no quads written")
			}
			got, backend := quadCount(t, dir)
			if got != want {
				t.Errorf("plain directory: got %d quads, want %d", got, want)
			}
			sameFormat := map[string]bool{"bolt": true, "bbolt": true}
			switch {
			case sameFormat[name] && sameFormat[graph.DefaultBackend]:
				if backend != graph.DefaultBackend {
					t.Errorf("plain directory of a bolt file: backend %s, want %s", backend, graph.DefaultBackend)
				}
			case backend != name:
				t.Errorf("plain directory: backend %s, want %s", backend, name)
			}
			for _, other := range graph.EmbeddedBackends() {
				if other == name || sameFormat[other] && sameFormat[name] {
					continue
				}
				before := snapshot(t, dir)
				if _, err := graph.Open(ctx, other+":"+dir, graph.OpenOptions{Create: true}); !errors.Is(err, graph.ErrNotStore) {
					t.Errorf("open as %s: got %v, want ErrNotStore", other, err)
				}
				if after := snapshot(t, dir); after != before {
					t.Errorf("open as %s changed the store", other)
				}
			}
			first, err := graph.Open(ctx, dir, graph.OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := graph.Open(ctx, name+":"+dir, graph.OpenOptions{LockWait: 200 * time.Millisecond}); !errors.Is(err, graph.ErrLocked) {
				t.Errorf("second open: got %v, want ErrLocked", err)
			}
			first.Close()
			if err := graph.Remove(ctx, name+":"+dir); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("after Remove: %v, want no directory", err)
			}
		})
	}
}

// TestBoltFormats: bolt and bbolt read and write one file format, so that
// either opens the stores of the other (the default changed from bolt to
// bbolt or back keeps every store).
func TestBoltFormats(t *testing.T) {
	for _, tc := range [][2]string{{"bolt", "bbolt"}, {"bbolt", "bolt"}} {
		t.Run(tc[0]+" then "+tc[1], func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store.db")
			writeOne(t, tc[0]+":"+dir)
			want, _ := quadCount(t, tc[0]+":"+dir)
			got, backend := quadCount(t, tc[1]+":"+dir)
			if got != want || backend != tc[1] {
				t.Errorf("got %d quads by %s, want %d by %s", got, backend, want, tc[1])
			}
			// Written by the other, read by the first.
			st, err := graph.Open(context.Background(), tc[1]+":"+dir, graph.OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.Write(context.Background(), facts("h2", "2.txt", "Antony Blinken")); err != nil {
				t.Fatal(err)
			}
			st.Close()
			if got, _ := quadCount(t, tc[0]+":"+dir); got <= want {
				t.Errorf("after a write by %s: %d quads, want more than %d", tc[1], got, want)
			}
			st, err = graph.Open(context.Background(), tc[0]+":"+dir, graph.OpenOptions{Verify: true})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			res, err := st.Check(context.Background())
			if err != nil || !res.OK() {
				t.Errorf("check: %v %v", err, res.Problems)
			}
		})
	}
}

// TestOpenDamagedBackends: the damaged stores of LevelDB and Badger give
// ErrCorrupt and are left as they are.
func TestOpenDamagedBackends(t *testing.T) {
	tests := []struct {
		backend, file string
		damage        func(path string)
	}{
		{"leveldb", "CURRENT", func(p string) { os.WriteFile(p, []byte("MANIFEST-999999\n"), 0o644) }},
		{"badger", "MANIFEST", func(p string) { os.WriteFile(p, []byte("garbage garbage garbage"), 0o644) }},
	}
	for _, tc := range tests {
		t.Run(tc.backend, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store.db")
			writeOne(t, tc.backend+":"+dir)
			tc.damage(filepath.Join(dir, tc.file))
			// LevelDB logs every open to the file LOG: the data is what
			// must not change.
			logged := func() string {
				os.Remove(filepath.Join(dir, "LOG"))
				return snapshot(t, dir)
			}
			before := logged()
			for _, addr := range []string{dir, tc.backend + ":" + dir} {
				if _, err := graph.Open(context.Background(), addr, graph.OpenOptions{Create: true}); !errors.Is(err, graph.ErrCorrupt) {
					t.Errorf("open %s: got %v, want ErrCorrupt", addr, err)
				}
			}
			if after := logged(); after != before {
				t.Errorf("the store was changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestBatchSplitsForBadger: badger refuses large transactions, so a
// Batch writes its documents in several, each of whole documents.
func TestBatchSplitsForBadger(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "badger:"+filepath.Join(t.TempDir(), "store.db"), graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var committed, added int
	b := st.NewBatch(func(_ *graph.Facts, res graph.WriteResult) { committed++ })
	for i := 0; i < 600; i++ {
		res, err := b.Add(ctx, facts(fmt.Sprintf("h%d", i), fmt.Sprintf("%d.txt", i), fmt.Sprintf("Person Number%d", i), fmt.Sprintf("Other Person%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		added += res.Added
	}
	if added <= 3*2000 {
		t.Fatalf("%d quads held: too few to need several transactions", added)
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if committed != 600 {
		t.Errorf("got %d documents committed, want 600", committed)
	}
	docs, err := st.Documents(ctx)
	if err != nil || len(docs) != 600 {
		t.Errorf("got %d documents (%v), want 600", len(docs), err)
	}
	res, err := st.Check(ctx)
	if err != nil || !res.OK() {
		t.Errorf("check: %v %v", err, res.Problems)
	}
}
