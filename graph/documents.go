package graph

import (
	"context"
	"path/filepath"
	"sort"
	"time"

	"github.com/cayleygraph/quad"
)

// Documents lists the document nodes of the store with their path, hash,
// title and ingest time, by path, then ID. It reads the documents' own
// quads, not the whole store.
func (s *Store) Documents(ctx context.Context) ([]Doc, error) {
	var ids []quad.Value
	err := s.eachQuad(ctx, quad.Object, Document.IRI(), func(q quad.Quad) error {
		if q.Predicate == TypePredicate {
			ids = append(ids, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Doc, 0, len(ids))
	for _, id := range ids {
		d := Doc{ID: valueString(id)}
		err := s.eachQuad(ctx, quad.Subject, id, func(q quad.Quad) error {
			switch Predicate(valueString(q.Predicate)) {
			case Path:
				d.Path = valueString(q.Object)
			case ContentHash:
				d.Hash = valueString(q.Object)
			case DocTitle:
				d.Title = valueString(q.Object)
			case IngestedAt:
				if at, err := time.Parse(time.RFC3339, valueString(q.Object)); err == nil {
					d.IngestedAt = at.UTC()
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// FindDocuments returns the documents that name means: a document ID
// (doc/...), the path a document was read from (compared cleaned, and
// also made absolute against the working directory), or, when nothing
// else matches, the base name of that path.
func (s *Store) FindDocuments(ctx context.Context, name string) ([]Doc, error) {
	docs, err := s.Documents(ctx)
	if err != nil {
		return nil, err
	}
	abs := func(p string) string {
		if a, err := filepath.Abs(p); err == nil {
			return a
		}
		return filepath.Clean(p)
	}
	var byPath, byBase []Doc
	for _, d := range docs {
		switch {
		case d.ID == name:
			return []Doc{d}, nil
		case d.Path == "" || d.Path == "-":
		case d.Path == name || filepath.Clean(d.Path) == filepath.Clean(name) || abs(d.Path) == abs(name):
			byPath = append(byPath, d)
		case filepath.Base(d.Path) == name:
			byBase = append(byBase, d)
		}
	}
	if len(byPath) > 0 {
		return byPath, nil
	}
	return byBase, nil
}
