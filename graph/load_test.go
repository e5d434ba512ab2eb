package graph_test

import (
	"bytes"
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// storeQuads returns the quads of the store as sorted N-Quads lines.
func storeQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var out []string
	err := st.EachQuad(context.Background(), func(q quad.Quad) error {
		line := q.String()
		if q.Label != nil {
			line += " (" + q.Label.String() + ")"
		}
		out = append(out, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// nquadsOf writes the store as N-Quads with full IRIs, as export does.
func nquadsOf(t *testing.T, st *graph.Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := graph.NewQuadWriter(&buf, "nquads")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.EachQuad(context.Background(), w.WriteQuad); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLoadRoundTrip(t *testing.T) {
	ctx := context.Background()
	src, _ := openTemp(t)
	f := facts("h1", "a.txt", "Sergey Lavrov", `Alexander "Sasha" Grushko`)
	f.Doc.IngestedAt = time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	if _, err := src.Write(ctx, f); err != nil {
		t.Fatal(err)
	}
	data := nquadsOf(t, src)
	if !bytes.Contains(data, []byte("<"+graph.NS+"person/sergey_lavrov>")) {
		t.Fatalf("export has no full IRIs:\n%s", data)
	}
	for _, batch := range []int{0, 1, 7} {
		dst, _ := openTemp(t)
		res, err := dst.Load(ctx, bytes.NewReader(data), graph.LoadOptions{Format: "nquads", Name: "a.nq", BatchSize: batch})
		if err != nil {
			t.Fatal(err)
		}
		want := storeQuads(t, src)
		if got := storeQuads(t, dst); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("batch %d: loaded quads differ\ngot:\n%s\nwant:\n%s", batch, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if res.Read != int64(len(want)) || res.Added != int64(len(want)) {
			t.Errorf("batch %d: got %+v, want %d read and added", batch, res, len(want))
		}
		if batch > 0 {
			if wantBatches := (len(want) + batch - 1) / batch; res.Batches != wantBatches {
				t.Errorf("batch %d: got %d transactions, want %d", batch, res.Batches, wantBatches)
			}
		}
		// Loading again adds nothing.
		res, err = dst.Load(ctx, bytes.NewReader(data), graph.LoadOptions{Format: "nquads", Name: "a.nq", BatchSize: batch})
		if err != nil || res.Added != 0 {
			t.Errorf("batch %d: loading again: %+v, %v; want nothing added", batch, res, err)
		}
	}
}

func TestLoadCompactsNamespace(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	in := `<https://newsgraph.dev/ns/person/a> <https://newsgraph.dev/ns/name> "A" .
<https://newsgraph.dev/ns/person/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.dev/ns/Person> <https://newsgraph.dev/ns/doc/x> .
<http://example.org/b> <http://schema.org/knows> _:c .
<https://newsgraph.dev/ns/person/a> <https://newsgraph.dev/ns/mention_count> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <https://newsgraph.dev/ns/doc/x> .
`
	if _, err := st.Load(ctx, strings.NewReader(in), graph.LoadOptions{Format: "nquads", Name: "in.nq"}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`<http://example.org/b> -- <http://schema.org/knows> -> _:c`,
		`<person/a> -- <mention_count> -> "3"^^<xsd:integer> (<doc/x>)`,
		`<person/a> -- <name> -> "A"`,
		`<person/a> -- <rdf:type> -> <Person> (<doc/x>)`,
	}
	if got := storeQuads(t, st); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	ids, err := st.FindEntity(ctx, "A")
	if err != nil || len(ids) != 1 || ids[0] != "person/a" {
		t.Errorf("FindEntity(A) = %v, %v; want the compact ID", ids, err)
	}
}

func TestLoadJSONLD(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	in := `[
  {"@id": "https://newsgraph.dev/ns/doc/x", "@graph": [
    {"@id": "https://newsgraph.dev/ns/person/a", "@type": ["https://newsgraph.dev/ns/Person"],
     "https://newsgraph.dev/ns/mention_count": [{"@value": "2", "@type": "http://www.w3.org/2001/XMLSchema#integer"}],
     "https://newsgraph.dev/ns/alias": [{"@value": "Ay", "@language": "en"}]}
  ]},
  {"@context": {"name": "https://newsgraph.dev/ns/name"}, "@id": "https://newsgraph.dev/ns/person/a", "name": "A"}
]`
	res, err := st.Load(ctx, strings.NewReader(in), graph.LoadOptions{Format: "jsonld", Name: "in.jsonld"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`<person/a> -- <alias> -> "Ay"@en (<doc/x>)`,
		`<person/a> -- <mention_count> -> "2"^^<xsd:integer> (<doc/x>)`,
		`<person/a> -- <name> -> "A"`,
		`<person/a> -- <rdf:type> -> <Person> (<doc/x>)`,
	}
	if got := storeQuads(t, st); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.Read != 4 || res.Added != 4 || res.Batches != 1 {
		t.Errorf("got %+v, want 4 quads read and added in 1 transaction", res)
	}
}

// TestLoadErrors checks that bad input names its file and line and leaves
// the store as it was.
func TestLoadErrors(t *testing.T) {
	ctx := context.Background()
	good := "<http://a.org/s> <http://a.org/p> \"o\" .\n"
	tests := []struct {
		name, format, in string
		line             int
		want             string
	}{
		{"unterminated literal", "nquads", good + good + "<http://a.org/s> <http://a.org/p> \"o .\n" + good, 3, "invalid N-Quads"},
		{"missing object", "nquads", "# comment\n\n" + good + "<http://a.org/s> <http://a.org/p> .\n", 4, "invalid N-Quads"},
		{"literal subject", "nquads", "\"s\" <http://a.org/p> \"o\" .\n", 1, "invalid N-Quads"},
		{"bad JSON", "jsonld", "[\n{\"@id\": \"http://a.org/s\",\n\"http://a.org/p\": }\n]", 3, "invalid JSON"},
		{"truncated JSON", "jsonld", "[{\"@id\": \"http://a.org/s\"", 1, "invalid JSON"},
		{"remote context", "jsonld", `{"@context": "https://schema.org/", "name": "x"}`, 0, "offline"},
		{"unmapped property", "jsonld", `{"@id": "http://a.org/s", "name": "x"}`, 0, "would be lost"},
		{"unknown format", "turtle", good, 0, "unknown quad format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := openTemp(t)
			if _, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov")); err != nil {
				t.Fatal(err)
			}
			before := storeQuads(t, st)
			_, err := st.Load(ctx, strings.NewReader(tt.in), graph.LoadOptions{Format: tt.format, Name: "in.x"})
			if err == nil {
				t.Fatal("got no error")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "in.x") && tt.format != "turtle" {
				t.Errorf("got error %q, want it to name in.x and say %q", err, tt.want)
			}
			var pe *graph.ParseError
			if tt.format != "turtle" {
				if !errors.As(err, &pe) || pe.File != "in.x" || pe.Line != tt.line {
					t.Errorf("got %#v, want a ParseError at in.x:%d", err, tt.line)
				}
			}
			if after := storeQuads(t, st); strings.Join(after, "\n") != strings.Join(before, "\n") {
				t.Errorf("the store changed: %d quads before, %d after", len(before), len(after))
			}
		})
	}
}

func TestLoadFormatForFile(t *testing.T) {
	tests := []struct{ path, want string }{
		{"g.nq", "nquads"}, {"G.NQUADS", "nquads"}, {"x/g.nt", "nquads"},
		{"g.jsonld", "jsonld"}, {"g.json", "jsonld"}, {"g.ttl", ""}, {"-", ""},
	}
	for _, tt := range tests {
		if got := graph.LoadFormatForFile(tt.path); got != tt.want {
			t.Errorf("LoadFormatForFile(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// FuzzReadQuads checks that no input makes the N-Quads reader panic or
// report an error without a line.
func FuzzReadQuads(f *testing.F) {
	f.Add("<http://a.org/s> <http://a.org/p> \"o\"@en <http://a.org/g> .\n")
	f.Add("_:b <http://a.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n# c\n")
	f.Add("<a> <b> \"\\u00e9\\n\" .\n<a> <b>")
	f.Fuzz(func(t *testing.T, in string) {
		err := graph.ReadQuads(strings.NewReader(in), "nquads", "f.nq", func(q quad.Quad) error {
			if !q.IsValid() {
				t.Fatalf("invalid quad %v from %q", q, in)
			}
			return nil
		})
		var pe *graph.ParseError
		if err != nil && (!errors.As(err, &pe) || pe.Line < 1) {
			t.Fatalf("error %v has no line", err)
		}
	})
}
