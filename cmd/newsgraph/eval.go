package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/evalgold"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// newEvalCmd is the parent of the commands that measure extraction; each
// kind of measurement is a subcommand.
func newEvalCmd(io streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure extraction against gold data",
		Long: `Eval measures the extractor against annotated data and prints precision,
recall and F1.`,
		Example: `  newsgraph eval gold ../shared/eval/dev
  newsgraph eval gold -v ../shared/eval/dev`,
		Args: cobra.ArbitraryArgs, // an unknown subcommand is reported by RunE
		RunE: groupRun,
	}
	cmd.AddCommand(
		newEvalGoldCmd(io, nil),
		newEvalNERCmd(io, nil),
	)
	return cmd
}

type evalGoldOptions struct {
	io      streams
	ctx     context.Context
	Dir     string
	Verbose bool
	JSON    bool
	// Extractor is the system scored; nil is the project's extractor.
	Extractor evalgold.Extractor
}

func newEvalGoldCmd(io streams, runF func(*evalGoldOptions) error) *cobra.Command {
	opts := &evalGoldOptions{io: io}
	cmd := &cobra.Command{
		Use:   "gold DIR",
		Short: "Score the extractor on a directory of gold annotations",
		Long: `Gold runs the extractor on every document of DIR, a directory in the gold
format of the project's evaluation (DIR/gold/NAME.json, DIR/docs/NAME.txt;
see shared/eval/SCHEMA.md), and scores its graph with the rules of
shared/eval/score.py: entities by name and type, relations (micro and per
predicate) and attributes, optional gold items counting neither way.

It prints score.py's table (a line per document, the tallies per predicate,
the TOTAL line); -v lists every miss and false hit under its document, and
--json prints score.py's --json object instead.`,
		Example: `  newsgraph eval gold ../shared/eval/dev
  newsgraph eval gold -v ../shared/eval/dev | grep 'rel FN'
  newsgraph eval gold --json ../shared/eval/dev | jq .relations`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			opts.Dir = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runEvalGold(opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "list every miss and false hit")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the scores as one JSON object")
	return cmd
}

func runEvalGold(opts *evalGoldOptions) error {
	x := opts.Extractor
	if x == nil {
		ex, err := extract.New()
		if err != nil {
			return err
		}
		x = evalgold.Facts(ex)
	}
	report, err := evalgold.ScoreDir(opts.ctx, opts.Dir, x)
	if err != nil {
		return fmt.Errorf("eval gold: %w", err)
	}
	failed := 0
	for _, d := range report.Docs {
		if d.Err != nil {
			failed++
			fmt.Fprintf(opts.io.Err, "%s: %v\n", d.Name, d.Err)
		}
	}
	if opts.JSON {
		err = report.WriteJSON(opts.io.Out)
	} else {
		err = report.WriteTable(opts.io.Out, opts.Verbose)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("eval gold: %d document(s) scored as empty: %w", failed, errPartial)
	}
	return nil
}
