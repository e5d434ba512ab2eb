package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/ingest"
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

func collectEvents(t *testing.T, files []string, workers int) []event {
	t.Helper()
	var got []event
	opts := ingest.ExtractOptions{Extractor: panicky{extractor(t)}, PartSize: 2000, Workers: workers}
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
	want := collectEvents(t, files, 1)
	if n := len(want); n < 3*len(files) {
		t.Fatalf("%d events for %d files", n, len(files))
	}
	for _, workers := range []int{2, 4, 16} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			if got := collectEvents(t, files, workers); !reflect.DeepEqual(got, want) {
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
