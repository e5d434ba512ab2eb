package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// streams are the standard streams of a command, swapped for buffers in
// tests.
type streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// usageError is a bad command line: wrong flags or arguments.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// errPartial marks a run that did its work but skipped some inputs.
var errPartial = errors.New("some inputs were skipped")

// defaultDB is the store used when --db is not given.
const defaultDB = "newsgraph.db"

func newRootCmd(io streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Build a knowledge graph of who is who in the news",
		Long: `newsgraph reads news and analysis text and builds a knowledge graph of the
people, organisations, countries, places and agreements in it and of how they
are linked (leader_of, official_of, deputy_of, member_of, borders, party_to,
...). Every edge keeps the sentence that supports it.

The graph lives in a Cayley store (a bbolt file by default); query it with
Gizmo, draw it with Graphviz, or export it to other graph tools.`,
		Example: `  newsgraph ingest examples/
  newsgraph query --saved neighbours "Vladimir Putin"
  newsgraph export --format svg -o graph.svg`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{err.Error()}
	})
	root.AddCommand(
		newExtractCmd(io, nil),
		newIngestCmd(io, nil),
		newQueryCmd(io, nil),
		newExportCmd(io, nil),
		newLoadCmd(io, nil),
		newStatsCmd(io, nil),
		newCheckCmd(io, nil),
		newEntitiesCmd(io, nil),
		newEvalCmd(io),
		newTrainCmd(io, nil),
		newServeCmd(io, nil),
		newBenchCmd(io, nil),
	)
	return root
}

// exactArgs is cobra.ExactArgs returning a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s: takes %d argument(s), got %d", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// minArgs is cobra.MinimumNArgs returning a usage error.
func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s: needs at least %d argument(s)", cmd.CommandPath(), n)
		}
		return nil
	}
}

// groupRun is the RunE of a command that only groups subcommands: help
// without arguments, a usage error naming the subcommands otherwise.
func groupRun(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		var names []string
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() {
				names = append(names, c.Name())
			}
		}
		return usagef("%s: unknown command %q (one of %s)", cmd.Name(), args[0], strings.Join(names, ", "))
	}
	return cmd.Help()
}
