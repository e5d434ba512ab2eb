package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph/graph"
)

func TestOpenLocked(t *testing.T) {
	ctx := context.Background()
	first, dir := openTemp(t)
	start := time.Now()
	_, err := graph.Open(ctx, dir, graph.OpenOptions{LockWait: 300 * time.Millisecond})
	if !errors.Is(err, graph.ErrLocked) {
		t.Fatalf("second open: got %v, want ErrLocked", err)
	}
	if d := time.Since(start); d < 300*time.Millisecond || d > 3*time.Second {
		t.Errorf("gave up after %v, want about 300ms", d)
	}
	first.Close()
	second, err := graph.Open(ctx, dir, graph.OpenOptions{LockWait: 300 * time.Millisecond})
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	second.Close()
}

// storeFile makes a store holding a few documents and returns its bolt
// file.
func storeFile(t *testing.T) string {
	t.Helper()
	st, dir := openTemp(t)
	for i := 0; i < 20; i++ {
		if _, err := st.Write(context.Background(), facts(fmt.Sprintf("h%d", i), fmt.Sprintf("%d.txt", i), "Sergey Lavrov", fmt.Sprintf("Person Number%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	return filepath.Join(dir, "indexes.bolt")
}

func TestOpenDamaged(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		make   func(t *testing.T) string // returns the --db address
		want   error
		verify bool // only Verify finds it
	}{
		{"a file", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "notes.txt")
			os.WriteFile(p, []byte("hello"), 0o644)
			return p
		}, graph.ErrNotStore, false},
		{"a directory of other files", func(t *testing.T) string {
			d := t.TempDir()
			os.WriteFile(filepath.Join(d, "x"), []byte("x"), 0o644)
			return d
		}, graph.ErrNotStore, false},
		{"garbage", func(t *testing.T) string {
			d := t.TempDir()
			os.WriteFile(filepath.Join(d, "indexes.bolt"), bytes.Repeat([]byte("garbage"), 1000), 0o644)
			return d
		}, graph.ErrCorrupt, false},
		{"empty store file", func(t *testing.T) string {
			d := t.TempDir()
			os.WriteFile(filepath.Join(d, "indexes.bolt"), nil, 0o644)
			return d
		}, graph.ErrCorrupt, false},
		{"truncated", func(t *testing.T) string {
			f := storeFile(t)
			fi, _ := os.Stat(f)
			os.Truncate(f, fi.Size()/2)
			return filepath.Dir(f)
		}, graph.ErrCorrupt, false},
		{"pages overwritten", func(t *testing.T) string {
			f := storeFile(t)
			b, _ := os.ReadFile(f)
			r := rand.New(rand.NewSource(1))
			for i := 4 * 4096; i < len(b); i++ {
				b[i] = byte(r.Intn(256))
			}
			os.WriteFile(f, b, 0o644)
			return filepath.Dir(f)
		}, graph.ErrCorrupt, true},
		{"another program's bolt database", func(t *testing.T) string {
			d := t.TempDir()
			db, err := bolt.Open(filepath.Join(d, "indexes.bolt"), 0o644, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("settings"))
				return b.Put([]byte("theme"), []byte("dark"))
			})
			db.Close()
			return d
		}, graph.ErrNotStore, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			addr := tc.make(t)
			before := snapshot(t, addr)
			_, err := graph.Open(ctx, addr, graph.OpenOptions{Create: true, LockWait: time.Second, Verify: true})
			if !errors.Is(err, tc.want) {
				t.Errorf("open with Verify: got %v, want %v", err, tc.want)
			}
			if !tc.verify {
				if _, err := graph.Open(ctx, addr, graph.OpenOptions{Create: true, LockWait: time.Second}); !errors.Is(err, tc.want) {
					t.Errorf("open: got %v, want %v", err, tc.want)
				}
			}
			if after := snapshot(t, addr); after != before {
				t.Errorf("the store was changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// snapshot describes the files at addr: names, sizes, contents.
func snapshot(t *testing.T, addr string) string {
	t.Helper()
	var b bytes.Buffer
	filepath.Walk(addr, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return nil
		}
		data, _ := os.ReadFile(p)
		fmt.Fprintf(&b, "%s %d %x %s; ", filepath.Base(p), fi.Size(), data[:min(len(data), 16)], fi.ModTime())
		sum := 0
		for _, c := range data {
			sum = sum*31 + int(c)
		}
		fmt.Fprintf(&b, "%d; ", sum)
		return nil
	})
	return b.String()
}
