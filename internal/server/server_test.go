package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/server"
)

// The sentence of examples/diplomacy-talks.txt that makes Grigory Karasin
// Sergey Lavrov's deputy.
const karasinSentence = "Lavrov’s deputy, Grigory Karasin, said in Moscow that Russia was ready to continue the talks at a lower level if the ministers could not meet again soon."

// exampleStore ingests examples/ into a new bolt store, as `newsgraph
// ingest examples/` does.
func exampleStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, filepath.Join(t.TempDir(), "examples.db"), graph.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, []string{filepath.Join("..", "..", "examples")}, ingest.Options{Store: st, Extractor: x})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 3 || len(sum.Skipped) != 0 {
		t.Fatalf("ingest examples: got %d added, %v skipped, want 3 and none", sum.Added, sum.Skipped)
	}
	return st
}

// newTestServer serves a store of examples/ on loopback with cfg (its
// Store set here).
func newTestServer(t testing.TB, cfg server.Config) (*httptest.Server, *graph.Store) {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = exampleStore(t)
	}
	if cfg.AllowedHosts == nil {
		cfg.AllowedHosts = server.LoopbackHosts()
	}
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts, cfg.Store
}

// response is an answer read whole.
type response struct {
	code   int
	header http.Header
	body   []byte
}

func (r response) json(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("answer is not a JSON object: %v\n%s", err, r.body)
	}
	return m
}

func do(t testing.TB, client *http.Client, method, u, ctype string, body io.Reader, hdr ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{code: res.StatusCode, header: res.Header, body: b}
}

// get and post are do with the test server's client.
func get(t testing.TB, ts *httptest.Server, path string) response {
	t.Helper()
	return do(t, ts.Client(), http.MethodGet, ts.URL+path, "", nil)
}

func post(t testing.TB, ts *httptest.Server, path, ctype, body string) response {
	t.Helper()
	return do(t, ts.Client(), http.MethodPost, ts.URL+path, ctype, strings.NewReader(body))
}

// jsonPath walks a decoded JSON value: "edges.0.evidence.0.sentence".
func jsonPath(t testing.TB, v any, path string) any {
	t.Helper()
	for _, k := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			var i int
			if _, err := fmt.Sscan(k, &i); err != nil || i >= len(x) {
				t.Fatalf("%s: no element %s in %d", path, k, len(x))
			}
			v = x[i]
		default:
			t.Fatalf("%s: cannot index %T with %q", path, v, k)
		}
	}
	return v
}

// personCount is how many persons the extractor found in the test store.
func personCount(t testing.TB, st *graph.Store) float64 {
	t.Helper()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return float64(stats.Entities[graph.Person])
}

func TestEndpoints(t *testing.T) {
	ts, st := newTestServer(t, server.Config{QueryTimeout: 20 * time.Second})
	persons := personCount(t, st)
	gizmo := `g.V().Has("<name>", "Grigory Karasin").Out("<deputy_of>").Out("<name>").All()`
	tests := []struct {
		name, method, path, ctype, body string
		wantType                        string // prefix of Content-Type
		check                           func(t *testing.T, r response)
	}{
		{"meta", "GET", "/api/ng/meta", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if m["writable"] != false || m["store"] != "examples.db" {
				t.Errorf("got writable %v store %v, want false examples.db", m["writable"], m["store"])
			}
		}},
		{"stats", "GET", "/api/ng/stats", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if m["documents"] != 3.0 || m["entity_count"].(float64) < 50 || jsonPath(t, m, "relations.deputy_of") != 2.0 {
				t.Errorf("got %s", r.body)
			}
		}},
		{"search by prefix", "GET", "/api/ng/entities?prefix=Lav", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if got := jsonPath(t, m, "entities.0.id"); got != "person/sergey_lavrov" {
				t.Errorf("first match: got %v, want person/sergey_lavrov", got)
			}
		}},
		{"search by prefix and type", "GET", "/api/ng/entities?prefix=N&type=Organization", "", "", "application/json", func(t *testing.T, r response) {
			for _, e := range r.json(t)["entities"].([]any) {
				if e.(map[string]any)["type"] != "Organization" {
					t.Errorf("got %v, want organisations only", e)
				}
			}
			if !bytes.Contains(r.body, []byte(`"name":"NATO"`)) {
				t.Errorf("NATO not found: %s", r.body)
			}
		}},
		{"search a word of the name", "GET", "/api/ng/entities?prefix=karas", "", "", "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "entities.0.name"); got != "Grigory Karasin" {
				t.Errorf("got %v, want Grigory Karasin", got)
			}
		}},
		{"entity by surname", "GET", "/api/ng/entity?name=Karasin", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if got := jsonPath(t, m, "entity.id"); got != "person/grigory_karasin" {
				t.Errorf("entity: got %v", got)
			}
			if got := jsonPath(t, m, "edges.0.predicate"); got != "deputy_of" {
				t.Errorf("edge: got %v, want deputy_of", got)
			}
			ev := jsonPath(t, m, "edges.0.evidence.0").(map[string]any)
			if ev["sentence"] != karasinSentence || ev["path"] != "../../examples/diplomacy-talks.txt" || ev["start"] != 1658.0 || ev["end"] != 1813.0 || ev["confidence"] != 0.85 {
				t.Errorf("evidence: got %v", ev)
			}
		}},
		{"entity by id with aliases and titles", "GET", "/api/ng/entity?id=person/sergey_lavrov", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if jsonPath(t, m, "entity.aliases.0") != "Lavrov" || jsonPath(t, m, "entity.titles.0") != "foreign minister" {
				t.Errorf("got %v", m["entity"])
			}
			if jsonPath(t, m, "attributes.0.predicate") != "title" {
				t.Errorf("attributes: got %v", m["attributes"])
			}
			if n := len(m["edges"].([]any)); n < 3 {
				t.Errorf("got %d edges, want 3 or more", n)
			}
		}},
		{"entity edges filtered", "GET", "/api/ng/entity?id=person/sergey_lavrov&predicates=deputy_of", "", "", "application/json", func(t *testing.T, r response) {
			edges := r.json(t)["edges"].([]any)
			if len(edges) != 1 || jsonPath(t, edges, "0.other") != "person/grigory_karasin" || jsonPath(t, edges, "0.direction") != "in" {
				t.Errorf("got %v, want Karasin's deputy_of edge in", edges)
			}
		}},
		{"evidence between two entities", "GET", "/api/ng/evidence?a=Lavrov&b=Grigory+Karasin", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			ev := m["evidence"].([]any)
			if len(ev) != 1 || jsonPath(t, ev, "0.sentence") != karasinSentence || jsonPath(t, ev, "0.predicate") != "deputy_of" || jsonPath(t, ev, "0.subject") != "person/grigory_karasin" {
				t.Errorf("got %s", r.body)
			}
			if doc := jsonPath(t, ev, "0.document").(string); !strings.HasPrefix(doc, "doc/") {
				t.Errorf("document: got %q", doc)
			}
		}},
		{"document", "GET", "/api/ng/document?id=doc/e2ea010eada6513fb2bc2c9fe1b1425b", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if m["path"] != "../../examples/diplomacy-talks.txt" || !strings.Contains(string(r.body), karasinSentence) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"saved queries", "GET", "/api/ng/queries", "", "", "application/json", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte(`"usage":"evidence A B"`)) {
				t.Errorf("got %s", r.body)
			}
		}},
		{"saved query with arguments", "GET", "/api/ng/queries/evidence?arg=Karasin&arg=Lavrov", "", "", "application/json", func(t *testing.T, r response) {
			m := r.json(t)
			if jsonPath(t, m, "results.0.sentence") != karasinSentence || m["truncated"] != false {
				t.Errorf("got %s", r.body)
			}
		}},
		{"saved query by POST", "POST", "/api/ng/queries/officials", "application/json", `{"args": ["Russia"]}`, "application/json", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("Vladimir Putin")) {
				t.Errorf("got %s", r.body)
			}
		}},
		{"gizmo query", "POST", "/api/ng/query", "application/json", `{"query": ` + strconvQuote(gizmo) + `}`, "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "results.0.id"); got != "Sergey Lavrov" {
				t.Errorf("got %v", got)
			}
		}},
		{"gizmo count", "POST", "/api/ng/query?lang=gizmo", "text/plain", `g.V().Has("<rdf:type>", "<Person>").Count()`, "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "results.0"); got != persons || persons == 0 {
				t.Errorf("got %v, want %v", got, persons)
			}
		}},
		{"diagram", "GET", "/api/ng/diagram?focus=Sergey+Lavrov&hops=1&layout=dot", "", "", "image/svg+xml", func(t *testing.T, r response) {
			for _, want := range []string{`class="node"`, "<title>person/grigory_karasin</title>", "<title>person/grigory_karasin&#45;&gt;person/sergey_lavrov</title>"} {
				if !bytes.Contains(r.body, []byte(want)) {
					t.Errorf("SVG lacks %s", want)
				}
			}
			if bytes.Contains(r.body, []byte("<title>country/finland</title>")) {
				t.Errorf("Finland is not within one hop of Lavrov")
			}
		}},
		{"diagram layout sfdp", "GET", "/api/ng/diagram?focus=NATO&hops=1&layout=sfdp", "", "", "image/svg+xml", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("<title>organization/nato</title>")) {
				t.Errorf("got %.200s", r.body)
			}
			if got := r.header.Get("X-Newsgraph-Layout"); got != "sfdp" {
				t.Errorf("got X-Newsgraph-Layout %q, want sfdp", got)
			}
		}},
		{"diagram capped, layout by size", "GET", "/api/ng/diagram?max_nodes=5", "", "", "image/svg+xml", func(t *testing.T, r response) {
			if n := bytes.Count(r.body, []byte(`class="node"`)); n != 5 {
				t.Errorf("got %d nodes, want 5", n)
			}
			if !bytes.Contains(r.body, []byte("left out: ")) {
				t.Errorf("the legend does not say what was left out")
			}
			h := r.header
			if h.Get("X-Newsgraph-Layout") != "dot; auto" || h.Get("X-Newsgraph-Renderer") == "" || !strings.HasPrefix(h.Get("X-Newsgraph-Entities"), "5/") ||
				h.Get("X-Newsgraph-Relations") == "" {
				t.Errorf("got headers layout %q, renderer %q, entities %q, relations %q", h.Get("X-Newsgraph-Layout"), h.Get("X-Newsgraph-Renderer"),
					h.Get("X-Newsgraph-Entities"), h.Get("X-Newsgraph-Relations"))
			}
		}},
		{"export svg", "GET", "/api/ng/export?format=svg&focus=Lavrov", "", "", "image/svg+xml", func(t *testing.T, r response) {
			if !strings.Contains(r.header.Get("Content-Disposition"), "newsgraph-sergey_lavrov.svg") || !bytes.HasPrefix(r.body, []byte("<?xml")) {
				t.Errorf("got %v %.100s", r.header, r.body)
			}
		}},
		{"export png", "GET", "/api/ng/export?format=png&focus=Lavrov", "", "", "image/png", func(t *testing.T, r response) {
			if !bytes.HasPrefix(r.body, []byte("\x89PNG")) {
				t.Errorf("not a PNG: %.20q", r.body)
			}
		}},
		{"export graphml", "GET", "/api/ng/export?format=graphml&focus=Lavrov", "", "", "application/graphml+xml", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("<graphml")) || !bytes.Contains(r.body, []byte("person/grigory_karasin")) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"export nquads", "GET", "/api/ng/export?format=nquads&focus=Lavrov", "", "", "application/n-quads", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("<https://newsgraph.dev/ns/person/grigory_karasin> <https://newsgraph.dev/ns/deputy_of> <https://newsgraph.dev/ns/person/sergey_lavrov>")) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"export gexf", "GET", "/api/ng/export?format=gexf&focus=Lavrov", "", "", "application/gexf+xml", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("<gexf")) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"export cytoscape", "GET", "/api/ng/export?format=cytoscape&focus=Lavrov", "", "", "application/json", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte(`"elements"`)) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"export neo4j", "GET", "/api/ng/export?format=neo4j&focus=Lavrov", "", "", "application/zip", func(t *testing.T, r response) {
			if !bytes.HasPrefix(r.body, []byte("PK")) || !strings.Contains(r.header.Get("Content-Disposition"), ".zip") {
				t.Errorf("got %v %.20q", r.header, r.body)
			}
		}},
		{"export cypher", "GET", "/api/ng/export?format=cypher&focus=Lavrov", "", "", "text/plain", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("MERGE")) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"export graphml-quads", "GET", "/api/ng/export?format=graphml-quads&focus=Lavrov", "", "", "application/graphml+xml", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("<graphml")) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"export dot", "GET", "/api/ng/export?format=dot&types=Country&predicates=borders", "", "", "text/vnd.graphviz", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte("digraph newsgraph")) || bytes.Contains(r.body, []byte("person/")) {
				t.Errorf("got %.300s", r.body)
			}
		}},
		{"cayley v1 gizmo", "POST", "/api/v1/query/gizmo", "", gizmo, "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "result.0.id"); got != "Sergey Lavrov" {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v1 mql", "POST", "/api/v1/query/mql", "", `[{"id": null, "<name>": "Grigory Karasin", "<deputy_of>": {"<name>": null}}]`, "application/json", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte(`"Sergey Lavrov"`)) {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v2 gizmo", "POST", "/api/v2/query?lang=gizmo", "", gizmo, "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "result.0.id"); got != "Sergey Lavrov" {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v2 gizmo by GET", "GET", "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(gizmo), "", "", "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "result.0.id"); got != "Sergey Lavrov" {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v2 graphql", "POST", "/api/v2/query?lang=graphql", "", `{ nodes(<name>: "Grigory Karasin") { id deputy: <deputy_of> { <name> } } }`, "", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "data.nodes.deputy.<name>"); got != "Sergey Lavrov" {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v2 mql", "POST", "/api/v2/query?lang=mql", "", `[{"id": null, "<name>": "Grigory Karasin"}]`, "application/json", func(t *testing.T, r response) {
			if got := jsonPath(t, r.json(t), "result.0.id"); got != "<person/grigory_karasin>" {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v2 read", "GET", "/api/v2/read?sub=%3Cperson/grigory_karasin%3E&pred=%3Cdeputy_of%3E", "", "", "application/n-quads", func(t *testing.T, r response) {
			if !bytes.HasPrefix(r.body, []byte("<person/grigory_karasin> <deputy_of> <person/sergey_lavrov> <doc/")) {
				t.Errorf("got %s", r.body)
			}
		}},
		{"cayley v2 formats", "GET", "/api/v2/formats", "", "", "application/json", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte(`"id":"nquads"`)) {
				t.Errorf("got %.200s", r.body)
			}
		}},
		{"health", "GET", "/health", "", "", "", func(t *testing.T, r response) {}},
		{"page", "GET", "/", "", "", "text/html", func(t *testing.T, r response) {
			if !bytes.Contains(r.body, []byte(`<script src="/static/app.js"`)) || !strings.Contains(r.header.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("got %v %.200s", r.header, r.body)
			}
			if bytes.Contains(r.body, []byte("http://")) || bytes.Contains(r.body, []byte("https://")) {
				t.Errorf("the page names another host")
			}
		}},
		{"script", "GET", "/static/app.js", "", "", "text/javascript", func(t *testing.T, r response) {
			if bytes.Contains(r.body, []byte("http://")) || bytes.Contains(r.body, []byte("https://")) {
				t.Errorf("the script names another host")
			}
		}},
		{"style", "GET", "/static/style.css", "", "", "text/css", func(t *testing.T, r response) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, ts.Client(), tt.method, ts.URL+tt.path, tt.ctype, strings.NewReader(tt.body))
			want := http.StatusOK
			if tt.name == "health" {
				want = http.StatusNoContent
			}
			if r.code != want {
				t.Fatalf("status: got %d, want %d: %s", r.code, want, r.body)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.wantType) {
				t.Errorf("Content-Type: got %q, want %q", ct, tt.wantType)
			}
			tt.check(t, r)
		})
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestErrorsAreJSON checks that every failure is answered with a JSON
// {"error": "..."} that says what went wrong.
func TestErrorsAreJSON(t *testing.T) {
	ts, _ := newTestServer(t, server.Config{MaxDiagram: 10})
	tests := []struct {
		name, method, path, ctype, body string
		code                            int
		want                            string // in the message
	}{
		{"unknown endpoint", "GET", "/api/ng/nothing", "", "", 404, "no such endpoint"},
		{"unknown page", "GET", "/nothing.html", "", "", 404, "no such endpoint"},
		{"unknown static file", "GET", "/static/nothing.js", "", "", 404, "no such endpoint"},
		{"wrong method", "DELETE", "/api/ng/entities", "", "", 405, "method DELETE not allowed"},
		{"wrong method on cayley", "DELETE", "/api/v2/query", "", "", 405, "not allowed"},
		{"unknown entity", "GET", "/api/ng/entity?name=Nobody+At+All", "", "", 404, `no entity has the name, alias or ID "Nobody At All"`},
		{"entity without name", "GET", "/api/ng/entity", "", "", 400, "give ?name=NAME or ?id=ID"},
		{"unknown type", "GET", "/api/ng/entities?type=Planet", "", "", 400, `unknown type "Planet"`},
		{"bad limit", "GET", "/api/ng/entities?limit=-3", "", "", 400, "limit"},
		{"evidence needs two", "GET", "/api/ng/evidence?a=Lavrov", "", "", 400, "give two entities"},
		{"evidence unknown", "GET", "/api/ng/evidence?a=Lavrov&b=Nobody+At+All", "", "", 404, "b: no entity"},
		{"unknown document", "GET", "/api/ng/document?id=doc/0000", "", "", 404, "no document"},
		{"unknown saved query", "GET", "/api/ng/queries/nothing", "", "", 404, `no saved query "nothing"`},
		{"saved query arguments", "GET", "/api/ng/queries/evidence?arg=Lavrov", "", "", 400, "takes 2 argument(s), got 1"},
		{"saved query no entity", "GET", "/api/ng/queries/neighbours?arg=Nobody+At+All", "", "", 400, `no entity named \"Nobody At All\"`},
		{"bad JSON body", "POST", "/api/ng/query", "application/json", `{"query": `, 400, "not the JSON expected"},
		{"empty query", "POST", "/api/ng/query", "text/plain", " ", 400, "the query is empty"},
		{"syntax error", "POST", "/api/ng/query", "text/plain", "g.V(", 400, "query"},
		{"script error", "POST", "/api/ng/query", "text/plain", `throw new Error("boom")`, 400, "boom"},
		{"unknown language", "POST", "/api/ng/query?lang=sql", "text/plain", "SELECT 1", 400, `unknown language "sql"`},
		{"bad hops", "GET", "/api/ng/diagram?focus=Lavrov&hops=9", "", "", 400, "hops"},
		{"bad layout", "GET", "/api/ng/diagram?focus=Lavrov&layout=spiral", "", "", 400, `unknown layout "spiral"`},
		{"bad confidence", "GET", "/api/ng/diagram?min_confidence=2", "", "", 400, "min_confidence"},
		{"bad predicate", "GET", "/api/ng/diagram?predicates=likes", "", "", 400, `unknown relation "likes"`},
		{"too many nodes", "GET", "/api/ng/diagram?max_nodes=11", "", "", 400, "max_nodes: want a number from 1 to 10"},
		{"unknown focus", "GET", "/api/ng/diagram?focus=Nobody+At+All", "", "", 404, "focus: no entity"},
		{"bad export format", "GET", "/api/ng/export?format=pdf", "", "", 400, "format"},
		{"cayley v1 unknown language", "POST", "/api/v1/query/sql", "", "SELECT 1", 400, "Unknown query language."},
		{"cayley v1 syntax error", "POST", "/api/v1/query/gizmo", "", "g.V(", 400, ""},
		{"cayley v2 no language", "POST", "/api/v2/query", "", "g.V().All()", 400, "query language not specified"},
		{"cayley v2 script error", "POST", "/api/v2/query?lang=gizmo", "", `throw new Error("boom")`, 400, "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, ts.Client(), tt.method, ts.URL+tt.path, tt.ctype, strings.NewReader(tt.body))
			if r.code != tt.code {
				t.Errorf("status: got %d, want %d: %s", r.code, tt.code, r.body)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type: got %q, want JSON", ct)
			}
			m := r.json(t)
			msg, ok := m["error"].(string)
			if !ok || msg == "" {
				t.Fatalf("no error message: %s", r.body)
			}
			if !strings.Contains(msg, strings.ReplaceAll(tt.want, `\"`, `"`)) {
				t.Errorf("error: got %q, want it to contain %q", msg, tt.want)
			}
			if strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
				t.Errorf("error shows a stack trace: %q", msg)
			}
		})
	}
}

// quadCount is the number of quads in the store.
func quadCount(t *testing.T, st *graph.Store) int64 {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Quads
}

func nquadFile(t *testing.T) (string, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, err := mw.CreateFormFile("NQuadFile", "x.nq")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(fw, `<person/x> <name> "X" .`)
	mw.Close()
	return mw.FormDataContentType(), &buf
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	ts, st := newTestServer(t, server.Config{})
	before := quadCount(t, st)
	quads := `[{"subject": "<person/x>", "predicate": "<name>", "object": "X"}]`
	ctype, file := nquadFile(t)
	tests := []struct {
		name, path, ctype, body string
	}{
		{"ingest", "/api/ng/ingest", "text/plain", "Vladimir Putin met Xi Jinping in Moscow."},
		{"cayley v1 write", "/api/v1/write", "application/json", quads},
		{"cayley v1 write file", "/api/v1/write/file/nquad", ctype, file.String()},
		{"cayley v1 delete", "/api/v1/delete", "application/json", quads},
		{"cayley v2 write", "/api/v2/write", "application/n-quads", `<person/x> <name> "X" .`},
		{"cayley v2 delete", "/api/v2/delete", "application/n-quads", `<person/sergey_lavrov> <name> "Sergey Lavrov" .`},
		{"cayley v2 node delete", "/api/v2/node/delete", "application/n-quads", `<person/sergey_lavrov>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, ts, tt.path, tt.ctype, tt.body)
			if r.code != http.StatusForbidden {
				t.Errorf("status: got %d, want 403: %s", r.code, r.body)
			}
			if msg, _ := r.json(t)["error"].(string); !strings.Contains(msg, "read-only") {
				t.Errorf("error: got %q, want it to say read-only", msg)
			}
		})
	}
	if after := quadCount(t, st); after != before {
		t.Errorf("quads: got %d after the refused writes, want %d", after, before)
	}
}

func TestWritable(t *testing.T) {
	ts, st := newTestServer(t, server.Config{Writable: true})
	text := "Talks in Ankara\n\nTurkish Foreign Minister Mevlüt Çavuşoğlu met Ukrainian Foreign Minister Dmytro Kuleba in Ankara on Monday.\n"

	// The entity index is read before the ingest and must see it after.
	if r := get(t, ts, "/api/ng/entities?prefix=Kuleba"); len(r.json(t)["entities"].([]any)) != 0 {
		t.Fatalf("Kuleba before the ingest: %s", r.body)
	}
	r := post(t, ts, "/api/ng/ingest", "text/plain; charset=utf-8", text)
	if r.code != http.StatusCreated {
		t.Fatalf("ingest: got %d, want 201: %s", r.code, r.body)
	}
	m := r.json(t)
	if m["status"] != "added" || !strings.HasPrefix(m["document"].(string), "doc/") || m["quads"].(float64) == 0 {
		t.Errorf("ingest: got %s", r.body)
	}
	doc := m["document"].(string)
	r = get(t, ts, "/api/ng/entities?prefix=Kuleba")
	if got := jsonPath(t, r.json(t), "entities.0.id"); got != "person/dmytro_kuleba" {
		t.Errorf("after ingest: got %v, want person/dmytro_kuleba", got)
	}
	// Same provenance as the CLI: the document from standard input.
	r = get(t, ts, "/api/ng/document?id="+doc)
	if m := r.json(t); m["path"] != "-" || m["title"] != "Talks in Ankara" {
		t.Errorf("document: got %s", r.body)
	}
	r = get(t, ts, "/api/ng/evidence?a=Kuleba&b="+url.QueryEscape("Mevlüt Çavuşoğlu"))
	if got := jsonPath(t, r.json(t), "evidence.0.predicate"); got != "met_with" {
		t.Errorf("evidence: got %s", r.body)
	}
	r = post(t, ts, "/api/ng/ingest", "text/plain", text)
	if r.code != http.StatusOK || r.json(t)["status"] != "unchanged" {
		t.Errorf("second ingest: got %d %s, want 200 unchanged", r.code, r.body)
	}
	r = post(t, ts, "/api/ng/ingest", "application/octet-stream", "\x00\x01binary")
	if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.json(t)["error"].(string), "not text") {
		t.Errorf("binary ingest: got %d %s, want 422 not text", r.code, r.body)
	}

	// Cayley's write endpoints.
	before := quadCount(t, st)
	r = post(t, ts, "/api/v2/write", "application/n-quads", "<person/x> <name> \"X\" .\n")
	if r.code != http.StatusOK || r.json(t)["count"] != 1.0 {
		t.Errorf("v2 write: got %d %s", r.code, r.body)
	}
	r = post(t, ts, "/api/v1/write", "application/json", `[{"subject": "<person/y>", "predicate": "<name>", "object": "Y"}]`)
	if r.code != http.StatusOK {
		t.Errorf("v1 write: got %d %s", r.code, r.body)
	}
	ctype, file := nquadFile(t)
	r = post(t, ts, "/api/v1/write/file/nquad", ctype, strings.ReplaceAll(file.String(), "person/x", "person/z"))
	if r.code != http.StatusOK {
		t.Errorf("v1 write file: got %d %s", r.code, r.body)
	}
	if after := quadCount(t, st); after != before+3 {
		t.Errorf("quads: got %d, want %d", after, before+3)
	}
	r = post(t, ts, "/api/v1/delete", "application/json", `[{"subject": "<person/y>", "predicate": "<name>", "object": "Y"}]`)
	if r.code != http.StatusOK {
		t.Errorf("v1 delete: got %d %s", r.code, r.body)
	}
	r = post(t, ts, "/api/v2/delete", "application/n-quads", "<person/x> <name> \"X\" .\n")
	if r.code != http.StatusOK {
		t.Errorf("v2 delete: got %d %s", r.code, r.body)
	}
	if after := quadCount(t, st); after != before+1 {
		t.Errorf("quads after deletes: got %d, want %d", after, before+1)
	}
}

func TestBodyLimit(t *testing.T) {
	ts, _ := newTestServer(t, server.Config{Writable: true, MaxBody: 1 << 10})
	big := "g.V().All() // " + strings.Repeat("x", 2<<10)
	for _, path := range []string{"/api/ng/query", "/api/ng/ingest", "/api/ng/queries/evidence", "/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v2/write", "/api/v1/write"} {
		t.Run(path, func(t *testing.T) {
			// With a Content-Length: refused before the handler runs.
			r := post(t, ts, path, "text/plain", big)
			if r.code != http.StatusRequestEntityTooLarge {
				t.Errorf("status: got %d, want 413: %s", r.code, r.body)
			}
			if msg, _ := r.json(t)["error"].(string); !strings.Contains(msg, "larger than 1024 bytes") {
				t.Errorf("error: got %q", msg)
			}
		})
	}
	// Without one (chunked), the handler meets the limit while reading.
	for _, path := range []string{"/api/ng/query", "/api/ng/ingest", "/api/v1/write"} {
		t.Run(path+" chunked", func(t *testing.T) {
			body := io.MultiReader(strings.NewReader(big)) // hides the length
			r := do(t, ts.Client(), http.MethodPost, ts.URL+path, "text/plain", body)
			if r.code != http.StatusRequestEntityTooLarge {
				t.Errorf("status: got %d, want 413: %s", r.code, r.body)
			}
			r.json(t)
		})
	}
	r := do(t, ts.Client(), http.MethodPost, ts.URL+"/api/v2/query?lang=gizmo", "", io.MultiReader(strings.NewReader(big)))
	if r.code != http.StatusBadRequest || !strings.Contains(r.json(t)["error"].(string), "too large") {
		t.Errorf("cayley v2 chunked: got %d %s, want 400 too large", r.code, r.body)
	}
}

func TestResultCap(t *testing.T) {
	ts, _ := newTestServer(t, server.Config{ResultLimit: 5})
	all := `g.V().Has("<rdf:type>", "<Person>").All()`
	r := post(t, ts, "/api/ng/query", "text/plain", all)
	if m := r.json(t); len(m["results"].([]any)) != 5 || m["truncated"] != true {
		t.Errorf("ng query: got %s, want 5 results, truncated", r.body)
	}
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo?limit=1000", "/api/v2/query?lang=mql"} {
		body := all
		if strings.Contains(path, "mql") {
			body = `[{"id": null, "<rdf:type>": "<Person>"}]`
		}
		r := post(t, ts, path, "", body)
		if n := len(r.json(t)["result"].([]any)); n != 5 {
			t.Errorf("%s: got %d results, want 5", path, n)
		}
	}
	r = get(t, ts, "/api/ng/entities?limit=100")
	if m := r.json(t); len(m["entities"].([]any)) != 5 || m["truncated"] != true {
		t.Errorf("entities: got %d, want 5, truncated", len(m["entities"].([]any)))
	}
}

func TestHostAndOrigin(t *testing.T) {
	ts, _ := newTestServer(t, server.Config{})
	tests := []struct {
		name, method, host, origin string
		code                       int
	}{
		{"loopback name", "GET", "localhost", "", 200},
		{"loopback address", "GET", "127.0.0.1:1234", "", 200},
		{"IPv6 loopback", "GET", "[::1]:8080", "", 200},
		{"other host (DNS rebinding)", "GET", "attacker.example:8080", "", 403},
		{"same-origin write", "POST", "", "self", 200},
		{"cross-origin write", "POST", "", "http://attacker.example", 403},
		{"cross-origin read", "GET", "", "http://attacker.example", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ts.URL+"/api/ng/query", strings.NewReader("g.V().Count()"))
			if tt.method == "GET" {
				req, _ = http.NewRequest(tt.method, ts.URL+"/api/ng/meta", nil)
			}
			if tt.host != "" {
				req.Host = tt.host
			}
			switch tt.origin {
			case "self":
				req.Header.Set("Origin", ts.URL)
			case "":
			default:
				req.Header.Set("Origin", tt.origin)
			}
			res, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tt.code {
				t.Errorf("got %d, want %d: %s", res.StatusCode, tt.code, b)
			}
		})
	}
}

// TestStoreQueryHonoursContext checks what the server relies on:
// graph.Store.Query stops a script that loops forever when its context
// ends.
func TestStoreQueryHonoursContext(t *testing.T) {
	st := exampleStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	res, err := st.Query(ctx, "gizmo", "while (true) {}", 10)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	for res.Next(ctx) {
		t.Errorf("unexpected result %v", res.Result())
	}
	if !errors.Is(res.Err(), context.DeadlineExceeded) {
		t.Errorf("got %v, want a deadline error", res.Err())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the script ran %s after its deadline of 300ms", d)
	}
	// The store still answers.
	res2, err := st.Query(context.Background(), "gizmo", `g.V().Has("<name>", "NATO").Count()`, 10)
	if err != nil {
		t.Fatal(err)
	}
	defer res2.Close()
	if !res2.Next(context.Background()) || res2.Result() != int64(1) {
		t.Errorf("after the runaway: got %v (%T), %v", res2.Result(), res2.Result(), res2.Err())
	}
}

// TestConcurrentQueriesAndRunaway hits a loopback server with a bounded
// number of concurrent queries while runaway scripts run on each query
// endpoint: the runaways are interrupted with a clear error at the
// deadline, and every other query is answered correctly meanwhile.
func TestConcurrentQueriesAndRunaway(t *testing.T) {
	const timeout = 4 * time.Second
	ts, st := newTestServer(t, server.Config{QueryTimeout: timeout, MaxConcurrent: 8})
	client := ts.Client()
	persons := fmt.Sprintf(`"results":[%v]`, personCount(t, st))

	type runaway struct{ path, ctype, body string }
	runaways := []runaway{
		{"/api/ng/query", "text/plain", "while (true) {}"},
		{"/api/v2/query?lang=gizmo", "", "while (true) {}"},
		{"/api/v1/query/gizmo", "", "var i = 0; while (true) { i++; }"},
	}
	type normal struct {
		method, path, body, want string
	}
	normals := []normal{
		{"POST", "/api/v2/query?lang=gizmo", `g.V().Has("<name>", "Grigory Karasin").Out("<deputy_of>").Out("<name>").All()`, `{"result":[{"id":"Sergey Lavrov"}]}`},
		{"POST", "/api/ng/query", `g.V().Has("<rdf:type>", "<Person>").Count()`, persons},
		{"GET", "/api/ng/evidence?a=Karasin&b=Lavrov", "", karasinSentence},
		{"GET", "/api/ng/entities?prefix=Stolt", "", `"name":"Jens Stoltenberg"`},
		{"POST", "/api/v1/query/gizmo", `g.V("<country/finland>").Out("<seeks_membership>").Out("<name>").All()`, `"NATO"`},
	}

	var wg sync.WaitGroup
	var firstAnswer sync.Once
	var runawayAnswered time.Time // when the first runaway was answered
	runErrs := make(chan string, len(runaways))
	for _, rw := range runaways {
		wg.Add(1)
		go func(rw runaway) {
			defer wg.Done()
			t0 := time.Now()
			r := do(t, client, http.MethodPost, ts.URL+rw.path, rw.ctype, strings.NewReader(rw.body))
			d := time.Since(t0)
			firstAnswer.Do(func() { runawayAnswered = time.Now() })
			var m map[string]any
			json.Unmarshal(r.body, &m)
			msg, _ := m["error"].(string)
			if r.code < 400 || !strings.Contains(msg, "query interrupted: it ran longer than the server's limit of 4s") {
				runErrs <- fmt.Sprintf("%s: got %d %s, want the deadline error", rw.path, r.code, r.body)
			} else if d > timeout+3*time.Second {
				runErrs <- fmt.Sprintf("%s: answered after %s, want about %s", rw.path, d, timeout)
			}
		}(rw)
	}
	// Four workers send 40 queries in all while the runaways run.
	const workers, perWorker = 4, 10
	errs := make(chan string, workers*perWorker)
	var answered sync.WaitGroup
	for w := 0; w < workers; w++ {
		answered.Add(1)
		go func(w int) {
			defer answered.Done()
			for i := 0; i < perWorker; i++ {
				n := normals[(w+i)%len(normals)]
				var body io.Reader
				if n.body != "" {
					body = strings.NewReader(n.body)
				}
				r := do(t, client, n.method, ts.URL+n.path, "", body)
				if r.code != http.StatusOK || !strings.Contains(string(r.body), n.want) {
					errs <- fmt.Sprintf("%s %s: got %d %.200s, want %s", n.method, n.path, r.code, r.body, n.want)
				}
			}
		}(w)
	}
	answered.Wait()
	normalsDone := time.Now()
	wg.Wait()
	if normalsDone.After(runawayAnswered) {
		t.Errorf("the normal queries were answered only after the runaways were stopped: they waited for them")
	}
	close(errs)
	close(runErrs)
	for e := range errs {
		t.Error(e)
	}
	for e := range runErrs {
		t.Error(e)
	}
	// And the server still serves.
	r := get(t, ts, "/api/ng/entity?name=Karasin")
	if r.code != http.StatusOK {
		t.Errorf("after the runaways: got %d %s", r.code, r.body)
	}
}

// TestIngestWhileQuerying ingests documents while other clients query.
// bbolt cannot grow its file while a reader that holds one transaction
// opens another (Cayley's queries do), so without the server's lock
// between writes and reads the writer and the readers wait for each other
// forever.
func TestIngestWhileQuerying(t *testing.T) {
	ts, st := newTestServer(t, server.Config{Writable: true})
	client := ts.Client()
	client.Timeout = 30 * time.Second // a deadlock shows as a timeout
	stop := make(chan struct{})
	errs := make(chan string, 100)
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				r := do(t, client, http.MethodPost, ts.URL+"/api/ng/query", "text/plain",
					strings.NewReader(`g.V().Has("<rdf:type>", "<Person>").Out("<name>").All()`))
				if r.code != http.StatusOK {
					errs <- fmt.Sprintf("query: got %d %.200s", r.code, r.body)
					return
				}
			}
		})
	}
	const docs = 40
	for i := range docs {
		body := fmt.Sprintf("Foreign Minister Anton Petrov%d of Bulgaria met Prime Minister Ivo Dimitrov%d in Sofia on Monday. "+
			"Petrov%d said the talks with Dimitrov%d, the leader of the Bulgarian Socialist Party, were useful.\n", i, i, i, i)
		r := post(t, ts, "/api/ng/ingest", "text/plain", strings.Repeat(body, 20))
		if r.code != http.StatusCreated {
			errs <- fmt.Sprintf("ingest %d: got %d %.200s", i, r.code, r.body)
			break
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if n := personCount(t, st); n < 2*docs {
		t.Errorf("%v persons after %d documents naming two each", n, docs)
	}
}
