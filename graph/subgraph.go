package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"
)

// Edge is a relation between two entities over all documents that state it.
type Edge struct {
	Subject   string
	Predicate Predicate
	Object    string
	// Statements is the number of sentences that support the edge.
	Statements int
	// Confidence is the highest confidence of its statements.
	Confidence float64
	// Documents are the document nodes that state the edge.
	Documents []string
}

// Selection picks part of the graph.
type Selection struct {
	// Focus, when not empty, keeps the entities within Hops edges of these
	// entity IDs.
	Focus []string
	Hops  int
	// Types keeps entities of these types (all when empty).
	Types []Type
	// Predicates keeps edges with these predicates (all when empty).
	Predicates []Predicate
	// MinConfidence drops edges whose best statement is less confident.
	MinConfidence float64
	// MinMentions drops entities mentioned fewer times (in the documents
	// kept), and their edges.
	MinMentions int
	// Documents, when not empty, keeps the facts of these document nodes
	// only: the entities they mention, with mentions, aliases and titles
	// counted in them alone, and the relations they state, with their
	// statements.
	Documents []string
}

// Subgraph is a selection of entities and the edges between them.
type Subgraph struct {
	Entities []EntityInfo
	Edges    []Edge
}

// Subgraph reads the entities and edges picked by sel. A selection with
// a focus reads the focus nodes and their neighbours from their own
// quads (focusedSubgraph); others read the whole store.
func (s *Store) Subgraph(ctx context.Context, sel Selection) (*Subgraph, error) {
	var docs map[string]bool
	if len(sel.Documents) > 0 {
		docs = map[string]bool{}
		for _, d := range sel.Documents {
			docs[d] = true
		}
	}
	if len(sel.Focus) > 0 {
		return s.focusedSubgraph(ctx, sel, docs)
	}
	return s.scanSubgraph(ctx, sel, docs)
}

// scanSubgraph is Subgraph reading the whole store.
func (s *Store) scanSubgraph(ctx context.Context, sel Selection, docs map[string]bool) (*Subgraph, error) {
	ents, err := s.Entities(ctx, EntityFilter{Types: sel.Types, Documents: docs})
	if err != nil {
		return nil, err
	}
	keep := make(map[string]bool, len(ents))
	for _, e := range ents {
		if e.Mentions >= sel.MinMentions {
			keep[e.ID] = true
		}
	}
	support, err := s.statementSupport(ctx, docs)
	if err != nil {
		return nil, err
	}

	type key struct {
		s string
		p Predicate
		o string
	}
	edges := map[key]*Edge{}
	preds := Relations
	if len(sel.Predicates) > 0 {
		preds = sel.Predicates
	}
	handlers := map[quad.Value]func(quad.Quad) error{}
	for _, p := range preds {
		handlers[p.IRI()] = func(q quad.Quad) error {
			if docs != nil && !docs[valueString(q.Label)] {
				return nil
			}
			k := key{valueString(q.Subject), p, valueString(q.Object)}
			if !keep[k.s] || !keep[k.o] {
				return nil
			}
			e := edges[k]
			if e == nil {
				e = &Edge{Subject: k.s, Predicate: p, Object: k.o}
				sup := support[[3]string{k.s, string(p), k.o}]
				e.Statements, e.Confidence = sup.n, sup.best
				if sup.n == 0 {
					// Loaded from elsewhere without provenance: kept as given.
					e.Confidence = 1
				}
				edges[k] = e
			}
			if q.Label != nil {
				e.Documents = appendUnique(e.Documents, valueString(q.Label))
			}
			return nil
		}
	}
	if err := s.scan(ctx, handlers); err != nil {
		return nil, err
	}
	var list []Edge
	for _, e := range edges {
		if e.Confidence < sel.MinConfidence {
			continue
		}
		sort.Strings(e.Documents)
		list = append(list, *e)
	}
	sortEdges(list)

	if len(sel.Focus) > 0 {
		ids := neighbourhood(sel.Focus, sel.Hops, list)
		for id := range keep {
			if !ids[id] {
				delete(keep, id)
			}
		}
		kept := list[:0]
		for _, e := range list {
			if ids[e.Subject] && ids[e.Object] {
				kept = append(kept, e)
			}
		}
		list = kept
	}
	kept := ents[:0]
	for _, e := range ents {
		if keep[e.ID] {
			kept = append(kept, e)
		}
	}
	return &Subgraph{Entities: kept, Edges: list}, nil
}

// neighbourhood returns the entities within hops undirected edges of focus.
func neighbourhood(focus []string, hops int, edges []Edge) map[string]bool {
	adj := map[string][]string{}
	for _, e := range edges {
		adj[e.Subject] = append(adj[e.Subject], e.Object)
		adj[e.Object] = append(adj[e.Object], e.Subject)
	}
	seen := map[string]bool{}
	frontier := focus
	for _, f := range focus {
		seen[f] = true
	}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if !seen[m] {
					seen[m] = true
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	return seen
}

type supportCount struct {
	n    int
	best float64
}

// statementSupport counts the statements behind each (subject, predicate,
// object) and their best confidence; those of the documents docs only,
// when docs is not nil.
func (s *Store) statementSupport(ctx context.Context, docs map[string]bool) (map[[3]string]supportCount, error) {
	parts := map[string]*[3]string{}
	conf := map[string]float64{}
	handlers := map[quad.Value]func(quad.Quad) error{
		Confidence.IRI(): func(q quad.Quad) error {
			if f, ok := q.Object.Native().(float64); ok {
				conf[valueString(q.Subject)] = f
			}
			return nil
		},
	}
	for i, p := range []Predicate{Subject, PredicateOf, Object} {
		handlers[p.IRI()] = func(q quad.Quad) error {
			if docs != nil && !docs[valueString(q.Label)] {
				return nil
			}
			st := valueString(q.Subject)
			x := parts[st]
			if x == nil {
				x = new([3]string)
				parts[st] = x
			}
			x[i] = valueString(q.Object)
			return nil
		}
	}
	if err := s.scan(ctx, handlers); err != nil {
		return nil, err
	}
	out := map[[3]string]supportCount{}
	for st, x := range parts {
		c := out[*x]
		c.n++
		if f := conf[st]; f > c.best {
			c.best = f
		}
		out[*x] = c
	}
	return out, nil
}
