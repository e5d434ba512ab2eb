package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Neo4jWriter writes a property graph as the CSV files that
// `neo4j-admin database import` reads
// (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):
//
//   - nodes_<type>.csv, one per entity type, with the header
//     id:ID,name,:LABEL,aliases:string[],titles:string[],mentions:int,documents:int,first_seen:datetime,last_seen:datetime;
//     every node has the labels Entity and its type;
//   - relationships_<predicate>.csv, one per predicate, with the header
//     :START_ID,:END_ID,:TYPE,confidence:double,statements:int,documents:string[],symmetric:boolean;
//     the type is the predicate in upper case (LEADER_OF), as Neo4j
//     names relationship types;
//   - README.txt, which says what the files hold and gives the import
//     command line.
//
// IDs are the entity IDs, in one ID space. Arrays are separated by ";",
// neo4j-admin's default (a ";" inside an alias becomes ","). Nodes must
// come grouped by type and edges by predicate, as writeProperty sorts
// them.
type Neo4jWriter struct {
	fs    FileSet
	cw    *csv.Writer
	cur   string // the file being written
	files []string
	done  map[string]bool
	nodes map[graph.Type]int
	rels  map[graph.Predicate]int
	err   error
}

// NewNeo4jWriter returns a Neo4jWriter creating its files in fs.
func NewNeo4jWriter(fs FileSet) *Neo4jWriter {
	return &Neo4jWriter{fs: fs, done: map[string]bool{}, nodes: map[graph.Type]int{}, rels: map[graph.Predicate]int{}}
}

var (
	neo4jNodeHeader = []string{"id:ID", "name", ":LABEL", "aliases:string[]", "titles:string[]", "mentions:int", "documents:int", "first_seen:datetime", "last_seen:datetime"}
	neo4jRelHeader  = []string{":START_ID", ":END_ID", ":TYPE", "confidence:double", "statements:int", "documents:string[]", "symmetric:boolean"}
)

// neo4jArrayDelimiter separates the elements of array fields.
const neo4jArrayDelimiter = ";"

// file switches to the file name, writing header when it is new.
func (n *Neo4jWriter) file(name string, header []string) {
	if n.err != nil || n.cur == name {
		return
	}
	if n.done[name] {
		n.err = fmt.Errorf("%s again: nodes must come grouped by type, edges by predicate", name)
		return
	}
	if n.err = n.flush(); n.err != nil {
		return
	}
	w, err := n.fs.Create(name)
	if err != nil {
		n.err = err
		return
	}
	n.cur, n.done[name] = name, true
	n.files = append(n.files, name)
	n.cw = csv.NewWriter(w)
	n.cw.Write(header)
}

func (n *Neo4jWriter) flush() error {
	if n.cw == nil {
		return nil
	}
	n.cw.Flush()
	return n.cw.Error()
}

func (n *Neo4jWriter) row(fields []string) error {
	if n.err == nil {
		n.err = n.cw.Write(fields)
	}
	return n.err
}

// WriteNode writes an entity into the file of its type.
func (n *Neo4jWriter) WriteNode(e graph.EntityInfo) error {
	if len(n.rels) > 0 && n.err == nil {
		n.err = errNodeAfterEdge
	}
	n.file("nodes_"+fileSafe(string(e.Type))+".csv", neo4jNodeHeader)
	n.nodes[e.Type]++
	return n.row([]string{
		csvText(e.ID), csvText(displayName(e)), "Entity" + neo4jArrayDelimiter + fileSafe(string(e.Type)),
		neo4jArray(e.Aliases), neo4jArray(e.Titles), strconv.Itoa(e.Mentions), strconv.Itoa(e.Documents),
		seen(e.FirstSeen), seen(e.LastSeen),
	})
}

// WriteEdge writes a relation into the file of its predicate.
func (n *Neo4jWriter) WriteEdge(e graph.Edge) error {
	n.file("relationships_"+fileSafe(string(e.Predicate))+".csv", neo4jRelHeader)
	n.rels[e.Predicate]++
	return n.row([]string{
		csvText(e.Subject), csvText(e.Object), relationshipType(e.Predicate), formatFloat(e.Confidence),
		strconv.Itoa(e.Statements), neo4jArray(e.Documents), strconv.FormatBool(e.Predicate.Symmetric()),
	})
}

// Close ends the last CSV file and writes README.txt.
func (n *Neo4jWriter) Close() error {
	if n.err == nil {
		n.err = n.flush()
	}
	if n.err != nil {
		return n.err
	}
	w, err := n.fs.Create("README.txt")
	if err != nil {
		return err
	}
	t := newTextWriter(w)
	t.str(n.readme())
	return t.flush()
}

// ImportCommand is the neo4j-admin command line (Neo4j 5) that imports
// the files written so far into database, run in their directory.
func (n *Neo4jWriter) ImportCommand(database string) string {
	var b strings.Builder
	b.WriteString("neo4j-admin database import full --overwrite-destination --array-delimiter=';'")
	for _, f := range n.files {
		if strings.HasPrefix(f, "nodes_") {
			b.WriteString(" \\\n    --nodes=" + f)
		}
	}
	for _, f := range n.files {
		if strings.HasPrefix(f, "relationships_") {
			b.WriteString(" \\\n    --relationships=" + f)
		}
	}
	b.WriteString(" \\\n    " + database)
	return b.String()
}

func (n *Neo4jWriter) readme() string {
	var b strings.Builder
	total := func(m map[string]int) int {
		s := 0
		for _, c := range m {
			s += c
		}
		return s
	}
	nodes, rels := map[string]int{}, map[string]int{}
	for t, c := range n.nodes {
		nodes[string(t)] = c
	}
	for p, c := range n.rels {
		rels[string(p)] = c
	}
	fmt.Fprintf(&b, `newsgraph export for Neo4j: %s and %s, as CSV files for
neo4j-admin database import.

`, plural(total(nodes), "entity"), plural(total(rels), "relation"))
	for _, f := range n.files {
		fmt.Fprintf(&b, "  %s\n", f)
	}
	fmt.Fprintf(&b, `
Nodes have the labels Entity and their type (Person, Organization, Country,
Place, Agreement) and the properties id (the newsgraph entity ID, such as
person/sergey_lavrov), name, aliases, titles, mentions, documents (how many
name the entity), first_seen and last_seen (when the first and the last of
those documents were ingested). Relationships have the type of their
predicate in upper case (LEADER_OF) and the properties confidence (of the
best statement), statements (how many sentences support it), documents
(their paths) and symmetric (borders, allied_with and met_with hold both
ways).

Import into a new database (Neo4j 5; stop the database first, then start it;
with Neo4j 4.4 the command is 'neo4j-admin import --database=neo4j ...'),
from this directory:

%s

Or load the same graph into a running database, idempotently, with
'newsgraph export --format cypher -o graph.cypher' and
'cypher-shell -f graph.cypher'.
`, n.ImportCommand("neo4j"))
	return b.String()
}

// writeNeo4j writes the neo4j format into fs.
func writeNeo4j(ctx context.Context, fs FileSet, st *graph.Store, opts Options) error {
	pg, err := readPropertyGraph(ctx, st, opts.Selection)
	if err != nil {
		return err
	}
	w := NewNeo4jWriter(fs)
	for _, n := range pg.nodes {
		if err := w.WriteNode(n); err != nil {
			return fmt.Errorf("export: neo4j: %w", err)
		}
	}
	for i, e := range pg.edges {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		if err := w.WriteEdge(e); err != nil {
			return fmt.Errorf("export: neo4j: %w", err)
		}
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("export: neo4j: %w", err)
	}
	return nil
}

// relationshipType is the Neo4j relationship type of a predicate.
func relationshipType(p graph.Predicate) string {
	return strings.ToUpper(fileSafe(string(p)))
}

// fileSafe keeps the letters, digits and underscores of s, which names a
// type or predicate, for file names, labels and relationship types.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, s)
}

// csvText makes s one line: neo4j-admin reads quoted line breaks only
// with --multiline-fields.
func csvText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// neo4jArray joins xs into an array field.
func neo4jArray(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ReplaceAll(csvText(x), neo4jArrayDelimiter, ",")
	}
	return strings.Join(out, neo4jArrayDelimiter)
}
