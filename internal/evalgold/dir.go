package evalgold

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Extractor produces the system's quads for one document.
type Extractor interface {
	Quads(doc *text.Document) ([]quad.Quad, error)
}

// ExtractorFunc adapts a function to Extractor.
type ExtractorFunc func(doc *text.Document) ([]quad.Quad, error)

// Quads calls f(doc).
func (f ExtractorFunc) Quads(doc *text.Document) ([]quad.Quad, error) { return f(doc) }

// FactExtractor extracts a document's facts: the project's
// extract.Extractor.
type FactExtractor interface {
	Extract(doc *text.Document) *graph.Facts
}

// Facts returns an Extractor that scores what x extracts, as the quads
// graph.Quads makes of it: what `newsgraph extract --format nquads`
// prints.
func Facts(x FactExtractor) Extractor {
	return ExtractorFunc(func(doc *text.Document) ([]quad.Quad, error) {
		return graph.Quads(x.Extract(doc)), nil
	})
}

// Report is the score of a gold directory.
type Report struct {
	// Docs are the documents' scores, in the order of their gold files.
	Docs []*DocScore
	// Total sums the documents' counts.
	Total Counts
	// PerPredicate sums the documents' relation tallies by predicate.
	PerPredicate map[string]Tally
}

// ScoreDir scores a directory in the gold format, DIR/gold/NAME.json and
// DIR/docs/NAME.txt, running x on each document in the order of the gold
// files' names. A document that cannot be read or that x fails on is
// scored as an empty graph and its DocScore.Err says why, as score.py
// scores a failed command; an unreadable or invalid gold file, or a
// directory without gold files, is an error.
func ScoreDir(ctx context.Context, dir string, x Extractor) (*Report, error) {
	files, err := goldFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no gold files (*.json)", filepath.Join(dir, "gold"))
	}
	r := &Report{PerPredicate: map[string]Tally{}}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		g, err := ReadGold(f)
		if err != nil {
			return nil, err
		}
		path := g.Doc
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, "docs", path)
		}
		var quads []quad.Quad
		doc, err := text.Load(path)
		if err == nil {
			quads, err = x.Quads(doc)
		}
		d := Score(g, quads)
		d.Name, d.Err = stem(g.Doc), err
		r.add(d)
	}
	return r, nil
}

func (r *Report) add(d *DocScore) {
	r.Docs = append(r.Docs, d)
	r.Total = r.Total.Add(d.Counts)
	for p, t := range d.PerPredicate {
		r.PerPredicate[p] = r.PerPredicate[p].Add(t)
	}
}

// stem is the name without its extension, as Python's os.path.splitext
// cuts it: a leading dot does not start an extension.
func stem(name string) string {
	i := strings.LastIndexByte(name, '.')
	j := strings.LastIndexAny(name, `/`+string(filepath.Separator)) + 1
	if i <= j || strings.Trim(name[j:i], ".") == "" {
		return name
	}
	return name[:i]
}
