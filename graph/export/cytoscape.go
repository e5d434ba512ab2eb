package export

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/newsgraph/newsgraph/graph"
)

// CytoscapeWriter writes a property graph as Cytoscape.js JSON: an object
// whose "elements" holds "nodes" and "edges", each element a {"data": ...}
// object, the shape cytoscape({elements: ...}) and Cytoscape desktop's
// File > Import > Network from File (Cytoscape.js JSON) read. Node data
// are id (the entity ID), name and label (the canonical name), type,
// aliases and titles (arrays), mentions, documents and first_seen and
// last_seen (RFC 3339, absent when unknown); edge data are id (e0, e1...),
// source, target, label and interaction (the predicate), symmetric,
// confidence, statements and documents (an array of paths).
type CytoscapeWriter struct {
	t     textWriter
	state int // 0 nothing written, 1 in nodes, 2 in edges
	n     int // elements written in the current array
	edges int
}

// NewCytoscapeWriter returns a CytoscapeWriter writing to w.
func NewCytoscapeWriter(w io.Writer) *CytoscapeWriter {
	return &CytoscapeWriter{t: newTextWriter(w)}
}

func cytoscapeWriter(w io.Writer) PropertyGraphWriter { return NewCytoscapeWriter(w) }

type cyNode struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Label     string   `json:"label"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Titles    []string `json:"titles"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	FirstSeen string   `json:"first_seen,omitempty"`
	LastSeen  string   `json:"last_seen,omitempty"`
}

type cyEdge struct {
	ID          string      `json:"id"`
	Source      string      `json:"source"`
	Target      string      `json:"target"`
	Label       string      `json:"label"`
	Interaction string      `json:"interaction"`
	Symmetric   bool        `json:"symmetric"`
	Confidence  json.Number `json:"confidence"`
	Statements  int         `json:"statements"`
	Documents   []string    `json:"documents"`
}

func (c *CytoscapeWriter) start() {
	if c.state == 0 {
		c.state = 1
		c.t.str(`{"format_version":"1.0","generated_by":"newsgraph","target_cytoscapejs_version":"~3","data":{"name":"newsgraph"},` + "\n" + `"elements":{"nodes":[`)
	}
}

// element writes one element of the current array.
func (c *CytoscapeWriter) element(data any) error {
	b, err := json.Marshal(struct {
		Data any `json:"data"`
	}{data})
	if err != nil && c.t.err == nil {
		c.t.err = err
	}
	if c.n > 0 {
		c.t.str(",")
	}
	c.n++
	c.t.str("\n")
	c.t.str(string(b))
	return c.t.err
}

// WriteNode writes the node of an entity.
func (c *CytoscapeWriter) WriteNode(n graph.EntityInfo) error {
	c.start()
	if c.state != 1 {
		if c.t.err == nil {
			c.t.err = errNodeAfterEdge
		}
		return c.t.err
	}
	return c.element(cyNode{
		ID: n.ID, Name: displayName(n), Label: displayName(n), Type: string(n.Type),
		Aliases: nonNil(n.Aliases), Titles: nonNil(n.Titles), Mentions: n.Mentions, Documents: n.Documents,
		FirstSeen: seen(n.FirstSeen), LastSeen: seen(n.LastSeen),
	})
}

// WriteEdge writes the edge of a relation.
func (c *CytoscapeWriter) WriteEdge(e graph.Edge) error {
	c.start()
	if c.state == 1 {
		c.t.str("\n],\n\"edges\":[")
		c.state, c.n = 2, 0
	}
	id := "e" + strconv.Itoa(c.edges)
	c.edges++
	return c.element(cyEdge{
		ID: id, Source: e.Subject, Target: e.Object, Label: string(e.Predicate), Interaction: string(e.Predicate),
		Symmetric: e.Predicate.Symmetric(), Confidence: json.Number(formatFloat(e.Confidence)),
		Statements: e.Statements, Documents: nonNil(e.Documents),
	})
}

// Close writes the end of the document.
func (c *CytoscapeWriter) Close() error {
	c.start()
	if c.state == 1 {
		c.t.str("\n],\n\"edges\":[")
	}
	c.t.str("\n]}}\n")
	return c.t.flush()
}

// nonNil returns xs, or an empty list for nil, so that JSON has [] and
// not null.
func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
