package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/bench"
)

type benchOptions struct {
	io      streams
	ctx     context.Context
	Paths   []string
	DB      string
	Phases  []string
	Runs    int
	Workers int
}

func newBenchCmd(io streams, runF func(*benchOptions) error) *cobra.Command {
	opts := &benchOptions{io: io}
	cmd := &cobra.Command{
		Use:   "bench DIR|FILE ...",
		Short: "Measure extraction and ingest speed and memory over a corpus",
		Long: `Bench measures newsgraph over a corpus, read as ingest reads it, and prints a
table of words, megabytes, documents and quads per second and peak memory:

- extract: reading, extraction on every core and N-Quads output (thrown
  away), as 'newsgraph extract' does;
- ingest: 'newsgraph ingest' into a new store (in a temporary directory,
  removed afterwards, of the backend --db names, as in --db badger:), or
  into the store --db names: it must be empty with --runs above 1, as each
  run after the first removes what the one before wrote.

Peak RSS is the most memory the process held during the phase (VmHWM, reset
at its start); for a bolt store (bbolt, bolt) it includes the pages of the store file read
or written, which are the kernel's cache. "(heap)" is the anonymous part of
it: the heap and stacks.`,
		Example: `  newsgraph bench ../shared/data/bbc_news
  newsgraph bench --runs 3 --phase extract ../shared/data/bbc_news
  newsgraph bench --runs 3 --phase ingest --db bbolt: ../shared/data/bbc_news
  newsgraph bench --phase ingest --db postgres://postgres@localhost/bench ../shared/data/bbc_news`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			opts.Paths = args
			for _, p := range opts.Phases {
				if !contains(bench.Phases, p) {
					return usagef("bench: unknown --phase %q (%s)", p, strings.Join(bench.Phases, ", "))
				}
			}
			if opts.Runs < 1 {
				return usagef("bench: --runs must be 1 or more")
			}
			if runF != nil {
				return runF(opts)
			}
			return runBench(opts)
		},
	}
	cmd.Flags().StringVar(&opts.DB, "db", "", "the store ingest writes (default: a new one in a temporary directory; BACKEND: a new one of that backend)")
	cmd.Flags().StringSliceVar(&opts.Phases, "phase", nil, "phases to measure: extract, ingest (default both)")
	cmd.Flags().IntVar(&opts.Runs, "runs", 1, "runs of each phase; the table gives the median")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "documents extracted at once (default: one per core)")
	return cmd
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func runBench(opts *benchOptions) error {
	fmt.Fprintf(opts.io.Out, "corpus: %s\nmachine: %s\n", strings.Join(opts.Paths, " "), bench.Machine())
	res, err := bench.Run(opts.ctx, bench.Options{
		Paths:   opts.Paths,
		Phases:  opts.Phases,
		DB:      opts.DB,
		Runs:    opts.Runs,
		Workers: opts.Workers,
		Log:     opts.io.Err,
	})
	if len(res) > 0 {
		fmt.Fprintf(opts.io.Out, "files: %d, documents: %d, words: %d, text: %.1f MB\n", res[0].Files, res[0].Documents, res[0].Words, float64(res[0].Bytes)/1e6)
		if werr := bench.WriteTable(opts.io.Out, res); werr != nil && err == nil {
			err = werr
		}
	}
	return err
}
