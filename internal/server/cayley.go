package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/julienschmidt/httprouter"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// cayleyV1Limit is the result limit of API v1 queries that give none, as
// in Cayley.
const cayleyV1Limit = 100

// routeCayley registers Cayley's HTTP API: API v2 from Cayley's own server
// package (/api/v2/query, /read, /formats, /write, /delete, /node/delete),
// API v1 as Cayley's internal/http serves it (/api/v1/query/LANG, /shape,
// /write, /write/file/nquad, /delete; that package cannot be imported), and
// /health.
func (s *Server) routeCayley(mux *http.ServeMux) error {
	h := &cgraph.Handle{QuadStore: s.st.QuadStore()}
	if s.cfg.Writable {
		qw, err := cgraph.NewQuadWriter("single", h.QuadStore, nil)
		if err != nil {
			return fmt.Errorf("server: cayley writer: %w", err)
		}
		h.QuadWriter = qw
	}
	s.cayley = h

	r := httprouter.New()
	r.NotFound = http.HandlerFunc(notFound)
	r.MethodNotAllowed = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed for %s", r.Method, r.URL.Path))
	})
	v2 := cayleyhttp.NewBoundAPIv2(h, r)
	v2.SetReadOnly(!s.cfg.Writable)
	v2.SetQueryTimeout(s.cfg.QueryTimeout)
	v2.SetQueryLimit(s.cfg.ResultLimit)

	mux.Handle("/api/v2/query", s.cayleyQuery(v2))
	mux.Handle("/api/v2/", s.cayleyData(v2))
	mux.Handle("/api/v1/query/{lang}", s.cayleyQuery(http.HandlerFunc(s.v1Query)))
	mux.HandleFunc("/api/v1/shape/{lang}", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotImplemented, "Query shape API v1 is deprecated.")
	})
	mux.Handle("/api/v1/write", s.cayleyWrite(s.v1Write))
	mux.Handle("/api/v1/write/file/nquad", s.cayleyWrite(s.v1WriteNQuad))
	mux.Handle("/api/v1/delete", s.cayleyWrite(s.v1Delete))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	return nil
}

// cayleyQuery runs a query endpoint of Cayley's API under the server's
// rules: a query slot, the deadline, and an answer of at most MaxResponse
// bytes (GraphQL has no result limit of its own). A query stopped by the
// deadline keeps Cayley's answer with a clearer message.
func (s *Server) cayleyQuery(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := s.queryContext(r)
		defer cancel()
		release, err := s.acquire(ctx)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		defer release()
		rec := &recorder{header: http.Header{}, max: s.cfg.MaxResponse}
		h.ServeHTTP(rec, r.WithContext(ctx))
		if rec.over {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("the result is larger than %d bytes: ask for fewer results (a limit, or GraphQL's first:)", s.cfg.MaxResponse))
			return
		}
		body := rec.buf.Bytes()
		if ctx.Err() != nil {
			// Cayley says only "context deadline exceeded".
			msg, _ := json.Marshal(s.deadlineMessage())
			body = bytes.ReplaceAll(body, []byte(deadlineText), msg[1:len(msg)-1])
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "application/json")
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		code := rec.code
		if code == 0 {
			code = http.StatusOK
		}
		w.WriteHeader(code)
		w.Write(body)
	})
}

const deadlineText = "context deadline exceeded"

// cayleyData serves Cayley's v2 data endpoints: writes (refused by Cayley
// itself when read-only) mark the entity index stale; reads stream the
// quads with a deadline on each write to the client, so that a client
// that stops reading does not hold the server.
func (s *Server) cayleyData(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && !strings.HasSuffix(r.URL.Path, "/read") {
			if s.cfg.Writable {
				defer s.changed()
			}
			h.ServeHTTP(w, r)
			return
		}
		h.ServeHTTP(&idleWriter{ResponseWriter: w, rc: http.NewResponseController(w)}, r)
	})
}

// cayleyWrite guards an API v1 write endpoint: POST only, refused when the
// server is read-only.
func (s *Server) cayleyWrite(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			methodNotAllowed(w, r, http.MethodPost)
			return
		}
		if !s.cfg.Writable {
			writeError(w, http.StatusForbidden, "database is read-only (start newsgraph serve with --writable)")
			return
		}
		defer s.changed()
		h(w, r)
	})
}

// v1Query serves /api/v1/query/LANG as Cayley's API v1 does: the query in
// the body, ?limit=N (default 100, at most the server's cap), and the
// results as {"result": [...]}.
func (s *Server) v1Query(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		methodNotAllowed(w, r, http.MethodPost)
		return
	}
	ctx := r.Context()
	l := query.GetLanguage(r.PathValue("lang"))
	if l == nil {
		writeError(w, http.StatusBadRequest, "Unknown query language.")
		return
	}
	errFunc := v1Error
	if l.HTTPError != nil {
		errFunc = l.HTTPError
	}
	qs := s.cayley.QuadStore
	if l.HTTPQuery != nil {
		l.HTTPQuery(ctx, qs, w, r.Body)
		return
	}
	if l.Session == nil {
		errFunc(w, errors.New("no support for HTTP interface for this query language"))
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit == 0 {
		limit = cayleyV1Limit
	}
	if limit < 0 || limit > s.cfg.ResultLimit {
		limit = s.cfg.ResultLimit
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		errFunc(w, err)
		return
	}
	it, err := l.Session(qs).Execute(ctx, string(body), query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		errFunc(w, err)
		return
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		errFunc(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"result": out})
}

// v1Error is Cayley's API v1 error answer.
func v1Error(w query.ResponseWriter, err error) {
	data, _ := json.Marshal(err.Error())
	w.WriteHeader(http.StatusBadRequest)
	w.Write([]byte(`{"error" : `))
	w.Write(data)
	w.Write([]byte(`}`))
}

// v1Quads reads the JSON quads of an API v1 write or delete.
func v1Quads(r *http.Request) ([]quad.Quad, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	var in []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
		Label     string `json:"label"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{
			Subject:   quad.StringToValue(jq.Subject),
			Predicate: quad.StringToValue(jq.Predicate),
			Object:    quad.StringToValue(jq.Object),
			Label:     quad.StringToValue(jq.Label),
		}
		if !q.IsValid() {
			return nil, fmt.Errorf("invalid quad at index %d. %s", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

// v1Write serves /api/v1/write: a JSON array of quads to add.
func (s *Server) v1Write(w http.ResponseWriter, r *http.Request) {
	quads, err := v1Quads(r)
	if err != nil {
		s.failV1(w, r, err)
		return
	}
	if err := s.cayley.QuadWriter.AddQuadSet(quads); err != nil {
		s.failV1(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("Successfully wrote %d quads.", len(quads))})
}

// v1WriteNQuad serves /api/v1/write/file/nquad: an N-Quads file as the
// form field NQuadFile.
func (s *Server) v1WriteNQuad(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		s.failV1(w, r, fmt.Errorf("Couldn't read file: %w", err))
		return
	}
	defer f.Close()
	block, err := strconv.Atoi(r.URL.Query().Get("block_size"))
	if err != nil {
		block = quad.DefaultBatch
	}
	qw := cgraph.NewWriter(s.cayley.QuadWriter)
	n, err := quad.CopyBatch(qw, nquads.NewReader(f, false), block)
	if err == nil {
		err = qw.Close()
	}
	if err != nil {
		s.failV1(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("Successfully wrote %d quads.", n)})
}

// v1Delete serves /api/v1/delete: a JSON array of quads to remove.
func (s *Server) v1Delete(w http.ResponseWriter, r *http.Request) {
	quads, err := v1Quads(r)
	if err != nil {
		s.failV1(w, r, err)
		return
	}
	for _, q := range quads {
		if err := s.cayley.QuadWriter.RemoveQuad(q); err != nil && !cgraph.IsQuadNotExist(err) {
			s.failV1(w, r, err)
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("Successfully deleted %d quads.", len(quads))})
}

// failV1 answers an API v1 write error: 413 for a body too large, 400
// otherwise, as Cayley does.
func (s *Server) failV1(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		s.fail(w, r, err)
		return
	}
	writeError(w, http.StatusBadRequest, err.Error())
}

// recorder buffers an answer of at most max bytes.
type recorder struct {
	header http.Header
	code   int
	buf    bytes.Buffer
	max    int64
	over   bool
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	if r.over || int64(r.buf.Len()+len(p)) > r.max {
		r.over = true
		r.buf.Reset()
		return 0, errors.New("answer too large")
	}
	return r.buf.Write(p)
}

// idleWriter gives every write to the client a deadline of its own: a
// stream may be long, but a client that stops reading is dropped.
type idleWriter struct {
	http.ResponseWriter
	rc *http.ResponseController
}

func (w *idleWriter) Write(p []byte) (int, error) {
	w.rc.SetWriteDeadline(time.Now().Add(defaultWriteIdle))
	return w.ResponseWriter.Write(p)
}

// notFound answers 404 in JSON.
func notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s %s", r.Method, r.URL.Path))
}

// methodNotAllowed answers 405 in JSON.
func methodNotAllowed(w http.ResponseWriter, r *http.Request, allowed ...string) {
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed for %s (use %s)", r.Method, r.URL.Path, strings.Join(allowed, " or ")))
}
