package server

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// web holds the page: plain HTML, CSS and JavaScript, embedded in the
// binary. It loads nothing from other hosts (the Content-Security-Policy
// forbids it).
//
//go:embed web
var web embed.FS

// pagePolicy is the Content-Security-Policy of the page: everything from
// this server only; inline styles for the SVG diagrams Graphviz draws.
const pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// contentTypes are the media types of the page's files.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

// routePage registers the page at / and its files under /static/.
func (s *Server) routePage(mux *http.ServeMux) {
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		serveFile(w, r, "web/index.html")
	})
	mux.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean(strings.TrimPrefix(r.URL.Path, "/static/"))
		if name == "index.html" || strings.HasPrefix(name, ".") {
			notFound(w, r)
			return
		}
		serveFile(w, r, "web/"+name)
	})
	mux.HandleFunc("/", notFound)
}

// serveFile answers with one embedded file.
func serveFile(w http.ResponseWriter, r *http.Request, name string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, r, http.MethodGet)
		return
	}
	b, err := fs.ReadFile(web, name)
	if err != nil {
		notFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentTypes[path.Ext(name)])
	h.Set("Content-Security-Policy", pagePolicy)
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		w.Write(b)
	}
}
