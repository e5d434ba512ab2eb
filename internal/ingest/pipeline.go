package ingest

import (
	"bytes"
	"context"
	"io"
	"os"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Event is one step of reading and extracting a list of files, in the
// order of the files and of their parts: the start of a file, one of its
// documents with its facts, or the end of the file.
type Event struct {
	// File is the index of the file in the list (from 0) and Path its
	// path.
	File int
	Path string
	// Start marks the start of a file; Size is then its size in bytes
	// (0 when unknown, as for standard input).
	Start bool
	Size  int64
	// Doc, for an event of a document, is the document and Facts its
	// facts, or Err why the extractor failed on it (Facts is then nil).
	Doc   *text.Document
	Facts *graph.Facts
	// End marks the end of a file: Parts documents were read, Split says
	// whether the file was read in parts, and Err, when not nil, why the
	// rest of it (or all of it) could not be read.
	End   bool
	Parts int
	Split bool
	Err   error
	// More reports that the next event is ready: a writer that batches
	// documents can take it before committing. It is always false with
	// one worker.
	More bool
	// Output is what ExtractOptions.Render wrote for the document; it is
	// valid only until fn returns.
	Output []byte
}

// ExtractOptions configure Extract.
type ExtractOptions struct {
	Extractor Extractor
	// Stdin is read for the path "-".
	Stdin io.Reader
	// PartSize is the largest document made of a file (text.PartSize
	// when 0).
	PartSize int
	// Workers is how many documents are extracted at once. With 0 or 1,
	// each document is read and extracted just before fn gets it, in the
	// caller's goroutine. With more, one goroutine reads the files ahead
	// and Workers goroutines extract, at most a few documents per worker
	// ahead of fn: the Extractor must then be safe for concurrent use.
	Workers int
	// Ahead caps the documents read and extracted ahead of fn (8 per
	// worker when 0; the start and end events of files do not count),
	// and AheadBytes their text (no cap when 0). A writer that batches
	// documents lets them run ahead while it commits.
	Ahead, AheadBytes int
	// Render, when not nil, writes to w what the caller makes of the
	// event of a document extracted without error (its facts as N-Quads,
	// say), which fn then gets as the event's Output. It runs in the
	// goroutine that extracted the document, so that with several workers
	// the formatting runs on every core and fn, in order, only copies. An
	// error from Render ends the run as one from fn does.
	Render func(ev *Event, w *bytes.Buffer) error
}

// outputs recycles the buffers of Render.
var outputs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// render runs opts.Render on ev, if set, and returns the buffer that
// holds its output (nil without Render), for release once fn has it.
func render(opts *ExtractOptions, ev *Event) (*bytes.Buffer, error) {
	if opts.Render == nil || ev.Doc == nil || ev.Err != nil {
		return nil, nil
	}
	buf := outputs.Get().(*bytes.Buffer)
	buf.Reset()
	err := opts.Render(ev, buf)
	ev.Output = buf.Bytes()
	return buf, err
}

// releaseOutput recycles the buffer of ev's Output.
func releaseOutput(ev *Event, buf *bytes.Buffer) {
	ev.Output = nil
	if buf != nil && buf.Cap() <= 1<<20 {
		outputs.Put(buf)
	}
}

// Extract reads the files in order, as Run reads them (large files in
// parts), extracts every document and calls fn with each Event in the
// order of the files and their parts, whatever the number of workers.
// An error from fn ends the run, and Extract returns it; cancelling ctx
// ends it before the next event, with ctx's error.
func Extract(ctx context.Context, files []string, opts ExtractOptions, fn func(*Event) error) error {
	if opts.Workers <= 1 {
		return extractInOrder(ctx, files, opts, fn)
	}
	return extractParallel(ctx, files, opts, fn)
}

// fileSize is the size of the file at path, 0 when unknown.
func fileSize(path string) int64 {
	if path == "-" {
		return 0
	}
	if fi, err := os.Stat(path); err == nil {
		return fi.Size()
	}
	return 0
}

// extractInOrder reads, extracts and hands on one document at a time.
func extractInOrder(ctx context.Context, files []string, opts ExtractOptions, fn func(*Event) error) error {
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(&Event{File: i, Path: path, Start: true, Size: fileSize(path)}); err != nil {
			return err
		}
		parts, split := 0, false
		var ferr error // fn's error: ends the run
		err := load(path, opts.Stdin, opts.PartSize, func(doc *text.Document) error {
			parts++
			split = doc.Part > 0
			facts, err := extract(opts.Extractor, doc)
			ev := &Event{File: i, Path: path, Doc: doc, Facts: facts, Err: err}
			buf, rerr := render(&opts, ev)
			if ferr = rerr; ferr != nil {
				return ferr
			}
			ferr = fn(ev)
			releaseOutput(ev, buf)
			return ferr
		})
		if ferr != nil {
			return ferr
		}
		if err := fn(&Event{File: i, Path: path, End: true, Parts: parts, Split: split, Err: err}); err != nil {
			return err
		}
	}
	return nil
}

// job is an event on its way through the workers: done is closed once
// its facts are extracted (at once for events without a document).
type job struct {
	ev   Event
	done chan struct{}
	kb   int // of the budget of AheadBytes it holds
	// out holds ev.Output, and renderErr is Render's error.
	out       *bytes.Buffer
	renderErr error
}

// extractParallel reads the files in one goroutine, extracts in
// opts.Workers goroutines and hands the events on in order.
func extractParallel(ctx context.Context, files []string, opts ExtractOptions, fn func(*Event) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The events in order, each waiting for its extraction: at most
	// ahead of them are read and extracted ahead of fn, of at most
	// AheadBytes of text (in kB tokens).
	ahead := opts.Ahead
	if ahead <= 0 {
		ahead = 8 * opts.Workers
	}
	// docs holds a token for each document read and not yet handed to
	// fn: events without a document (a file's start and end) take none,
	// so that a corpus of small files keeps the workers busy.
	docs := make(chan struct{}, ahead)
	order := make(chan *job, 3*ahead+2)
	work := make(chan *job, ahead)
	closed := make(chan struct{})
	close(closed)
	var budget chan struct{}
	if opts.AheadBytes > 0 {
		budget = make(chan struct{}, (opts.AheadBytes+1023)/1024)
		for range cap(budget) {
			budget <- struct{}{}
		}
	}
	release := func(j *job) {
		for ; j.kb > 0; j.kb-- {
			budget <- struct{}{}
		}
	}
	// acquire takes the budget of a document's text; one larger than the
	// whole budget takes all of it.
	acquire := func(j *job) bool {
		if budget == nil {
			return true
		}
		want := min((len(j.ev.Doc.Text)+1023)/1024, cap(budget))
		for j.kb < want {
			select {
			case <-budget:
				j.kb++
			case <-ctx.Done():
				release(j)
				return false
			}
		}
		return true
	}

	send := func(j *job) bool {
		select {
		case order <- j:
			return true
		case <-ctx.Done():
			return false
		}
	}
	go func() {
		defer close(order)
		defer close(work)
		for i, path := range files {
			if !send(&job{ev: Event{File: i, Path: path, Start: true, Size: fileSize(path)}, done: closed}) {
				return
			}
			parts, split := 0, false
			err := load(path, opts.Stdin, opts.PartSize, func(doc *text.Document) error {
				parts++
				split = doc.Part > 0
				j := &job{ev: Event{File: i, Path: path, Doc: doc}, done: make(chan struct{})}
				select {
				case docs <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				if !acquire(j) {
					return ctx.Err()
				}
				select {
				case work <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
				if !send(j) {
					return ctx.Err()
				}
				return nil
			})
			if ctx.Err() != nil {
				return
			}
			if !send(&job{ev: Event{File: i, Path: path, End: true, Parts: parts, Split: split, Err: err}, done: closed}) {
				return
			}
		}
	}()
	for w := 0; w < opts.Workers; w++ {
		go func() {
			for j := range work {
				if ctx.Err() == nil {
					j.ev.Facts, j.ev.Err = extract(opts.Extractor, j.ev.Doc)
					j.out, j.renderErr = render(&opts, &j.ev)
				}
				close(j.done)
			}
		}()
	}
	// One event of look-ahead: whether the next one is ready is More.
	j, ok := <-order
	for ok {
		<-j.done
		if err := ctx.Err(); err != nil {
			return err
		}
		if j.renderErr != nil {
			return j.renderErr
		}
		var next *job
		more := false
		select {
		case next, ok = <-order:
			if ok {
				select {
				case <-next.done:
					more = true
				default:
				}
			}
		default:
		}
		j.ev.More = more
		err := fn(&j.ev)
		releaseOutput(&j.ev, j.out)
		if j.ev.Doc != nil {
			<-docs
		}
		if budget != nil {
			release(j)
		}
		if err != nil {
			return err
		}
		if next == nil && ok {
			next, ok = <-order
		}
		j = next
	}
	return ctx.Err()
}
