package consumers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

// python is the interpreter Debian's python3-networkx and python3-rdflib
// are installed for; the python3 first on PATH may be another.
const python = "/usr/bin/python3"

var (
	// store is built from examples/ by TestMain.
	store *graph.Store
	// work holds the expected graph and the exports.
	work string
	// expectedFile is the JSON of the expected graph; expected the same.
	expectedFile string
	expected     *graphSummary
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ctx := context.Background()
	var err error
	work, err = os.MkdirTemp("", "newsgraph-consumers-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(work)
	store, err = graph.Open(ctx, filepath.Join(work, "examples.db"), graph.OpenOptions{Create: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer store.Close()
	x, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	sum, err := ingest.Run(ctx, []string{"../../examples"}, ingest.Options{Store: store, Extractor: x})
	if err != nil || sum.Added == 0 || len(sum.Skipped) > 0 {
		fmt.Fprintf(os.Stderr, "ingesting examples/: %+v, %v\n", sum, err)
		return 1
	}
	if expected, err = summarize(ctx, store); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	data, _ := json.MarshalIndent(expected, "", " ")
	expectedFile = filepath.Join(work, "expected.json")
	if err := os.WriteFile(expectedFile, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// graphSummary is the property graph the store holds, as the checks
// expect it.
type graphSummary struct {
	Nodes map[string]*node `json:"nodes"`
	Edges []*edge          `json:"edges"`
	Quads int              `json:"quads"`
	// Unlabelled is the number of quads without a document label.
	Unlabelled int `json:"unlabelled"`
}

type node struct {
	Label     string   `json:"label"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Titles    []string `json:"titles"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	FirstSeen string   `json:"first_seen"`
	LastSeen  string   `json:"last_seen"`
}

type edge struct {
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Label      string   `json:"label"`
	Symmetric  bool     `json:"symmetric"`
	Confidence float64  `json:"confidence"`
	Statements int      `json:"statements"`
	Documents  []string `json:"documents"`
}

// summarize reads the property graph from every quad of the store, on its
// own rather than through graph.Subgraph, so that the checks compare the
// exports with the store and not with the exporter.
func summarize(ctx context.Context, st *graph.Store) (*graphSummary, error) {
	str := func(v quad.Value) string {
		switch v := v.(type) {
		case quad.IRI:
			return string(v)
		case quad.String:
			return string(v)
		case nil:
			return ""
		}
		return fmt.Sprint(v.Native())
	}
	types := map[string]string{}
	names, aliases, titles := map[string][]string{}, map[string][]string{}, map[string][]string{}
	mentions := map[[2]string]int{}
	mentionedIn := map[string][]string{}
	ingested, paths := map[string]string{}, map[string]string{}
	relations := map[[3]string][]string{}
	type stmt struct {
		spo  [3]string
		conf float64
	}
	stmts := map[string]*stmt{}
	n, unlabelled := 0, 0
	isRelation := map[string]bool{}
	for _, p := range graph.Relations {
		isRelation[string(p)] = true
	}
	err := st.EachQuad(ctx, func(q quad.Quad) error {
		n++
		if q.Label == nil {
			unlabelled++
		}
		s, p, o, l := str(q.Subject), str(q.Predicate), str(q.Object), str(q.Label)
		st := func() *stmt {
			if stmts[s] == nil {
				stmts[s] = &stmt{}
			}
			return stmts[s]
		}
		switch {
		case q.Predicate == graph.TypePredicate:
			types[s] = o
		case p == "name":
			names[s] = append(names[s], o)
		case p == "alias":
			aliases[s] = append(aliases[s], o)
		case p == "title":
			titles[s] = append(titles[s], o)
		case p == "mention_count":
			mentions[[2]string{s, l}] = int(q.Object.Native().(int64))
		case p == "mentioned_in":
			mentionedIn[s] = append(mentionedIn[s], o)
		case p == "ingested_at":
			ingested[s] = o
		case p == "path":
			paths[s] = o
		case isRelation[p]:
			k := [3]string{s, p, o}
			relations[k] = append(relations[k], l)
		case p == "subject":
			st().spo[0] = o
		case p == "predicate":
			st().spo[1] = o
		case p == "object":
			st().spo[2] = o
		case p == "confidence":
			st().conf = q.Object.Native().(float64)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	set := func(xs []string) []string {
		out := slices.Clone(xs)
		slices.Sort(out)
		return slices.Compact(out)
	}
	sum := &graphSummary{Nodes: map[string]*node{}, Quads: n, Unlabelled: unlabelled}
	for id, t := range types {
		if !graph.Type(t).IsEntity() {
			continue
		}
		ns := set(names[id])
		nd := &node{Type: t, Aliases: []string{}, Titles: set(titles[id])}
		if len(ns) > 0 {
			nd.Label = ns[0]
		} else {
			nd.Label = id
		}
		for _, a := range set(append(slices.Clone(aliases[id]), ns...)) {
			if a != nd.Label {
				nd.Aliases = append(nd.Aliases, a)
			}
		}
		if nd.Titles == nil {
			nd.Titles = []string{}
		}
		for k, c := range mentions {
			if k[0] == id {
				nd.Mentions += c
			}
		}
		docs := set(mentionedIn[id])
		nd.Documents = len(docs)
		for _, d := range docs {
			at := ingested[d]
			if nd.FirstSeen == "" || at < nd.FirstSeen {
				nd.FirstSeen = at
			}
			if at > nd.LastSeen {
				nd.LastSeen = at
			}
		}
		sum.Nodes[id] = nd
	}
	for k, labels := range relations {
		if sum.Nodes[k[0]] == nil || sum.Nodes[k[2]] == nil {
			continue
		}
		e := &edge{Source: k[0], Label: k[1], Target: k[2], Symmetric: graph.Predicate(k[1]).Symmetric(), Documents: []string{}}
		for _, s := range stmts {
			if s.spo == k {
				e.Statements++
				e.Confidence = max(e.Confidence, s.conf)
			}
		}
		if e.Statements == 0 {
			e.Confidence = 1
		}
		for _, d := range set(labels) {
			e.Documents = append(e.Documents, paths[d])
		}
		slices.Sort(e.Documents)
		sum.Edges = append(sum.Edges, e)
	}
	return sum, nil
}

// requireTool skips the test when a tool is missing, or fails it in CI.
func requireTool(t *testing.T, ok bool, what, pkg string) {
	t.Helper()
	if ok {
		return
	}
	msg := fmt.Sprintf("%s is not installed (Debian package %s)", what, pkg)
	if os.Getenv("NEWSGRAPH_CI") == "1" {
		t.Fatalf("%s, and NEWSGRAPH_CI=1: the consumer checks must run in CI", msg)
	}
	t.Skipf("%s: skipping this consumer check", msg)
}

func havePython(module string) bool {
	args := []string{"-c", "import sys"}
	if module != "" {
		args = []string{"-c", "import " + module}
	}
	return exec.Command(python, args...).Run() == nil
}

func haveCommand(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}

// exportFile writes the store in format into a file of the work
// directory and returns its path.
func exportFile(t *testing.T, format, name string, opts export.Options) string {
	t.Helper()
	path := filepath.Join(work, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	opts.Format = format
	if err := export.Write(context.Background(), f, store, opts); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// check runs a check script and returns what it saw.
func check(t *testing.T, script string, args ...string) map[string]any {
	t.Helper()
	cmd := exec.Command(python, append([]string{script}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", script, strings.Join(args, " "), err, stderr.String())
	}
	var seen map[string]any
	if err := json.Unmarshal(out, &seen); err != nil {
		t.Fatalf("%s printed %q: %v", script, out, err)
	}
	t.Logf("%s: %s", script, strings.TrimSpace(string(out)))
	return seen
}

// wantCounts checks counts reported by a tool.
func wantCounts(t *testing.T, seen map[string]any, want map[string]int) {
	t.Helper()
	for k, w := range want {
		if got, ok := seen[k].(float64); !ok || int(got) != w {
			t.Errorf("the tool saw %s %v, want %d", k, seen[k], w)
		}
	}
}

// TestNetworkX reads the GraphML and GEXF exports with networkx.
func TestNetworkX(t *testing.T) {
	requireTool(t, havePython("networkx"), "networkx for /usr/bin/python3", "python3-networkx")
	for _, format := range []string{"graphml", "gexf"} {
		t.Run(format, func(t *testing.T) {
			path := exportFile(t, format, "examples."+format, export.Options{})
			seen := check(t, "check_networkx.py", format, path, expectedFile)
			wantCounts(t, seen, map[string]int{"nodes": len(expected.Nodes), "edges": len(expected.Edges)})
		})
	}
}

// TestRDFLib parses the N-Quads and JSON-LD exports with rdflib.
func TestRDFLib(t *testing.T) {
	requireTool(t, havePython("rdflib"), "rdflib for /usr/bin/python3", "python3-rdflib")
	for _, tt := range []struct{ format, rdflib string }{{"nquads", "nquads"}, {"jsonld", "json-ld"}} {
		t.Run(tt.format, func(t *testing.T) {
			path := exportFile(t, tt.format, "examples."+tt.format, export.Options{})
			seen := check(t, "check_rdflib.py", tt.rdflib, path, expectedFile)
			wantCounts(t, seen, map[string]int{"quads": expected.Quads, "default_graph_quads": expected.Unlabelled})
		})
	}
}

// TestRapper parses the N-Quads export with raptor's rapper.
func TestRapper(t *testing.T) {
	requireTool(t, haveCommand("rapper"), "rapper", "raptor2-utils")
	path := exportFile(t, "nquads", "examples.nq", export.Options{})
	out, err := exec.Command("rapper", "-i", "nquads", "-c", path).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`returned (\d+) triples`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("rapper said:\n%s", out)
	}
	t.Logf("rapper: %s", strings.TrimSpace(string(m[0])))
	if strings.Contains(string(out), "Error") || strings.Contains(string(out), "Warning") {
		t.Errorf("rapper complained:\n%s", out)
	}
	if n, _ := strconv.Atoi(string(m[1])); n != expected.Quads {
		t.Errorf("rapper read %d statements, the store has %d quads", n, expected.Quads)
	}
}

// TestGraphviz lays out the DOT export with Debian's dot. The diagram draws
// the relations between the same two entities as one line.
func TestGraphviz(t *testing.T) {
	requireTool(t, haveCommand("dot"), "Graphviz's dot", "graphviz")
	pairs := map[[2]string]bool{}
	for _, e := range expected.Edges {
		pairs[[2]string{min(e.Source, e.Target), max(e.Source, e.Target)}] = true
	}
	for _, layout := range []string{"dot", "sfdp"} {
		t.Run(layout, func(t *testing.T) {
			path := exportFile(t, "dot", "examples-"+layout+".dot", export.Options{Layout: layout, Title: "examples"})
			cmd := exec.Command("dot", "-Tsvg", path)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			svg, err := cmd.Output()
			if err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
			}
			if strings.Contains(stderr.String(), "Error") {
				t.Errorf("dot complained:\n%s", stderr.String())
			} else if stderr.Len() > 0 {
				t.Logf("dot said:\n%s", stderr.String())
			}
			nodes := strings.Count(string(svg), `class="node"`)
			edges := strings.Count(string(svg), `class="edge"`)
			t.Logf("dot -Tsvg (layout %s): %d bytes of SVG, %d nodes, %d edges", layout, len(svg), nodes, edges)
			if !strings.Contains(string(svg), "<svg") || nodes != len(expected.Nodes) || edges < len(pairs) {
				t.Errorf("dot drew %d nodes and %d edges, want %d and at least %d (one per related pair)", nodes, edges, len(expected.Nodes), len(pairs))
			}
		})
	}
}

// TestCytoscapeSchema checks the Cytoscape.js elements JSON.
func TestCytoscapeSchema(t *testing.T) {
	requireTool(t, havePython(""), "/usr/bin/python3", "python3")
	path := exportFile(t, "cytoscape", "examples.cyjs", export.Options{})
	seen := check(t, "check_cytoscape.py", path, expectedFile)
	wantCounts(t, seen, map[string]int{"nodes": len(expected.Nodes), "edges": len(expected.Edges)})
}

// TestNeo4jCSV checks the neo4j-admin import files.
func TestNeo4jCSV(t *testing.T) {
	requireTool(t, havePython(""), "/usr/bin/python3", "python3")
	dir := filepath.Join(work, "neo4j")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	fs := export.NewDirFiles(dir)
	err := export.WriteFiles(context.Background(), fs, store, export.Options{Format: "neo4j"})
	if cerr := fs.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	seen := check(t, "check_neo4j.py", dir, expectedFile)
	wantCounts(t, seen, map[string]int{"nodes": len(expected.Nodes), "relationships": len(expected.Edges), "dangling_ends": 0})
}

// TestCypher parses the Cypher script.
func TestCypher(t *testing.T) {
	requireTool(t, havePython(""), "/usr/bin/python3", "python3")
	path := exportFile(t, "cypher", "examples.cypher", export.Options{})
	seen := check(t, "check_cypher.py", path, expectedFile)
	wantCounts(t, seen, map[string]int{"node_merge": len(expected.Nodes), "relationship_merge": len(expected.Edges), "constraint": 1})
}
