package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/queries"
)

type queryOptions struct {
	io      streams
	ctx     context.Context
	DB      string
	Lang    string
	Format  string
	Limit   int
	Timeout time.Duration
	File    string
	Saved   string
	List    bool
	Args    []string
	// MinConfidence is passed to scripts as MIN_CONFIDENCE.
	MinConfidence float64
}

func newQueryCmd(io streams, runF func(*queryOptions) error) *cobra.Command {
	opts := &queryOptions{io: io}
	cmd := &cobra.Command{
		Use:   "query [QUERY | --file FILE | --saved NAME [ARG...] | --list]",
		Short: "Run a Gizmo query, or a saved one, against the store",
		Long: `Query runs a query against the store and prints the results, one JSON object
per line by default.

Gizmo is Cayley's JavaScript query language. Predicates and types are short
IRIs: <name>, <alias>, <rdf:type>, <Person>, <leader_of>, <deputy_of>,
<member_of>, ... (see the README's schema). Statement nodes (<Statement>) link
every edge to its sentence: <subject>, <predicate>, <object>, <sentence>,
<document>, <confidence>.

Saved queries (newsgraph query --list) answer common questions by name.`,
		Example: `  newsgraph query 'g.V().Has("<name>", "Alexander Grushko").Out("<deputy_of>").Out("<name>").All()'
  newsgraph query --format table 'g.V().Has("<rdf:type>", "<Country>").Out("<name>").All()'
  newsgraph query --saved evidence "Grushko" "Sergey Lavrov"
  newsgraph query --list`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			opts.Args = args
			given := 0
			for _, b := range []bool{opts.File != "", opts.Saved != "", opts.List} {
				if b {
					given++
				}
			}
			switch {
			case given > 1:
				return usagef("query: give only one of --file, --saved and --list")
			case given == 0 && len(args) != 1:
				return usagef("query: give one query (quote it), or --file, --saved or --list")
			case opts.File != "" && len(args) > 0, opts.List && len(args) > 0:
				return usagef("query: unexpected arguments %q", args)
			}
			switch opts.Format {
			case "jsonl", "json", "table":
			default:
				return usagef("query: unknown --format %q (jsonl, json or table)", opts.Format)
			}
			if opts.Limit < 0 {
				return usagef("query: --limit must be 0 (no limit) or more")
			}
			if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
				return usagef("query: --min-confidence must be between 0 and 1")
			}
			if runF != nil {
				return runF(opts)
			}
			return runQuery(opts)
		},
	}
	addDBFlag(cmd, &opts.DB)
	f := cmd.Flags()
	f.StringVarP(&opts.Lang, "lang", "l", "gizmo", "query language: gizmo, graphql or mql")
	f.StringVarP(&opts.Format, "format", "f", "jsonl", "output: jsonl (a JSON object per line), json (one array) or table")
	f.IntVarP(&opts.Limit, "limit", "n", 1000, "stop after this many results (0: no limit)")
	f.DurationVar(&opts.Timeout, "timeout", 30*time.Second, "stop a query that runs longer than this")
	f.StringVar(&opts.File, "file", "", "read the query from this file (- for standard input)")
	f.StringVar(&opts.Saved, "saved", "", "run the saved query NAME with the arguments that follow")
	f.BoolVar(&opts.List, "list", false, "list the saved queries")
	f.Float64Var(&opts.MinConfidence, "min-confidence", 0, "saved queries leave out edges whose best statement is less confident; Gizmo scripts get it as MIN_CONFIDENCE, with the prelude's confident(s, p, o)")
	return cmd
}

func runQuery(opts *queryOptions) error {
	if opts.List {
		return listSaved(opts.io.Out)
	}
	text, err := queryText(opts)
	if err != nil {
		return err
	}
	st, err := openStore(opts.ctx, opts.DB, false)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := opts.ctx
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	res, err := st.Query(ctx, opts.Lang, text, opts.Limit)
	if err != nil {
		return err
	}
	defer res.Close()
	out := bufio.NewWriter(opts.io.Out)
	defer out.Flush()
	var rows []any
	for res.Next(ctx) {
		if opts.Format == "jsonl" {
			if err := writeJSONLine(out, res.Result()); err != nil {
				return err
			}
			continue
		}
		rows = append(rows, res.Result())
	}
	if err := res.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("query stopped after --timeout %s", opts.Timeout)
		}
		return err
	}
	switch opts.Format {
	case "json":
		if rows == nil {
			rows = []any{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case "table":
		return writeTable(out, rows)
	}
	return nil
}

// queryText returns the query to run: the argument, the file, or the saved
// query with its arguments.
func queryText(opts *queryOptions) (string, error) {
	switch {
	case opts.Saved != "":
		q, err := queries.Get(opts.Saved)
		if err != nil {
			return "", usagef("query: %v", err)
		}
		s, err := q.ScriptWith(opts.Args, queries.Options{MinConfidence: opts.MinConfidence})
		if err != nil {
			return "", usagef("query: %v", err)
		}
		return s, nil
	}
	var text string
	switch {
	case opts.File == "-":
		b, err := io.ReadAll(opts.io.In)
		if err != nil {
			return "", err
		}
		text = string(b)
	case opts.File != "":
		b, err := os.ReadFile(opts.File)
		if err != nil {
			return "", fmt.Errorf("query: %w", err)
		}
		text = string(b)
	default:
		text = opts.Args[0]
	}
	if opts.MinConfidence > 0 && opts.Lang == "gizmo" {
		// The script may use MIN_CONFIDENCE and the prelude's helpers.
		prelude, err := queries.Prelude(queries.Options{MinConfidence: opts.MinConfidence})
		if err != nil {
			return "", err
		}
		text = prelude + text
	}
	return text, nil
}

func listSaved(w io.Writer) error {
	list, err := queries.List()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, q := range list {
		fmt.Fprintf(tw, "%s\t%s\n", q.Usage, q.Summary)
	}
	return tw.Flush()
}

func writeJSONLine(w io.Writer, v any) error {
	b, err := marshalJSON(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// marshalJSON encodes v without escaping <, > and & (IRIs print as <...>).
func marshalJSON(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// writeTable prints rows as aligned columns: one column per key of the
// result objects, sorted, "id" first; other values in a single column.
func writeTable(w io.Writer, rows []any) error {
	keys := map[string]bool{}
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				keys[k] = true
			}
		}
	}
	cols := make([]string, 0, len(keys))
	for k := range keys {
		cols = append(cols, k)
	}
	sort.Slice(cols, func(i, j int) bool {
		if (cols[i] == "id") != (cols[j] == "id") {
			return cols[i] == "id"
		}
		return cols[i] < cols[j]
	})
	if len(cols) == 0 {
		cols = []string{"result"}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	for _, r := range rows {
		cells := make([]string, len(cols))
		m, isMap := r.(map[string]any)
		for i, c := range cols {
			var v any = r
			if isMap {
				v = m[c]
			} else if i > 0 {
				continue
			}
			cells[i] = cell(v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	fmt.Fprintf(tw, "(%d rows)\n", len(rows))
	return tw.Flush()
}

func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.ReplaceAll(v, "\n", " ")
	}
	b, err := marshalJSON(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
