package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/export/exporttest"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

// newExportStore writes two small documents into a new bolt store and
// returns its path; the store is closed so that runExport can open it.
func newExportStore(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "test.db")
	st, err := graph.Open(ctx, db, graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id := func(t graph.Type, name string) string { return graph.EntityID(t, name) }
	ev := func(s string, start int, c float64) graph.Evidence {
		return graph.Evidence{Start: start, End: start + len(s), Sentence: s, Rule: "test", Confidence: c}
	}
	s1 := "Russian Foreign Minister Sergey Lavrov and his deputy, Alexander Grushko, spoke."
	s2 := "Georgia borders Russia; Tbilisi is the capital of Georgia."
	s3 := "Atlanta is the capital of the U.S. state of Georgia."
	facts := []*graph.Facts{{
		Doc: graph.Doc{ID: graph.DocID(strings.Repeat("c3", 32)), Path: "a.txt", Hash: strings.Repeat("c3", 32), Title: "A", IngestedAt: time.Unix(0, 0)},
		Entities: []graph.Entity{
			{ID: id(graph.Person, "Sergey Lavrov"), Type: graph.Person, Name: "Sergey Lavrov", Aliases: []string{"Lavrov"}, Mentions: 2},
			{ID: id(graph.Person, "Alexander Grushko"), Type: graph.Person, Name: "Alexander Grushko", Aliases: []string{"Grushko"}, Mentions: 1},
			{ID: id(graph.Country, "Russia"), Type: graph.Country, Name: "Russia", Mentions: 2},
			{ID: id(graph.Country, "Georgia"), Type: graph.Country, Name: "Georgia", Mentions: 2},
			{ID: id(graph.Place, "Tbilisi"), Type: graph.Place, Name: "Tbilisi", Mentions: 1},
		},
		Relations: []graph.Relation{
			{Subject: id(graph.Person, "Sergey Lavrov"), Predicate: graph.OfficialOf, Object: id(graph.Country, "Russia"), Evidence: ev(s1, 0, 0.9)},
			{Subject: id(graph.Person, "Alexander Grushko"), Predicate: graph.DeputyOf, Object: id(graph.Person, "Sergey Lavrov"), Evidence: ev(s1, 0, 0.85)},
			{Subject: id(graph.Country, "Georgia"), Predicate: graph.Borders, Object: id(graph.Country, "Russia"), Evidence: ev(s2, 90, 0.9)},
			{Subject: id(graph.Place, "Tbilisi"), Predicate: graph.LocatedIn, Object: id(graph.Country, "Georgia"), Evidence: ev(s2, 90, 0.8)},
		},
		Attributes: []graph.Attribute{
			{Subject: id(graph.Person, "Sergey Lavrov"), Predicate: graph.Title, Value: "foreign minister", Evidence: ev(s1, 0, 0.9)},
		},
	}, {
		Doc: graph.Doc{ID: graph.DocID(strings.Repeat("d4", 32)), Path: "b.txt", Hash: strings.Repeat("d4", 32), Title: "B", IngestedAt: time.Unix(0, 0)},
		Entities: []graph.Entity{
			{ID: id(graph.Place, "Georgia"), Type: graph.Place, Name: "Georgia", Mentions: 1},
			{ID: id(graph.Place, "Atlanta"), Type: graph.Place, Name: "Atlanta", Mentions: 1},
		},
		Relations: []graph.Relation{
			{Subject: id(graph.Place, "Atlanta"), Predicate: graph.LocatedIn, Object: id(graph.Place, "Georgia"), Evidence: ev(s3, 0, 0.8)},
		},
	}}
	for _, f := range facts {
		if _, err := st.Write(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// exportRun runs runExport with buffers as streams.
func exportRun(t testing.TB, opts exportOptions) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.io = streams{In: strings.NewReader(""), Out: &out, Err: &errOut}
	if opts.ctx == nil {
		opts.ctx = context.Background()
	}
	if opts.Layout == "" {
		opts.Layout = "auto"
	}
	if opts.Hops == 0 {
		opts.Hops = 1
	}
	err = runExport(&opts)
	return out.String(), errOut.String(), err
}

func TestRunExportDOTToStdout(t *testing.T) {
	db := newExportStore(t)
	out, _, err := exportRun(t, exportOptions{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"digraph newsgraph {", `label="Sergey Lavrov"`, `[label="borders", dir=none`, "<b>test.db</b>"} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT lacks %s:\n%s", want, out)
		}
	}
}

func TestRunExportSVGToFile(t *testing.T) {
	db := newExportStore(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.svg")
	_, stderr, err := exportRun(t, exportOptions{DB: db, Output: path, Layout: "sfdp"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("<?xml")) || !bytes.Contains(data, []byte("<svg")) || !bytes.Contains(data, []byte("Alexander Grushko")) {
		t.Errorf("%s is not the SVG of the store:\n%.300s", path, data)
	}
	if !strings.Contains(stderr, "wrote "+path+" (svg, layout sfdp") {
		t.Errorf("got message %q, want one saying what was written", stderr)
	}
	assertOnlyFiles(t, dir, "graph.svg")
}

// TestRunExportDiagramInfo checks what export says of a diagram: its
// layout, renderer and what it left out, after the file's name or alone
// when the diagram goes to standard output.
func TestRunExportDiagramInfo(t *testing.T) {
	db := newExportStore(t)
	dir := t.TempDir()
	tests := []struct {
		name   string
		opts   exportOptions
		stderr []string
		out    []string
	}{
		{
			name:   "svg by size",
			opts:   exportOptions{Output: filepath.Join(dir, "g.svg"), Renderer: "wasm", MaxNodes: 300},
			stderr: []string{"wrote " + filepath.Join(dir, "g.svg") + " (svg, layout dot (by size), renderer wasm, 7 entities, 5 relations, "},
		},
		{
			name:   "dot to stdout, capped",
			opts:   exportOptions{MaxNodes: 3},
			stderr: []string{"newsgraph: export: dot: layout dot (by size), 3 of 7 entities, 2 of 5 relations\n", "left out 4 of 7 entities", "--max-nodes"},
			out:    []string{"left out: 4 entities and 3 relations", "layout dot (chosen by size)"},
		},
		{
			name:   "png with a layout and clusters",
			opts:   exportOptions{Output: filepath.Join(dir, "g.png"), Layout: "sfdp", Cluster: "type", Renderer: "wasm"},
			stderr: []string{"(png, layout sfdp, renderer wasm, 7 entities, 5 relations, "},
		},
		{
			name: "clusters by document",
			opts: exportOptions{Cluster: "doc"},
			out:  []string{`label="a.txt"; tooltip="A\na.txt\ndoc/`, `label="b.txt";`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.DB = db
			out, stderr, err := exportRun(t, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			for _, w := range tt.out {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestRunExportSelection(t *testing.T) {
	db := newExportStore(t)
	tests := []struct {
		name          string
		opts          exportOptions
		want, notWant []string
	}{
		{
			name:    "focus by alias",
			opts:    exportOptions{Focus: "grushko", Hops: 1},
			want:    []string{`"person/alexander_grushko"`, `"person/sergey_lavrov"`, "test.db: Alexander Grushko, 1 hop"},
			notWant: []string{`"country/russia" [`},
		},
		{
			name: "focus by ID, two hops",
			opts: exportOptions{Focus: "place/georgia", Hops: 2},
			want: []string{`"place/georgia" [`, `"place/atlanta" [`},
			// Different Georgias are different nodes.
			notWant: []string{`"country/georgia" [`},
		},
		{
			name:    "types and predicates",
			opts:    exportOptions{Types: []string{"country", "Place"}, Predicates: []string{"borders"}},
			want:    []string{`"country/georgia" -> "country/russia" [label="borders"`, "(Country, Place; borders)"},
			notWant: []string{"located_in", `"person/`},
		},
		{
			name:    "min confidence",
			opts:    exportOptions{MinConfidence: 0.88},
			want:    []string{"official_of", "borders", "confidence &gt;= 0.88"},
			notWant: []string{"deputy_of", "located_in"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.DB = db
			out, _, err := exportRun(t, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %s:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %s:\n%s", w, out)
				}
			}
		})
	}
}

func TestRunExportErrors(t *testing.T) {
	db := newExportStore(t)
	aFile := filepath.Join(t.TempDir(), "f.txt")
	os.WriteFile(aFile, []byte("keep"), 0o644)
	tests := []struct {
		name  string
		opts  exportOptions
		usage bool     // a usage error (exit code 2)
		want  []string // in the message
	}{
		{"bad format", exportOptions{Format: "xls"}, true, []string{`unknown --format "xls"`, "graphml"}},
		{"bad layout", exportOptions{Layout: "spring"}, true, []string{`unknown --layout "spring"`, "auto, dot, neato"}},
		{"bad renderer", exportOptions{Renderer: "gpu"}, true, []string{`unknown --renderer "gpu"`, "auto, wasm, native"}},
		{"bad cluster", exportOptions{Cluster: "colour"}, true, []string{`unknown --cluster "colour"`, "type, doc"}},
		{"bad max nodes", exportOptions{MaxNodes: -1}, true, []string{"--max-nodes"}},
		{"timeout", exportOptions{Format: "svg", Timeout: time.Nanosecond}, false, []string{"did not finish in time", "--focus", "--timeout 1ns"}},
		{"bad type", exportOptions{Types: []string{"Planet"}}, true, []string{`unknown type "Planet"`}},
		{"bad predicate", exportOptions{Predicates: []string{"likes"}}, true, []string{`unknown relation "likes"`}},
		{"bad confidence", exportOptions{MinConfidence: 2}, true, []string{"between 0 and 1"}},
		{"bad hops", exportOptions{Focus: "Lavrov", Hops: -1}, true, []string{"--hops"}},
		{"bad min mentions", exportOptions{MinMentions: -1}, true, []string{"--min-mentions"}},
		{"doc not found", exportOptions{Docs: []string{"c.txt"}}, false, []string{`--doc "c.txt"`, "no document"}},
		{"neo4j to a terminal", exportOptions{Format: "neo4j", isTerminal: func(io.Writer) bool { return true }}, true, []string{"-o DIR"}},
		{"neo4j over a file", exportOptions{Format: "neo4j", Output: aFile}, false, []string{"is a file"}},
		{"focus not found", exportOptions{Focus: "Angela Merkel"}, false, []string{`--focus "Angela Merkel"`, "no entity"}},
		{"focus on a document", exportOptions{Focus: graph.DocID(strings.Repeat("c3", 32))}, false, []string{"no entity"}},
		{"ambiguous focus", exportOptions{Focus: "Georgia"}, false, []string{"2 entities", "country/georgia", "place/georgia", "IDs"}},
		{"no store", exportOptions{DB: filepath.Join(t.TempDir(), "missing.db")}, false, []string{"no store"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.DB == "" {
				tt.opts.DB = db
			}
			out, _, err := exportRun(t, tt.opts)
			if err == nil {
				t.Fatalf("got no error and output %.200q", out)
			}
			var ue *usageError
			if got := errors.As(err, &ue); got != tt.usage {
				t.Errorf("got usage error %v, want %v (%v)", got, tt.usage, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got error %q, want it to say %s", err, w)
				}
			}
		})
	}
}

// TestRunExportDocAndMentions checks --doc and --min-mentions.
func TestRunExportDocAndMentions(t *testing.T) {
	db := newExportStore(t)
	tests := []struct {
		name          string
		opts          exportOptions
		want, notWant []string
	}{
		{
			name:    "one document by path",
			opts:    exportOptions{Docs: []string{"b.txt"}, Format: "cytoscape"},
			want:    []string{`"id":"place/atlanta"`, `"id":"place/georgia"`, `"documents":["b.txt"]`},
			notWant: []string{"person/", "country/"},
		},
		{
			name: "one document by ID, as N-Quads",
			opts: exportOptions{Docs: []string{graph.DocID(strings.Repeat("c3", 32))}, Format: "nquads"},
			want: []string{"ns/person/sergey_lavrov> <https://newsgraph.dev/ns/name>", "deputy_of"},
			// The other document's facts are not there.
			notWant: []string{"place/atlanta", "/d4d4"},
		},
		{
			name:    "both documents, min mentions in the diagram legend",
			opts:    exportOptions{Docs: []string{"a.txt", "b.txt"}, MinMentions: 2},
			want:    []string{`"person/sergey_lavrov"`, `"country/georgia"`, "test.db: a.txt, b.txt (mentions &gt;= 2)"},
			notWant: []string{`"person/alexander_grushko" [`, `"place/atlanta" [`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.DB = db
			out, _, err := exportRun(t, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %s:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %s:\n%s", w, out)
				}
			}
		})
	}
}

// TestRunExportNeo4jDir checks that the neo4j format writes a directory,
// replaces an earlier export and leaves anything else alone.
func TestRunExportNeo4jDir(t *testing.T) {
	db := newExportStore(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "import")
	for i := 0; i < 2; i++ { // the second run replaces the first
		_, stderr, err := exportRun(t, exportOptions{DB: db, Format: "neo4j", Output: dir})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stderr, "wrote "+dir+" (neo4j, 8 files,") {
			t.Errorf("got message %q", stderr)
		}
	}
	assertOnlyFiles(t, dir, "README.txt", "nodes_Country.csv", "nodes_Person.csv", "nodes_Place.csv",
		"relationships_borders.csv", "relationships_deputy_of.csv", "relationships_located_in.csv", "relationships_official_of.csv")
	assertOnlyFiles(t, parent, "import")
	readme, _ := os.ReadFile(filepath.Join(dir, "README.txt"))
	if !strings.Contains(string(readme), "--relationships=relationships_borders.csv") {
		t.Errorf("README.txt:\n%s", readme)
	}

	// A directory of something else is not replaced.
	other := filepath.Join(parent, "mine")
	os.Mkdir(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("keep"), 0o644)
	_, _, err := exportRun(t, exportOptions{DB: db, Format: "neo4j", Output: other})
	if err == nil || !strings.Contains(err.Error(), "not an earlier newsgraph export") {
		t.Errorf("got error %v, want a refusal", err)
	}
	assertOnlyFiles(t, other, "notes.txt")
	assertOnlyFiles(t, parent, "import", "mine")
}

func TestRunExportPNGToTerminal(t *testing.T) {
	db := newExportStore(t)
	opts := exportOptions{DB: db, Format: "png", isTerminal: func(io.Writer) bool { return true }}
	out, _, err := exportRun(t, opts)
	var ue *usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "terminal") {
		t.Errorf("got error %v, want a usage error about the terminal", err)
	}
	if out != "" {
		t.Errorf("wrote %d bytes to the terminal", len(out))
	}
	opts.isTerminal = func(io.Writer) bool { return false }
	out, _, err = exportRun(t, opts)
	if err != nil || !strings.HasPrefix(out, "\x89PNG") {
		t.Errorf("got error %v and %.8q, want a PNG on a redirected output", err, out)
	}
}

// TestRunExportFailureKeepsFile checks that a failed export leaves the
// output file as it was, and no temporary file.
func TestRunExportFailureKeepsFile(t *testing.T) {
	db := newExportStore(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.nq")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := exportRun(t, exportOptions{DB: db, Output: path, ctx: ctx})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old\n" {
		t.Errorf("got %q in %s, want the old content", data, path)
	}
	assertOnlyFiles(t, dir, "graph.nq")
}

func TestRunExportFormatFromExtension(t *testing.T) {
	db := newExportStore(t)
	dir := t.TempDir()
	tests := []struct {
		file, format, prefix string
	}{
		{"g.nq", "", "<https://newsgraph.dev/ns/"},
		{"g.dot", "", "// newsgraph:"},
		{"g.txt", "", "// newsgraph:"},              // unknown extension: DOT
		{"g.out", "graphml", `<?xml version="1.0"`}, // --format wins
		{"g.jsonld", "", "["},
		{"g.gml", "", "Creator"},
		{"g.graphml", "", `<?xml version="1.0"`},
		{"g.gexf", "", `<?xml version="1.0"`},
		{"g.cyjs", "", `{"format_version":"1.0"`},
		{"g.cypher", "", "// newsgraph export"},
		{"q.graphml", "graphml-quads", `<?xml version="1.0"`},
		{"n.zip", "", "PK"}, // neo4j, zipped
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if _, _, err := exportRun(t, exportOptions{DB: db, Output: path, Format: tt.format}); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(data), tt.prefix) {
				t.Errorf("%s starts %.60q, want %q", tt.file, data, tt.prefix)
			}
		})
	}
}

// TestExportFlags checks that the flags fill the options.
func TestExportFlags(t *testing.T) {
	var got *exportOptions
	cmd := newExportCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *exportOptions) error {
		got = o
		return nil
	})
	cmd.SetArgs([]string{"--db", "x.db", "-f", "svg", "-o", "g.svg", "--layout", "neato", "--focus", "Lavrov",
		"--hops", "2", "--types", "Person,Country", "--predicates", "leader_of", "--predicates", "borders",
		"--min-confidence", "0.5", "--timeout", "30s", "--min-mentions", "3", "--doc", "a,b.txt", "--doc", "doc/c3",
		"--max-nodes", "50", "--renderer", "native", "--cluster", "type"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := exportOptions{DB: "x.db", Format: "svg", Output: "g.svg", Layout: "neato", Focus: "Lavrov", Hops: 2,
		Types: []string{"Person", "Country"}, Predicates: []string{"leader_of", "borders"}, MinConfidence: 0.5, Timeout: 30 * time.Second,
		MinMentions: 3, Docs: []string{"a,b.txt", "doc/c3"}}
	if got.DB != want.DB || got.Format != want.Format || got.Output != want.Output || got.Layout != want.Layout ||
		got.Focus != want.Focus || got.Hops != want.Hops || strings.Join(got.Types, ",") != strings.Join(want.Types, ",") ||
		strings.Join(got.Predicates, ",") != strings.Join(want.Predicates, ",") || got.MinConfidence != want.MinConfidence ||
		got.Timeout != want.Timeout || got.MinMentions != want.MinMentions || strings.Join(got.Docs, "|") != strings.Join(want.Docs, "|") ||
		got.MaxNodes != 50 || got.Renderer != "native" || got.Cluster != "type" {
		t.Errorf("got options %+v, want %+v, max nodes 50, renderer native, clusters by type", *got, want)
	}

	cmd = newExportCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *exportOptions) error { got = o; return nil })
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.DB != defaultDB || got.Layout != "auto" || got.Hops != 1 || got.Format != "" || got.Output != "" ||
		got.MaxNodes != 300 || got.Renderer != "auto" || got.Cluster != "" || got.Timeout != 0 {
		t.Errorf("got defaults %+v", *got)
	}
}

func assertOnlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got files %v in %s, want %v", got, dir, want)
	}
}

// politicsDir holds the 417 BBC politics articles of the project's shared
// data, beside this repository.
var politicsDir = filepath.Join("..", "..", "..", "shared", "data", "bbc_news", "politics")

// politicsStore ingests the BBC politics articles into a new bolt store,
// as 'newsgraph ingest' does, and returns its path and the most mentioned
// person, a focus for diagrams. It skips the test when the articles are
// not there.
func politicsStore(tb testing.TB) (db, focus string) {
	tb.Helper()
	if _, err := os.Stat(politicsDir); err != nil {
		tb.Skipf("no BBC politics articles: %v", err)
	}
	ctx := context.Background()
	db = filepath.Join(tb.TempDir(), "politics.db")
	st, err := graph.Open(ctx, db, graph.OpenOptions{Create: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	x, err := extract.New()
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Now()
	sum, err := ingest.Run(ctx, []string{politicsDir}, ingest.Options{Store: st, Extractor: x})
	if err != nil {
		tb.Fatal(err)
	}
	people, err := st.Entities(ctx, graph.EntityFilter{Types: []graph.Type{graph.Person}})
	if err != nil || len(people) == 0 {
		tb.Fatalf("no person in the store (%v)", err)
	}
	tb.Logf("ingested %d documents (%d quads) in %v; focus %s", sum.Documents(), sum.Quads, time.Since(start).Round(time.Millisecond), people[0].ID)
	return db, people[0].ID
}

// TestExportPoliticsDiagram draws the store of the BBC politics articles
// as 'newsgraph export -o graph.svg' does, capped at 300 entities, with
// each renderer: the SVG has 300 nodes, no two of whose shapes overlap,
// and a second drawing is the same, byte for byte. The neighbourhood of
// the most mentioned person, two hops out, is drawn without overlaps too.
func TestExportPoliticsDiagram(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 417 articles")
	}
	db, focus := politicsStore(t)
	dir := t.TempDir()
	for _, r := range exportRenderers(t) {
		t.Run("whole/"+r, func(t *testing.T) {
			var svgs [2][]byte
			for i := range svgs {
				path := filepath.Join(dir, fmt.Sprintf("whole-%s-%d.svg", r, i))
				start := time.Now()
				_, stderr, err := exportRun(t, exportOptions{DB: db, Output: path, MaxNodes: 300, Renderer: r})
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%v: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(stderr))
				for _, want := range []string{"layout sfdp (by size), renderer " + r + ", 300 of ", "left out"} {
					if !strings.Contains(stderr, want) {
						t.Errorf("stderr lacks %q:\n%s", want, stderr)
					}
				}
				if svgs[i], err = os.ReadFile(path); err != nil {
					t.Fatal(err)
				}
			}
			checkSVGNodes(t, svgs[0], 300)
			if !bytes.Contains(svgs[0], []byte("left out: ")) {
				t.Errorf("the legend does not say what was left out")
			}
			if !bytes.Equal(svgs[0], svgs[1]) {
				t.Errorf("two drawings of the same store differ (%d and %d bytes)", len(svgs[0]), len(svgs[1]))
			}
		})
		t.Run("focus/"+r, func(t *testing.T) {
			path := filepath.Join(dir, "focus-"+r+".svg")
			start := time.Now()
			_, stderr, err := exportRun(t, exportOptions{DB: db, Output: path, Focus: focus, Hops: 2, MaxNodes: 300, Renderer: r})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%v: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(stderr))
			svg, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkSVGNodes(t, svg, -1)
		})
	}
}

// exportRenderers are the renderers this machine has: wasm always, native
// when Graphviz is on PATH (which CI, NEWSGRAPH_CI=1, requires).
func exportRenderers(tb testing.TB) []string {
	if export.NativeGraphviz() == "" {
		if os.Getenv("NEWSGRAPH_CI") != "" {
			tb.Fatal("no Graphviz dot on PATH: install Debian's graphviz to test the native renderer")
		}
		return []string{export.RendererWasm}
	}
	return []string{export.RendererWasm, export.RendererNative}
}

// checkSVGNodes checks that no two node shapes of the SVG overlap, and
// that there are n of them (n >= 0).
func checkSVGNodes(t *testing.T, svg []byte, n int) {
	t.Helper()
	boxes, err := exporttest.NodeBoxes(svg)
	if err != nil {
		t.Fatal(err)
	}
	if n >= 0 && len(boxes) != n {
		t.Errorf("got %d nodes, want %d", len(boxes), n)
	}
	if ov := exporttest.Overlapping(boxes); len(ov) > 0 {
		t.Errorf("%d pairs of nodes overlap, such as %v", len(ov), ov[:min(len(ov), 5)])
	}
}

// BenchmarkExportPolitics measures 'newsgraph export -o graph.svg' on the
// store of the BBC politics articles (built once, before the timing):
// the whole store capped at 300 entities (whole) and not capped (all), and
// the neighbourhood of the most mentioned person two hops out (focus2),
// with each renderer. A run is the whole command: opening the store,
// reading the selection, laying out, drawing and writing the file. The
// render sub-benchmarks time the drawing alone, of a diagram read once.
func BenchmarkExportPolitics(b *testing.B) {
	db, focus := politicsStore(b)
	renderers := exportRenderers(b)
	cases := []struct {
		name string
		opts exportOptions
	}{
		{"whole", exportOptions{MaxNodes: 300}},
		{"all", exportOptions{MaxNodes: 0}},
		{"focus2", exportOptions{Focus: focus, Hops: 2, MaxNodes: 300}},
	}
	for _, c := range cases {
		for _, r := range renderers {
			b.Run(c.name+"/"+r, func(b *testing.B) {
				opts := c.opts
				opts.DB, opts.Renderer = db, r
				opts.Output = filepath.Join(b.TempDir(), "graph.svg")
				var stderr string
				for b.Loop() {
					var err error
					if _, stderr, err = exportRun(b, opts); err != nil {
						b.Fatal(err)
					}
				}
				reportSVG(b, opts.Output)
				b.Logf("%s", strings.TrimSpace(stderr))
			})
		}
	}
	renders := []struct {
		name string
		sel  graph.Selection
	}{
		{"whole", graph.Selection{}},
		{"focus2", graph.Selection{Focus: []string{focus}, Hops: 2}},
	}
	for _, c := range renders {
		for _, r := range renderers {
			b.Run(c.name+"/render/"+r, func(b *testing.B) {
				benchRender(b, db, export.Options{MaxNodes: 300, Renderer: r, Selection: c.sel})
			})
		}
	}
}

// benchRender times the drawing of the diagram opts asks for, read once
// from the store at db.
func benchRender(b *testing.B, db string, opts export.Options) {
	ctx := context.Background()
	st, err := graph.Open(ctx, db, graph.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	d, err := export.NewDiagram(ctx, st, opts)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := d.Render(ctx, &buf, "svg"); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
	b.Logf("%s", d.Info())
}

// reportSVG reports the size of the SVG at path, and its nodes and lines.
func reportSVG(b *testing.B, path string) {
	b.Helper()
	svg, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(svg)))
	b.ReportMetric(float64(bytes.Count(svg, []byte(`class="node"`))), "nodes")
	b.ReportMetric(float64(bytes.Count(svg, []byte(`class="edge"`))), "lines")
}
