package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

func TestServeFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string // a usage error containing this, or "" for none
		check   func(t *testing.T, o *serveOptions)
	}{
		{"defaults", nil, "", func(t *testing.T, o *serveOptions) {
			if o.DB != defaultDB || o.Addr != "127.0.0.1:8080" || o.Writable || o.QueryTimeout != 10*time.Second || o.Limit != 1000 {
				t.Errorf("got %+v", o)
			}
		}},
		{"all flags", []string{"--db", "x.db", "--addr", "0.0.0.0:9000", "--writable", "--query-timeout", "3s", "--limit", "50",
			"--max-body", "100", "--max-diagram", "20", "--max-concurrent", "2", "--allow-host", "graph.example.org,other.example.org"}, "", func(t *testing.T, o *serveOptions) {
			if o.DB != "x.db" || o.Addr != "0.0.0.0:9000" || !o.Writable || o.QueryTimeout != 3*time.Second || o.Limit != 50 ||
				o.MaxBody != 100 || o.MaxDiagram != 20 || o.MaxConcurrent != 2 || len(o.AllowHosts) != 2 {
				t.Errorf("got %+v", o)
			}
		}},
		{"address without port", []string{"--addr", "localhost"}, "want HOST:PORT", nil},
		{"zero timeout", []string{"--query-timeout", "0s"}, "--query-timeout must be more than 0", nil},
		{"zero limit", []string{"--limit", "0"}, "--limit must be 1 or more", nil},
		{"negative body", []string{"--max-body", "-1"}, "--max-body", nil},
		{"arguments", []string{"extra"}, "takes 0 argument(s)", nil},
		{"unknown flag", []string{"--port", "80"}, "unknown flag", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *serveOptions
			cmd := newServeCmd(streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard}, func(o *serveOptions) error {
				got = o
				return nil
			})
			cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err.Error()} })
			cmd.SilenceUsage, cmd.SilenceErrors = true, true
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			cmd.SetArgs(tt.args)
			err := cmd.ExecuteContext(context.Background())
			if tt.wantErr != "" {
				var ue *usageError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want a usage error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, got)
		})
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeAndShutDown runs `newsgraph serve` on loopback, asks it a
// question, then cancels its context as SIGINT does while a slow query is
// in flight: the query gets its answer and serve returns without error.
func TestServeAndShutDown(t *testing.T) {
	db := ingestArticle(t)
	var errOut syncBuffer
	addrc := make(chan net.Addr, 1)
	opts := &serveOptions{
		io: streams{In: strings.NewReader(""), Out: io.Discard, Err: &errOut},
		DB: db, Addr: "127.0.0.1:0", QueryTimeout: time.Second, Limit: 100, MaxBody: 1 << 20, MaxDiagram: 100,
		listening: func(a net.Addr) { addrc <- a },
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts.ctx = ctx
	done := make(chan error, 1)
	go func() { done <- runServe(opts) }()
	var base string
	select {
	case a := <-addrc:
		base = "http://" + a.String()
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, errOut.String())
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start")
	}

	res, err := http.Get(base + "/api/ng/evidence?a=Grushko&b=Lavrov")
	if err != nil {
		t.Fatal(err)
	}
	var ev struct {
		Evidence []struct{ Predicate, Sentence string }
	}
	json.NewDecoder(res.Body).Decode(&ev)
	res.Body.Close()
	if len(ev.Evidence) == 0 || ev.Evidence[0].Predicate != "deputy_of" {
		t.Errorf("evidence: got %+v", ev)
	}

	// A runaway query in flight when the signal comes.
	slow := make(chan string, 1)
	go func() {
		res, err := http.Post(base+"/api/ng/query", "text/plain", strings.NewReader("while (true) {}"))
		if err != nil {
			slow <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		slow <- string(b)
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if got := <-slow; !strings.Contains(got, "query interrupted") {
		t.Errorf("query in flight: got %q, want its deadline error", got)
	}
	if _, err := http.Get(base + "/api/ng/meta"); err == nil {
		t.Error("the server still answers after shutdown")
	}
	out := errOut.String()
	for _, want := range []string{"serving " + db + " (read-only) at http://127.0.0.1:", "stopped"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
