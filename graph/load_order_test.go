package graph_test

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// TestReadJSONLDListsStable reads a JSON-LD document whose lists, in
// three graphs, become blank nodes: every read names them the same way,
// graphs and nodes taken in sorted order.
func TestReadJSONLDListsStable(t *testing.T) {
	in := `[
  {"@id": "http://example.org/g2", "@graph": [{"@id": "http://example.org/b", "http://example.org/p": {"@list": [3, 4]}}]},
  {"@id": "http://example.org/g1", "@graph": [{"@id": "http://example.org/a", "http://example.org/p": {"@list": [1, 2]}}]},
  {"@id": "http://example.org/d", "http://example.org/p": {"@list": [6]}},
  {"@id": "http://example.org/c", "http://example.org/p": {"@list": [5]}}
]`
	const first, rest, nil_ = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>"
	want := strings.Join([]string{
		`_:b0 ` + first + ` "5"^^<xsd:integer> .`,
		`_:b0 ` + rest + ` ` + nil_ + ` .`,
		`<http://example.org/c> <http://example.org/p> _:b0 .`,
		`_:b1 ` + first + ` "6"^^<xsd:integer> .`,
		`_:b1 ` + rest + ` ` + nil_ + ` .`,
		`<http://example.org/d> <http://example.org/p> _:b1 .`,
		`_:b2 ` + first + ` "1"^^<xsd:integer> <http://example.org/g1> .`,
		`_:b2 ` + rest + ` _:b3 <http://example.org/g1> .`,
		`_:b3 ` + first + ` "2"^^<xsd:integer> <http://example.org/g1> .`,
		`_:b3 ` + rest + ` ` + nil_ + ` <http://example.org/g1> .`,
		`<http://example.org/a> <http://example.org/p> _:b2 <http://example.org/g1> .`,
		`_:b4 ` + first + ` "3"^^<xsd:integer> <http://example.org/g2> .`,
		`_:b4 ` + rest + ` _:b5 <http://example.org/g2> .`,
		`_:b5 ` + first + ` "4"^^<xsd:integer> <http://example.org/g2> .`,
		`_:b5 ` + rest + ` ` + nil_ + ` <http://example.org/g2> .`,
		`<http://example.org/b> <http://example.org/p> _:b4 <http://example.org/g2> .`,
	}, "\n")
	// Map order in Go differs from run to run: read it many times.
	for i := range 40 {
		var got []string
		err := graph.ReadQuads(strings.NewReader(in), "jsonld", "lists.jsonld", func(q quad.Quad) error {
			got = append(got, q.NQuad())
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if g := strings.Join(got, "\n"); g != want {
			t.Fatalf("read %d:\n%s\nwant\n%s", i+1, g, want)
		}
	}
}
