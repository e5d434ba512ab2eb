// Package server serves a newsgraph store over HTTP: Cayley's own HTTP API
// (so that Cayley clients and scripts work unchanged), newsgraph's JSON
// endpoints under /api/ng/ (entity search, an entity with its edges and
// evidence, evidence between two entities, saved queries, diagrams,
// exports, ingest), and the page at / that explores the graph in a browser.
//
// It is safe by default: read-only unless Config.Writable, every query has
// a deadline and a result cap, request bodies are size-limited, errors are
// JSON ({"error": "..."}) and never stack traces, requests naming another
// host are refused (DNS rebinding) and so are cross-origin writes.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

// Defaults of Config.
const (
	DefaultQueryTimeout  = 10 * time.Second
	DefaultResultLimit   = 1000
	DefaultMaxBody       = 4 << 20
	DefaultMaxResponse   = 32 << 20
	DefaultMaxDiagram    = 400
	DefaultMaxHops       = 4
	defaultWriteIdle     = 30 * time.Second
	defaultShutdownGrace = 5 * time.Second
)

// Config configures a Server. Zero values take the defaults.
type Config struct {
	// Store is the graph to serve. The server does not close it.
	Store *graph.Store
	// Writable allows writes: Cayley's write and delete endpoints and
	// POST /api/ng/ingest. Without it they answer 403.
	Writable bool
	// QueryTimeout bounds every query, saved query, diagram and export
	// (default 10s).
	QueryTimeout time.Duration
	// ResultLimit caps the results of every query (default 1000).
	ResultLimit int
	// MaxBody caps the size of request bodies in bytes (default 4 MiB).
	MaxBody int64
	// MaxResponse caps the size of buffered answers (exports, GraphQL
	// results) in bytes (default 32 MiB).
	MaxResponse int64
	// MaxDiagram is the most entities a diagram may draw (default 400):
	// Graphviz cannot be interrupted once it runs.
	MaxDiagram int
	// MaxConcurrent is the number of queries run at once (default four
	// per CPU); more wait for a slot until their deadline.
	MaxConcurrent int
	// AllowedHosts, when not empty, are the host names (without port) that
	// requests may name in their Host header; others get 403. A server on
	// loopback should allow only loopback names, against DNS rebinding.
	AllowedHosts []string
	// Extractor extracts the facts of ingested texts; extract.New() when
	// nil.
	Extractor ingest.Extractor
	// Log receives one line per failed request and server event; nil
	// discards them.
	Log io.Writer
}

// Server is the HTTP server of a newsgraph store. Create it with New.
type Server struct {
	cfg     Config
	st      *graph.Store
	handler http.Handler
	slots   chan struct{}
	log     *log.Logger
	x       ingest.Extractor
	cayley  *cgraph.Handle

	// gen counts the writes made through the server: the entity index is
	// rebuilt when it changes.
	gen     atomic.Uint64
	indexMu sync.Mutex
	index   *entityIndex
	writeMu sync.Mutex // one ingest at a time
	// storeMu keeps the writes (Lock) apart from every other request
	// (RLock): bbolt cannot grow its file while a reader that holds one
	// transaction opens another, as Cayley's queries do, and the writer
	// and the reader would wait for each other forever.
	storeMu sync.RWMutex
}

// New returns a server for cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.ResultLimit <= 0 {
		cfg.ResultLimit = DefaultResultLimit
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxResponse <= 0 {
		cfg.MaxResponse = DefaultMaxResponse
	}
	if cfg.MaxDiagram <= 0 {
		cfg.MaxDiagram = DefaultMaxDiagram
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	logw := cfg.Log
	if logw == nil {
		logw = io.Discard
	}
	s := &Server{
		cfg:   cfg,
		st:    cfg.Store,
		slots: make(chan struct{}, cfg.MaxConcurrent),
		log:   log.New(logw, "newsgraph serve: ", log.LstdFlags),
		x:     cfg.Extractor,
	}
	if s.x == nil {
		x, err := extract.New()
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		s.x = x
	}
	mux := http.NewServeMux()
	if err := s.routeCayley(mux); err != nil {
		return nil, err
	}
	s.routeAPI(mux)
	s.routePage(mux)
	s.handler = s.recoverPanics(s.checkRequest(s.storeAccess(mux)))
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Serve answers requests on ln until ctx is done, then shuts down
// gracefully: it stops accepting connections and waits for the requests
// in flight (each bounded by the query timeout) before it returns. It
// returns nil after a graceful shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          s.log,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Printf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.QueryTimeout+defaultShutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// Writable reports whether the server accepts writes.
func (s *Server) Writable() bool { return s.cfg.Writable }

// changed records a write made through the server.
func (s *Server) changed() { s.gen.Add(1) }

// errorBody is the body of every error answer.
type errorBody struct {
	Error string `json:"error"`
}

// writeJSON writes v as JSON with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// writeError answers with {"error": msg}.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

// httpError is an error with the status code it should be answered with.
type httpError struct {
	code int
	msg  string
	// extra fields of the answer besides "error"
	extra map[string]any
}

func (e *httpError) Error() string { return e.msg }

func errorf(code int, format string, args ...any) error {
	return &httpError{code: code, msg: fmt.Sprintf(format, args...)}
}

// fail answers with err: its own code for an *httpError, 413 for a body
// too large, 504 for a query past its deadline, 400 for other errors of
// the request (bad queries) and 500 for the rest (logged, not shown).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		if he.extra != nil {
			body := map[string]any{"error": he.msg}
			for k, v := range he.extra {
				body[k] = v
			}
			writeJSON(w, he.code, body)
			return
		}
		writeError(w, he.code, he.msg)
	case errors.As(err, &mbe):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit))
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, s.deadlineMessage())
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, "request cancelled")
	default:
		s.log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
		writeError(w, http.StatusInternalServerError, "internal error: "+err.Error())
	}
}

// deadlineMessage explains a query stopped by the deadline.
func (s *Server) deadlineMessage() string {
	return fmt.Sprintf("query interrupted: it ran longer than the server's limit of %s (--query-timeout)", s.cfg.QueryTimeout)
}

// badRequest is a 400 error.
func badRequest(format string, args ...any) error {
	return errorf(http.StatusBadRequest, format, args...)
}

// queryContext bounds a query by the server's deadline.
func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
}

// acquire waits for a query slot until ctx is done; release gives it back.
func (s *Server) acquire(ctx context.Context) (release func(), err error) {
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, nil
	default:
	}
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, nil
	case <-ctx.Done():
		return nil, errorf(http.StatusServiceUnavailable, "server busy: %d queries are running; try again later", cap(s.slots))
	}
}

// recoverPanics answers a panicking handler with a JSON 500 and logs the
// panic; the client never sees a stack trace.
func (s *Server) recoverPanics(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Printf("%s %s: panic: %v", r.Method, r.URL.Path, v)
				writeError(w, http.StatusInternalServerError, "internal error")
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// checkRequest refuses requests that name a host the server does not
// answer for, cross-origin requests that are not reads, and bodies larger
// than MaxBody; it limits the bodies of the others and sets the headers of
// every answer.
func (s *Server) checkRequest(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		if !s.hostAllowed(r.Host) {
			writeError(w, http.StatusForbidden, fmt.Sprintf("host %q not allowed (start the server with --allow-host to answer for it)", hostOnly(r.Host)))
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodOptions {
			if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
				writeError(w, http.StatusForbidden, fmt.Sprintf("cross-origin %s from %s refused", r.Method, o))
				return
			}
		}
		if r.ContentLength > s.cfg.MaxBody {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", s.cfg.MaxBody))
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		}
		h.ServeHTTP(w, r)
	})
}

// writePaths are the endpoints that write to the store.
var writePaths = []string{"/api/ng/ingest", "/api/v1/write", "/api/v1/delete", "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"}

// storeAccess runs a request that writes to the store alone, and the
// others together (see storeMu).
func (s *Server) storeAccess(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		write := false
		if s.cfg.Writable && r.Method != http.MethodGet && r.Method != http.MethodHead {
			for _, p := range writePaths {
				if r.URL.Path == p || strings.HasPrefix(r.URL.Path, p+"/") {
					write = true
				}
			}
		}
		if write {
			s.storeMu.Lock()
			defer s.storeMu.Unlock()
		} else {
			s.storeMu.RLock()
			defer s.storeMu.RUnlock()
		}
		h.ServeHTTP(w, r)
	})
}

// hostAllowed reports whether a request for host may be answered.
func (s *Server) hostAllowed(host string) bool {
	if len(s.cfg.AllowedHosts) == 0 {
		return true
	}
	h := strings.ToLower(hostOnly(host))
	for _, a := range s.cfg.AllowedHosts {
		if strings.EqualFold(strings.Trim(a, "[]"), h) {
			return true
		}
	}
	return false
}

// hostOnly drops the port of a Host header and the brackets of IPv6.
func hostOnly(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.Trim(host, "[]")
}

// sameOrigin reports whether the Origin header names the host the request
// was sent to.
func sameOrigin(origin, host string) bool {
	_, rest, ok := strings.Cut(origin, "://")
	return ok && strings.EqualFold(rest, host)
}

// LoopbackHosts are the host names a server bound to loopback answers for.
func LoopbackHosts() []string {
	return []string{"localhost", "127.0.0.1", "::1"}
}

// IsLoopback reports whether the listen address addr ("host:port") binds
// to loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
