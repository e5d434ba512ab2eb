// Package queries holds the saved Gizmo queries of newsgraph, embedded in
// the binary. Each file NAME.js starts with a comment block:
//
//	// NAME: what the query answers, in one line.
//	// usage: NAME ARG [OPTIONAL]
//	// More lines of explanation.
//
// Arguments reach the script as the array `args` (strings). Every query is
// run after prelude.js, which defines helpers such as entity(name).
package queries

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.js
var files embed.FS

// Query is one saved query.
type Query struct {
	// Name is the file name without ".js".
	Name string
	// Summary is the one-line description.
	Summary string
	// Usage is the argument synopsis, e.g. "evidence A B".
	Usage string
	// Doc is the rest of the header comment.
	Doc string
	// Params are the argument names of Usage; optional ones end in "?".
	Params []string
	// Source is the script.
	Source string
}

// Required is the number of arguments the query needs.
func (q *Query) Required() int {
	n := 0
	for _, p := range q.Params {
		if !strings.HasSuffix(p, "?") {
			n++
		}
	}
	return n
}

const preludeFile = "prelude.js"

// List returns the saved queries sorted by name.
func List() ([]*Query, error) {
	names, err := fs.Glob(files, "*.js")
	if err != nil {
		return nil, err
	}
	var out []*Query
	for _, n := range names {
		if n == preludeFile {
			continue
		}
		q, err := load(n)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Get returns the saved query called name.
func Get(name string) (*Query, error) {
	if strings.ContainsAny(name, "/\\.") || name == "prelude" {
		return nil, fmt.Errorf("no saved query %q", name)
	}
	q, err := load(name + ".js")
	if err != nil {
		if _, ok := err.(*fs.PathError); ok {
			return nil, fmt.Errorf("no saved query %q (newsgraph query --list shows them)", name)
		}
		return nil, err
	}
	return q, nil
}

func load(file string) (*Query, error) {
	b, err := files.ReadFile(file)
	if err != nil {
		return nil, err
	}
	q := &Query{Name: strings.TrimSuffix(file, ".js"), Source: string(b)}
	var doc []string
	for i, line := range strings.Split(q.Source, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		switch {
		case i == 0:
			name, summary, ok := strings.Cut(line, ":")
			if !ok || strings.TrimSpace(name) != q.Name {
				return nil, fmt.Errorf("queries: %s: first line must be \"// %s: summary\"", file, q.Name)
			}
			q.Summary = strings.TrimSpace(summary)
		case strings.HasPrefix(line, "usage:"):
			q.Usage = strings.TrimSpace(strings.TrimPrefix(line, "usage:"))
			for _, f := range strings.Fields(q.Usage)[1:] {
				if strings.HasPrefix(f, "[") {
					f = strings.Trim(f, "[]") + "?"
				}
				q.Params = append(q.Params, f)
			}
		default:
			doc = append(doc, line)
		}
	}
	if q.Usage == "" {
		return nil, fmt.Errorf("queries: %s: no \"// usage:\" line", file)
	}
	q.Doc = strings.TrimSpace(strings.Join(doc, "\n"))
	return q, nil
}

// Script returns the program to run for the query with args: the prelude,
// the arguments as the array `args`, then the query.
func (q *Query) Script(args []string) (string, error) {
	return q.ScriptWith(args, Options{})
}

// Options tune how saved queries read the graph.
type Options struct {
	// MinConfidence hides edges whose best supporting statement is less
	// confident (edges loaded without statements count as certain).
	MinConfidence float64
}

// Prelude returns the helpers of prelude.js with the options set, for
// queries of the user's own that want them (entityIDs, confident, ...).
func Prelude(opts Options) (string, error) {
	b, err := files.ReadFile(preludeFile)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s\nvar MIN_CONFIDENCE = %g;\n", b, opts.MinConfidence), nil
}

// ScriptWith is Script with options.
func (q *Query) ScriptWith(args []string, opts Options) (string, error) {
	if len(args) < q.Required() || len(args) > len(q.Params) {
		return "", fmt.Errorf("saved query %s takes %s, got %d argument(s)\nusage: newsgraph query --saved %s", q.Name, plural(q), len(args), q.Usage)
	}
	prelude, err := Prelude(opts)
	if err != nil {
		return "", err
	}
	if args == nil {
		args = []string{}
	}
	js, err := json.Marshal(args)
	if err != nil {
		return "", err
	}
	return string(prelude) + "\nvar args = " + string(js) + ";\n" + q.Source, nil
}

func plural(q *Query) string {
	req, all := q.Required(), len(q.Params)
	if req == all {
		return fmt.Sprintf("%d argument(s)", req)
	}
	return fmt.Sprintf("%d to %d arguments", req, all)
}
