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
	// Progress, when not nil, gets one line per document.
	Progress io.Writer
	// Now gives the ingest time; time.Now when nil.
	Now func() time.Time
}

// Skip is an input that was not ingested, and why.
type Skip struct {
	Path   string
	Reason string
}

// Summary reports a run.
type Summary struct {
	Added, Unchanged, Replaced int
	Skipped                    []Skip
	Quads                      int
	// Entities and Relations count what the documents of this run hold:
	// distinct entities by type and distinct edges by predicate.
	Entities  map[graph.Type]int
	Relations map[graph.Predicate]int
	Elapsed   time.Duration
}

// Documents is the number of documents read successfully.
func (s *Summary) Documents() int { return s.Added + s.Unchanged + s.Replaced }

// Run ingests every file named by paths: files, directories (walked
// recursively, hidden entries skipped) or "-" for standard input. A file
// that cannot be read or is not text is skipped and reported; the error
// returned is only for failures of the store or cancellation, and what was
// written before it stays written.
func Run(ctx context.Context, paths []string, opts Options) (*Summary, error) {
	start := time.Now()
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	sum := &Summary{Entities: map[graph.Type]int{}, Relations: map[graph.Predicate]int{}}
	entities := map[string]graph.Type{}
	edges := map[[3]string]bool{}
	skip := func(path string, err error) {
		sum.Skipped = append(sum.Skipped, Skip{Path: path, Reason: reason(path, err)})
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "skip %s: %s\n", path, reason(path, err))
		}
	}
	files := Files(paths, skip)
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			sum.Elapsed = time.Since(start)
			return sum, fmt.Errorf("interrupted after %d of %d files: %w", i, len(files), err)
		}
		doc, err := Load(path, opts.Stdin)
		if err != nil {
			skip(path, err)
			continue
		}
		facts := opts.Extractor.Extract(doc)
		facts.Doc.IngestedAt = now()
		// Persons named by surname alone join the ones earlier documents
		// stored, when that is unambiguous.
		if err := resolve.Across(ctx, facts, opts.Store); err != nil {
			sum.Elapsed = time.Since(start)
			return sum, fmt.Errorf("ingest %s: %w", path, err)
		}
		res, err := opts.Store.Write(ctx, facts)
		if err != nil {
			sum.Elapsed = time.Since(start)
			return sum, fmt.Errorf("ingest %s: %w", path, err)
		}
		switch res.Status {
		case graph.Added:
			sum.Added++
		case graph.Unchanged:
			sum.Unchanged++
		case graph.Replaced:
			sum.Replaced++
		}
		sum.Quads += res.Added
		for _, e := range facts.Entities {
			entities[e.ID] = e.Type
		}
		for _, r := range facts.Relations {
			edges[[3]string{r.Subject, string(r.Predicate), r.Object}] = true
		}
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "%s %s: %d entities, %d relations\n", res.Status, path, len(facts.Entities), len(facts.Relations))
		}
	}
	for _, t := range entities {
		sum.Entities[t]++
	}
	for e := range edges {
		sum.Relations[graph.Predicate(e[1])]++
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// Load reads one input: the file at path, or stdin for "-".
func Load(path string, stdin io.Reader) (*text.Document, error) {
	if path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		return text.Read(path, stdin)
	}
	return text.Load(path)
}

// reason is the one-line reason printed for a skipped file.
func reason(path string, err error) string {
	msg := err.Error()
	// Errors from text.Load start with the path; don't repeat it.
	msg = strings.TrimPrefix(msg, path+": ")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return msg
}

// Files expands paths into the list of files to read, in order: files as
// given, directories walked in lexical order without hidden entries. Paths
// that cannot be read are passed to skip.
func Files(paths []string, skip func(string, error)) []string {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			skip(p, err)
			continue
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				skip(path, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, path)
			} else if d.Type()&fs.ModeSymlink != 0 {
				if fi, err := os.Stat(path); err != nil {
					skip(path, err)
				} else if fi.Mode().IsRegular() {
					found = append(found, path)
				}
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
