package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"     // Gizmo (JavaScript)
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL
	_ "github.com/cayleygraph/cayley/query/mql"     // MQL
)

// QueryLanguages lists the query languages Query accepts.
func QueryLanguages() []string {
	l := query.Languages()
	sort.Strings(l)
	return l
}

// Results iterates over the results of a query. Call Next until it returns
// false, then check Err; always Close.
type Results struct {
	it  query.Iterator
	qs  graph.QuadStore
	raw bool // Gizmo results come raw: see result
	cur any
	err error
}

// Query runs a query in lang ("gizmo", "graphql", "mql") against the
// store. limit caps the number of results (0: no cap). The context bounds
// the whole run: a script that loops forever is interrupted when it ends.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) (*Results, error) {
	if query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("query: unknown language %q (have %v)", lang, QueryLanguages())
	}
	// Gizmo's JSON collation drops the value a script ends with
	// (g.V().Count()), so its results are taken raw and converted here.
	col, raw := query.JSON, lang == gizmo.Name
	if raw {
		col = query.Raw
	}
	it, err := query.Execute(ctx, s.qs, lang, text, query.Options{Limit: limit, Collation: col})
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	return &Results{it: it, qs: s.qs, raw: raw}, nil
}

// result converts the current result to a JSON-encodable value.
func (r *Results) result() (any, error) {
	v := r.it.Result()
	if !r.raw {
		return v, nil
	}
	g, ok := v.(*gizmo.Result)
	if !ok {
		return v, nil
	}
	if g.Val != nil || g.Meta {
		return g.Val, nil
	}
	out := make(map[string]any, len(g.Tags))
	for k, ref := range g.Tags {
		name, err := r.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		if name == nil {
			continue
		}
		if nv, ok := name.Native().(quad.Value); ok && nv == name {
			out[k] = quad.StringOf(name) // IRIs as "<...>"
		} else {
			out[k] = name.Native()
		}
	}
	return out, nil
}

// Next advances to the next result.
func (r *Results) Next(ctx context.Context) bool {
	for r.it.Next(ctx) {
		v, err := r.result()
		if err != nil {
			r.err = fmt.Errorf("query: %w", err)
			return false
		}
		if v == nil {
			continue // a script that ends without a value
		}
		r.cur = v
		return true
	}
	if err := r.it.Err(); err != nil {
		r.err = fmt.Errorf("query: %w", err)
	} else if err := ctx.Err(); err != nil {
		r.err = fmt.Errorf("query: %w", err)
	}
	return false
}

// Result is the current result: a JSON-encodable value, usually a map from
// tag to value (IRIs as "<...>", literals as strings or numbers).
func (r *Results) Result() any { return r.cur }

// Err is the error that ended the iteration, if any.
func (r *Results) Err() error { return r.err }

// Close releases the query.
func (r *Results) Close() error { return r.it.Close() }
