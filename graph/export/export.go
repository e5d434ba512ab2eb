// Package export writes a newsgraph store, or a selection of it, in formats
// other tools read.
//
// There are two kinds of format. Diagram formats (dot, svg, png) draw the
// entities and the relations between them, read with
// (*graph.Store).Subgraph: DOT text written here, rendered to SVG and PNG
// in-process by Graphviz compiled to WebAssembly (go-graphviz). Quad formats
// (nquads, jsonld, graphml, gml) stream the quads of the store, or those
// about a selection (EachQuad), through cayleygraph/quad's own writers
// (graph.NewQuadWriter), with every IRI full so that RDF tools can read
// them.
//
// Formats lists them all; Write is the one entry point.
package export

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Options control Write.
type Options struct {
	// Format is the name of one of Formats; empty means dot.
	Format string
	// Layout is the Graphviz layout engine of diagram formats, one of
	// Layouts; empty means dot.
	Layout string
	// Selection picks what to export; the zero Selection is the whole
	// store.
	Selection graph.Selection
	// Title heads the legend of diagrams (empty: no heading).
	Title string
}

// Format is one export format.
type Format struct {
	// Name is what --format takes.
	Name string
	// Exts are the file extensions, with the dot, that select the format.
	Exts []string
	// Diagram formats draw the selected entities and relations; the others
	// write quads.
	Diagram bool
	// Binary formats are not text and are not meant for a terminal.
	Binary bool
	// Description is one line for help texts.
	Description string

	write func(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error
}

// formats is the table of formats, in the order help texts list them.
var formats = []Format{
	{Name: "dot", Exts: []string{".dot", ".gv"}, Diagram: true, Description: "Graphviz DOT text of the diagram", write: writeDiagram("dot")},
	{Name: "svg", Exts: []string{".svg"}, Diagram: true, Description: "diagram rendered as SVG", write: writeDiagram("svg")},
	{Name: "png", Exts: []string{".png"}, Diagram: true, Binary: true, Description: "diagram rendered as PNG", write: writeDiagram("png")},
	{Name: "nquads", Exts: []string{".nq", ".nquads"}, Description: "N-Quads with full IRIs, the document as graph label", write: writeQuads("nquads")},
	{Name: "jsonld", Exts: []string{".jsonld"}, Description: "JSON-LD with full IRIs, one named graph per document", write: writeQuads("jsonld")},
	{Name: "graphml", Exts: []string{".graphml"}, Description: "GraphML of the quads (one edge per quad)", write: writeQuads("graphml")},
	{Name: "gml", Exts: []string{".gml"}, Description: "GML of the quads (one edge per quad)", write: writeQuads("gml")},
}

// Formats lists the export formats.
func Formats() []Format {
	return slices.Clone(formats)
}

// FormatNames lists the names of the export formats.
func FormatNames() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// FormatByName returns the format called name, in any case.
func FormatByName(name string) (Format, bool) {
	for _, f := range formats {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Format{}, false
}

// FormatForFile returns the format that the extension of path selects.
func FormatForFile(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" {
		return Format{}, false
	}
	for _, f := range formats {
		if slices.Contains(f.Exts, ext) {
			return f, true
		}
	}
	return Format{}, false
}

// Layouts lists the Graphviz layout engines diagrams can use; the first,
// dot, is the default.
func Layouts() []string {
	return []string{"dot", "neato", "fdp", "sfdp", "circo"}
}

// DefaultLayout is the layout used when Options.Layout is empty.
const DefaultLayout = "dot"

// Write writes the store, or the part of it opts.Selection picks, to w in
// opts.Format. ctx bounds the whole export; see Render for how far it can
// interrupt the rendering of a diagram.
func Write(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error {
	if opts.Format == "" {
		opts.Format = "dot"
	}
	f, ok := FormatByName(opts.Format)
	if !ok {
		return fmt.Errorf("export: unknown format %q (have %s)", opts.Format, strings.Join(FormatNames(), ", "))
	}
	if f.Diagram {
		layout, err := checkLayout(opts.Layout)
		if err != nil {
			return err
		}
		opts.Layout = layout
	}
	return f.write(ctx, w, st, opts)
}

// checkLayout returns the layout to use for name.
func checkLayout(name string) (string, error) {
	if name == "" {
		return DefaultLayout, nil
	}
	l := strings.ToLower(name)
	if !slices.Contains(Layouts(), l) {
		return "", fmt.Errorf("export: unknown layout %q (have %s)", name, strings.Join(Layouts(), ", "))
	}
	return l, nil
}

// selectsAll reports whether sel picks the whole store.
func selectsAll(sel graph.Selection) bool {
	return len(sel.Focus) == 0 && len(sel.Types) == 0 && len(sel.Predicates) == 0 && sel.MinConfidence <= 0
}
