package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

type loadOptions struct {
	io  streams
	ctx context.Context

	DB        string
	Paths     []string
	Format    string // empty: from each file's extension, else sniffed
	BatchSize int
}

func newLoadCmd(io streams, runF func(*loadOptions) error) *cobra.Command {
	opts := &loadOptions{io: io}
	cmd := &cobra.Command{
		Use:   "load FILE|- ...",
		Short: "Load N-Quads or JSON-LD into the store",
		Long: `Load adds the quads of N-Quads or JSON-LD files to the store ("-" reads
standard input), for graphs exported from another newsgraph store
('newsgraph export --format nquads') or made by other RDF tools.

IRIs in newsgraph's namespace (` + graph.NS + `...) are stored
in their short form (<person/sergey_lavrov>, <deputy_of>), as ingest stores
them, so that Gizmo queries and the other commands see loaded facts like
ingested ones; other IRIs are kept whole. Quads already in the store are not
added twice, so loading a file again changes nothing.

The format comes from --format, else from the extension (.nq .nquads .nt for
N-Quads, .jsonld .json for JSON-LD), else from the first character (JSON-LD
starts with [ or {).

Each file is read in full before anything is written: a file that does not
parse is reported with its name and line and adds nothing, and the other
files are still loaded (the exit code is then 3, or 1 when no file loaded).
A valid file is written in transactions of --batch quads; N-Quads are
streamed, JSON-LD is held in memory.`,
		Example: `  newsgraph load graph.nq
  newsgraph export --db a.db --format nquads | newsgraph load --db b.db -
  newsgraph load --format jsonld data.txt`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return runLoad(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "input format: nquads or jsonld (default: from the extension)")
	f.IntVar(&opts.BatchSize, "batch", graph.DefaultLoadBatch, "quads per transaction")
	return cmd
}

func runLoad(opts *loadOptions) error {
	ctx := opts.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Format != "" {
		opts.Format = strings.ToLower(opts.Format)
		if _, ok := graph.LoadFormats[opts.Format]; !ok {
			return usagef("load: unknown --format %q (one of %s)", opts.Format, strings.Join(loadFormatNames(), ", "))
		}
	}
	if opts.BatchSize < 1 {
		return usagef("load: --batch must be 1 or more")
	}
	st, err := openStore(ctx, opts.DB, true)
	if err != nil {
		return err
	}
	defer st.Close()

	var failed []error
	loaded := 0
	for _, path := range opts.Paths {
		start := time.Now()
		res, format, err := loadFile(ctx, st, path, opts)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("load: %w", err)
			}
			if len(opts.Paths) > 1 {
				fmt.Fprintf(opts.io.Err, "newsgraph: load: %v\n", err)
			}
			failed = append(failed, err)
			if res.Batches > 0 {
				fmt.Fprintf(opts.io.Err, "newsgraph: load: %s: %d of its quads were written before the error; loading it again completes it\n", displayPath(path), res.Added)
			}
			continue
		}
		loaded++
		fmt.Fprintf(opts.io.Out, "loaded %s (%s) into %s in %s: %d quads read, %d new, %s\n",
			displayPath(path), format, opts.DB, time.Since(start).Round(time.Millisecond), res.Read, res.Added,
			exportPlural(res.Batches, "transaction"))
	}
	switch {
	case len(failed) == 0:
		return nil
	case loaded == 0 && len(failed) == 1:
		return fmt.Errorf("load: nothing loaded: %w", failed[0])
	case loaded == 0:
		return fmt.Errorf("load: nothing loaded: %d files failed", len(failed))
	}
	return fmt.Errorf("%d of %d file(s) not loaded: %w", len(failed), len(opts.Paths), errPartial)
}

// loadFile loads one file, or standard input for "-".
func loadFile(ctx context.Context, st *graph.Store, path string, opts *loadOptions) (graph.LoadResult, string, error) {
	name := displayPath(path)
	var f *os.File
	if path == "-" {
		// Load reads its input twice: keep standard input in a file.
		tmp, err := os.CreateTemp("", "newsgraph-load-*")
		if err != nil {
			return graph.LoadResult{}, "", err
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		if _, err := io.Copy(tmp, opts.io.In); err != nil {
			return graph.LoadResult{}, "", fmt.Errorf("%s: %w", name, err)
		}
		f = tmp
	} else {
		var err error
		if f, err = os.Open(path); err != nil {
			return graph.LoadResult{}, "", err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return graph.LoadResult{}, "", fmt.Errorf("%s: a directory, not a file", name)
		}
	}
	format := opts.Format
	if format == "" && path != "-" {
		format = graph.LoadFormatForFile(path)
	}
	if format == "" {
		var err error
		if format, err = sniffFormat(f); err != nil {
			return graph.LoadResult{}, "", fmt.Errorf("%s: %w", name, err)
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return graph.LoadResult{}, "", fmt.Errorf("%s: %w", name, err)
	}
	res, err := st.Load(ctx, f, graph.LoadOptions{Format: format, Name: name, BatchSize: opts.BatchSize})
	return res, format, err
}

// sniffFormat guesses the format from the first character that is not
// white space: JSON-LD starts with [ or {.
func sniffFormat(r io.ReadSeeker) (string, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	br := bufio.NewReader(r)
	for {
		b, err := br.ReadByte()
		if err == io.EOF {
			return "nquads", nil // empty: nothing to load either way
		}
		if err != nil {
			return "", err
		}
		if bytes.IndexByte([]byte(" \t\r\n"), b) >= 0 {
			continue
		}
		if b == '[' || b == '{' {
			return "jsonld", nil
		}
		return "nquads", nil
	}
}

func displayPath(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

func loadFormatNames() []string {
	names := make([]string, 0, len(graph.LoadFormats))
	for n := range graph.LoadFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
