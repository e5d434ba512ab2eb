// Package ingest reads files, extracts their facts and writes them into a
// store, one document per transaction, continuing past bad files.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Extractor turns a document into facts.
type Extractor interface {
	Extract(doc *text.Document) *graph.Facts
}

// Options configure Run.
type Options struct {
	Store     *graph.Store
	Extractor Extractor
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Log, when not nil, gets one line per document written and per input
	// skipped.
	Log io.Writer
	// Progress, when not nil, is called when a file starts and after every
	// document, for a progress display.
	Progress func(Progress)
	// Now gives the ingest time; time.Now when nil.
	Now func() time.Time
	// PartSize is the largest document made of a file, in bytes: larger
	// files are read in parts. Zero means text.PartSize.
	PartSize int
	// Workers is how many documents are extracted at once, ahead of the
	// one writer that writes them in order. With 0 or 1 each document is
	// extracted just before it is written; with more, Extractor must be
	// safe for concurrent use.
	//
	// With more than one worker, the writer also groups documents into
	// transactions when it falls behind: the documents extracted while a
	// transaction commits go into the next one (at most BatchQuads quads
	// or a second's worth of documents). Each document is still whole or
	// absent after a failure or a kill.
	Workers int
	// BatchQuads caps the quads of one transaction: 20,000 when 0.
	BatchQuads int
}

// batchAge is the longest a document waits in a batch for others.
const batchAge = time.Second

// Progress says where a run is.
type Progress struct {
	// File is the file being read, from 1, of Files.
	File, Files int
	// Path is the file being read.
	Path string
	// Done is how much of the file's text is ingested, in bytes, of
	// Size, the size of the file (0 when unknown). A file larger than
	// text.PartSize is ingested part by part.
	Done, Size int64
	// Documents and Skipped count the documents written and the inputs
	// skipped so far.
	Documents, Skipped int
}

// Skip is an input that was not ingested, and why.
type Skip struct {
	Path   string
	Reason string
}

// Summary reports a run.
type Summary struct {
	Added, Unchanged, Replaced int
	// Removed counts the documents removed because the file they were a
	// part of now has fewer parts.
	Removed int
	Skipped []Skip
	Quads   int
	// Entities and Relations count what the documents of this run hold:
	// distinct entities by type and distinct edges by predicate.
	Entities  map[graph.Type]int
	Relations map[graph.Predicate]int
	Elapsed   time.Duration
	// Files is the number of files to read and Done the number finished
	// (read to the end, or skipped).
	Files, Done int
	// Last is the last document written, "" for none.
	Last string
}

// Documents is the number of documents read successfully.
func (s *Summary) Documents() int { return s.Added + s.Unchanged + s.Replaced }

// Interrupted is the error of a run stopped by its context: the document
// being written when the context was cancelled was finished first.
type Interrupted struct {
	// Done files of Files were finished; Last is the last document written.
	Done, Files int
	Last        string
	Err         error
}

func (e *Interrupted) Error() string {
	msg := fmt.Sprintf("interrupted after %d of %d files", e.Done, e.Files)
	if e.Last != "" {
		msg += fmt.Sprintf(" (last document written: %s)", e.Last)
	}
	return msg + "; run the same command again to ingest the rest"
}

func (e *Interrupted) Unwrap() error { return e.Err }

// storeError is a failure of the store, which ends a run.
type storeError struct{ err error }

func (e storeError) Error() string { return e.err.Error() }
func (e storeError) Unwrap() error { return e.err }

// stop ends the reading of a file after a document, when the run is
// interrupted.
var stop = errors.New("stop")

// Run ingests every file named by paths: files, directories (walked
// recursively, hidden entries skipped) or "-" for standard input. A file
// larger than text.PartSize is ingested in parts, each a document of its
// own ("big.txt#1", "big.txt#2", ...). Each document is extracted and
// written in one transaction. A file that cannot be read or is not text is
// skipped and reported; the error returned is only for failures of the
// store (what was written before stays written) or for cancellation
// (*Interrupted): cancelling ctx stops the run after the document being
// written.
func Run(ctx context.Context, paths []string, opts Options) (*Summary, error) {
	start := time.Now()
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	sum := &Summary{Entities: map[graph.Type]int{}, Relations: map[graph.Predicate]int{}}
	entities := map[string]graph.Type{}
	edges := map[[3]string]bool{}
	progress := Progress{}
	// The documents given to the writer and not yet committed, in order:
	// progress counts them with the documents written.
	type heldDoc struct{ path string }
	var held []heldDoc
	report := func() {
		if opts.Progress != nil {
			progress.Documents, progress.Skipped = sum.Documents()+len(held), len(sum.Skipped)
			opts.Progress(progress)
		}
	}
	skip := func(path string, err error) {
		sum.Skipped = append(sum.Skipped, Skip{Path: path, Reason: reason(path, err)})
		report()
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "skip %s: %s\n", path, reason(path, err))
		}
	}
	// A document is finished once started: its context is not cancelled.
	wctx := context.WithoutCancel(ctx)
	batch := opts.Store.NewBatch(func(facts *graph.Facts, res graph.WriteResult) {
		h := held[0]
		held = held[1:]
		switch res.Status {
		case graph.Added:
			sum.Added++
		case graph.Unchanged:
			sum.Unchanged++
		case graph.Replaced:
			sum.Replaced++
		}
		sum.Quads += res.Added
		sum.Last = h.path
		for _, e := range facts.Entities {
			entities[e.ID] = e.Type
		}
		for _, r := range facts.Relations {
			edges[[3]string{r.Subject, string(r.Predicate), r.Object}] = true
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "%s %s: %d entities, %d relations\n", res.Status, h.path, len(facts.Entities), len(facts.Relations))
		}
	})
	maxQuads := opts.BatchQuads
	if maxQuads <= 0 {
		maxQuads = 20000
	}
	var since time.Time // when the oldest document held was given
	// The first transactions hold one document, then two, four, ...: the
	// first documents are in the store (and in the log) at once.
	maxDocs := 1
	flush := func() error {
		if len(held) == 0 {
			return nil
		}
		first := held[0].path
		if err := batch.Flush(wctx); err != nil {
			return storeError{fmt.Errorf("ingest %s: %w", first, err)}
		}
		maxDocs = min(2*maxDocs, 1<<20)
		return nil
	}
	write := func(doc *text.Document, facts *graph.Facts, err error, more bool) error {
		if err != nil {
			skip(doc.Path, err)
			return nil
		}
		facts.Doc.IngestedAt = now()
		// Persons named by surname alone join the ones earlier documents
		// stored (or the batch holds), when that is unambiguous.
		if err := resolve.Across(wctx, facts, batch); err != nil {
			return storeError{fmt.Errorf("ingest %s: %w", doc.Path, err)}
		}
		if docs, _ := batch.Len(); docs == 0 {
			since = time.Now()
		}
		held = append(held, heldDoc{path: doc.Path})
		if _, err := batch.Add(wctx, facts); err != nil {
			return storeError{fmt.Errorf("ingest %s: %w", doc.Path, err)}
		}
		progress.Done = doc.Offset + int64(len(doc.Text))
		report()
		// Commit unless the next document is ready to join the
		// transaction, and at once when interrupted.
		if docs, quads := batch.Len(); !more || docs >= maxDocs || quads >= maxQuads || time.Since(since) >= batchAge || ctx.Err() != nil {
			if err := flush(); err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			return stop
		}
		return nil
	}

	finish := func(err error) (*Summary, error) {
		for _, t := range entities {
			sum.Entities[t]++
		}
		for e := range edges {
			sum.Relations[graph.Predicate(e[1])]++
		}
		sum.Elapsed = time.Since(start)
		return sum, err
	}
	files := Files(paths, skip)
	sum.Files = len(files)
	// Documents run ahead of the writer while it commits, up to 512 kB
	// of text (of dense news text, 150,000 quads of facts).
	xopts := ExtractOptions{Extractor: opts.Extractor, Stdin: opts.Stdin, PartSize: opts.PartSize, Workers: opts.Workers, Ahead: 1024, AheadBytes: 512 << 10}
	err := Extract(ctx, files, xopts, func(ev *Event) error {
		switch {
		case ev.Start:
			progress = Progress{File: ev.File + 1, Files: len(files), Path: ev.Path, Size: ev.Size}
			report()
			return nil
		case ev.Doc != nil:
			return write(ev.Doc, ev.Facts, ev.Err, ev.More)
		}
		path, err := ev.Path, ev.Err
		switch {
		case err != nil:
			if ev.Parts > 0 {
				// The parts before stay written, each whole.
				err = fmt.Errorf("after part %d: %s", ev.Parts, reason(path, err))
			}
			skip(path, err)
		case path != "-":
			n, err := removeStale(wctx, batch, path, ev.Split, ev.Parts)
			if err != nil {
				return storeError{fmt.Errorf("ingest %s: %w", path, err)}
			}
			sum.Removed += n
		}
		sum.Done++
		return nil
	})
	if !errors.As(err, new(storeError)) {
		// What the batch holds is written whatever ended the run.
		if ferr := flush(); ferr != nil {
			err = ferr
		}
	}
	var se storeError
	switch {
	case errors.As(err, &se):
		return finish(se.err)
	case errors.Is(err, stop) || (err != nil && ctx.Err() != nil):
		return finish(&Interrupted{Done: sum.Done, Files: len(files), Last: sum.Last, Err: ctx.Err()})
	}
	return finish(err)
}

// extract runs the extractor on one document. The extractor is fuzzed
// never to panic; should it panic all the same, the document is skipped
// and the run goes on.
func extract(x Extractor, doc *text.Document) (facts *graph.Facts, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in the extractor (please report it with the file): %v", r)
		}
	}()
	return x.Extract(doc), nil
}

// removeStale removes the documents of an earlier version of the file at
// path that the new version does not replace: read in parts (split), the
// whole file's document and the parts past the last; read whole, every
// part.
func removeStale(ctx context.Context, st *graph.Batch, path string, split bool, parts int) (int, error) {
	removed := 0
	first := 1
	if split {
		n, err := st.RemovePath(ctx, path)
		if err != nil {
			return 0, err
		}
		removed += n
		first = parts + 1
	}
	for k := first; ; k++ {
		n, err := st.RemovePath(ctx, fmt.Sprintf("%s#%d", path, k))
		removed += n
		if err != nil || n == 0 {
			return removed, err
		}
	}
}

// load reads one input: the file at path, or stdin for "-", in parts.
func load(path string, stdin io.Reader, max int, fn func(*text.Document) error) error {
	if path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		return text.ReadParts(path, stdin, max, fn)
	}
	err := text.LoadParts(path, max, fn)
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no longer exists (removed during the run)")
	}
	return err
}

// LoadParts reads one input the way Run does: the file at path, or stdin
// for "-", in documents of at most text.PartSize bytes, calling fn with
// each.
func LoadParts(path string, stdin io.Reader, fn func(*text.Document) error) error {
	return load(path, stdin, 0, fn)
}

// reason is the one-line reason printed for a skipped file.
func reason(path string, err error) string {
	msg := err.Error()
	// Errors from text.Load start with the path; don't repeat it.
	msg = strings.TrimPrefix(msg, path+": ")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
		if errors.Is(pe.Err, syscall.EISDIR) {
			msg = "a directory"
		}
	}
	return msg
}

// Files expands paths into the list of files to read, in order: files as
// given, directories walked in lexical order without hidden entries.
// Paths that cannot be read, broken symbolic links and what is neither a
// file nor a directory (pipes, sockets, devices) are passed to skip.
// Symbolic links to directories inside a directory are not followed.
func Files(paths []string, skip func(string, error)) []string {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			skip(p, statError(p, err))
			continue
		}
		if !fi.IsDir() {
			if why := notRegular(fi.Mode()); why != "" {
				skip(p, errors.New(why))
				continue
			}
			out = append(out, p)
			continue
		}
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// A link to a directory named on the command line is followed.
			root = p + string(filepath.Separator)
		}
		var found []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				skip(path, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			switch t := d.Type(); {
			case t.IsRegular():
				found = append(found, path)
			case t.IsDir():
			case t&fs.ModeSymlink != 0:
				fi, err := os.Stat(path)
				switch {
				case err != nil:
					skip(path, statError(path, err))
				case fi.Mode().IsRegular():
					found = append(found, path)
				case fi.IsDir():
					skip(path, errors.New("a symbolic link to a directory (not followed; name it to ingest it)"))
				default:
					skip(path, errors.New(notRegular(fi.Mode())))
				}
			default:
				skip(path, errors.New(notRegular(t)))
			}
			return nil
		})
		if err != nil {
			skip(p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out
}

// statError explains why a path cannot be read: a broken link, or the
// error of stat.
func statError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return fmt.Errorf("a broken symbolic link (to %s, which does not exist)", target)
		}
	}
	return err
}

// notRegular names a kind of file newsgraph does not read, or "".
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsRegular(), m.IsDir():
		return ""
	case m&fs.ModeNamedPipe != 0:
		return "not a regular file (a named pipe)"
	case m&fs.ModeSocket != 0:
		return "not a regular file (a socket)"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "not a regular file (a device)"
	}
	return "not a regular file"
}
