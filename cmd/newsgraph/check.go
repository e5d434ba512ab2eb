package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

type checkOptions struct {
	io  streams
	ctx context.Context
	DB  string
	Max int
}

func newCheckCmd(io streams, runF func(*checkOptions) error) *cobra.Command {
	opts := &checkOptions{io: io}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Verify the store's invariants",
		Long: `Check reads the whole store and verifies what newsgraph promises of it:

- the store file is whole: every page reads;
- every quad but an entity's type, name and surname is labelled by its
  document, and every label is a document node;
- every document is whole: no half-written document, every statement complete
  (subject, predicate, object, document, sentence, offsets, confidence) and
  backed by its fact;
- every relation and attribute has a statement in its document (provenance),
  joins typed entities the schema allows, and is not a loop;
- every entity has one type and one non-blank name, and a document mentions it.

It prints each problem on a line and exits with 1 when there is any.`,
		Example: `  newsgraph check
  newsgraph check --db /data/news.db --max 0`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			if opts.Max < 0 {
				return usagef("check: --max must be 0 or more")
			}
			if runF != nil {
				return runF(opts)
			}
			return runCheck(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	cmd.Flags().IntVar(&opts.Max, "max", 100, "print at most this many problems (0 for all)")
	return cmd
}

func runCheck(opts *checkOptions) error {
	st, err := graph.Open(opts.ctx, opts.DB, graph.OpenOptions{Verify: true})
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Check(opts.ctx)
	if err != nil {
		return fmt.Errorf("check %s: %w", opts.DB, err)
	}
	for i, p := range res.Problems {
		if opts.Max > 0 && i == opts.Max {
			fmt.Fprintf(opts.io.Out, "... and %d more (--max 0 prints all)\n", len(res.Problems)-i)
			break
		}
		fmt.Fprintln(opts.io.Out, p)
	}
	verdict := "ok"
	if !res.OK() {
		verdict = fmt.Sprintf("%d problem(s)", len(res.Problems))
	}
	fmt.Fprintf(opts.io.Out, "checked %s: %d documents, %d entities, %d statements, %d facts, %d quads", opts.DB, res.Documents, res.Entities, res.Statements, res.Facts, res.Quads)
	if res.Foreign > 0 {
		fmt.Fprintf(opts.io.Out, " (%d outside the newsgraph vocabulary, not checked)", res.Foreign)
	}
	fmt.Fprintf(opts.io.Out, ": %s\n", verdict)
	if !res.OK() {
		return fmt.Errorf("check: %d problem(s) in %s", len(res.Problems), opts.DB)
	}
	return nil
}
