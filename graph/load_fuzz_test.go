package graph_test

import (
	"bytes"
	"errors"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
)

// FuzzLoad feeds arbitrary bytes to the N-Quads and JSON-LD readers
// of `newsgraph load`. Whatever the input: no panic; either a *ParseError
// naming the file, or quads that are RDF (subject an IRI or blank node,
// predicate an IRI, label none, an IRI or a blank node), the same quads
// on a second read, and the same again once written as N-Quads and read
// back.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"<https://newsgraph.dev/ns/person/sergey_lavrov> <https://newsgraph.dev/ns/name> \"Sergey Lavrov\" .\n",
		"<https://newsgraph.dev/ns/stmt/1> <https://newsgraph.dev/ns/start> \"12\"^^<http://www.w3.org/2001/XMLSchema#integer> <https://newsgraph.dev/ns/doc/1> .\n",
		"_:a <http://example.org/p> \"x\"@en _:g .\n# a comment\n\n",
		"<a> <b> \"unterminated .\n",
		`{"@context": {"@vocab": "https://newsgraph.dev/ns/"}, "@id": "person/sergey_lavrov", "name": "Sergey Lavrov", "deputy_of": {"@id": "person/x"}}`,
		`[{"@id": "https://newsgraph.dev/ns/doc/1", "@graph": [{"@id": "https://newsgraph.dev/ns/a", "https://newsgraph.dev/ns/start": {"@value": "3", "@type": "http://www.w3.org/2001/XMLSchema#integer"}}]}]`,
		`{"@context": "https://example.org/remote.jsonld"}`,
		`{"@id": "a", "b": [1, 2.5, true, null, {"@list": [1]}]}`,
		`[{"@id": "_:g", "@graph": [{"@id": "a", "https://newsgraph.dev/ns/p": {"@list": [1, "x"]}}]}, {"@id": "b", "https://newsgraph.dev/ns/q": {"@list": [{"@id": "c"}]}}]`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, jsonld bool) {
		format, name := "nquads", "f.nq"
		if jsonld {
			format, name = "jsonld", "f.jsonld"
		}
		read := func(format string, data []byte) ([]string, []quad.Quad, error) {
			var strs []string
			var quads []quad.Quad
			err := graph.ReadQuads(bytes.NewReader(data), format, name, func(q quad.Quad) error {
				quads = append(quads, q)
				strs = append(strs, q.NQuad())
				return nil
			})
			sort.Strings(strs)
			return strs, quads, err
		}
		strs, quads, err := read(format, data)
		if err != nil {
			var pe *graph.ParseError
			if !errors.As(err, &pe) || pe.File != name {
				t.Fatalf("error %v (%T) is not a *ParseError naming %s", err, err, name)
			}
			return
		}
		node := func(v quad.Value) bool {
			switch v.(type) {
			case quad.IRI, quad.BNode:
				return true
			}
			return false
		}
		for _, q := range quads {
			if !q.IsValid() || !node(q.Subject) || !node(q.Predicate) || q.Label != nil && !node(q.Label) {
				t.Fatalf("not an RDF quad: %#v", q)
			}
		}
		again, _, err := read(format, data)
		if err != nil || !equalStrings(strs, again) {
			t.Fatalf("a second read differs: %v", err)
		}
		var buf bytes.Buffer
		w := nquads.NewWriter(&buf)
		if _, err := w.WriteQuads(quads); err != nil {
			t.Fatal(err)
		}
		w.Close()
		back, _, err := read("nquads", buf.Bytes())
		if err != nil {
			t.Fatalf("written as N-Quads, does not read back: %v\n%s", err, buf.String())
		}
		if !equalStrings(strs, back) {
			t.Fatalf("written as N-Quads, reads back as\n%q\nwant\n%q", back, strs)
		}
	})
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
