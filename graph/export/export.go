// Package export writes a newsgraph store, or a selection of it, in formats
// other tools read.
//
// There are three kinds of format:
//
//   - Diagrams (dot, svg, png) draw the entities and the relations between
//     them, read with (*graph.Store).Subgraph and prepared by Diagram (at
//     most MaxNodes entities, the most important; one line per related
//     pair; the layout chosen by size): DOT text written here, rendered to
//     SVG and PNG by a native Graphviz or by Graphviz compiled to
//     WebAssembly (go-graphviz), without overlapping nodes.
//   - Property graphs (graphml, gexf, cytoscape, neo4j, cypher) write one
//     node per entity (its name, type, aliases, titles, mentions,
//     documents, first and last seen) and one edge per relation (its
//     predicate, best confidence, supporting statements and documents), for
//     Gephi, yEd, networkx, Cytoscape and Neo4j. The whole store streams
//     (graph.EachEntity, graph.EachEdge: each node and edge read as it is
//     written); a selection, and neo4j, read its summary (graph.Subgraph)
//     into memory and stream the output text.
//   - Quad formats (nquads, jsonld, graphml-quads, gml) stream the quads of
//     the store, or those about a selection (EachQuad), with every IRI full
//     so that RDF tools can read them, provenance included.
//
// Formats lists them all; Write is the one entry point for a stream, and
// WriteFiles for formats made of several files (neo4j).
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
	// Layouts, or AutoLayout (the default, when empty): dot for small
	// diagrams, sfdp beyond (AutoDotMaxEntities, AutoDotMaxEdges).
	Layout string
	// Renderer draws SVG and PNG: one of Renderers; empty means auto
	// (RendererAuto): a native Graphviz for large diagrams when one is on
	// PATH, else WebAssembly.
	Renderer string
	// MaxNodes is the most entities a diagram draws: of a larger
	// selection, the most important (see Diagram), and the legend says
	// how many were left out. 0 means DefaultMaxNodes; negative, no cap.
	MaxNodes int
	// Cluster groups the entities of diagrams in boxes: by type
	// (ClusterType) or by document (ClusterDoc); empty for none.
	Cluster string
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
	// Exts are the file extensions, with the dot, that select the format;
	// every format has at least one, and the first names its files. An
	// extension belongs to the first format in Formats that has it.
	Exts []string
	// Diagram formats draw the selected entities and relations.
	Diagram bool
	// PropertyGraph formats write entities as nodes and relations as edges
	// with their attributes.
	PropertyGraph bool
	// Files formats are several files: WriteFiles writes them (into a
	// directory, say), Write a zip archive of them.
	Files bool
	// Binary formats are not text and are not meant for a terminal.
	Binary bool
	// Description is one line for help texts.
	Description string

	write      func(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error
	writeFiles func(ctx context.Context, fs FileSet, st *graph.Store, opts Options) error
}

// formats is the table of formats, in the order help texts list them.
var formats = []Format{
	{Name: "dot", Exts: []string{".dot", ".gv"}, Diagram: true, Description: "Graphviz DOT text of the diagram", write: writeDiagram("dot")},
	{Name: "svg", Exts: []string{".svg"}, Diagram: true, Description: "diagram rendered as SVG", write: writeDiagram("svg")},
	{Name: "png", Exts: []string{".png"}, Diagram: true, Binary: true, Description: "diagram rendered as PNG", write: writeDiagram("png")},
	{Name: "graphml", Exts: []string{".graphml"}, PropertyGraph: true, Description: "GraphML property graph (Gephi, yEd, networkx)", write: writeProperty(graphMLWriter)},
	{Name: "gexf", Exts: []string{".gexf"}, PropertyGraph: true, Description: "GEXF 1.2 property graph (Gephi, networkx)", write: writeProperty(gexfWriter)},
	{Name: "cytoscape", Exts: []string{".cyjs"}, PropertyGraph: true, Description: "Cytoscape.js JSON elements (Cytoscape.js, Cytoscape desktop)", write: writeProperty(cytoscapeWriter)},
	{Name: "neo4j", Exts: []string{".zip"}, PropertyGraph: true, Files: true, Binary: true, Description: "CSV files for neo4j-admin database import, with a README (a directory; a zip on a stream)", write: writeZip(writeNeo4j), writeFiles: writeNeo4j},
	{Name: "cypher", Exts: []string{".cypher", ".cql"}, PropertyGraph: true, Description: "Cypher script of idempotent MERGE statements (cypher-shell)", write: writeProperty(cypherWriter)},
	{Name: "nquads", Exts: []string{".nq", ".nquads"}, Description: "N-Quads with full IRIs, the document as graph label", write: writeQuads("nquads")},
	{Name: "jsonld", Exts: []string{".jsonld"}, Description: "JSON-LD with full IRIs, one named graph per document", write: writeQuads("jsonld")},
	{Name: "graphml-quads", Exts: []string{".graphml"}, Description: "GraphML of the quads (one edge per quad)", write: writeQuads("graphml")},
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

// Layouts lists the Graphviz layout engines diagrams can use. Options
// also take AutoLayout, the default.
func Layouts() []string {
	return []string{"dot", "neato", "fdp", "sfdp", "circo"}
}

// AutoLayout picks the layout by the size of the diagram: dot for small
// ones, sfdp beyond (AutoDotMaxEntities, AutoDotMaxEdges).
const AutoLayout = "auto"

// DefaultLayout is the layout used when Options.Layout is empty.
const DefaultLayout = AutoLayout

// Write writes the store, or the part of it opts.Selection picks, to w in
// opts.Format; a format of several files (Format.Files) is written as a
// zip archive of them. ctx bounds the whole export; see Render for how far
// it can interrupt the rendering of a diagram.
func Write(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error {
	f, opts, err := prepare(opts)
	if err != nil {
		return err
	}
	return f.write(ctx, w, st, opts)
}

// WriteFiles writes a format of several files (Format.Files, such as
// neo4j) as files of fs, one after another. The caller closes fs.
func WriteFiles(ctx context.Context, fs FileSet, st *graph.Store, opts Options) error {
	f, opts, err := prepare(opts)
	if err != nil {
		return err
	}
	if f.writeFiles == nil {
		return fmt.Errorf("export: %s is one file, not several; use Write", f.Name)
	}
	return f.writeFiles(ctx, fs, st, opts)
}

// prepare checks opts and fills in the defaults.
func prepare(opts Options) (Format, Options, error) {
	if opts.Format == "" {
		opts.Format = "dot"
	}
	f, ok := FormatByName(opts.Format)
	if !ok {
		return f, opts, fmt.Errorf("export: unknown format %q (have %s)", opts.Format, strings.Join(FormatNames(), ", "))
	}
	if f.Diagram {
		var err error
		if opts, err = checkDiagramOptions(opts); err != nil {
			return f, opts, err
		}
	}
	return f, opts, nil
}

// checkLayout returns the layout to use for name: one of Layouts or
// AutoLayout.
func checkLayout(name string) (string, error) {
	if name == "" {
		return DefaultLayout, nil
	}
	l := strings.ToLower(name)
	if l != AutoLayout && !slices.Contains(Layouts(), l) {
		return "", fmt.Errorf("export: unknown layout %q (have %s, %s)", name, AutoLayout, strings.Join(Layouts(), ", "))
	}
	return l, nil
}

// selectsAll reports whether sel picks the whole store.
func selectsAll(sel graph.Selection) bool {
	return len(sel.Focus) == 0 && len(sel.Types) == 0 && len(sel.Predicates) == 0 && sel.MinConfidence <= 0 &&
		sel.MinMentions <= 0 && len(sel.Documents) == 0
}

// selectsDocuments reports whether sel picks whole documents and nothing
// else.
func selectsDocuments(sel graph.Selection) bool {
	return len(sel.Documents) > 0 && selectsAll(graph.Selection{Focus: sel.Focus, Types: sel.Types,
		Predicates: sel.Predicates, MinConfidence: sel.MinConfidence, MinMentions: sel.MinMentions})
}
