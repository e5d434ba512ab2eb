package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

type statsOptions struct {
	io  streams
	ctx context.Context
	DB  string
}

func newStatsCmd(io streams, runF func(*statsOptions) error) *cobra.Command {
	opts := &statsOptions{io: io}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the documents, entities and relations in the store",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return runStats(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	return cmd
}

func runStats(opts *statsOptions) error {
	st, err := openStore(opts.ctx, opts.DB, false)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(opts.ctx)
	if err != nil {
		return err
	}
	printStats(opts.io.Out, st.Addr(), s)
	return nil
}

func printStats(w io.Writer, addr string, s *graph.Stats) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "store\t%s\t\n", addr)
	fmt.Fprintf(tw, "documents\t%d\t\n", s.Documents)
	fmt.Fprintf(tw, "entities\t%d\t\n", s.EntityCount())
	for _, t := range graph.EntityTypes {
		fmt.Fprintf(tw, "  %s\t%d\t\n", t, s.Entities[t])
	}
	fmt.Fprintf(tw, "relations\t%d\t\n", s.RelationCount())
	for _, p := range sortedKeys(s.Relations) {
		fmt.Fprintf(tw, "  %s\t%d\t\n", p, s.Relations[graph.Predicate(p)])
	}
	for _, p := range sortedKeys(s.Attributes) {
		fmt.Fprintf(tw, "%s attributes\t%d\t\n", p, s.Attributes[graph.Predicate(p)])
	}
	fmt.Fprintf(tw, "statements\t%d\t\n", s.Statements)
	fmt.Fprintf(tw, "quads\t%d\t\n", s.Quads)
	tw.Flush()
}

func sortedKeys(m map[graph.Predicate]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, string(k))
	}
	sort.Strings(out)
	return out
}

type entitiesOptions struct {
	io     streams
	ctx    context.Context
	DB     string
	Type   string
	Format string
}

func newEntitiesCmd(io streams, runF func(*entitiesOptions) error) *cobra.Command {
	opts := &entitiesOptions{io: io}
	cmd := &cobra.Command{
		Use:   "entities [--type T]",
		Short: "List the entities in the store, most mentioned first",
		Example: `  newsgraph entities
  newsgraph entities --type Person
  newsgraph entities --format json | jq -r '.name'`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			if opts.Type != "" {
				if _, ok := graph.ParseType(opts.Type); !ok {
					return usagef("entities: unknown --type %q (one of %s)", opts.Type, typeNames())
				}
			}
			if opts.Format != "table" && opts.Format != "json" {
				return usagef("entities: unknown --format %q (table or json)", opts.Format)
			}
			if runF != nil {
				return runF(opts)
			}
			return runEntities(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	cmd.Flags().StringVarP(&opts.Type, "type", "t", "", "only entities of this type: "+typeNames())
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output: table or json (one object per line)")
	return cmd
}

func typeNames() string {
	var s []string
	for _, t := range graph.EntityTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

func runEntities(opts *entitiesOptions) error {
	st, err := openStore(opts.ctx, opts.DB, false)
	if err != nil {
		return err
	}
	defer st.Close()
	var f graph.EntityFilter
	if t, ok := graph.ParseType(opts.Type); ok {
		f.Types = []graph.Type{t}
	}
	list, err := st.Entities(opts.ctx, f)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		for _, e := range list {
			if err := writeJSONLine(opts.io.Out, map[string]any{
				"id": e.ID, "type": e.Type, "name": e.Name, "aliases": e.Aliases,
				"titles": e.Titles, "mentions": e.Mentions, "documents": e.Documents,
			}); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(opts.io.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tNAME\tMENTIONS\tDOCS\tALIASES\tTITLES")
	for _, e := range list {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", e.Type, e.Name, e.Mentions, e.Documents,
			strings.Join(e.Aliases, "; "), strings.Join(e.Titles, "; "))
	}
	fmt.Fprintf(tw, "(%d entities)\n", len(list))
	return tw.Flush()
}
