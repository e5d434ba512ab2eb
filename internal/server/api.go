package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/text"
	"github.com/newsgraph/newsgraph/queries"
)

// apiFunc handles a newsgraph endpoint: it writes the answer, or returns
// the error to answer with.
type apiFunc func(ctx context.Context, w http.ResponseWriter, r *http.Request) error

// endpoint wraps f for the methods it allows. A query endpoint runs with
// the server's deadline and in one of its query slots.
func (s *Server) endpoint(query bool, f apiFunc, methods ...string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		allowed := false
		for _, m := range methods {
			allowed = allowed || r.Method == m || (m == http.MethodGet && r.Method == http.MethodHead)
		}
		if !allowed {
			methodNotAllowed(w, r, methods...)
			return
		}
		ctx := r.Context()
		if query {
			var cancel context.CancelFunc
			ctx, cancel = s.queryContext(r)
			defer cancel()
			release, err := s.acquire(ctx)
			if err != nil {
				s.fail(w, r, err)
				return
			}
			defer release()
		}
		if err := f(ctx, w, r); err != nil {
			s.fail(w, r, err)
		}
	})
}

// routeAPI registers the newsgraph endpoints under /api/ng/.
func (s *Server) routeAPI(mux *http.ServeMux) {
	get, post := http.MethodGet, http.MethodPost
	mux.Handle("/api/ng/meta", s.endpoint(false, s.handleMeta, get))
	mux.Handle("/api/ng/stats", s.endpoint(true, s.handleStats, get))
	mux.Handle("/api/ng/entities", s.endpoint(true, s.handleEntities, get))
	mux.Handle("/api/ng/entity", s.endpoint(true, s.handleEntity, get))
	mux.Handle("/api/ng/evidence", s.endpoint(true, s.handleEvidence, get))
	mux.Handle("/api/ng/document", s.endpoint(true, s.handleDocument, get))
	mux.Handle("/api/ng/queries", s.endpoint(false, s.handleQueries, get))
	mux.Handle("/api/ng/queries/{name}", s.endpoint(true, s.handleSaved, get, post))
	mux.Handle("/api/ng/query", s.endpoint(true, s.handleQuery, post))
	mux.Handle("/api/ng/diagram", s.endpoint(true, s.handleDiagram, get))
	mux.Handle("/api/ng/export", s.endpoint(true, s.handleExport, get))
	mux.Handle("/api/ng/ingest", s.endpoint(false, s.handleIngest, post))
	mux.HandleFunc("/api/", notFound)
}

// entityJSON is an entity as the endpoints show it.
type entityJSON struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases"`
	Titles    []string `json:"titles"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	Matched   string   `json:"matched,omitempty"`
}

func toEntityJSON(e graph.EntityInfo) entityJSON {
	out := entityJSON{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: e.Aliases, Titles: e.Titles, Mentions: e.Mentions, Documents: e.Documents}
	if out.Aliases == nil {
		out.Aliases = []string{}
	}
	if out.Titles == nil {
		out.Titles = []string{}
	}
	return out
}

// handleMeta serves GET /api/ng/meta: what the server offers and its
// limits, for the page and for clients.
func (s *Server) handleMeta(_ context.Context, w http.ResponseWriter, _ *http.Request) error {
	types := make([]string, len(graph.EntityTypes))
	for i, t := range graph.EntityTypes {
		types[i] = string(t)
	}
	preds := make([]string, 0, len(graph.Relations)+1)
	for _, p := range graph.Relations {
		preds = append(preds, string(p))
	}
	preds = append(preds, string(graph.PossiblySameAs))
	writeJSON(w, http.StatusOK, map[string]any{
		"store":      filepath.Base(s.st.Addr()),
		"writable":   s.cfg.Writable,
		"types":      types,
		"predicates": preds,
		"layouts":    append([]string{export.AutoLayout}, export.Layouts()...),
		"formats":    export.FormatNames(),
		"languages":  graph.QueryLanguages(),
		"limits": map[string]any{
			"query_timeout":    s.cfg.QueryTimeout.String(),
			"results":          s.cfg.ResultLimit,
			"body_bytes":       s.cfg.MaxBody,
			"response_bytes":   s.cfg.MaxResponse,
			"diagram_entities": s.cfg.MaxDiagram,
			"hops":             DefaultMaxHops,
		},
	})
	return nil
}

// handleStats serves GET /api/ng/stats: what the store holds.
func (s *Server) handleStats(ctx context.Context, w http.ResponseWriter, _ *http.Request) error {
	st, err := s.st.Stats(ctx)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return err
	}
	ents := map[string]int{}
	for t, n := range st.Entities {
		ents[string(t)] = n
	}
	rels := map[string]int{}
	for p, n := range st.Relations {
		rels[string(p)] = n
	}
	attrs := map[string]int{}
	for p, n := range st.Attributes {
		attrs[string(p)] = n
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"documents": st.Documents, "entity_count": st.EntityCount(), "entities": ents,
		"relation_count": st.RelationCount(), "relations": rels, "attributes": attrs,
		"statements": st.Statements, "quads": st.Quads,
	})
	return nil
}

// handleEntities serves GET /api/ng/entities?prefix=P&type=T&limit=N: the
// entities one of whose names (or a word of it) starts with P, of type T
// (a comma-separated list; all when absent), best match first.
func (s *Server) handleEntities(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	types, err := parseTypes(q, "type")
	if err != nil {
		return err
	}
	limit, err := s.parseLimit(q, 20)
	if err != nil {
		return err
	}
	ix, err := s.entities(ctx)
	if err != nil {
		return err
	}
	found, more := ix.search(q.Get("prefix"), types, limit)
	out := make([]entityJSON, len(found))
	for i, m := range found {
		out[i] = toEntityJSON(m.EntityInfo)
		out[i].Matched = m.Matched
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": out, "truncated": more})
	return nil
}

// handleEntity serves GET /api/ng/entity?name=NAME (or id=ID): the entity
// with its aliases, titles, attributes and every edge with the statements
// behind it. predicates=, types= (of the other end) and min_confidence=
// filter the edges.
func (s *Server) handleEntity(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := parseEdgeFilter(q)
	if err != nil {
		return err
	}
	ix, err := s.entities(ctx)
	if err != nil {
		return err
	}
	e, err := s.entityParam(ix, q)
	if err != nil {
		return err
	}
	rd := s.reader(ix)
	edges, attrs, more, err := rd.edgesOf(ctx, e.ID, f, s.cfg.ResultLimit)
	if err != nil {
		return err
	}
	if edges == nil {
		edges = []*edgeJSON{}
	}
	if attrs == nil {
		attrs = []*attributeJSON{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"entity": toEntityJSON(e), "attributes": attrs, "edges": edges, "truncated": more})
	return nil
}

// entityParam returns the entity that ?id= or ?name= names.
func (s *Server) entityParam(ix *entityIndex, q url.Values) (graph.EntityInfo, error) {
	if id := q.Get("id"); id != "" {
		e, ok := ix.get(strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">"))
		if !ok {
			return e, errorf(http.StatusNotFound, "id: no entity %q", id)
		}
		return e, nil
	}
	name := q.Get("name")
	if name == "" {
		return graph.EntityInfo{}, badRequest("give ?name=NAME or ?id=ID")
	}
	return ix.resolveOne("name", name)
}

// handleEvidence serves GET /api/ng/evidence?a=NAME&b=NAME: the statements
// of the relations between the entities a and b name, in both directions:
// sentence, document, offsets, rule and confidence.
func (s *Server) handleEvidence(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	a, b := q.Get("a"), q.Get("b")
	if a == "" || b == "" {
		return badRequest("give two entities: ?a=NAME&b=NAME")
	}
	ix, err := s.entities(ctx)
	if err != nil {
		return err
	}
	as, bs := ix.resolve(a), ix.resolve(b)
	if len(as) == 0 {
		return errorf(http.StatusNotFound, "a: no entity has the name, alias or ID %q", a)
	}
	if len(bs) == 0 {
		return errorf(http.StatusNotFound, "b: no entity has the name, alias or ID %q", b)
	}
	sts, more, err := s.reader(ix).between(ctx, as, bs, s.cfg.ResultLimit)
	if err != nil {
		return err
	}
	if sts == nil {
		sts = []*statementJSON{}
	}
	list := func(ids []string) []entityJSON {
		out := make([]entityJSON, 0, len(ids))
		for _, id := range ids {
			e, _ := ix.get(id)
			out = append(out, toEntityJSON(e))
		}
		return out
	}
	writeJSON(w, http.StatusOK, map[string]any{"a": list(as), "b": list(bs), "evidence": sts, "truncated": more})
	return nil
}

// handleDocument serves GET /api/ng/document?id=doc/…: a document's path,
// title and hash, and the statements it makes (the store keeps sentences,
// not whole texts).
func (s *Server) handleDocument(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	id := strings.TrimSuffix(strings.TrimPrefix(r.URL.Query().Get("id"), "<"), ">")
	if id == "" {
		return badRequest("give ?id=doc/…")
	}
	ix, err := s.entities(ctx)
	if err != nil {
		return err
	}
	rd := s.reader(ix)
	d, err := rd.document(ctx, id)
	if err != nil {
		return err
	}
	if d.Hash == "" && d.Path == "" {
		return errorf(http.StatusNotFound, "id: no document %q", id)
	}
	ids, more, err := rd.statementIDs(ctx, id, s.cfg.ResultLimit, graph.InDocument)
	if err != nil {
		return err
	}
	sts, err := rd.statements(ctx, ids)
	if err != nil {
		return err
	}
	sort.SliceStable(sts, func(i, j int) bool { return sts[i].Start < sts[j].Start })
	if sts == nil {
		sts = []*statementJSON{}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id": d.ID, "path": d.Path, "title": d.Title, "hash": d.Hash, "ingested_at": d.IngestedAt,
		"statements": sts, "truncated": more,
	})
	return nil
}

// savedJSON describes a saved query.
type savedJSON struct {
	Name    string   `json:"name"`
	Summary string   `json:"summary"`
	Usage   string   `json:"usage"`
	Params  []string `json:"params"`
	Doc     string   `json:"doc,omitempty"`
}

// handleQueries serves GET /api/ng/queries: the saved queries.
func (s *Server) handleQueries(_ context.Context, w http.ResponseWriter, _ *http.Request) error {
	list, err := queries.List()
	if err != nil {
		return err
	}
	out := make([]savedJSON, len(list))
	for i, q := range list {
		out[i] = savedJSON{Name: q.Name, Summary: q.Summary, Usage: q.Usage, Params: q.Params, Doc: q.Doc}
		if out[i].Params == nil {
			out[i].Params = []string{}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"queries": out})
	return nil
}

// handleSaved serves GET /api/ng/queries/NAME?arg=A&arg=B, or POST with
// {"args": ["A", "B"]}: runs the saved query with its arguments.
func (s *Server) handleSaved(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	sq, err := queries.Get(r.PathValue("name"))
	if err != nil {
		return errorf(http.StatusNotFound, "%v", err)
	}
	args := r.URL.Query()["arg"]
	if r.Method == http.MethodPost {
		var in struct {
			Args []string `json:"args"`
		}
		if err := decodeJSON(r, &in); err != nil {
			return err
		}
		args = in.Args
	}
	script, err := sq.Script(args)
	if err != nil {
		return badRequest("%s", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	limit, err := s.parseLimit(r.URL.Query(), s.cfg.ResultLimit)
	if err != nil {
		return err
	}
	res, more, err := s.run(ctx, "gizmo", script, limit)
	if err != nil {
		return err
	}
	if args == nil {
		args = []string{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": sq.Name, "args": args, "results": res, "truncated": more})
	return nil
}

// handleQuery serves POST /api/ng/query: a query in Gizmo (or GraphQL or
// MQL) run as `newsgraph query` runs it, so a script's final value
// (g.V().Count()) is a result. The body is {"query": "...", "lang":
// "gizmo", "limit": N}, or the query as text with ?lang= and ?limit=.
func (s *Server) handleQuery(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	in := struct {
		Query string `json:"query"`
		Lang  string `json:"lang"`
		Limit int    `json:"limit"`
	}{Lang: r.URL.Query().Get("lang")}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "application/json" {
		if err := decodeJSON(r, &in); err != nil {
			return err
		}
	} else {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return err
		}
		in.Query = string(b)
	}
	limit, err := s.parseLimit(r.URL.Query(), s.cfg.ResultLimit)
	if err != nil {
		return err
	}
	if in.Limit > 0 && in.Limit < limit {
		limit = in.Limit
	}
	if in.Lang == "" {
		in.Lang = "gizmo"
	}
	if strings.TrimSpace(in.Query) == "" {
		return badRequest("the query is empty")
	}
	start := time.Now()
	res, more, err := s.run(ctx, in.Lang, in.Query, limit)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": res, "truncated": more, "elapsed_ms": time.Since(start).Milliseconds()})
	return nil
}

// run runs a query with graph.Store.Query and returns at most limit
// results; more reports that there were others.
func (s *Server) run(ctx context.Context, lang, text string, limit int) (out []any, more bool, err error) {
	res, err := s.st.Query(ctx, lang, text, limit+1)
	if err != nil {
		return nil, false, badRequest("%v", err)
	}
	defer res.Close()
	out = []any{}
	for res.Next(ctx) {
		if len(out) == limit {
			more = true
			break
		}
		out = append(out, res.Result())
	}
	if err := res.Err(); err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, false, err
		}
		return nil, false, badRequest("%v", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	return out, more, nil
}

// selection is what a diagram or export draws.
type selection struct {
	sel      graph.Selection
	focus    *graph.EntityInfo
	layout   string
	maxNodes int // the most entities a diagram draws
	title    string
}

// parseSelection reads focus=, hops=, types=, predicates=,
// min_confidence=, layout= and max_nodes=.
func (s *Server) parseSelection(ctx context.Context, q url.Values) (*selection, error) {
	out := &selection{layout: export.DefaultLayout, maxNodes: min(export.DefaultMaxNodes, s.cfg.MaxDiagram)}
	if l := q.Get("layout"); l != "" {
		layouts := append([]string{export.AutoLayout}, export.Layouts()...)
		ok := false
		for _, x := range layouts {
			if strings.EqualFold(x, l) {
				out.layout, ok = x, true
			}
		}
		if !ok {
			return nil, badRequest("layout: unknown layout %q (one of %s)", l, strings.Join(layouts, ", "))
		}
	}
	if m := q.Get("max_nodes"); m != "" {
		n, err := strconv.Atoi(m)
		if err != nil || n < 1 || n > s.cfg.MaxDiagram {
			return nil, badRequest("max_nodes: want a number from 1 to %d, got %q", s.cfg.MaxDiagram, m)
		}
		out.maxNodes = n
	}
	f, err := parseEdgeFilter(q)
	if err != nil {
		return nil, err
	}
	out.sel.Types, out.sel.Predicates, out.sel.MinConfidence = f.types, f.predicates, f.minConfidence
	out.sel.Hops = 1
	if h := q.Get("hops"); h != "" {
		n, err := strconv.Atoi(h)
		if err != nil || n < 0 || n > DefaultMaxHops {
			return nil, badRequest("hops: want a number from 0 to %d, got %q", DefaultMaxHops, h)
		}
		out.sel.Hops = n
	}
	out.title = filepath.Base(s.st.Addr())
	if name := q.Get("focus"); name != "" {
		ix, err := s.entities(ctx)
		if err != nil {
			return nil, err
		}
		e, err := ix.resolveOne("focus", name)
		if err != nil {
			return nil, err
		}
		out.focus = &e
		out.sel.Focus = []string{e.ID}
		hops := "hops"
		if out.sel.Hops == 1 {
			hops = "hop"
		}
		out.title += fmt.Sprintf(": %s, %d %s", e.Name, out.sel.Hops, hops)
	}
	var notes []string
	for _, t := range out.sel.Types {
		notes = append(notes, string(t))
	}
	for _, p := range out.sel.Predicates {
		notes = append(notes, string(p))
	}
	if out.sel.MinConfidence > 0 {
		notes = append(notes, "confidence >= "+graph.FormatConfidence(out.sel.MinConfidence))
	}
	if len(notes) > 0 {
		out.title += " (" + strings.Join(notes, ", ") + ")"
	}
	return out, nil
}

// diagram reads the selection and draws it as format (dot, svg or png),
// as `newsgraph export` does: at most sel.maxNodes entities (never more
// than MaxDiagram), the most important ones, with the layout chosen by
// size unless sel.layout names one.
func (s *Server) diagram(ctx context.Context, sel *selection, format string) ([]byte, export.DiagramInfo, error) {
	d, err := export.NewDiagram(ctx, s.st, export.Options{Layout: sel.layout, MaxNodes: sel.maxNodes, Selection: sel.sel, Title: sel.title})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, export.DiagramInfo{}, err
	}
	var buf bytes.Buffer
	if format == "dot" {
		err = d.WriteDOT(&buf)
	} else {
		err = d.Render(ctx, &buf, format)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return nil, d.Info(), errorf(http.StatusGatewayTimeout, "the diagram was not drawn within %s: select less (focus and hops, types, predicates, min_confidence) or ask for fewer entities (max_nodes)", s.cfg.QueryTimeout)
	}
	if err != nil {
		return nil, d.Info(), err
	}
	return buf.Bytes(), d.Info(), nil
}

// setDiagramHeaders says how a diagram was drawn: X-Newsgraph-Layout
// (the Graphviz layout, "sfdp; auto" when chosen by size),
// X-Newsgraph-Renderer (wasm or native), and X-Newsgraph-Entities and
// X-Newsgraph-Relations ("DRAWN/SELECTED").
func setDiagramHeaders(h http.Header, info export.DiagramInfo) {
	layout := info.Layout
	if info.AutoLayout {
		layout += "; auto"
	}
	h.Set("X-Newsgraph-Layout", layout)
	if info.Renderer != "" {
		h.Set("X-Newsgraph-Renderer", info.Renderer)
	}
	h.Set("X-Newsgraph-Entities", fmt.Sprintf("%d/%d", info.Entities, info.SelectedEntities))
	h.Set("X-Newsgraph-Relations", fmt.Sprintf("%d/%d", info.Relations, info.SelectedRelations))
}

// handleDiagram serves GET /api/ng/diagram?focus=NAME&hops=N&layout=L
// (and types=, predicates=, min_confidence=, max_nodes=): the diagram as
// SVG, with headers saying how it was drawn (setDiagramHeaders). Each node
// is a <g class="node"> whose <title> is the entity ID; each edge a
// <g class="edge"> titled "SUBJECT->OBJECT".
func (s *Server) handleDiagram(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	sel, err := s.parseSelection(ctx, r.URL.Query())
	if err != nil {
		return err
	}
	svg, info, err := s.diagram(ctx, sel, "svg")
	if err != nil {
		return err
	}
	setDiagramHeaders(w.Header(), info)
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(svg)
	return nil
}

// exportTypes are the media types of the export formats; a format missing
// here is served as application/octet-stream.
var exportTypes = map[string]string{
	"dot":           "text/vnd.graphviz; charset=utf-8",
	"svg":           "image/svg+xml",
	"png":           "image/png",
	"graphml":       "application/graphml+xml",
	"gexf":          "application/gexf+xml",
	"cytoscape":     "application/json",
	"neo4j":         "application/zip", // CSV files and a README, zipped
	"cypher":        "text/plain; charset=utf-8",
	"nquads":        "application/n-quads",
	"jsonld":        "application/ld+json",
	"graphml-quads": "application/graphml+xml",
	"gml":           "text/plain; charset=utf-8",
}

// exportType is the media type of the export format name.
func exportType(name string) string {
	if t, ok := exportTypes[name]; ok {
		return t
	}
	return "application/octet-stream"
}

// handleExport serves GET /api/ng/export?format=F and the selection of
// /api/ng/diagram: the selection as a file in any export format (svg,
// png, dot, graphml, gexf, cytoscape, neo4j as a zip, cypher, nquads,
// jsonld, graphml-quads, gml), as `newsgraph export` writes it.
func (s *Server) handleExport(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, ok := export.FormatByName(q.Get("format"))
	if !ok {
		return badRequest("format: want one of %s, got %q", strings.Join(export.FormatNames(), ", "), q.Get("format"))
	}
	sel, err := s.parseSelection(ctx, q)
	if err != nil {
		return err
	}
	var out []byte
	if f.Diagram {
		var info export.DiagramInfo
		if out, info, err = s.diagram(ctx, sel, f.Name); err != nil {
			return err
		}
		setDiagramHeaders(w.Header(), info)
	} else {
		cw := &cappedBuffer{max: s.cfg.MaxResponse}
		err := export.Write(ctx, cw, s.st, export.Options{Format: f.Name, Selection: sel.sel})
		if errors.Is(err, errTooLarge) {
			return badRequest("the export is larger than %d bytes: select less, or use 'newsgraph export' or /api/v2/read", s.cfg.MaxResponse)
		}
		if err != nil {
			return err
		}
		out = cw.buf.Bytes()
	}
	name := "newsgraph"
	if sel.focus != nil {
		name += "-" + graph.Slug(sel.focus.Name)
	}
	w.Header().Set("Content-Type", exportType(f.Name))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name + f.Exts[0]}))
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	if f.Name == "svg" {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	}
	w.Write(out)
	return nil
}

// errTooLarge is returned by cappedBuffer past its size.
var errTooLarge = errors.New("too large")

// cappedBuffer is a buffer that refuses to grow past max bytes.
type cappedBuffer struct {
	buf bytes.Buffer
	max int64
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if int64(c.buf.Len()+len(p)) > c.max {
		return 0, errTooLarge
	}
	return c.buf.Write(p)
}

// handleIngest serves POST /api/ng/ingest (with --writable): the body is
// one text, ingested as `newsgraph ingest -` ingests standard input (same
// extraction, same provenance).
func (s *Server) handleIngest(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	if !s.cfg.Writable {
		return errorf(http.StatusForbidden, "the server is read-only: start newsgraph serve with --writable to ingest")
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	defer s.changed()
	sum, err := ingest.Run(ctx, []string{"-"}, ingest.Options{Store: s.st, Extractor: s.x, Stdin: bytes.NewReader(body)})
	if err != nil {
		return err
	}
	if len(sum.Skipped) > 0 {
		return errorf(http.StatusUnprocessableEntity, "not ingested: %s", sum.Skipped[0].Reason)
	}
	status, code := "added", http.StatusCreated
	switch {
	case sum.Unchanged > 0:
		status, code = "unchanged", http.StatusOK
	case sum.Replaced > 0:
		status, code = "replaced", http.StatusOK
	}
	doc := ""
	if d, err := text.FromBytes("-", body); err == nil {
		doc = graph.DocID(d.Hash)
	}
	ents := map[string]int{}
	for t, n := range sum.Entities {
		ents[string(t)] = n
	}
	rels := map[string]int{}
	for p, n := range sum.Relations {
		rels[string(p)] = n
	}
	writeJSON(w, code, map[string]any{"status": status, "document": doc, "quads": sum.Quads, "entities": ents, "relations": rels})
	return nil
}

// decodeJSON reads a JSON request body into v.
func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("the body is not the JSON expected: %v", err)
	}
	return nil
}

// parseLimit reads ?limit=, at most the server's cap; def when absent.
func (s *Server) parseLimit(q url.Values, def int) (int, error) {
	v := q.Get("limit")
	if v == "" {
		return min(def, s.cfg.ResultLimit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, badRequest("limit: want a positive number, got %q", v)
	}
	return min(n, s.cfg.ResultLimit), nil
}

// listParam returns the values of a parameter given as a list
// (types=A,B or types=A&types=B).
func listParam(q url.Values, key string) []string {
	var out []string
	for _, v := range q[key] {
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

// parseTypes reads a list of entity types.
func parseTypes(q url.Values, key string) ([]graph.Type, error) {
	var out []graph.Type
	for _, v := range listParam(q, key) {
		t, ok := graph.ParseType(v)
		if !ok {
			return nil, badRequest("%s: unknown type %q (one of Person, Organization, Country, Place, Agreement)", key, v)
		}
		out = append(out, t)
	}
	return out, nil
}

// parseEdgeFilter reads types=, predicates= and min_confidence=.
func parseEdgeFilter(q url.Values) (edgeFilter, error) {
	var f edgeFilter
	var err error
	if f.types, err = parseTypes(q, "types"); err != nil {
		return f, err
	}
	for _, v := range listParam(q, "predicates") {
		p := graph.Predicate(strings.ToLower(v))
		if !p.IsRelation() {
			return f, badRequest("predicates: unknown relation %q", v)
		}
		f.predicates = append(f.predicates, p)
	}
	if v := q.Get("min_confidence"); v != "" {
		c, err := strconv.ParseFloat(v, 64)
		if err != nil || c < 0 || c > 1 {
			return f, badRequest("min_confidence: want a number from 0 to 1, got %q", v)
		}
		f.minConfidence = c
	}
	return f, nil
}
