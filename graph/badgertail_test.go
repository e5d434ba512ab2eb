package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// A process killed while badger wrote leaves a torn tail in the value
// log. The store opens again with every committed document.
func TestBadgerTornValueLog(t *testing.T) {
	ctx := context.Background()
	addr := "badger:" + filepath.Join(t.TempDir(), "store.db")
	st, err := graph.Open(ctx, addr, graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		if _, err := st.Write(ctx, facts(fmt.Sprintf("h%d", i), fmt.Sprintf("%d.txt", i), fmt.Sprintf("Person Number%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	logs, _ := filepath.Glob(filepath.Join(addr[len("badger:"):], "*.vlog"))
	if len(logs) == 0 {
		t.Fatal("no value log")
	}
	// Half a record after the last commit: a write that never returned.
	f, err := os.OpenFile(logs[len(logs)-1], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Close()
	st, err = graph.Open(ctx, addr, graph.OpenOptions{})
	if err != nil {
		t.Fatalf("open after a torn write: %v", err)
	}
	defer st.Close()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 {
		t.Errorf("%d documents after the torn write, want 5", len(docs))
	}
}
