package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/server"
)

type serveOptions struct {
	io  streams
	ctx context.Context

	DB            string
	Addr          string
	Writable      bool
	QueryTimeout  time.Duration
	Limit         int
	MaxBody       int64
	MaxDiagram    int
	MaxConcurrent int
	AllowHosts    []string

	// listening, when not nil, is told the address the server listens on
	// (tests listen on port 0).
	listening func(net.Addr)
}

func newServeCmd(io streams, runF func(*serveOptions) error) *cobra.Command {
	opts := &serveOptions{io: io}
	cmd := &cobra.Command{
		Use:   "serve [--db PATH] [--addr HOST:PORT] [--writable]",
		Short: "Serve the graph over HTTP: a page to explore it, and Cayley's API",
		Long: `Serve answers HTTP requests about the store until interrupted (Ctrl+C or
SIGTERM, after which it finishes the requests in flight):

  /                      a page to explore the graph: search, diagram, evidence,
                         filters, downloads and a Gizmo console
  /api/ng/...            newsgraph's JSON endpoints (entities, entity, evidence,
                         document, queries, query, diagram, export, ingest)
  /api/v1/query/LANG     Cayley's HTTP API, as Cayley serves it, for existing
  /api/v2/query?lang=    Cayley clients and scripts (gizmo, graphql, mql), and
  /api/v2/read           its read, formats, write and delete endpoints

It listens on loopback only unless --addr names another interface, and is
read-only unless --writable is given: then POST /api/ng/ingest ingests a text
as 'newsgraph ingest -' does, and Cayley's write endpoints take quads.

Every query stops after --query-timeout (a Gizmo script that loops forever is
interrupted) and returns at most --limit results; request bodies are limited
to --max-body bytes. Errors are JSON: {"error": "..."}.`,
		Example: `  newsgraph serve
  newsgraph serve --db /data/news.db --addr 127.0.0.1:9000 --writable
  curl -s 'http://127.0.0.1:8080/api/ng/entities?prefix=Lav&type=Person'
  curl -s -X POST 'http://127.0.0.1:8080/api/v2/query?lang=gizmo' -d 'g.V().Has("<name>", "Sergey Lavrov").In("<deputy_of>").Out("<name>").All()'`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			if _, _, err := net.SplitHostPort(opts.Addr); err != nil {
				return usagef("serve: --addr %q: want HOST:PORT, such as 127.0.0.1:8080", opts.Addr)
			}
			switch {
			case opts.QueryTimeout <= 0:
				return usagef("serve: --query-timeout must be more than 0")
			case opts.Limit <= 0:
				return usagef("serve: --limit must be 1 or more")
			case opts.MaxBody <= 0:
				return usagef("serve: --max-body must be 1 or more")
			case opts.MaxDiagram <= 0:
				return usagef("serve: --max-diagram must be 1 or more")
			case opts.MaxConcurrent < 0:
				return usagef("serve: --max-concurrent must be 0 (four per CPU) or more")
			}
			if runF != nil {
				return runF(opts)
			}
			return runServe(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	f := cmd.Flags()
	f.StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT` (loopback by default; 0.0.0.0:8080 for every interface)")
	f.BoolVar(&opts.Writable, "writable", false, "accept writes: POST /api/ng/ingest and Cayley's write and delete endpoints")
	f.DurationVar(&opts.QueryTimeout, "query-timeout", server.DefaultQueryTimeout, "stop every query, diagram and export that runs longer than this")
	f.IntVar(&opts.Limit, "limit", server.DefaultResultLimit, "return at most this many results per query")
	f.Int64Var(&opts.MaxBody, "max-body", server.DefaultMaxBody, "refuse request bodies larger than this many bytes")
	f.IntVar(&opts.MaxDiagram, "max-diagram", server.DefaultMaxDiagram, "draw at most this many entities in a diagram (the most important of a larger selection)")
	f.IntVar(&opts.MaxConcurrent, "max-concurrent", 0, "run at most this many queries at once (default four per CPU)")
	f.StringSliceVar(&opts.AllowHosts, "allow-host", nil, "also answer requests for this host name (e.g. behind a reverse proxy)")
	return cmd
}

func runServe(opts *serveOptions) error {
	ctx := opts.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := openStore(ctx, opts.DB, opts.Writable)
	if err != nil {
		return err
	}
	defer st.Close()

	loopback := server.IsLoopback(opts.Addr)
	var hosts []string
	if loopback || len(opts.AllowHosts) > 0 {
		// Loopback answers only for loopback names: a web page elsewhere
		// cannot reach it through a DNS name that resolves to 127.0.0.1.
		if host, _, _ := net.SplitHostPort(opts.Addr); host != "" {
			hosts = append(hosts, host)
		}
		if loopback {
			hosts = append(hosts, server.LoopbackHosts()...)
		}
		hosts = append(hosts, opts.AllowHosts...)
	}
	srv, err := server.New(server.Config{
		Store:         st,
		Writable:      opts.Writable,
		QueryTimeout:  opts.QueryTimeout,
		ResultLimit:   opts.Limit,
		MaxBody:       opts.MaxBody,
		MaxDiagram:    opts.MaxDiagram,
		MaxConcurrent: opts.MaxConcurrent,
		AllowedHosts:  hosts,
		Log:           opts.io.Err,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	mode := "read-only"
	if opts.Writable {
		mode = "writable"
	}
	fmt.Fprintf(opts.io.Err, "serving %s (%s) at http://%s/ until interrupted\n", st.Addr(), mode, ln.Addr())
	if !loopback {
		fmt.Fprintf(opts.io.Err, "warning: %s is not loopback: anyone who can reach it can read the graph%s; see the README on exposing the server\n",
			opts.Addr, map[bool]string{true: " and write to it", false: ""}[opts.Writable])
	}
	if opts.listening != nil {
		opts.listening(ln.Addr())
	}
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	fmt.Fprintln(opts.io.Err, "stopped")
	return nil
}
