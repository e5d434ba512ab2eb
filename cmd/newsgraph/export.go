package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

type exportOptions struct {
	io  streams
	ctx context.Context

	DB            string
	Format        string // empty: from Output's extension, else dot
	Output        string // empty or "-": standard output
	Layout        string
	Focus         string // a name, alias or entity ID
	Hops          int
	Types         []string
	Predicates    []string
	MinConfidence float64
	Timeout       time.Duration

	// isTerminal reports whether w is a terminal; tests replace it.
	isTerminal func(w io.Writer) bool
}

func newExportCmd(io streams, runF func(*exportOptions) error) *cobra.Command {
	opts := &exportOptions{io: io, isTerminal: exportIsTerminal}
	cmd := &cobra.Command{
		Use:   "export [--format F] [-o FILE] [--focus NAME --hops N] [--types T,...] [--predicates P,...]",
		Short: "Draw the graph (DOT, SVG, PNG) or export its quads (N-Quads, JSON-LD, GraphML, GML)",
		Long: `Export writes the graph in the store, or part of it, to FILE or to standard
output.

Diagrams (dot, svg, png) show the entities, shaped and coloured by type, with
a legend, and the relations between them labelled by predicate. SVG and PNG
are drawn in-process by Graphviz (no install needed); --layout picks its
engine: dot (layered, the default; slow beyond a few hundred entities),
neato, fdp, sfdp (force-directed, for large graphs) or circo.

Quad formats (nquads, jsonld, graphml, gml) write the stored quads with full
IRIs (` + graph.NS + `...), provenance included: statement nodes
with their sentences, and documents.

The format comes from --format, else from the extension of -o (.dot .gv .svg
.png .nq .nquads .jsonld .graphml .gml), else dot.

Selections apply to every format: --focus keeps an entity and those within
--hops relations of it; --types, --predicates and --min-confidence filter
entities and relations. With a selection, quad formats write only the quads
about the selected entities, the relations between them, their statements
and their documents.`,
		Example: `  newsgraph export -o graph.svg
  newsgraph export --format png -o graph.png --layout sfdp
  newsgraph export --focus "Sergey Lavrov" --hops 2 -o lavrov.svg
  newsgraph export --types Country,Place --predicates borders,located_in -o map.svg
  newsgraph export --min-confidence 0.8 --format dot | dot -Tpdf > graph.pdf
  newsgraph export --format nquads -o graph.nq`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return runExport(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "output format: "+strings.Join(export.FormatNames(), ", ")+" (default: from the -o extension, else dot)")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (default: standard output)")
	f.StringVar(&opts.Layout, "layout", export.DefaultLayout, "Graphviz layout of diagrams: "+strings.Join(export.Layouts(), ", "))
	f.StringVar(&opts.Focus, "focus", "", "only the neighbourhood of the entity with this `NAME` (or alias, or ID)")
	f.IntVar(&opts.Hops, "hops", 1, "with --focus, how many relations away from it to go")
	f.StringSliceVar(&opts.Types, "types", nil, "only entities of these `TYPES`: "+strings.Join(exportTypeNames(), ", "))
	f.StringSliceVar(&opts.Predicates, "predicates", nil, "only relations with these `PREDICATES` (leader_of, member_of, borders, ...)")
	f.Float64Var(&opts.MinConfidence, "min-confidence", 0, "only relations stated at least this confidently (0 to 1)")
	f.DurationVar(&opts.Timeout, "timeout", 0, "give up after this long, e.g. 2m (default: no limit)")
	return cmd
}

func runExport(opts *exportOptions) error {
	ctx := opts.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	format, sel, err := parseExportFlags(opts)
	if err != nil {
		return err
	}
	toStdout := opts.Output == "" || opts.Output == "-"
	if toStdout && format.Binary && opts.isTerminal != nil && opts.isTerminal(opts.io.Out) {
		return usagef("export: not writing %s to a terminal; give -o FILE or redirect the output", strings.ToUpper(format.Name))
	}

	st, err := openStore(ctx, opts.DB, false)
	if err != nil {
		return err
	}
	defer st.Close()

	title := filepath.Base(st.Addr())
	if opts.Focus != "" {
		focus, name, err := resolveFocus(ctx, st, opts.Focus)
		if err != nil {
			return err
		}
		sel.Focus = []string{focus}
		title += ": " + name + ", " + exportPlural(sel.Hops, "hop")
	}
	eo := export.Options{Format: format.Name, Layout: opts.Layout, Selection: sel, Title: title + selectionNote(sel)}

	if toStdout {
		w := bufio.NewWriter(opts.io.Out)
		if err := export.Write(ctx, w, st, eo); err != nil {
			return err
		}
		return w.Flush()
	}
	n, err := writeFileAtomic(opts.Output, func(w io.Writer) error {
		return export.Write(ctx, w, st, eo)
	})
	if err != nil {
		return err
	}
	how := format.Name
	if format.Diagram && format.Name != "dot" {
		how += ", layout " + opts.Layout
	}
	fmt.Fprintf(opts.io.Err, "wrote %s (%s, %s)\n", opts.Output, how, exportSize(n))
	return nil
}

// parseExportFlags checks the flags and returns the format and the
// selection they ask for (without the focus, which needs the store).
func parseExportFlags(opts *exportOptions) (export.Format, graph.Selection, error) {
	var sel graph.Selection
	var format export.Format
	switch {
	case opts.Format != "":
		f, ok := export.FormatByName(opts.Format)
		if !ok {
			return format, sel, usagef("export: unknown --format %q (one of %s)", opts.Format, strings.Join(export.FormatNames(), ", "))
		}
		format = f
	case opts.Output != "" && opts.Output != "-":
		f, ok := export.FormatForFile(opts.Output)
		if !ok {
			f, _ = export.FormatByName("dot")
			fmt.Fprintf(opts.io.Err, "newsgraph: export: no format for %s; writing DOT (give --format)\n", opts.Output)
		}
		format = f
	default:
		format, _ = export.FormatByName("dot")
	}
	if opts.Layout == "" {
		opts.Layout = export.DefaultLayout
	}
	layoutOK := false
	for _, l := range export.Layouts() {
		if strings.EqualFold(l, opts.Layout) {
			opts.Layout, layoutOK = l, true
		}
	}
	if !layoutOK {
		return format, sel, usagef("export: unknown --layout %q (one of %s)", opts.Layout, strings.Join(export.Layouts(), ", "))
	}
	if opts.Hops < 0 {
		return format, sel, usagef("export: --hops must be 0 or more")
	}
	sel.Hops = opts.Hops
	for _, s := range opts.Types {
		t, ok := graph.ParseType(strings.TrimSpace(s))
		if !ok {
			return format, sel, usagef("export: unknown type %q in --types (one of %s)", s, strings.Join(exportTypeNames(), ", "))
		}
		sel.Types = append(sel.Types, t)
	}
	for _, s := range opts.Predicates {
		p := graph.Predicate(strings.ToLower(strings.TrimSpace(s)))
		if !p.IsRelation() {
			return format, sel, usagef("export: unknown relation %q in --predicates (one of %s)", s, exportRelationNames())
		}
		sel.Predicates = append(sel.Predicates, p)
	}
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return format, sel, usagef("export: --min-confidence must be between 0 and 1")
	}
	sel.MinConfidence = opts.MinConfidence
	return format, sel, nil
}

// resolveFocus finds the one entity that name (a name, alias or ID) means.
func resolveFocus(ctx context.Context, st *graph.Store, name string) (id, canonical string, err error) {
	ids, err := st.FindEntity(ctx, name)
	if err != nil {
		return "", "", err
	}
	found := map[string]bool{}
	for _, id := range ids {
		found[id] = true
	}
	// FindEntity also matches document and statement IDs: keep entities.
	ents, err := st.Entities(ctx, graph.EntityFilter{IDs: found})
	if err != nil {
		return "", "", err
	}
	switch len(ents) {
	case 0:
		return "", "", fmt.Errorf("export: --focus %q: no entity has that name, alias or ID (list them with 'newsgraph entities')", name)
	case 1:
		return ents[0].ID, ents[0].Name, nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "export: --focus %q: %d entities have that name or alias; give one of their IDs:\n", name, len(ents))
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for _, e := range ents {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", e.ID, e.Name, e.Type, exportPlural(e.Mentions, "mention"))
	}
	tw.Flush()
	return "", "", errors.New(strings.TrimRight(b.String(), "\n"))
}

// selectionNote says in the legend how the diagram was filtered.
func selectionNote(sel graph.Selection) string {
	var parts []string
	if len(sel.Types) > 0 {
		var ts []string
		for _, t := range sel.Types {
			ts = append(ts, string(t))
		}
		parts = append(parts, strings.Join(ts, ", "))
	}
	if len(sel.Predicates) > 0 {
		var ps []string
		for _, p := range sel.Predicates {
			ps = append(ps, string(p))
		}
		parts = append(parts, strings.Join(ps, ", "))
	}
	if sel.MinConfidence > 0 {
		parts = append(parts, fmt.Sprintf("confidence >= %s", graph.FormatConfidence(sel.MinConfidence)))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// writeFileAtomic writes path through a temporary file in the same
// directory, renamed over path only when write succeeds: a failed export
// never leaves half a file. It returns the number of bytes written.
func writeFileAtomic(path string, write func(io.Writer) error) (int64, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	cw := &exportCounter{w: tmp}
	bw := bufio.NewWriterSize(cw, 64<<10)
	if err := write(bw); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("export: %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("export: %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return 0, fmt.Errorf("export: %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	return cw.n, nil
}

type exportCounter struct {
	w io.Writer
	n int64
}

func (c *exportCounter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// exportIsTerminal reports whether w is a terminal.
func exportIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func exportTypeNames() []string {
	names := make([]string, len(graph.EntityTypes))
	for i, t := range graph.EntityTypes {
		names[i] = string(t)
	}
	return names
}

func exportRelationNames() string {
	names := make([]string, 0, len(graph.Relations)+1)
	for _, p := range graph.Relations {
		names = append(names, string(p))
	}
	return strings.Join(append(names, string(graph.PossiblySameAs)), ", ")
}

// exportPlural counts n things: "1 hop", "2 hops".
func exportPlural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// exportSize prints a byte count for people.
func exportSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
