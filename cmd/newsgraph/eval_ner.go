package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/ner"
)

type evalNEROptions struct {
	io        streams
	ctx       context.Context
	File      string
	Model     string
	Predicted bool
}

// newEvalNERCmd is the "eval ner" command.
func newEvalNERCmd(io streams, runF func(*evalNEROptions) error) *cobra.Command {
	opts := &evalNEROptions{io: io}
	cmd := &cobra.Command{
		Use:   "ner FILE",
		Short: "Score the named-entity tagger on a CoNLL-format file",
		Long: `Ner tags the tokens of FILE, a CoNLL-format file (token first, the gold tag,
IOB1 or IOB2, last; blank lines between sentences, -DOCSTART- lines between
documents), with the embedded tagger (or --model), a document at a time,
and scores the tags against the gold column as the CoNLL script conlleval
does: an entity counts when its span and type are exactly right. It prints
precision, recall and F1 per type and overall, and token accuracy
(-DOCSTART- lines count as tokens, as in conlleval).

With --predicted, FILE is scored as conlleval reads it: the last column is
taken as the predicted tags and the one before it as the gold tags, and no
tagger runs.`,
		Example: `  newsgraph eval ner ../shared/data/conll2003/eng.testa
  newsgraph eval ner --model ner.model.gz ../shared/data/conll2003/eng.testa
  newsgraph eval ner --predicted output.conll`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Predicted && opts.Model != "" {
				return usagef("eval ner: --model and --predicted exclude each other")
			}
			opts.ctx = cmd.Context()
			opts.File = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runEvalNER(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Model, "model", "", "model file to use instead of the embedded one")
	cmd.Flags().BoolVar(&opts.Predicted, "predicted", false, "score FILE's last column (predicted) against the one before it (gold)")
	return cmd
}

func runEvalNER(opts *evalNEROptions) error {
	ctx := opts.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	f, err := os.Open(opts.File)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	defer f.Close()
	var score *ner.Score
	if opts.Predicted {
		score, err = ner.ScoreColumns(f)
	} else {
		var m *ner.Model
		if opts.Model != "" {
			m, err = ner.LoadFile(opts.Model)
		} else {
			m, err = ner.Default()
		}
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		score, err = ner.Evaluate(ctx, m, f)
	}
	if err != nil {
		return fmt.Errorf("eval ner: %s: %w", opts.File, err)
	}
	return score.WriteTable(opts.io.Out)
}
