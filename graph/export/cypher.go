package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// CypherWriter writes a property graph as a Cypher script for Neo4j
// (cypher-shell -f FILE), one statement a line. It is idempotent: a
// uniqueness constraint on :Entity(id), one MERGE per entity on its ID that
// then sets its type label and properties, and one MATCH ... MERGE per
// relation that sets its properties, so that running it again, or after an
// earlier export, updates the graph instead of duplicating it. Nodes and
// relationships have the labels, types and properties of the neo4j
// format (Neo4jWriter). Strings are single-quoted with backslash escapes.
type CypherWriter struct {
	t      textWriter
	header bool
	edges  bool
}

// NewCypherWriter returns a CypherWriter writing to w.
func NewCypherWriter(w io.Writer) *CypherWriter {
	return &CypherWriter{t: newTextWriter(w)}
}

func cypherWriter(w io.Writer) PropertyGraphWriter { return NewCypherWriter(w) }

func (c *CypherWriter) writeHeader() {
	if c.header {
		return
	}
	c.header = true
	c.t.str(`// newsgraph export: entities and relations as idempotent Cypher (Neo4j 5).
// Run with: cypher-shell -u neo4j -p PASSWORD -f FILE
CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
`)
}

// WriteNode writes the MERGE of an entity.
func (c *CypherWriter) WriteNode(n graph.EntityInfo) error {
	c.writeHeader()
	if c.edges {
		if c.t.err == nil {
			c.t.err = errNodeAfterEdge
		}
		return c.t.err
	}
	c.t.str("MERGE (n:Entity {id: " + CypherString(n.ID) + "}) SET n:" + cypherName(string(n.Type)) +
		", n.name = " + CypherString(displayName(n)) +
		", n.aliases = " + cypherList(n.Aliases) +
		", n.titles = " + cypherList(n.Titles) +
		", n.mentions = " + strconv.Itoa(n.Mentions) +
		", n.documents = " + strconv.Itoa(n.Documents) +
		", n.first_seen = " + cypherTime(seen(n.FirstSeen)) +
		", n.last_seen = " + cypherTime(seen(n.LastSeen)) + ";\n")
	return c.t.err
}

// WriteEdge writes the MERGE of a relation between two entities.
func (c *CypherWriter) WriteEdge(e graph.Edge) error {
	c.writeHeader()
	c.edges = true
	c.t.str("MATCH (a:Entity {id: " + CypherString(e.Subject) + "}) MATCH (b:Entity {id: " + CypherString(e.Object) +
		"}) MERGE (a)-[r:" + cypherName(relationshipType(e.Predicate)) + "]->(b) SET r.confidence = " + formatFloat(e.Confidence) +
		", r.statements = " + strconv.Itoa(e.Statements) +
		", r.documents = " + cypherList(e.Documents) +
		", r.symmetric = " + strconv.FormatBool(e.Predicate.Symmetric()) + ";\n")
	return c.t.err
}

// Close flushes the script.
func (c *CypherWriter) Close() error {
	c.writeHeader()
	return c.t.flush()
}

// CypherString quotes s as a Cypher string literal: single quotes, with
// backslash escapes for the quote, the backslash and control characters.
func CypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch r {
		case '\'':
			b.WriteString(`\'`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// cypherName quotes a label or relationship type in backticks.
func cypherName(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

func cypherList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = CypherString(x)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// cypherTime is a datetime, or null (which removes the property) when
// unknown.
func cypherTime(s string) string {
	if s == "" {
		return "null"
	}
	return "datetime(" + CypherString(s) + ")"
}
