package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/evalgold"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestEvalGoldFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    evalGoldOptions
		wantErr bool
	}{
		{"dir", []string{"gold-dir"}, evalGoldOptions{Dir: "gold-dir"}, false},
		{"verbose", []string{"-v", "gold-dir"}, evalGoldOptions{Dir: "gold-dir", Verbose: true}, false},
		{"json", []string{"gold-dir", "--json"}, evalGoldOptions{Dir: "gold-dir", JSON: true}, false},
		{"no dir", nil, evalGoldOptions{}, true},
		{"two dirs", []string{"a", "b"}, evalGoldOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *evalGoldOptions
			cmd := newEvalGoldCmd(streams{Out: io.Discard, Err: io.Discard}, func(o *evalGoldOptions) error {
				got = o
				return nil
			})
			if !executeFlags(t, cmd, tt.args, tt.wantErr) {
				return
			}
			if got.Dir != tt.want.Dir || got.Verbose != tt.want.Verbose || got.JSON != tt.want.JSON {
				t.Errorf("got options %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// goldDir writes a gold directory with one document and returns it.
func goldDir(t *testing.T, withDoc bool) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "gold/summit.json", `{
  "doc": "summit.txt",
  "entities": [
    {"id": "putin", "type": "Person", "names": ["Vladimir Putin", "Putin"]},
    {"id": "russia", "type": "Country", "names": ["Russia"]}
  ],
  "relations": [{"s": "putin", "p": "leader_of", "o": "russia", "evidence": "Russian President Vladimir Putin"}],
  "attributes": [{"s": "putin", "p": "title", "o": ["president"]}]
}`)
	if withDoc {
		writeFile(t, dir, "docs/summit.txt", "Russian President Vladimir Putin arrived in Geneva on Wednesday.\n")
	}
	return dir
}

func TestRunEvalGold(t *testing.T) {
	dir := goldDir(t, true)
	nothing := evalgold.ExtractorFunc(func(*text.Document) ([]quad.Quad, error) { return nil, nil })
	var out, errOut bytes.Buffer
	opts := &evalGoldOptions{io: streams{Out: &out, Err: &errOut}, ctx: context.Background(), Dir: dir, Verbose: true, Extractor: nothing}
	if err := runEvalGold(opts); err != nil {
		t.Fatal(err)
	}
	want := `summit                                   entities F1 0.000  relations F1 0.000 (P 0.00 R 0.00)  attributes F1 0.000
  entity FN  Person       Vladimir Putin
  entity FN  Country      Russia
  rel FN     leader_of        putin -> russia   [Russian President Vladimir Putin]
  attr FN    title            putin = ['president']
per predicate (tp/fp/fn): leader_of 0/0/1
TOTAL entities P 0.000 R 0.000 F1 0.000 | relations P 0.000 R 0.000 F1 0.000 | attributes P 0.000 R 0.000 F1 0.000
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}

	// The project's extractor, through the command.
	stdout, stderr, err := runEval(t, "gold", dir)
	if err != nil || !strings.HasPrefix(stdout, "summit ") || !strings.Contains(stdout, "\nTOTAL entities P ") {
		t.Errorf("got error %v\n%s%s", err, stdout, stderr)
	}
	stdout, stderr, err = runEval(t, "gold", "--json", dir)
	var js struct {
		Docs     []map[string]any   `json:"docs"`
		Entities map[string]float64 `json:"entities"`
	}
	if jerr := json.Unmarshal([]byte(stdout), &js); err != nil || jerr != nil || len(js.Docs) != 1 || len(js.Entities) != 3 {
		t.Errorf("got errors %v, %v\n%s%s", err, jerr, stdout, stderr)
	}
}

// runEval runs the eval command with args and returns its output and error.
func runEval(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := newEvalCmd(streams{Out: &out, Err: &errOut})
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

func TestRunEvalGoldErrors(t *testing.T) {
	// A missing document is scored as empty and named, and the error says
	// that something was skipped (exit code 3).
	stdout, stderr, err := runEval(t, "gold", goldDir(t, false))
	if !errors.Is(err, errPartial) || !strings.Contains(stderr, "summit: ") || !strings.Contains(stdout, "TOTAL entities P 0.000") {
		t.Errorf("missing document: got error %v\n%s%s", err, stdout, stderr)
	}
	_, _, err = runEval(t, "gold", t.TempDir())
	if err == nil || errors.Is(err, errPartial) || errors.As(err, new(*usageError)) || !strings.HasPrefix(err.Error(), "eval gold: ") {
		t.Errorf("no gold directory: got error %v, want a failure", err)
	}
}

func TestEvalCmd(t *testing.T) {
	stdout, _, err := runEval(t)
	if err != nil || !strings.Contains(stdout, "gold") {
		t.Errorf("eval: got error %v\n%s", err, stdout)
	}
	_, _, err = runEval(t, "silver")
	if !errors.As(err, new(*usageError)) || !strings.Contains(err.Error(), `unknown command "silver" (one of `) || !strings.Contains(err.Error(), "gold") {
		t.Errorf("eval silver: got error %v, want a usage error", err)
	}
}
