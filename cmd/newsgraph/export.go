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

	"github.com/cayleygraph/quad"
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
	MinMentions   int
	Docs          []string      // document paths or IDs
	Timeout       time.Duration // 0: defaultDiagramTimeout for svg and png, else none
	MaxNodes      int           // diagrams: the most entities drawn; 0 for no cap
	Renderer      string        // diagrams: auto, wasm or native
	Cluster       string        // diagrams: "", type or doc

	// isTerminal reports whether w is a terminal; tests replace it.
	isTerminal func(w io.Writer) bool
}

func newExportCmd(io streams, runF func(*exportOptions) error) *cobra.Command {
	opts := &exportOptions{io: io, isTerminal: exportIsTerminal}
	cmd := &cobra.Command{
		Use:   "export [--format F] [-o FILE|DIR] [--focus NAME --hops N] [--types T,...] [--predicates P,...] [--min-confidence C] [--min-mentions N] [--doc PATH]",
		Short: "Draw the graph (DOT, SVG, PNG) or export it for other tools (GraphML, GEXF, Cytoscape, Neo4j, RDF)",
		Long: `Export writes the graph in the store, or part of it, to FILE or to standard
output.

Diagrams (dot, svg, png) show the entities, shaped and coloured by type,
their text sized by mentions, with a legend, and the relations between them:
one line per related pair, listing the predicates, as wide as the statements
behind it are many. Of a selection larger than --max-nodes (300), they draw
the most important entities (by mentions, relations and distance to
--focus) and the legend says how many were left out. --layout picks the
Graphviz engine: auto (the default) uses dot, layered, for up to 100 entities
and 150 lines, and sfdp, force-directed, beyond; or dot, neato, fdp, sfdp,
circo. Nodes never overlap: newsgraph moves them apart after the layout. The
same store and flags draw the same diagram. --cluster type|doc draws a box
around the entities of each type, or of the document that mentions each
most. SVG and PNG are drawn by --renderer auto (for large diagrams a native
Graphviz 'dot' on PATH when there is one, which is faster; else the built-in
one), wasm (built in, the same drawing everywhere) or native; they give up
after --timeout (default 60s) with a hint to draw less.

Property graphs have one node per entity (id, label = canonical name, type,
aliases, titles, mentions, documents, first_seen, last_seen) and one edge per
relation (label = predicate, symmetric, confidence of the best statement,
statements, documents): graphml (Gephi, yEd, networkx), gexf (Gephi),
cytoscape (Cytoscape.js JSON elements), neo4j (a directory of CSV files for
neo4j-admin database import, with a README giving the command; a zip archive
when written to standard output or to a .zip file) and cypher (a script of
idempotent MERGE statements for cypher-shell).

Quad formats (nquads, jsonld) write the stored quads with full IRIs
(` + graph.NS + `...), provenance included: statement nodes with their
sentences, and documents; 'newsgraph load' reads them back. graphml-quads and
gml write one edge per quad.

The format comes from --format, else from the extension of -o (.dot .gv .svg
.png .graphml .gexf .cyjs .cypher .cql .nq .nquads .jsonld .gml; .zip for
neo4j), else dot.

Selections apply to every format: --focus keeps an entity and those within
--hops relations of it; --types, --predicates, --min-confidence and
--min-mentions filter entities and relations; --doc keeps the facts of one
document (its path as ingested, or its ID; repeat it for several), with
mentions counted in it alone. With a selection, quad formats write only the
quads about the selected entities, the relations between them, their
statements and their documents.

Output streams: quad formats hold one quad at a time, property graphs of
the whole store one entity or relation at a time (and their IDs), property
graphs of a selection and diagrams a summary of the selected entities and
relations, never the output text (except SVG and PNG, which Graphviz renders
whole).`,
		Example: `  newsgraph export -o graph.svg
  newsgraph export --format png -o graph.png --layout sfdp --max-nodes 150
  newsgraph export --focus "Sergey Lavrov" --hops 2 -o lavrov.svg
  newsgraph export --cluster type --renderer wasm -o types.svg
  newsgraph export --types Country,Place --predicates borders,located_in -o map.svg
  newsgraph export --min-confidence 0.8 --format dot | dot -Tpdf > graph.pdf
  newsgraph export -o graph.graphml --min-mentions 2
  newsgraph export --format neo4j -o neo4j-import/
  newsgraph export --format cypher --doc examples/diplomacy-talks.txt -o talks.cypher
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
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (a directory for neo4j; default: standard output)")
	f.StringVar(&opts.Layout, "layout", export.DefaultLayout, "Graphviz layout of diagrams: "+strings.Join(exportLayouts(), ", ")+" (auto: dot for small diagrams, sfdp beyond)")
	f.IntVar(&opts.MaxNodes, "max-nodes", export.DefaultMaxNodes, "diagrams draw at most `N` entities, the most important (0 for all)")
	f.StringVar(&opts.Renderer, "renderer", export.RendererAuto, "what draws SVG and PNG: "+strings.Join(export.Renderers(), ", ")+" (auto: a native Graphviz on PATH for large diagrams, else the built-in one)")
	f.StringVar(&opts.Cluster, "cluster", "", "diagrams: a box around the entities of each `KIND`: type, or doc (the document that mentions each most)")
	f.StringVar(&opts.Focus, "focus", "", "only the neighbourhood of the entity with this `NAME` (or alias, or ID)")
	f.IntVar(&opts.Hops, "hops", 1, "with --focus, how many relations away from it to go")
	f.StringSliceVar(&opts.Types, "types", nil, "only entities of these `TYPES`: "+strings.Join(exportTypeNames(), ", "))
	f.StringSliceVar(&opts.Predicates, "predicates", nil, "only relations with these `PREDICATES` (leader_of, member_of, borders, ...)")
	f.Float64Var(&opts.MinConfidence, "min-confidence", 0, "only relations stated at least this confidently (0 to 1)")
	f.IntVar(&opts.MinMentions, "min-mentions", 0, "only entities mentioned at least `N` times")
	f.StringArrayVar(&opts.Docs, "doc", nil, "only the facts of the document read from `PATH` (or with this ID); repeatable")
	f.DurationVar(&opts.Timeout, "timeout", 0, "give up after this long, e.g. 2m (default: 60s for svg and png, no limit otherwise)")
	return cmd
}

// defaultDiagramTimeout bounds the drawing of SVG and PNG when --timeout
// is not given: Graphviz can take minutes on a large graph.
const defaultDiagramTimeout = 60 * time.Second

func runExport(opts *exportOptions) error {
	ctx := opts.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	format, sel, err := parseExportFlags(opts)
	if err != nil {
		return err
	}
	timeout := opts.Timeout
	if timeout == 0 && format.Diagram && format.Name != "dot" {
		timeout = defaultDiagramTimeout
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
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
	var docNames []string
	for _, d := range opts.Docs {
		doc, err := resolveDoc(ctx, st, d)
		if err != nil {
			return err
		}
		sel.Documents = append(sel.Documents, doc.ID)
		docNames = append(docNames, filepath.Base(doc.Path))
	}
	if len(docNames) > 0 {
		title += ": " + strings.Join(docNames, ", ")
	}
	eo := export.Options{Format: format.Name, Layout: opts.Layout, Renderer: opts.Renderer, MaxNodes: opts.MaxNodes,
		Cluster: opts.Cluster, Selection: sel, Title: title + selectionNote(sel)}
	if opts.MaxNodes == 0 {
		eo.MaxNodes = -1 // no cap
	}
	if format.Diagram {
		return exportDiagram(ctx, opts, st, format, eo, toStdout, timeout)
	}

	if format.Files && !toStdout && !strings.EqualFold(filepath.Ext(opts.Output), ".zip") {
		files, n, err := writeDirAtomic(opts.Output, func(dir string) error {
			fs := export.NewDirFiles(dir)
			err := export.WriteFiles(ctx, fs, st, eo)
			if cerr := fs.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("export: %w", cerr)
			}
			return err
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(opts.io.Err, "wrote %s (%s, %s, %s)\n", opts.Output, format.Name, exportPlural(files, "file"), exportSize(n))
		return nil
	}

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
	fmt.Fprintf(opts.io.Err, "wrote %s (%s, %s)\n", opts.Output, format.Name, exportSize(n))
	return nil
}

// exportDiagram writes a diagram format and says how it was drawn: on
// standard error, after the file's name, or alone when the diagram goes
// to standard output.
func exportDiagram(ctx context.Context, opts *exportOptions, st *graph.Store, format export.Format, eo export.Options, toStdout bool, timeout time.Duration) error {
	var info export.DiagramInfo
	write := func(w io.Writer) error {
		var err error
		info, err = export.WriteDiagram(ctx, w, st, eo)
		if err != nil && errors.Is(err, context.DeadlineExceeded) && timeout > 0 {
			return fmt.Errorf("%w (--timeout %s)", err, timeout)
		}
		return err
	}
	var n int64
	var err error
	if toStdout {
		w := bufio.NewWriter(opts.io.Out)
		if err := write(w); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	} else if n, err = writeFileAtomic(opts.Output, write); err != nil {
		return err
	}
	if toStdout {
		fmt.Fprintf(opts.io.Err, "newsgraph: export: %s: %s\n", format.Name, info)
	} else {
		fmt.Fprintf(opts.io.Err, "wrote %s (%s, %s, %s)\n", opts.Output, format.Name, info, exportSize(n))
	}
	if info.OmittedEntities() > 0 {
		fmt.Fprintf(opts.io.Err, "newsgraph: export: left out %d of %d entities (the least mentioned and related) and %s: raise --max-nodes (0 for all) or narrow the selection with --focus NAME --hops N\n",
			info.OmittedEntities(), info.SelectedEntities, exportPlural(info.OmittedRelations(), "relation"))
	}
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
	if !oneOf(&opts.Layout, exportLayouts()) {
		return format, sel, usagef("export: unknown --layout %q (one of %s)", opts.Layout, strings.Join(exportLayouts(), ", "))
	}
	if opts.Renderer == "" {
		opts.Renderer = export.RendererAuto
	}
	if !oneOf(&opts.Renderer, export.Renderers()) {
		return format, sel, usagef("export: unknown --renderer %q (one of %s)", opts.Renderer, strings.Join(export.Renderers(), ", "))
	}
	if opts.Cluster != "" && !oneOf(&opts.Cluster, export.Clusters()) {
		return format, sel, usagef("export: unknown --cluster %q (one of %s)", opts.Cluster, strings.Join(export.Clusters(), ", "))
	}
	if opts.MaxNodes < 0 {
		return format, sel, usagef("export: --max-nodes must be 0 (no cap) or more")
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
	if opts.MinMentions < 0 {
		return format, sel, usagef("export: --min-mentions must be 0 or more")
	}
	sel.MinMentions = opts.MinMentions
	if format.Files && (opts.Output == "" || opts.Output == "-") && opts.isTerminal != nil && opts.isTerminal(opts.io.Out) {
		return format, sel, usagef("export: %s is a directory of files: give -o DIR (or -o FILE.zip)", format.Name)
	}
	return format, sel, nil
}

// resolveDoc finds the one document that name (a path or an ID) means.
func resolveDoc(ctx context.Context, st *graph.Store, name string) (graph.Doc, error) {
	docs, err := st.FindDocuments(ctx, name)
	if err != nil {
		return graph.Doc{}, err
	}
	switch len(docs) {
	case 0:
		return graph.Doc{}, fmt.Errorf("export: --doc %q: no document was read from that path (list them with 'newsgraph stats' or give a doc/... ID)", name)
	case 1:
		return docs[0], nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "export: --doc %q: %d documents match; give one of their IDs or full paths:", name, len(docs))
	for _, d := range docs {
		fmt.Fprintf(&b, "\n  %s\t%s", d.ID, d.Path)
	}
	return graph.Doc{}, errors.New(b.String())
}

// resolveFocus finds the one entity that name (a name, alias or ID) means.
func resolveFocus(ctx context.Context, st *graph.Store, name string) (id, canonical string, err error) {
	ids, err := st.FindEntity(ctx, name)
	if err != nil {
		return "", "", err
	}
	// FindEntity also matches document and statement IDs: keep entities.
	// Reading the quads of each is much quicker than listing the
	// entities of the store.
	var ents []graph.EntityInfo
	for _, id := range ids {
		e, ok, err := entityHead(ctx, st, id)
		if err != nil {
			return "", "", err
		}
		if ok {
			ents = append(ents, e)
		}
	}
	switch len(ents) {
	case 0:
		return "", "", fmt.Errorf("export: --focus %q: no entity has that name, alias or ID (list them with 'newsgraph entities')", name)
	case 1:
		return ents[0].ID, ents[0].Name, nil
	}
	found := map[string]bool{}
	for _, e := range ents {
		found[e.ID] = true
	}
	if ents, err = st.Entities(ctx, graph.EntityFilter{IDs: found}); err != nil { // with their mentions
		return "", "", err
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

// entityHead reads the type and canonical name of the node id from its
// own quads, and reports whether it is an entity. Of several names, the
// smallest is canonical, as (*graph.Store).Entities has it.
func entityHead(ctx context.Context, st *graph.Store, id string) (graph.EntityInfo, bool, error) {
	e := graph.EntityInfo{ID: id}
	err := st.EachQuadWith(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
		switch {
		case q.Predicate == graph.TypePredicate:
			if t, ok := q.Object.(quad.IRI); ok && graph.Type(t).IsEntity() {
				e.Type = graph.Type(t)
			}
		case q.Predicate == graph.Name.IRI():
			if n, ok := q.Object.(quad.String); ok && (e.Name == "" || string(n) < e.Name) {
				e.Name = string(n)
			}
		}
		return nil
	})
	return e, e.Type != "", err
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
	if sel.MinMentions > 0 {
		parts = append(parts, fmt.Sprintf("mentions >= %d", sel.MinMentions))
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

// writeDirAtomic writes the directory path through a temporary directory
// beside it, renamed to path only when write succeeds. An existing path is
// replaced only when it is empty or an earlier export of the same kind (it
// has the README.txt newsgraph writes); anything else is left alone. It
// returns the number of files and bytes written.
func writeDirAtomic(path string, write func(dir string) error) (int, int64, error) {
	path = filepath.Clean(path)
	old, err := replaceableDir(path)
	if err != nil {
		return 0, 0, err
	}
	parent, base := filepath.Split(path)
	if parent == "" {
		parent = "."
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".*.tmp")
	if err != nil {
		return 0, 0, fmt.Errorf("export: %w", err)
	}
	defer os.RemoveAll(tmp) // fails harmlessly once renamed
	if err := os.Chmod(tmp, 0o755); err != nil {
		return 0, 0, fmt.Errorf("export: %w", err)
	}
	if err := write(tmp); err != nil {
		return 0, 0, err
	}
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return 0, 0, fmt.Errorf("export: %w", err)
	}
	var size int64
	for _, e := range entries {
		if fi, err := e.Info(); err == nil {
			size += fi.Size()
		}
	}
	if old {
		// Move the earlier export aside, then drop it once the new one is
		// in place.
		aside := tmp + ".old"
		if err := os.Rename(path, aside); err != nil {
			return 0, 0, fmt.Errorf("export: %w", err)
		}
		defer os.RemoveAll(aside)
		if err := os.Rename(tmp, path); err != nil {
			os.Rename(aside, path)
			return 0, 0, fmt.Errorf("export: %w", err)
		}
		return len(entries), size, nil
	}
	if err := os.Rename(tmp, path); err != nil {
		return 0, 0, fmt.Errorf("export: %w", err)
	}
	return len(entries), size, nil
}

// replaceableDir reports whether path exists and may be replaced by a new
// export; an error when it exists and may not.
func replaceableDir(path string) (bool, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("export: %w", err)
	case !fi.IsDir():
		return false, fmt.Errorf("export: %s is a file; the neo4j format writes a directory (or give -o FILE.zip)", path)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return false, fmt.Errorf("export: %w", err)
	}
	if len(entries) == 0 {
		return true, nil
	}
	ours := true // README.txt from newsgraph, CSV files and nothing else
	readme, err := os.ReadFile(filepath.Join(path, "README.txt"))
	if err != nil || !strings.HasPrefix(string(readme), "newsgraph export for Neo4j") {
		ours = false
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".csv") && e.Name() != "README.txt" {
			ours = false
		}
	}
	if !ours {
		return false, fmt.Errorf("export: %s exists and is not an earlier newsgraph export; remove it or give another -o", path)
	}
	return true, nil
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

// oneOf reports whether *s is one of choices, in any case, and sets *s to
// that choice.
func oneOf(s *string, choices []string) bool {
	for _, c := range choices {
		if strings.EqualFold(c, *s) {
			*s = c
			return true
		}
	}
	return false
}

// exportLayouts lists what --layout takes: auto, then the Graphviz
// engines.
func exportLayouts() []string {
	return append([]string{export.AutoLayout}, export.Layouts()...)
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
