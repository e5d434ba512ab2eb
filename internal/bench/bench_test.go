package bench

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun measures both phases over examples/: every figure is there.
func TestRun(t *testing.T) {
	res, err := Run(context.Background(), Options{Paths: []string{"../../examples"}, Runs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Phase != "extract" || res[1].Phase != "ingest" {
		t.Fatalf("got %+v", res)
	}
	for _, r := range res {
		if r.Files != 3 || r.Documents != 3 || r.Words < 1000 || r.Bytes < 5000 || r.Quads < 1000 || r.Elapsed <= 0 || len(r.Times) != 2 || r.PeakRSS <= 0 {
			t.Errorf("%s: %+v", r.Phase, r)
		}
	}
	if res[1].Quads > res[0].Quads {
		t.Errorf("ingest stored %d quads, more than the %d extracted", res[1].Quads, res[0].Quads)
	}
	var b bytes.Buffer
	if err := WriteTable(&b, res); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); len(lines) != 3 || !strings.Contains(lines[0], "words/s") || !strings.Contains(lines[2], "ingest") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestWords(t *testing.T) {
	for s, want := range map[string]int{"": 0, "one": 1, " two  words\n": 2, "a\u00a0b": 1, "a\u2003b": 2, "Grushko’s deputy—said": 2} {
		if got := Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestRunIngestDB: with --db, every run ingests into an empty store (the
// runs after the first remove what the one before wrote), so that each
// writes every quad; "leveldb:" asks for new stores of that backend; a
// store that holds quads is refused for several runs.
func TestRunIngestDB(t *testing.T) {
	ctx := context.Background()
	db := "leveldb:" + filepath.Join(t.TempDir(), "bench.db")
	for _, addr := range []string{"leveldb:", db} {
		res, err := Run(ctx, Options{Paths: []string{"../../examples"}, Phases: []string{"ingest"}, DB: addr, Runs: 3})
		if err != nil {
			t.Fatalf("%s: %v", addr, err)
		}
		if res[0].Quads < 1000 {
			t.Errorf("%s: the median run stored %d quads", addr, res[0].Quads)
		}
	}
	_, err := Run(ctx, Options{Paths: []string{"../../examples"}, Phases: []string{"ingest"}, DB: db, Runs: 2})
	if err == nil || !strings.Contains(err.Error(), "several runs need an empty store") {
		t.Errorf("a store that holds quads: got %v", err)
	}
}
