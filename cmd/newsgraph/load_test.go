package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// loadRun runs runLoad with buffers as streams and stdin as standard
// input.
func loadRun(t *testing.T, opts loadOptions, stdin string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.io = streams{In: strings.NewReader(stdin), Out: &out, Err: &errOut}
	if opts.ctx == nil {
		opts.ctx = context.Background()
	}
	if opts.BatchSize == 0 {
		opts.BatchSize = graph.DefaultLoadBatch
	}
	err = runLoad(&opts)
	return out.String(), errOut.String(), err
}

// dbQuads lists the quads of the store at db, sorted, with their labels.
func dbQuads(t *testing.T, db string) []string {
	t.Helper()
	st, err := graph.Open(context.Background(), db, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []string
	err = st.EachQuad(context.Background(), func(q quad.Quad) error {
		s := q.String()
		if q.Label != nil {
			s += " " + q.Label.String()
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestLoadRoundTrip exports a store as N-Quads and as JSON-LD and loads
// each into an empty store: the quads are the same.
func TestLoadRoundTrip(t *testing.T) {
	src := newExportStore(t)
	want := dbQuads(t, src)
	dir := t.TempDir()
	for _, tt := range []struct{ format, file string }{
		{"nquads", "graph.nq"},
		{"jsonld", "graph.jsonld"},
		{"nquads", "-"},
		{"jsonld", "-"},
	} {
		t.Run(tt.format+" "+tt.file, func(t *testing.T) {
			out, _, err := exportRun(t, exportOptions{DB: src, Format: tt.format})
			if err != nil {
				t.Fatal(err)
			}
			in, stdin := filepath.Join(dir, tt.file), ""
			if tt.file == "-" {
				in, stdin = "-", out
			} else if err := os.WriteFile(in, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(t.TempDir(), "new.db")
			stdout, stderr, err := loadRun(t, loadOptions{DB: dst, Paths: []string{in}}, stdin)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			got := dbQuads(t, dst)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("loaded store differs\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			name := in
			if in == "-" {
				name = "standard input"
			}
			if wantMsg := "loaded " + name + " (" + tt.format + ") into " + dst; !strings.HasPrefix(stdout, wantMsg) ||
				!strings.Contains(stdout, strconv.Itoa(len(want))+" quads read, "+strconv.Itoa(len(want))+" new, 1 transaction\n") {
				t.Errorf("got message %q, want %q... with the counts", stdout, wantMsg)
			}
		})
	}
}

// TestLoadBadInput checks that a bad file is reported with its line and
// loses nothing already stored, and that the other files still load.
func TestLoadBadInput(t *testing.T) {
	db := newExportStore(t)
	before := dbQuads(t, db)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.nq")
	os.WriteFile(bad, []byte("<http://a.org/s> <http://a.org/p> \"o\" .\n<http://a.org/s> <http://a.org/p> \"o .\n"), 0o644)
	good := filepath.Join(dir, "good.nq")
	os.WriteFile(good, []byte("<http://a.org/s> <http://a.org/p> \"o\" .\n"), 0o644)

	_, _, err := loadRun(t, loadOptions{DB: db, Paths: []string{bad}}, "")
	if err == nil || !strings.Contains(err.Error(), bad+":2: invalid N-Quads") {
		t.Errorf("got error %v, want one naming %s:2", err, bad)
	}
	if after := dbQuads(t, db); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("the store changed: %d quads, then %d", len(before), len(after))
	}

	stdout, stderr, err := loadRun(t, loadOptions{DB: db, Paths: []string{bad, good}}, "")
	if !errors.Is(err, errPartial) {
		t.Errorf("got error %v, want a partial success", err)
	}
	if !strings.Contains(stderr, bad+":2:") || !strings.Contains(stdout, "loaded "+good) {
		t.Errorf("got stdout %q and stderr %q", stdout, stderr)
	}
	if after := dbQuads(t, db); len(after) != len(before)+1 {
		t.Errorf("got %d quads, want %d", len(after), len(before)+1)
	}
}

func TestLoadErrors(t *testing.T) {
	db := newExportStore(t)
	tests := []struct {
		name  string
		opts  loadOptions
		stdin string
		usage bool
		want  string
	}{
		{"bad format", loadOptions{Format: "turtle", Paths: []string{"-"}}, "", true, `unknown --format "turtle"`},
		{"bad batch", loadOptions{BatchSize: -1, Paths: []string{"-"}}, "", true, "--batch"},
		{"missing file", loadOptions{Paths: []string{"nothere.nq"}}, "", false, "nothere.nq"},
		{"a directory", loadOptions{Paths: []string{"."}}, "", false, "a directory"},
		{"sniffed JSON-LD", loadOptions{Paths: []string{"-"}}, "  [{\"@id\": ", false, "standard input:1: invalid JSON"},
		{"forced format", loadOptions{Format: "jsonld", Paths: []string{"-"}}, "<a> <b> <c> .", false, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.DB = db
			_, _, err := loadRun(t, tt.opts, tt.stdin)
			if err == nil {
				t.Fatal("got no error")
			}
			var ue *usageError
			if got := errors.As(err, &ue); got != tt.usage {
				t.Errorf("got usage error %v, want %v (%v)", got, tt.usage, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %q, want it to say %s", err, tt.want)
			}
		})
	}
}

func TestLoadFlags(t *testing.T) {
	var got *loadOptions
	cmd := newLoadCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *loadOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--db", "x.db", "-f", "jsonld", "--batch", "100", "a.jsonld", "-"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.DB != "x.db" || got.Format != "jsonld" || got.BatchSize != 100 || strings.Join(got.Paths, " ") != "a.jsonld -" {
		t.Errorf("got options %+v", *got)
	}
	cmd = newLoadCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *loadOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"g.nq"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.DB != defaultDB || got.Format != "" || got.BatchSize != graph.DefaultLoadBatch {
		t.Errorf("got defaults %+v", *got)
	}
	cmd = newLoadCmd(streams{Out: io.Discard, Err: io.Discard}, nil)
	cmd.SetArgs(nil)
	var ue *usageError
	if err := cmd.Execute(); !errors.As(err, &ue) {
		t.Errorf("no arguments: got %v, want a usage error", err)
	}
}
