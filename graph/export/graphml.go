package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// textWriter writes text through a buffer with a sticky error.
type textWriter struct {
	w   *bufio.Writer
	err error
}

func newTextWriter(w io.Writer) textWriter {
	return textWriter{w: bufio.NewWriterSize(w, 32<<10)}
}

func (t *textWriter) str(s string) {
	if t.err == nil {
		_, t.err = t.w.WriteString(s)
	}
}

// xmlText writes s escaped for XML text or a quoted attribute: markup
// characters, quotes and line breaks become references, and characters
// XML 1.0 does not allow become U+FFFD.
func (t *textWriter) xmlText(s string) {
	if t.err == nil {
		t.err = xml.EscapeText(t.w, []byte(s))
	}
}

func (t *textWriter) flush() error {
	if t.err == nil {
		t.err = t.w.Flush()
	}
	return t.err
}

// attribute is one attribute of the nodes or edges of GraphML and GEXF.
type attribute struct {
	name string
	// typ is the GraphML type: string, int, double or boolean.
	typ string
}

// nodeAttributes are the attributes of GraphML and GEXF nodes, in order;
// lists are joined with listSeparator.
var nodeAttributes = []attribute{
	{"label", "string"},      // the canonical name
	{"type", "string"},       // Person, Organization, Country, Place, Agreement
	{"aliases", "string"},    // other names
	{"titles", "string"},     // a person's offices
	{"mentions", "int"},      // times named, over the documents
	{"documents", "int"},     // documents that name it
	{"first_seen", "string"}, // earliest ingested_at of those documents (RFC 3339)
	{"last_seen", "string"},  // latest
}

// edgeAttributes are the attributes of GraphML and GEXF edges, in order.
var edgeAttributes = []attribute{
	{"label", "string"},      // the predicate
	{"symmetric", "boolean"}, // borders, allied_with, met_with hold both ways
	{"confidence", "double"}, // of the best statement
	{"statements", "int"},    // sentences that support it
	{"documents", "string"},  // paths of the documents that state it
}

// nodeValues are the values of nodeAttributes for n; "" is no value.
func nodeValues(n graph.EntityInfo) []string {
	return []string{
		displayName(n), string(n.Type), strings.Join(n.Aliases, listSeparator), strings.Join(n.Titles, listSeparator),
		strconv.Itoa(n.Mentions), strconv.Itoa(n.Documents), seen(n.FirstSeen), seen(n.LastSeen),
	}
}

// edgeValues are the values of edgeAttributes for e.
func edgeValues(e graph.Edge) []string {
	return []string{
		string(e.Predicate), strconv.FormatBool(e.Predicate.Symmetric()), formatFloat(e.Confidence),
		strconv.Itoa(e.Statements), strings.Join(e.Documents, listSeparator),
	}
}

// formatFloat writes a confidence as its shortest decimal: 0.85, 1.
func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// GraphMLWriter writes a property graph as GraphML
// (http://graphml.graphdrawing.org), the way Gephi, yEd and networkx read
// it: a directed graph whose node IDs are the entity IDs
// (person/sergey_lavrov), with the node attributes label, type, aliases,
// titles, mentions, documents, first_seen, last_seen and the edge
// attributes label (the predicate), symmetric, confidence, statements and
// documents, declared as GraphML keys with their types. Lists are joined
// with "; ". Edges are directed even for symmetric predicates (networkx
// refuses undirected edges in a directed graph); the symmetric attribute
// says which hold both ways.
type GraphMLWriter struct {
	t      textWriter
	header bool
	edges  int
}

// NewGraphMLWriter returns a GraphMLWriter writing to w.
func NewGraphMLWriter(w io.Writer) *GraphMLWriter {
	return &GraphMLWriter{t: newTextWriter(w)}
}

func graphMLWriter(w io.Writer) PropertyGraphWriter { return NewGraphMLWriter(w) }

func (g *GraphMLWriter) writeHeader() {
	if g.header {
		return
	}
	g.header = true
	g.t.str(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for i, a := range nodeAttributes {
		g.t.str("\t<key id=\"n" + strconv.Itoa(i) + "\" for=\"node\" attr.name=\"" + a.name + "\" attr.type=\"" + a.typ + "\"/>\n")
	}
	for i, a := range edgeAttributes {
		g.t.str("\t<key id=\"e" + strconv.Itoa(i) + "\" for=\"edge\" attr.name=\"" + a.name + "\" attr.type=\"" + a.typ + "\"/>\n")
	}
	g.t.str("\t<graph id=\"newsgraph\" edgedefault=\"directed\">\n")
}

// WriteNode writes the node of an entity.
func (g *GraphMLWriter) WriteNode(n graph.EntityInfo) error {
	g.writeHeader()
	g.t.str("\t\t<node id=\"")
	g.t.xmlText(n.ID)
	g.t.str("\">")
	g.data("n", nodeValues(n))
	g.t.str("</node>\n")
	return g.t.err
}

// WriteEdge writes the edge of a relation; its ID is its number, e0, e1...
func (g *GraphMLWriter) WriteEdge(e graph.Edge) error {
	g.writeHeader()
	g.t.str("\t\t<edge id=\"e" + strconv.Itoa(g.edges) + "\" source=\"")
	g.edges++
	g.t.xmlText(e.Subject)
	g.t.str("\" target=\"")
	g.t.xmlText(e.Object)
	g.t.str("\">")
	g.data("e", edgeValues(e))
	g.t.str("</edge>\n")
	return g.t.err
}

// data writes the non-empty values as data elements of the keys prefix0,
// prefix1...
func (g *GraphMLWriter) data(prefix string, values []string) {
	for i, v := range values {
		if v == "" {
			continue
		}
		g.t.str("<data key=\"" + prefix + strconv.Itoa(i) + "\">")
		g.t.xmlText(v)
		g.t.str("</data>")
	}
}

// Close writes the end of the document.
func (g *GraphMLWriter) Close() error {
	g.writeHeader()
	g.t.str("\t</graph>\n</graphml>\n")
	return g.t.flush()
}
