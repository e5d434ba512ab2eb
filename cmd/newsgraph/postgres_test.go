package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/storetest"
	"github.com/newsgraph/newsgraph/queries"
)

// quadsAt returns the quads of the store at db but the times of ingest,
// sorted.
func quadsAt(t *testing.T, db string) []string {
	t.Helper()
	st, err := graph.Open(context.Background(), db, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []string
	err = st.EachQuad(context.Background(), func(q quad.Quad) error {
		if q.Predicate != graph.IngestedAt.IRI() {
			out = append(out, q.NQuad())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// savedQueryArgs are the arguments every saved query is run with on the
// store of examples/.
var savedQueryArgs = map[string][]string{
	"agreements": nil,
	"evidence":   {"Karasin", "Lavrov"},
	"members":    {"NATO"},
	"neighbours": {"Sergey Lavrov"},
	"officials":  {"Russia"},
	"path":       {"Mircea Geoană", "Finland"},
}

// TestPostgres ingests examples/ into PostgreSQL and into bolt: the store
// passes check, holds the same quads, and every saved query answers as on
// bolt. It needs NEWSGRAPH_TEST_POSTGRES (see graph/storetest).
func TestPostgres(t *testing.T) {
	pg := storetest.Postgres(t)
	bolt := filepath.Join(t.TempDir(), "bolt.db")
	for _, db := range []string{pg, bolt} {
		if code, out, errOut := runProcess(t, "", "ingest", "--db", db, "../../examples"); code != 0 || !strings.Contains(out, "3 added") {
			t.Fatalf("ingest into %s: exit %d\n%s%s", db, code, out, errOut)
		}
	}
	checkStore(t, pg)
	if got, want := quadsAt(t, pg), quadsAt(t, bolt); !slices.Equal(got, want) {
		t.Errorf("PostgreSQL holds %d quads, bolt %d", len(got), len(want))
	}
	list, err := queries.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range list {
		t.Run(q.Name, func(t *testing.T) {
			args, ok := savedQueryArgs[q.Name]
			if !ok {
				t.Fatalf("no arguments for the saved query %s: add them to savedQueryArgs", q.Name)
			}
			var answers []string
			for _, db := range []string{pg, bolt} {
				code, out, errOut := runProcess(t, "", append([]string{"query", "--db", db, "--saved", q.Name}, args...)...)
				if code != 0 || out == "" {
					t.Fatalf("query --saved %s on %s: exit %d\n%s%s", q.Name, db, code, out, errOut)
				}
				lines := strings.Split(strings.TrimSpace(out), "\n")
				slices.Sort(lines)
				answers = append(answers, strings.Join(lines, "\n"))
			}
			if answers[0] != answers[1] {
				t.Errorf("PostgreSQL answers\n%s\nbolt answers\n%s", answers[0], answers[1])
			}
		})
	}
}

// TestPostgresConcurrentIngest runs two ingest processes at once, each
// writing its own documents into one PostgreSQL store: the store ends
// with the graph one process ingesting both writes (entity IRIs derive
// from names, so both processes' entities are one node; no document
// loses a quad), and passes check.
func TestPostgresConcurrentIngest(t *testing.T) {
	both := storetest.Postgres(t)
	one := storetest.Postgres(t)
	all := corpus(t, 60)
	dirs := []string{filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")}
	files, _ := filepath.Glob(filepath.Join(all, "*.txt"))
	for i, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dirs[i%2], filepath.Base(f), string(text))
	}
	if code, out, errOut := runProcess(t, "", "ingest", "--db", one, dirs[0], dirs[1]); code != 0 {
		t.Fatalf("one process: exit %d\n%s%s", code, out, errOut)
	}
	type run struct {
		out        bytes.Buffer
		err        error
		start, end time.Time
	}
	runs := make([]*run, 2)
	done := make(chan struct{}, 2)
	for i, dir := range dirs {
		r := &run{}
		runs[i] = r
		cmd := newsgraph("ingest", "--db", both, dir)
		cmd.Stdout, cmd.Stderr = &r.out, &r.out
		go func() {
			r.start = time.Now()
			r.err = cmd.Run()
			r.end = time.Now()
			done <- struct{}{}
		}()
	}
	<-done
	<-done
	for i, r := range runs {
		if r.err != nil || !strings.Contains(r.out.String(), "30 added") {
			t.Fatalf("process %d: %v\n%s", i, r.err, r.out.String())
		}
	}
	end, start := runs[0].end, runs[0].start
	if runs[1].end.Before(end) {
		end = runs[1].end
	}
	if runs[1].start.After(start) {
		start = runs[1].start
	}
	overlap := end.Sub(start)
	t.Logf("the two processes ran %v at the same time (%v and %v in all)", overlap.Round(time.Millisecond), runs[0].end.Sub(runs[0].start).Round(time.Millisecond), runs[1].end.Sub(runs[1].start).Round(time.Millisecond))
	checkStore(t, both)
	got, want := quadsAt(t, both), quadsAt(t, one)
	if !slices.Equal(got, want) {
		missing, extra := 0, 0
		for _, q := range want {
			if _, ok := slices.BinarySearch(got, q); !ok {
				missing++
			}
		}
		for _, q := range got {
			if _, ok := slices.BinarySearch(want, q); !ok {
				extra++
			}
		}
		t.Errorf("two processes wrote %d quads, one process %d: %d missing, %d more", len(got), len(want), missing, extra)
	}
	code, out, _ := runProcess(t, "", "stats", "--db", both)
	_, outOne, _ := runProcess(t, "", "stats", "--db", one)
	if code != 0 || out[strings.Index(out, "\n"):] != outOne[strings.Index(outOne, "\n"):] {
		t.Errorf("stats of two processes\n%s\nof one\n%s", out, outOne)
	}
}
