package export

import (
	"io"
	"strconv"

	"github.com/newsgraph/newsgraph/graph"
)

// GEXFWriter writes a property graph as GEXF 1.2
// (https://gexf.net), the format of Gephi, which networkx reads too: a
// static directed graph whose node IDs are the entity IDs, labelled by
// canonical name, and whose edges are labelled by predicate and weighted
// by the number of statements that support them. Nodes have the
// attributes type, aliases, titles, mentions, documents, first_seen and
// last_seen; edges symmetric, confidence, statements and documents (the
// same as GraphMLWriter; lists joined with "; ").
type GEXFWriter struct {
	t     textWriter
	state int // 0 nothing written, 1 in <nodes>, 2 in <edges>
	edges int
}

// NewGEXFWriter returns a GEXFWriter writing to w.
func NewGEXFWriter(w io.Writer) *GEXFWriter {
	return &GEXFWriter{t: newTextWriter(w)}
}

func gexfWriter(w io.Writer) PropertyGraphWriter { return NewGEXFWriter(w) }

// gexfTypes maps the GraphML attribute types to GEXF's.
var gexfTypes = map[string]string{"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}

func (g *GEXFWriter) start() {
	if g.state > 0 {
		return
	}
	g.state = 1
	g.t.str(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
	<meta><creator>newsgraph</creator><description>entities and relations extracted from news text</description></meta>
	<graph mode="static" defaultedgetype="directed">
`)
	attrs := func(class string, list []attribute) {
		g.t.str("\t\t<attributes class=\"" + class + "\" mode=\"static\">\n")
		for i, a := range list {
			if a.name == "label" {
				continue // GEXF's own label attribute
			}
			g.t.str("\t\t\t<attribute id=\"" + strconv.Itoa(i) + "\" title=\"" + a.name + "\" type=\"" + gexfTypes[a.typ] + "\"/>\n")
		}
		g.t.str("\t\t</attributes>\n")
	}
	attrs("node", nodeAttributes)
	attrs("edge", edgeAttributes)
	g.t.str("\t\t<nodes>\n")
}

// WriteNode writes the node of an entity.
func (g *GEXFWriter) WriteNode(n graph.EntityInfo) error {
	g.start()
	if g.state != 1 {
		if g.t.err == nil {
			g.t.err = errNodeAfterEdge
		}
		return g.t.err
	}
	vals := nodeValues(n)
	g.t.str("\t\t\t<node id=\"")
	g.t.xmlText(n.ID)
	g.t.str("\" label=\"")
	g.t.xmlText(vals[0])
	g.t.str("\">")
	g.attvalues(vals)
	g.t.str("</node>\n")
	return g.t.err
}

// WriteEdge writes the edge of a relation; its ID is its number, e0, e1...
func (g *GEXFWriter) WriteEdge(e graph.Edge) error {
	g.start()
	if g.state == 1 {
		g.t.str("\t\t</nodes>\n\t\t<edges>\n")
		g.state = 2
	}
	vals := edgeValues(e)
	g.t.str("\t\t\t<edge id=\"e" + strconv.Itoa(g.edges) + "\" source=\"")
	g.edges++
	g.t.xmlText(e.Subject)
	g.t.str("\" target=\"")
	g.t.xmlText(e.Object)
	g.t.str("\" label=\"")
	g.t.xmlText(vals[0])
	g.t.str("\" weight=\"" + strconv.Itoa(max(e.Statements, 1)) + "\">")
	g.attvalues(vals)
	g.t.str("</edge>\n")
	return g.t.err
}

// attvalues writes the non-empty values but the first (the label).
func (g *GEXFWriter) attvalues(vals []string) {
	g.t.str("<attvalues>")
	for i, v := range vals[1:] {
		if v == "" {
			continue
		}
		g.t.str("<attvalue for=\"" + strconv.Itoa(i+1) + "\" value=\"")
		g.t.xmlText(v)
		g.t.str("\"/>")
	}
	g.t.str("</attvalues>")
}

// Close writes the end of the document.
func (g *GEXFWriter) Close() error {
	g.start()
	if g.state == 1 {
		g.t.str("\t\t</nodes>\n\t\t<edges>\n")
	}
	g.t.str("\t\t</edges>\n\t</graph>\n</gexf>\n")
	return g.t.flush()
}
