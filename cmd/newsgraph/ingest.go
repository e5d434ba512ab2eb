package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

type ingestOptions struct {
	io         streams
	ctx        context.Context
	DB         string
	Paths      []string
	Verbose    bool
	NoProgress bool
}

func newIngestCmd(io streams, runF func(*ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{io: io}
	cmd := &cobra.Command{
		Use:   "ingest FILE|DIR|- ...",
		Short: "Extract entities and relations from texts into the store",
		Long: `Ingest reads every text file named (directories are walked recursively; "-"
reads standard input), extracts people, organisations, countries, places,
agreements and the relations between them, and writes them into the store.
Documents are extracted on every core and written in order, in transactions
of whole documents (several at once when the store is the bottleneck): a
failure or a kill leaves every document whole or absent.

Plain text, HTML and Markdown are read (the markup removed), in UTF-8, UTF-16
with a byte-order mark, or Latin-1/Windows-1252 when that is certain. A file
larger than 1 MB is ingested in parts of at most 1 MB ("big.txt#1", ...).

Ingesting the same content again adds nothing; a file whose content changed
replaces its earlier facts. Files that are not text are skipped with a reason,
and the exit code is 3 when anything was skipped. Ctrl-C stops after the
document being written; running the same command again ingests the rest.

On a terminal, a progress line shows how far the run is.`,
		Example: `  newsgraph ingest examples/
  newsgraph ingest --db /data/news.db articles/ more/article.txt
  curl -s https://example.org/story.txt | newsgraph ingest -`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return runIngest(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "print one line per document")
	cmd.Flags().BoolVar(&opts.NoProgress, "no-progress", false, "no progress line, even on a terminal")
	return cmd
}

func runIngest(opts *ingestOptions) error {
	st, err := openStore(opts.ctx, opts.DB, true)
	if err != nil {
		return err
	}
	defer st.Close()
	x, err := extract.New()
	if err != nil {
		return err
	}
	// Documents are extracted on every core, ahead of the one writer.
	iopts := ingest.Options{Store: st, Extractor: x, Stdin: opts.io.In, Workers: runtime.GOMAXPROCS(0)}
	var bar *progressLine
	switch {
	case opts.Verbose:
		iopts.Log = opts.io.Err
	case !opts.NoProgress && isTerminal(opts.io.Err):
		bar = newProgressLine(opts.io.Err)
		iopts.Log = skipsOnly{bar}
		iopts.Progress = bar.update
	default:
		iopts.Log = skipsOnly{opts.io.Err}
	}
	sum, err := ingest.Run(opts.ctx, opts.Paths, iopts)
	if bar != nil {
		bar.clear()
	}
	if sum != nil {
		printIngestSummary(opts.io.Out, st.Addr(), sum)
	}
	if err != nil {
		var in *ingest.Interrupted
		if errors.As(err, &in) {
			return fmt.Errorf("ingest: %w", err)
		}
		return err
	}
	if len(sum.Skipped) > 0 {
		return fmt.Errorf("%d input(s) skipped: %w", len(sum.Skipped), errPartial)
	}
	return nil
}

// skipsOnly passes on the "skip" lines of the ingest log and drops the rest.
type skipsOnly struct{ w io.Writer }

func (s skipsOnly) Write(p []byte) (int, error) {
	if len(p) >= 5 && string(p[:5]) == "skip " {
		return s.w.Write(p)
	}
	return len(p), nil
}

func printIngestSummary(w io.Writer, db string, sum *ingest.Summary) {
	fmt.Fprintf(w, "ingested %d document(s) into %s in %s: %d added, %d unchanged, %d replaced, %d skipped; %d quads written\n",
		sum.Documents(), db, sum.Elapsed.Round(time.Millisecond), sum.Added, sum.Unchanged, sum.Replaced, len(sum.Skipped), sum.Quads)
	if sum.Removed > 0 {
		fmt.Fprintf(w, "removed %d document(s) of parts that files no longer have\n", sum.Removed)
	}
	fmt.Fprintf(w, "entities:")
	total := 0
	for _, t := range graph.EntityTypes {
		fmt.Fprintf(w, " %s %d", t, sum.Entities[t])
		total += sum.Entities[t]
	}
	fmt.Fprintf(w, " (total %d)\n", total)
	preds := make([]string, 0, len(sum.Relations))
	n := 0
	for p, c := range sum.Relations {
		preds = append(preds, string(p))
		n += c
	}
	sort.Strings(preds)
	fmt.Fprintf(w, "relations:")
	for _, p := range preds {
		fmt.Fprintf(w, " %s %d", p, sum.Relations[graph.Predicate(p)])
	}
	fmt.Fprintf(w, " (total %d)\n", n)
}
