package export

import (
	"archive/zip"
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// PropertyGraphWriter writes a property graph: every node first, then
// every edge, then Close, which writes the footer. Nodes are entities
// (graph.EntityInfo); edges are relations (graph.Edge) whose Documents are
// the names to write for the documents (writeProperty gives their paths).
// A writer keeps the first error it meets and returns it from every later
// call.
type PropertyGraphWriter interface {
	WriteNode(n graph.EntityInfo) error
	WriteEdge(e graph.Edge) error
	Close() error
}

// errNodeAfterEdge is the error of a node written after an edge.
var errNodeAfterEdge = errors.New("a node after the edges: write every node first")

// writeProperty returns the writer of a property-graph format made by
// newWriter.
func writeProperty(newWriter func(io.Writer) PropertyGraphWriter) func(context.Context, io.Writer, *graph.Store, Options) error {
	return func(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error {
		if selectsAll(opts.Selection) {
			return streamProperty(ctx, newWriter(w), st, opts)
		}
		pg, err := readPropertyGraph(ctx, st, opts.Selection)
		if err != nil {
			return err
		}
		pw := newWriter(w)
		for _, n := range pg.nodes {
			if err := pw.WriteNode(n); err != nil {
				return fmt.Errorf("export: %s: %w", opts.Format, err)
			}
		}
		for i, e := range pg.edges {
			if i%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return fmt.Errorf("export: %w", err)
				}
			}
			if err := pw.WriteEdge(e); err != nil {
				return fmt.Errorf("export: %s: %w", opts.Format, err)
			}
		}
		if err := pw.Close(); err != nil {
			return fmt.Errorf("export: %s: %w", opts.Format, err)
		}
		return nil
	}
}

// streamProperty writes the whole store as a property graph, each node
// and edge as it is read (graph.EachEntity, graph.EachEdge): what it holds
// grows with the number of entities and edges (their IDs), not with
// their properties or the output.
func streamProperty(ctx context.Context, pw PropertyGraphWriter, st *graph.Store, opts Options) error {
	names, err := documentNames(ctx, st)
	if err != nil {
		return err
	}
	var werr error // of the writer
	err = st.EachEntity(ctx, func(n graph.EntityInfo) error {
		werr = pw.WriteNode(n)
		return werr
	})
	if err == nil {
		err = st.EachEdge(ctx, func(e graph.Edge) error {
			e.Documents = docNames(e.Documents, names)
			werr = pw.WriteEdge(e)
			return werr
		})
	}
	if werr != nil {
		return fmt.Errorf("export: %s: %w", opts.Format, werr)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("export: %s: %w", opts.Format, err)
	}
	return nil
}

// documentNames maps every document node to its name (documentName).
func documentNames(ctx context.Context, st *graph.Store) (map[string]string, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	names := make(map[string]string, len(docs))
	for _, d := range docs {
		names[d.ID] = documentName(d)
	}
	return names, nil
}

// docNames returns the names of the document nodes ids, sorted.
func docNames(ids []string, names map[string]string) []string {
	docs := make([]string, len(ids))
	for i, d := range ids {
		if n, ok := names[d]; ok {
			docs[i] = n
		} else {
			docs[i] = d
		}
	}
	sort.Strings(docs)
	return docs
}

// propertyGraph is what the property-graph formats write: the entities by
// type, then name, then ID; the relations by predicate, then subject, then
// object, with the paths of their documents.
type propertyGraph struct {
	nodes []graph.EntityInfo
	edges []graph.Edge
}

// readPropertyGraph reads the summary of the selection: this, not the
// output, is what a property-graph export holds in memory.
func readPropertyGraph(ctx context.Context, st *graph.Store, sel graph.Selection) (*propertyGraph, error) {
	sg, err := st.Subgraph(ctx, sel)
	if err == nil {
		err = ctx.Err() // a scan cut short must not pass for the graph
	}
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	names, err := documentNames(ctx, st)
	if err != nil {
		return nil, err
	}
	pg := &propertyGraph{nodes: sortedEntities(sg.Entities)}
	kept := make(map[string]bool, len(pg.nodes))
	for _, n := range pg.nodes {
		kept[n.ID] = true
	}
	for _, e := range sg.Edges {
		if !kept[e.Subject] || !kept[e.Object] {
			continue
		}
		e.Documents = docNames(e.Documents, names)
		pg.edges = append(pg.edges, e)
	}
	sort.SliceStable(pg.edges, func(i, j int) bool { return pg.edges[i].Predicate < pg.edges[j].Predicate })
	return pg, nil
}

// documentName is how property graphs name a document: the path it was
// read from, or its ID when it came from standard input.
func documentName(d graph.Doc) string {
	if d.Path == "" || d.Path == "-" {
		return d.ID
	}
	return d.Path
}

// seen formats a first or last seen time, "" when unknown.
func seen(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// listSeparator joins lists in formats whose attributes are single
// strings (GraphML, GEXF).
const listSeparator = "; "

// FileSet receives the files of a format made of several files, one
// after another: Create ends the file before it.
type FileSet interface {
	Create(name string) (io.Writer, error)
}

// DirFiles is a FileSet that writes files into a directory, which must
// exist. Close closes the last file.
type DirFiles struct {
	dir string
	f   *os.File
	bw  *bufio.Writer
	// Names lists the files created, in order.
	Names []string
}

// NewDirFiles returns a FileSet writing into dir.
func NewDirFiles(dir string) *DirFiles { return &DirFiles{dir: dir} }

// Create ends the current file and starts the file name in the directory.
func (d *DirFiles) Create(name string) (io.Writer, error) {
	if err := d.Close(); err != nil {
		return nil, err
	}
	if name == "" || name != filepath.Base(name) || strings.HasPrefix(name, ".") {
		return nil, fmt.Errorf("bad file name %q", name)
	}
	f, err := os.OpenFile(filepath.Join(d.dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	d.f, d.bw = f, bufio.NewWriterSize(f, 64<<10)
	d.Names = append(d.Names, name)
	return d.bw, nil
}

// Close ends the current file.
func (d *DirFiles) Close() error {
	if d.f == nil {
		return nil
	}
	err := d.bw.Flush()
	if cerr := d.f.Close(); err == nil {
		err = cerr
	}
	d.f, d.bw = nil, nil
	return err
}

// writeZip returns a writer that writes the files of a multi-file format
// as a zip archive.
func writeZip(write func(context.Context, FileSet, *graph.Store, Options) error) func(context.Context, io.Writer, *graph.Store, Options) error {
	return func(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error {
		zw := zip.NewWriter(w)
		if err := write(ctx, zipFiles{zw, time.Now()}, st, opts); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("export: %s: %w", opts.Format, err)
		}
		return nil
	}
}

type zipFiles struct {
	zw  *zip.Writer
	now time.Time
}

func (z zipFiles) Create(name string) (io.Writer, error) {
	return z.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: z.now})
}
