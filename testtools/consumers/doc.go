// Package consumers holds the checks that feed newsgraph's exports to the
// tools that read them: networkx (GraphML, GEXF), Graphviz's dot (DOT),
// rdflib and raptor's rapper (N-Quads, JSON-LD), and schema and
// integrity checks for Cytoscape.js JSON, Neo4j import CSV and Cypher.
//
// The checks are Python scripts in this directory, run by the tests of
// this package (go test ./testtools/consumers) on the exports of a store
// built from examples/ through the same packages as the CLI. They compare
// what each tool read with the store, scanned directly rather than
// through the exporter. A test skips when its tool is not installed,
// except when NEWSGRAPH_CI=1 (set by .ci/run), where it fails. The
// Python checks run with /usr/bin/python3, the interpreter Debian's
// python3-networkx and python3-rdflib are installed for.
package consumers
