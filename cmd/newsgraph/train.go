package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/ner"
)

// newTrainCmd is the parent of the commands that train models; each model
// is a subcommand.
func newTrainCmd(io streams, runF func(*trainNEROptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the models newsgraph uses",
		Long:  `Train trains a model from annotated data and writes it to a file.`,
		Example: `  newsgraph train ner --train ../shared/data/conll2003/eng.train \
    --dev ../shared/data/conll2003/eng.testa -o ner.model.gz`,
		Args: cobra.ArbitraryArgs, // an unknown subcommand is reported by RunE
		RunE: groupRun,
	}
	cmd.AddCommand(newTrainNERCmd(io, runF))
	return cmd
}

type trainNEROptions struct {
	io        streams
	ctx       context.Context
	Train     string
	Dev       string
	Output    string
	Epochs    int
	Seed      uint64
	Unlabeled []string
	OneStage  bool
}

func newTrainNERCmd(io streams, runF func(*trainNEROptions) error) *cobra.Command {
	opts := &trainNEROptions{io: io}
	cmd := &cobra.Command{
		Use:   "ner --train FILE --dev FILE -o FILE",
		Short: "Train the named-entity tagger",
		Long: `Ner trains the named-entity tagger (PER, ORG, LOC, MISC) on a CoNLL-format
file (token first, IOB1 or IOB2 tag last; -DOCSTART- lines separate
documents) with an averaged perceptron, and writes the model to -o (gzipped
when the name ends in .gz). It prints the F1 on --dev after every epoch and
keeps the best epoch's weights.

With --unlabeled (files, directories of .txt files, or glob patterns) the
words of that text and of the training data are first clustered, and the
clusters become features. The same data, seed and flags give the same model
file, byte for byte.

The model embedded in newsgraph is internal/ner/model/ner.model; see
internal/ner/README.md for the command that made it.`,
		Example: `  newsgraph train ner --train ../shared/data/conll2003/eng.train \
    --dev ../shared/data/conll2003/eng.testa \
    --unlabeled ../shared/data/reuters21578 --unlabeled ../shared/data/bbc_news \
    -o internal/ner/model/ner.model`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Train == "" {
				return usagef("train ner: --train is required")
			}
			if opts.Output == "" {
				return usagef("train ner: -o is required")
			}
			if opts.Epochs < 0 {
				return usagef("train ner: --epochs must be positive")
			}
			opts.ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return runTrainNER(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Train, "train", "", "training data, CoNLL format")
	f.StringVar(&opts.Dev, "dev", "", "development data, CoNLL format, scored after every epoch")
	f.StringVarP(&opts.Output, "output", "o", "", "model file to write (gzipped if it ends in .gz)")
	f.IntVar(&opts.Epochs, "epochs", 12, "passes over the training data")
	f.Uint64Var(&opts.Seed, "seed", 1, "seed of the order the training documents are visited in")
	f.StringArrayVar(&opts.Unlabeled, "unlabeled", nil, "unlabeled text to cluster words on (file, directory or glob; repeatable)")
	f.BoolVar(&opts.OneStage, "one-stage", false, "train the first stage only (smaller, faster, less accurate)")
	return cmd
}

func runTrainNER(opts *trainNEROptions) error {
	ctx := opts.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	train, err := os.Open(opts.Train)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	defer train.Close()
	to := ner.TrainOptions{
		Train:    train,
		Epochs:   opts.Epochs,
		Seed:     opts.Seed,
		OneStage: opts.OneStage,
		Progress: opts.io.Err,
	}
	if opts.Dev != "" {
		dev, err := os.Open(opts.Dev)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		defer dev.Close()
		to.Dev = dev
	}
	if len(opts.Unlabeled) > 0 {
		if to.Unlabeled, err = ner.TextFiles(opts.Unlabeled); err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
	}
	m, err := ner.Train(ctx, to)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if err := m.WriteFile(opts.Output); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fi, err := os.Stat(opts.Output)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(opts.io.Out, "wrote %s (%d bytes)\n", opts.Output, fi.Size())
	return nil
}
