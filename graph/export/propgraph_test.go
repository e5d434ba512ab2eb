package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// pgraph is a property graph read back from an export: attributes by
// node ID, and edges, every value as text (lists joined with "; ").
type pgraph struct {
	nodes map[string]map[string]string
	edges []pgEdge
}

type pgEdge struct {
	source, target string
	attrs          map[string]string
}

func (e pgEdge) key() string { return e.source + " " + e.attrs["label"] + " " + e.target }

func newPGraph() *pgraph { return &pgraph{nodes: map[string]map[string]string{}} }

// wantPGraph is what every property-graph export of sel should say, read
// from the store directly.
func wantPGraph(t *testing.T, st *graph.Store, sel graph.Selection) *pgraph {
	t.Helper()
	ctx := context.Background()
	sg, err := st.Subgraph(ctx, sel)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{}
	for _, d := range docs {
		paths[d.ID] = d.Path
	}
	seen := func(e graph.EntityInfo, last bool) string {
		t := e.FirstSeen
		if last {
			t = e.LastSeen
		}
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02T15:04:05Z")
	}
	pg := newPGraph()
	for _, e := range sg.Entities {
		pg.nodes[e.ID] = map[string]string{
			"label": e.Name, "type": string(e.Type), "aliases": strings.Join(e.Aliases, "; "), "titles": strings.Join(e.Titles, "; "),
			"mentions": strconv.Itoa(e.Mentions), "documents": strconv.Itoa(e.Documents),
			"first_seen": seen(e, false), "last_seen": seen(e, true),
		}
	}
	for _, e := range sg.Edges {
		var ds []string
		for _, d := range e.Documents {
			ds = append(ds, paths[d])
		}
		slices.Sort(ds)
		pg.edges = append(pg.edges, pgEdge{e.Subject, e.Object, map[string]string{
			"label": string(e.Predicate), "symmetric": strconv.FormatBool(e.Predicate.Symmetric()),
			"confidence": strconv.FormatFloat(e.Confidence, 'f', -1, 64), "statements": strconv.Itoa(e.Statements),
			"documents": strings.Join(ds, "; "),
		}})
	}
	return pg
}

// compare reports the differences between got and want.
func (got *pgraph) compare(t *testing.T, want *pgraph) {
	t.Helper()
	if len(got.nodes) != len(want.nodes) {
		t.Errorf("got %d nodes, want %d", len(got.nodes), len(want.nodes))
	}
	for id, w := range want.nodes {
		g, ok := got.nodes[id]
		if !ok {
			t.Errorf("no node %s", id)
			continue
		}
		for k, v := range w {
			if g[k] != v {
				t.Errorf("node %s: got %s %q, want %q", id, k, g[k], v)
			}
		}
	}
	if len(got.edges) != len(want.edges) {
		t.Errorf("got %d edges, want %d", len(got.edges), len(want.edges))
	}
	byKey := map[string]pgEdge{}
	for _, e := range got.edges {
		if _, dup := byKey[e.key()]; dup {
			t.Errorf("edge %s twice", e.key())
		}
		byKey[e.key()] = e
	}
	for _, w := range want.edges {
		g, ok := byKey[w.key()]
		if !ok {
			t.Errorf("no edge %s", w.key())
			continue
		}
		for k, v := range w.attrs {
			if g.attrs[k] != v {
				t.Errorf("edge %s: got %s %q, want %q", w.key(), k, g.attrs[k], v)
			}
		}
	}
}

func readGraphML(t *testing.T, data []byte) *pgraph {
	t.Helper()
	type data_ struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string  `xml:"id,attr"`
				Data []data_ `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID     string  `xml:"id,attr"`
				Source string  `xml:"source,attr"`
				Target string  `xml:"target,attr"`
				Data   []data_ `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	pg := newPGraph()
	for _, n := range doc.Graph.Nodes {
		attrs := map[string]string{}
		for _, d := range n.Data {
			attrs[names[d.Key]] = d.Value
		}
		pg.nodes[n.ID] = attrs
	}
	for _, e := range doc.Graph.Edges {
		attrs := map[string]string{}
		for _, d := range e.Data {
			attrs[names[d.Key]] = d.Value
		}
		pg.edges = append(pg.edges, pgEdge{e.Source, e.Target, attrs})
	}
	return pg
}

func readGEXF(t *testing.T, data []byte) *pgraph {
	t.Helper()
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Graph   struct {
			Attributes []struct {
				Class string `xml:"class,attr"`
				Attrs []struct {
					ID    string `xml:"id,attr"`
					Title string `xml:"title,attr"`
				} `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []struct {
				ID     string     `xml:"id,attr"`
				Label  string     `xml:"label,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Label  string     `xml:"label,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("GEXF is not XML: %v", err)
	}
	titles := map[string]string{}
	for _, a := range doc.Graph.Attributes {
		for _, x := range a.Attrs {
			titles[a.Class+x.ID] = x.Title
		}
	}
	pg := newPGraph()
	for _, n := range doc.Graph.Nodes {
		attrs := map[string]string{"label": n.Label}
		for _, v := range n.Values {
			attrs[titles["node"+v.For]] = v.Value
		}
		pg.nodes[n.ID] = attrs
	}
	for _, e := range doc.Graph.Edges {
		attrs := map[string]string{"label": e.Label}
		for _, v := range e.Values {
			attrs[titles["edge"+v.For]] = v.Value
		}
		pg.edges = append(pg.edges, pgEdge{e.Source, e.Target, attrs})
	}
	return pg
}

// text turns a JSON value into the text the other formats write.
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []any:
		var xs []string
		for _, x := range v {
			xs = append(xs, text(x))
		}
		return strings.Join(xs, "; ")
	case json.Number:
		return v.String()
	}
	return fmt.Sprint(v)
}

func readCytoscape(t *testing.T, data []byte) *pgraph {
	t.Helper()
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data map[string]any `json:"data"`
			} `json:"nodes"`
			Edges []struct {
				Data map[string]any `json:"data"`
			} `json:"edges"`
		} `json:"elements"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("Cytoscape JSON: %v", err)
	}
	pg := newPGraph()
	for _, n := range doc.Elements.Nodes {
		attrs := map[string]string{}
		for k, v := range n.Data {
			attrs[k] = text(v)
		}
		if attrs["name"] != attrs["label"] {
			t.Errorf("node %s: name %q, label %q", attrs["id"], attrs["name"], attrs["label"])
		}
		pg.nodes[attrs["id"]] = attrs
	}
	for _, e := range doc.Elements.Edges {
		attrs := map[string]string{}
		for k, v := range e.Data {
			attrs[k] = text(v)
		}
		if attrs["interaction"] != attrs["label"] {
			t.Errorf("edge %s: interaction %q, label %q", attrs["id"], attrs["interaction"], attrs["label"])
		}
		pg.edges = append(pg.edges, pgEdge{attrs["source"], attrs["target"], attrs})
	}
	return pg
}

// readNeo4j reads the CSV files of a neo4j export, from a zip archive.
func readNeo4j(t *testing.T, data []byte) (*pgraph, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("neo4j export is not a zip: %v", err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	pg := newPGraph()
	for name, b := range files {
		if !strings.HasSuffix(name, ".csv") {
			continue
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		header := rows[0]
		for _, row := range rows[1:] {
			attrs := map[string]string{}
			for i, h := range header {
				field, typ, _ := strings.Cut(h, ":")
				v := row[i]
				if strings.HasSuffix(typ, "[]") && v != "" {
					v = strings.ReplaceAll(v, ";", "; ")
				}
				switch {
				case typ == "ID":
					field = "id"
				case typ == "LABEL":
					field, v = "type", strings.TrimPrefix(v, "Entity;")
				case typ == "TYPE":
					field, v = "label", strings.ToLower(v)
				case typ == "START_ID", typ == "END_ID":
					field = typ
				case field == "name":
					field = "label"
				}
				attrs[field] = v
			}
			if strings.HasPrefix(name, "nodes_") {
				pg.nodes[attrs["id"]] = attrs
			} else {
				pg.edges = append(pg.edges, pgEdge{attrs["START_ID"], attrs["END_ID"], attrs})
			}
		}
	}
	return pg, files
}

// cypherLiteral matches one value of a Cypher SET: a string, a list of
// strings, a number, a boolean, null or datetime('...').
var (
	cypherNode = regexp.MustCompile(`^MERGE \(n:Entity \{id: ('(?:[^'\\]|\\.)*')\}\) SET n:` + "`([A-Za-z]+)`" + `, (.*);$`)
	cypherEdge = regexp.MustCompile(`^MATCH \(a:Entity \{id: ('(?:[^'\\]|\\.)*')\}\) MATCH \(b:Entity \{id: ('(?:[^'\\]|\\.)*')\}\) MERGE \(a\)-\[r:` + "`([A-Z_]+)`" + `\]->\(b\) SET (.*);$`)
	cypherSet  = regexp.MustCompile(`[nr]\.([a-z_]+) = (datetime\('[^']*'\)|null|true|false|[0-9.]+|'(?:[^'\\]|\\.)*'|\[(?:'(?:[^'\\]|\\.)*'(?:, )?)*\])(?:, |$)`)
	cypherStr  = regexp.MustCompile(`'(?:[^'\\]|\\.)*'`)
)

// unquoteCypher reads a Cypher string literal as CypherString writes it.
func unquoteCypher(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	in := s[1 : len(s)-1]
	for i := 0; i < len(in); i++ {
		if in[i] != '\\' {
			b.WriteByte(in[i])
			continue
		}
		i++
		switch in[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, err := strconv.ParseUint(in[i+1:i+5], 16, 32)
			if err != nil {
				t.Fatalf("bad escape in %s", s)
			}
			b.WriteRune(rune(r))
			i += 4
		default:
			b.WriteByte(in[i])
		}
	}
	return b.String()
}

func readCypher(t *testing.T, data []byte) *pgraph {
	t.Helper()
	pg := newPGraph()
	sets := func(s string) map[string]string {
		attrs := map[string]string{}
		for _, m := range cypherSet.FindAllStringSubmatch(s, -1) {
			v := m[2]
			switch {
			case v == "null":
				v = ""
			case strings.HasPrefix(v, "datetime("):
				v = unquoteCypher(t, v[len("datetime("):len(v)-1])
			case strings.HasPrefix(v, "'"):
				v = unquoteCypher(t, v)
			case strings.HasPrefix(v, "["):
				var xs []string
				for _, x := range cypherStr.FindAllString(v, -1) {
					xs = append(xs, unquoteCypher(t, x))
				}
				v = strings.Join(xs, "; ")
			}
			attrs[m[1]] = v
		}
		if got := len(cypherSet.FindAllString(s, -1)); got != strings.Count(s, " = ") {
			t.Errorf("cannot read every SET of %s", s)
		}
		return attrs
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		switch {
		case strings.HasPrefix(line, "//"), strings.HasPrefix(line, "CREATE CONSTRAINT"):
		case strings.HasPrefix(line, "MERGE"):
			m := cypherNode.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("cannot read %s", line)
			}
			attrs := sets(m[3])
			attrs["type"], attrs["label"] = m[2], attrs["name"]
			pg.nodes[unquoteCypher(t, m[1])] = attrs
		case strings.HasPrefix(line, "MATCH"):
			m := cypherEdge.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("cannot read %s", line)
			}
			attrs := sets(m[4])
			attrs["label"] = strings.ToLower(m[3])
			pg.edges = append(pg.edges, pgEdge{unquoteCypher(t, m[1]), unquoteCypher(t, m[2]), attrs})
		default:
			t.Fatalf("unexpected line %s", line)
		}
	}
	return pg
}

// readers read each property-graph format back.
var readers = map[string]func(*testing.T, []byte) *pgraph{
	"graphml":   readGraphML,
	"gexf":      readGEXF,
	"cytoscape": readCytoscape,
	"cypher":    readCypher,
	"neo4j": func(t *testing.T, data []byte) *pgraph {
		pg, _ := readNeo4j(t, data)
		return pg
	},
}

// TestPropertyGraphs checks that every property-graph format says what
// the store says, for several selections.
func TestPropertyGraphs(t *testing.T) {
	st := newFixtureStore(t)
	doc2 := graph.DocID(strings.Repeat("b2", 32))
	sels := []struct {
		name string
		sel  graph.Selection
	}{
		{"whole", graph.Selection{}},
		{"focus", graph.Selection{Focus: []string{lavrov}, Hops: 1}},
		{"confident countries", graph.Selection{Types: []graph.Type{graph.Country, graph.Place}, MinConfidence: 0.8}},
		{"mentioned twice", graph.Selection{MinMentions: 2}},
		{"one document", graph.Selection{Documents: []string{doc2}}},
	}
	for format, read := range readers {
		for _, s := range sels {
			t.Run(format+"/"+s.name, func(t *testing.T) {
				data := exportBytes(t, st, export.Options{Format: format, Selection: s.sel})
				read(t, data).compare(t, wantPGraph(t, st, s.sel))
			})
		}
	}
}

// TestPropertyGraphValues checks a few values by hand, so that the
// comparison with the store cannot be wrong in the same way twice.
func TestPropertyGraphValues(t *testing.T) {
	st := newFixtureStore(t)
	want := wantPGraph(t, st, graph.Selection{})
	l := want.nodes[lavrov]
	if l["label"] != "Sergey Lavrov" || l["aliases"] != "Lavrov" || l["titles"] != "foreign minister" || l["mentions"] != "3" ||
		l["first_seen"] != "2024-03-01T12:00:00Z" || l["last_seen"] != "2024-03-01T12:00:00Z" {
		t.Errorf("Lavrov: %v", l)
	}
	r := want.nodes[russia]
	if r["mentions"] != "6" || r["documents"] != "2" || r["first_seen"] != "2024-03-01T12:00:00Z" || r["last_seen"] != "2024-03-01T13:00:00Z" {
		t.Errorf("Russia: %v", r)
	}
	if m := want.nodes[minsk]; m["label"] != `Minsk "II" Protocol` || m["aliases"] != `Minsk\2` {
		t.Errorf("Minsk: %v", m)
	}
	for _, e := range want.edges {
		if e.key() == russia+" borders "+ukraine {
			if e.attrs["symmetric"] != "true" || e.attrs["confidence"] != "0.9" || e.attrs["statements"] != "1" || e.attrs["documents"] != "docs/talks.txt" {
				t.Errorf("borders: %v", e.attrs)
			}
		}
	}
	if len(want.nodes) != 12 || len(want.edges) != 15 {
		t.Errorf("got %d nodes and %d edges, want 12 and 15", len(want.nodes), len(want.edges))
	}
}

// TestPropertyGraphGolden compares the fixture's property graphs with
// testdata/fixture.FORMAT.golden; go test -update rewrites them.
func TestPropertyGraphGolden(t *testing.T) {
	st := newFixtureStore(t)
	for _, format := range []string{"graphml", "gexf", "cytoscape", "cypher"} {
		t.Run(format, func(t *testing.T) {
			data := exportBytes(t, st, export.Options{Format: format})
			golden := filepath.Join("testdata", "fixture."+format+".golden")
			if *update {
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(data) != string(want) {
				t.Errorf("%s differs from %s (go test -update rewrites it)\ngot:\n%s", format, golden, data)
			}
		})
	}
}

func TestNeo4jFiles(t *testing.T) {
	st := newFixtureStore(t)
	_, files := readNeo4j(t, exportBytes(t, st, export.Options{Format: "neo4j"}))
	var names []string
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	want := []string{"README.txt", "nodes_Agreement.csv", "nodes_Country.csv", "nodes_Organization.csv", "nodes_Person.csv", "nodes_Place.csv",
		"relationships_annexed.csv", "relationships_borders.csv", "relationships_deputy_of.csv", "relationships_leader_of.csv",
		"relationships_located_in.csv", "relationships_member_of.csv", "relationships_met_with.csv", "relationships_official_of.csv",
		"relationships_party_to.csv", "relationships_seeks_membership.csv"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("got files %v, want %v", names, want)
	}
	readme := string(files["README.txt"])
	for _, w := range []string{"12 entities and 15 relations", "neo4j-admin database import full", "--nodes=nodes_Person.csv", "--relationships=relationships_party_to.csv"} {
		if !strings.Contains(readme, w) {
			t.Errorf("README lacks %q:\n%s", w, readme)
		}
	}
	if h := strings.SplitN(string(files["nodes_Person.csv"]), "\n", 2)[0]; h != "id:ID,name,:LABEL,aliases:string[],titles:string[],mentions:int,documents:int,first_seen:datetime,last_seen:datetime" {
		t.Errorf("got node header %s", h)
	}
	if h := strings.SplitN(string(files["relationships_party_to.csv"]), "\n", 2)[0]; h != ":START_ID,:END_ID,:TYPE,confidence:double,statements:int,documents:string[],symmetric:boolean" {
		t.Errorf("got relationship header %s", h)
	}
	if !strings.Contains(string(files["nodes_Agreement.csv"]), `"Minsk ""II"" Protocol"`) {
		t.Errorf("quotes are not doubled:\n%s", files["nodes_Agreement.csv"])
	}
}

// TestWriteFiles writes the neo4j format into a directory.
func TestWriteFiles(t *testing.T) {
	st := newFixtureStore(t)
	dir := t.TempDir()
	fs := export.NewDirFiles(dir)
	err := export.WriteFiles(context.Background(), fs, st, export.Options{Format: "neo4j", Selection: graph.Selection{Types: []graph.Type{graph.Person}}})
	if cerr := fs.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(fs.Names, " "); got != "nodes_Person.csv relationships_deputy_of.csv relationships_met_with.csv README.txt" {
		t.Errorf("got files %s", got)
	}
	data, err := os.ReadFile(filepath.Join(dir, "relationships_met_with.csv"))
	if err != nil || !strings.Contains(string(data), "person/vladimir_putin,person/jens_stoltenberg,MET_WITH,0.5,1,docs/alliance.txt,true") {
		t.Errorf("got %q, %v", data, err)
	}
	if err := export.WriteFiles(context.Background(), export.NewDirFiles(dir), st, export.Options{Format: "graphml"}); err == nil {
		t.Error("WriteFiles wrote graphml, one file")
	}
}

func TestCypherString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sergey Lavrov", `'Sergey Lavrov'`},
		{"O'Brien", `'O\'Brien'`},
		{`back\slash`, `'back\\slash'`},
		{"two\nlines\r\t", `'two\nlines\r\t'`},
		{"bell\a", `'bell\u0007'`},
		{"Minsk \"II\" `x`", "'Minsk \"II\" `x`'"},
		{"bad \xff utf-8", "'bad \uFFFD utf-8'"},
	}
	for _, tt := range tests {
		if got := export.CypherString(tt.in); got != tt.want {
			t.Errorf("CypherString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestPropertyWritersOrder checks that a node after an edge is an error.
func TestPropertyWritersOrder(t *testing.T) {
	n := graph.EntityInfo{ID: "person/a", Type: graph.Person, Name: "A"}
	e := graph.Edge{Subject: "person/a", Predicate: graph.MetWith, Object: "person/a"}
	writers := map[string]export.PropertyGraphWriter{
		"graphml-ok": export.NewGraphMLWriter(io.Discard), // GraphML allows any order
		"gexf":       export.NewGEXFWriter(io.Discard),
		"cytoscape":  export.NewCytoscapeWriter(io.Discard),
		"cypher":     export.NewCypherWriter(io.Discard),
		"neo4j":      export.NewNeo4jWriter(export.NewDirFiles(t.TempDir())),
	}
	for name, w := range writers {
		if err := w.WriteNode(n); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := w.WriteEdge(e); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		err := w.WriteNode(n)
		if got := err != nil; got != !strings.HasSuffix(name, "-ok") {
			t.Errorf("%s: node after edge gave %v", name, err)
		}
	}
}
