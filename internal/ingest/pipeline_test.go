package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/text"
)

// event is what a test keeps of an ingest.Event.
type event struct {
	File  int
	Path  string
	Kind  string
	Quads int
	Parts int
	Err   string
}

func collectEvents(t *testing.T, files []string, workers, ahead, aheadBytes int) []event {
	t.Helper()
	var got []event
	opts := ingest.ExtractOptions{Extractor: panicky{extractor(t)}, PartSize: 2000, Workers: workers, Ahead: ahead, AheadBytes: aheadBytes}
	err := ingest.Extract(context.Background(), files, opts, func(ev *ingest.Event) error {
		e := event{File: ev.File, Path: ev.Path}
		switch {
		case ev.Start:
			e.Kind = "start"
		case ev.Doc != nil:
			e.Kind, e.Path = "doc", ev.Doc.Path
			if ev.Facts != nil {
				e.Quads = len(graph.Quads(ev.Facts))
			}
		case ev.End:
			e.Kind, e.Parts = "end", ev.Parts
		}
		if ev.Err != nil {
			e.Err = ev.Err.Error()
		}
		got = append(got, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestExtractInOrder extracts files (one of several parts, one that is
// not text, one the extractor fails on) with several workers: the events
// come in the order of the files and their parts, with the facts one
// worker finds.
func TestExtractInOrder(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := 0; i < 12; i++ {
		files = append(files, write(t, dir, fmt.Sprintf("%02d.txt", i), strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1)))
	}
	files = append(files, write(t, dir, "empty.txt", ""))
	files = append(files, write(t, dir, "panic.txt", "PANIC "+article))
	var big strings.Builder
	for i := 0; big.Len() < 7000; i++ {
		fmt.Fprintf(&big, "Report %d\n\n%s\n", i, article)
	}
	files = append(files, write(t, dir, "big.txt", big.String()))
	want := collectEvents(t, files, 1, 0, 0)
	if n := len(want); n < 3*len(files) {
		t.Fatalf("%d events for %d files", n, len(files))
	}
	for _, tc := range []struct{ workers, ahead, aheadBytes int }{{2, 0, 0}, {4, 0, 0}, {16, 0, 0}, {3, 64, 1024}, {2, 1, 0}} {
		t.Run(fmt.Sprint(tc), func(t *testing.T) {
			if got := collectEvents(t, files, tc.workers, tc.ahead, tc.aheadBytes); !reflect.DeepEqual(got, want) {
				t.Errorf("got\n%v\nwant\n%v", got, want)
			}
		})
	}
}

// TestExtractStops ends a run from the callback: Extract returns the
// error, and its goroutines stop.
func TestExtractStops(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := 0; i < 20; i++ {
		files = append(files, write(t, dir, fmt.Sprintf("%02d.txt", i), article))
	}
	errEnough := errors.New("enough")
	docs := 0
	opts := ingest.ExtractOptions{Extractor: extractor(t), Workers: 4}
	err := ingest.Extract(context.Background(), files, opts, func(ev *ingest.Event) error {
		if ev.Doc != nil {
			if docs++; docs == 3 {
				return errEnough
			}
		}
		return nil
	})
	if !errors.Is(err, errEnough) || docs != 3 {
		t.Errorf("got %v after %d documents, want %v after 3", err, docs, errEnough)
	}
	ctx, cancel := context.WithCancel(context.Background())
	docs = 0
	err = ingest.Extract(ctx, files, opts, func(ev *ingest.Event) error {
		if ev.Doc != nil {
			if docs++; docs == 3 {
				cancel()
			}
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || docs != 3 {
		t.Errorf("got %v after %d documents, want %v after 3", err, docs, context.Canceled)
	}
}

// countingExtractor counts its documents.
type countingExtractor struct {
	x ingest.Extractor
	n *atomic.Int64
}

func (c countingExtractor) Extract(doc *text.Document) *graph.Facts {
	c.n.Add(1)
	return c.x.Extract(doc)
}

// TestExtractAheadAcrossFiles checks that Ahead counts documents, not
// events: while fn holds the first document, the workers extract the
// next ones though each file adds a start and an end event.
func TestExtractAheadAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := 0; i < 8; i++ {
		files = append(files, write(t, dir, fmt.Sprintf("%02d.txt", i), article))
	}
	var n atomic.Int64
	opts := ingest.ExtractOptions{Extractor: countingExtractor{extractor(t), &n}, Workers: 2, Ahead: 4}
	first := true
	err := ingest.Extract(context.Background(), files, opts, func(ev *ingest.Event) error {
		if ev.Doc == nil || !first {
			return nil
		}
		first = false
		deadline := time.Now().Add(10 * time.Second)
		for n.Load() < 4 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if got := n.Load(); got < 4 {
			t.Errorf("%d documents extracted while fn held the first, want 4", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestExtractRender formats documents in the workers: fn gets each
// document's output with its event, in order, and an error from Render
// ends the run.
func TestExtractRender(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := 0; i < 12; i++ {
		files = append(files, write(t, dir, fmt.Sprintf("%02d.txt", i), strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1)))
	}
	files = append(files, write(t, dir, "panic.txt", "PANIC "+article))
	render := func(ev *ingest.Event, w *bytes.Buffer) error {
		fmt.Fprintf(w, "%s %d", ev.Doc.Path, len(graph.Quads(ev.Facts)))
		return nil
	}
	for _, workers := range []int{1, 2, 4} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			opts := ingest.ExtractOptions{Extractor: panicky{extractor(t)}, Workers: workers, Render: render}
			docs := 0
			err := ingest.Extract(context.Background(), files, opts, func(ev *ingest.Event) error {
				if ev.Doc == nil {
					return nil
				}
				want := ""
				if ev.Err == nil {
					docs++
					want = fmt.Sprintf("%s %d", ev.Doc.Path, len(graph.Quads(ev.Facts)))
				}
				if got := string(ev.Output); got != want {
					t.Errorf("got output %q, want %q", got, want)
				}
				return nil
			})
			if err != nil || docs != 12 {
				t.Errorf("got %v after %d documents, want nil after 12", err, docs)
			}
			errBad := errors.New("bad")
			opts.Render = func(ev *ingest.Event, w *bytes.Buffer) error {
				if strings.HasSuffix(ev.Doc.Path, "03.txt") {
					return errBad
				}
				return nil
			}
			docs = 0
			err = ingest.Extract(context.Background(), files, opts, func(ev *ingest.Event) error {
				if ev.Doc != nil {
					docs++
				}
				return nil
			})
			if !errors.Is(err, errBad) || docs != 3 {
				t.Errorf("got %v after %d documents, want %v after 3", err, docs, errBad)
			}
		})
	}
}

// storeQuads returns the quads of a store but the times of ingest,
// sorted.
func storeQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var out []string
	err := st.EachQuad(context.Background(), func(q quad.Quad) error {
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

// TestWorkersSameStore ingests a corpus with one worker, a document per
// transaction, and with several, documents batched: the stores are the
// same, persons named by surname alone joining the full names of earlier
// documents in the same batch, a copy of a document unchanged, a large
// file in parts.
func TestWorkersSameStore(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 30; i++ {
		text := strings.Replace(article, "Friday", fmt.Sprintf("day %d", i), 1)
		if i%3 == 1 {
			// Surnames alone, after the full names of the document before.
			text = fmt.Sprintf("Report %d\n\nLavrov and Blinken met again on day %d. Grushko said Lavrov was pleased.\n", i, i)
		}
		write(t, dir, fmt.Sprintf("%02d.txt", i), text)
	}
	write(t, dir, "copy.txt", strings.Replace(article, "Friday", "day 3", 1))
	var big strings.Builder
	for i := 0; big.Len() < 3*2000; i++ {
		fmt.Fprintf(&big, "Report %d\n\nPresident Vladimir Putin met Sergey Lavrov on day %d. Putin said Russia would stay.\n\n", i, i)
	}
	write(t, dir, "zz-big.txt", big.String())
	var want []string
	var wantSum *ingest.Summary
	for _, workers := range []int{1, 4} {
		st := openStore(t)
		sum, err := ingest.Run(context.Background(), []string{dir}, ingest.Options{Store: st, Extractor: extractor(t), Workers: workers, PartSize: 2000})
		if err != nil {
			t.Fatal(err)
		}
		check(t, st)
		got := storeQuads(t, st)
		sum.Elapsed = 0
		if workers == 1 {
			want, wantSum = got, sum
			if sum.Unchanged != 1 || sum.Added < 33 {
				t.Fatalf("one worker: %+v", sum)
			}
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d workers: %d quads, one worker %d", workers, len(got), len(want))
		}
		if !reflect.DeepEqual(sum, wantSum) {
			t.Errorf("%d workers: summary %+v, one worker %+v", workers, sum, wantSum)
		}
	}
}
