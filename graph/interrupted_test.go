package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// A process killed while it made a store leaves the sentinel and part of
// a database: that is no store yet; the next Open with Create makes it.
func TestOpenInterruptedCreation(t *testing.T) {
	ctx := context.Background()
	for _, backend := range graph.EmbeddedBackends() {
		t.Run(backend, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store.db")
			os.MkdirAll(dir, 0o700)
			os.WriteFile(filepath.Join(dir, ".creating"), nil, 0o644)
			// What a killed creation may leave: the database's first file,
			// empty or cut.
			os.WriteFile(filepath.Join(dir, "indexes.bolt"), nil, 0o644)
			os.WriteFile(filepath.Join(dir, "MANIFEST"), []byte("Bdg"), 0o644)
			addr := backend + ":" + dir
			if _, err := graph.Open(ctx, addr, graph.OpenOptions{}); !errors.Is(err, graph.ErrNoStore) {
				t.Fatalf("open without Create: got %v, want ErrNoStore", err)
			}
			st, err := graph.Open(ctx, addr, graph.OpenOptions{Create: true})
			if err != nil {
				t.Fatalf("open with Create: %v", err)
			}
			if _, err := st.Write(ctx, facts("h1", "1.txt", "Sergey Lavrov")); err != nil {
				t.Fatal(err)
			}
			st.Close()
			if _, err := os.Stat(filepath.Join(dir, ".creating")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the sentinel is still there: %v", err)
			}
			st, err = graph.Open(ctx, addr, graph.OpenOptions{})
			if err != nil {
				t.Fatalf("open the made store: %v", err)
			}
			defer st.Close()
			docs, err := st.Documents(ctx)
			if err != nil || len(docs) != 1 {
				t.Errorf("documents %v, %v; want the one written", docs, err)
			}
		})
	}
}
