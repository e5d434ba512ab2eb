package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

type extractOptions struct {
	io     streams
	ctx    context.Context
	Paths  []string
	Format string
}

func newExtractCmd(io streams, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{io: io}
	cmd := &cobra.Command{
		Use:   "extract FILE|DIR|- ...",
		Short: "Print the facts extracted from texts, without a store",
		Long: `Extract runs the same extraction as ingest and prints the result instead of
storing it: quads as N-Quads or JSON-LD with full IRIs (for RDF tools and
pipelines), or one JSON object per document with entities, relations,
attributes and their evidence.`,
		Example: `  newsgraph extract examples/diplomacy-talks.txt
  newsgraph extract --format json examples/ | jq '.relations[]'
  newsgraph extract --format nquads article.txt > article.nq`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ctx = cmd.Context()
			opts.Paths = args
			switch opts.Format {
			case "nquads", "jsonld", "json":
			default:
				return usagef("extract: unknown --format %q (nquads, jsonld or json)", opts.Format)
			}
			if runF != nil {
				return runF(opts)
			}
			return runExtract(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "nquads", "output format: nquads, jsonld or json")
	return cmd
}

func runExtract(opts *extractOptions) error {
	x, err := extract.New()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(opts.io.Out)
	defer out.Flush()
	skipped := 0
	skip := func(path string, err error) {
		skipped++
		fmt.Fprintf(opts.io.Err, "skip %s: %s\n", path, strings.TrimPrefix(err.Error(), path+": "))
	}
	var all []*graph.Facts
	// The documents ingest would store (a large file in parts), extracted
	// and formatted on every core and written in the order of the files.
	xopts := ingest.ExtractOptions{Extractor: x, Stdin: opts.io.In, Workers: runtime.GOMAXPROCS(0)}
	switch opts.Format {
	case "json":
		xopts.Render = func(ev *ingest.Event, w *bytes.Buffer) error {
			return json.NewEncoder(w).Encode(factsJSON(ev.Facts))
		}
	case "nquads":
		xopts.Render = func(ev *ingest.Event, w *bytes.Buffer) error {
			_, err := graph.WriteFacts(w, "nquads", ev.Facts)
			return err
		}
	}
	err = ingest.Extract(opts.ctx, ingest.Files(opts.Paths, skip), xopts, func(ev *ingest.Event) error {
		switch {
		case ev.Doc != nil && ev.Err != nil:
			skip(ev.Doc.Path, ev.Err)
		case ev.Doc != nil:
			if opts.Format == "jsonld" {
				// JSON-LD is one document: collect, write at the end.
				all = append(all, ev.Facts)
				return nil
			}
			_, err := out.Write(ev.Output)
			return err
		case ev.End && ev.Err != nil:
			skip(ev.Path, ev.Err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if opts.Format == "jsonld" {
		if _, err := graph.WriteFacts(out, "jsonld", all...); err != nil {
			return err
		}
	}
	if skipped > 0 {
		return fmt.Errorf("%d input(s) skipped: %w", skipped, errPartial)
	}
	return nil
}

// factsJSON is the --format json shape of one document's facts.
func factsJSON(f *graph.Facts) any {
	type evidence struct {
		Sentence   string  `json:"sentence"`
		Start      int     `json:"start"`
		End        int     `json:"end"`
		Surface    string  `json:"surface,omitempty"`
		Rule       string  `json:"rule,omitempty"`
		Confidence float64 `json:"confidence"`
	}
	type entity struct {
		ID       string   `json:"id"`
		Type     string   `json:"type"`
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases,omitempty"`
		Mentions int      `json:"mentions"`
	}
	type relation struct {
		Subject   string   `json:"subject"`
		Predicate string   `json:"predicate"`
		Object    string   `json:"object"`
		Evidence  evidence `json:"evidence"`
	}
	ev := func(e graph.Evidence) evidence {
		return evidence{e.Sentence, e.Start, e.End, e.Surface, e.Rule, graph.RoundConfidence(e.Confidence)}
	}
	out := struct {
		Doc        graph.Doc  `json:"doc"`
		Entities   []entity   `json:"entities"`
		Relations  []relation `json:"relations"`
		Attributes []relation `json:"attributes"`
	}{Doc: f.Doc, Entities: []entity{}, Relations: []relation{}, Attributes: []relation{}}
	for _, e := range f.Entities {
		out.Entities = append(out.Entities, entity{e.ID, string(e.Type), e.Name, e.Aliases, e.Mentions})
	}
	for _, r := range f.Relations {
		out.Relations = append(out.Relations, relation{r.Subject, string(r.Predicate), r.Object, ev(r.Evidence)})
	}
	for _, a := range f.Attributes {
		out.Attributes = append(out.Attributes, relation{a.Subject, string(a.Predicate), a.Value, ev(a.Evidence)})
	}
	return out
}
