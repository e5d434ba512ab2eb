package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// EachEntity calls fn for every entity of the store, by type (in the
// order of EntityTypes), then name, then ID, as Subgraph of the whole
// store has them. Each entity is read from its own quads when its turn
// comes: EachEntity holds the names and IDs of one type, not the
// entities.
func (s *Store) EachEntity(ctx context.Context, fn func(EntityInfo) error) error {
	r, err := newFocusReader(s, Selection{}, nil)
	if err != nil {
		return err
	}
	nameRef, err := s.qs.ValueOf(Name.IRI())
	if err != nil {
		return err
	}
	for _, t := range EntityTypes {
		ids, err := s.typed(ctx, t)
		if err != nil {
			return err
		}
		// The smallest name of each, read alone.
		type named struct{ name, id string }
		list := make([]named, 0, len(ids))
		for _, id := range ids {
			n := named{id: id}
			if nameRef != nil {
				err := s.eachRef(ctx, quad.Subject, quad.IRI(id), func(r graph.Ref) error {
					p, err := s.qs.QuadDirection(r, quad.Predicate)
					if err != nil || p == nil || p.Key() != nameRef.Key() {
						return err
					}
					o, err := s.qs.QuadDirection(r, quad.Object)
					if err != nil {
						return err
					}
					ov, err := s.qs.NameOf(o)
					if v := valueString(ov); err == nil && (n.name == "" || v < n.name) {
						n.name = v
					}
					return err
				})
				if err != nil {
					return err
				}
			}
			list = append(list, n)
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].name != list[j].name {
				return list[i].name < list[j].name
			}
			return list[i].id < list[j].id
		})
		for _, n := range list {
			e, err := r.entity(ctx, n.id, r.entityPreds, nil)
			if err != nil {
				return err
			}
			if e.Type != t {
				continue // typed twice: written under its other type
			}
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// typed lists the nodes of type t, through the index of objects.
func (s *Store) typed(ctx context.Context, t Type) ([]string, error) {
	var ids []string
	err := s.eachQuad(ctx, quad.Object, t.IRI(), func(q quad.Quad) error {
		if q.Predicate == TypePredicate {
			ids = append(ids, valueString(q.Subject))
		}
		return nil
	})
	return ids, err
}

// eachRef calls fn for the reference of every quad whose direction d is
// v, without reading the quad.
func (s *Store) eachRef(ctx context.Context, d quad.Direction, v quad.Value, fn func(graph.Ref) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return iterator.Iterate(ctx, s.qs.QuadIterator(d, ref)).Each(fn)
}

// EachEdge calls fn for every edge between entities of the store, by
// predicate, then subject, then object, as Subgraph of the whole store
// has them. It holds the subject, predicate and object of every edge,
// and reads the documents and statements of each from the quads of its
// subject when its turn comes.
func (s *Store) EachEdge(ctx context.Context, fn func(Edge) error) error {
	entities := map[string]bool{}
	for _, t := range EntityTypes {
		ids, err := s.typed(ctx, t)
		if err != nil {
			return err
		}
		for _, id := range ids {
			entities[id] = true
		}
	}
	type key struct {
		p    Predicate
		s, o string
	}
	seen := map[key]bool{}
	var keys []key
	handlers := map[quad.Value]func(quad.Quad) error{}
	for _, p := range Relations {
		handlers[p.IRI()] = func(q quad.Quad) error {
			k := key{p, valueString(q.Subject), valueString(q.Object)}
			if entities[k.s] && entities[k.o] && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
			return nil
		}
	}
	if err := s.scan(ctx, handlers); err != nil {
		return err
	}
	seen, entities = nil, nil
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.p != b.p {
			return a.p < b.p
		}
		if a.s != b.s {
			return a.s < b.s
		}
		return a.o < b.o
	})
	subjects, err := s.predicates(Subject.IRI())
	if err != nil {
		return err
	}
	parts, err := s.predicates(PredicateOf.IRI(), Object.IRI(), Confidence.IRI())
	if err != nil {
		return err
	}
	for len(keys) > 0 {
		// The edges of one subject and predicate.
		n := 1
		for n < len(keys) && keys[n].p == keys[0].p && keys[n].s == keys[0].s {
			n++
		}
		group := keys[:n]
		keys = keys[n:]
		p, subj := group[0].p, group[0].s
		edges := make(map[string]*Edge, len(group))
		for _, k := range group {
			edges[k.o] = &Edge{Subject: subj, Predicate: p, Object: k.o}
		}
		rel, err := s.predicates(p.IRI())
		if err != nil {
			return err
		}
		err = s.eachQuadOf(ctx, quad.Subject, quad.IRI(subj), rel, func(q quad.Quad) error {
			if q.Label == nil {
				return nil
			}
			if e := edges[valueString(q.Object)]; e != nil {
				e.Documents = appendUnique(e.Documents, valueString(q.Label))
			}
			return nil
		})
		if err != nil {
			return err
		}
		// The statements whose subject it is, of this predicate.
		var sts []quad.Value
		err = s.eachQuadOf(ctx, quad.Object, quad.IRI(subj), subjects, func(q quad.Quad) error {
			sts = append(sts, q.Subject)
			return nil
		})
		if err != nil {
			return err
		}
		sup := map[string]*supportCount{}
		for _, st := range sts {
			var pred, obj string
			var conf float64
			err := s.eachQuadOf(ctx, quad.Subject, st, parts, func(q quad.Quad) error {
				switch q.Predicate {
				case PredicateOf.IRI():
					pred = valueString(q.Object)
				case Object.IRI():
					obj = valueString(q.Object)
				case Confidence.IRI():
					if f, ok := q.Object.Native().(float64); ok {
						conf = f
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			if pred != string(p) || edges[obj] == nil {
				continue
			}
			c := sup[obj]
			if c == nil {
				c = &supportCount{}
				sup[obj] = c
			}
			c.n++
			if conf > c.best {
				c.best = conf
			}
		}
		for _, k := range group {
			e := edges[k.o]
			e.Confidence = 1 // see Subgraph
			if c := sup[k.o]; c != nil {
				e.Statements, e.Confidence = c.n, c.best
			}
			sort.Strings(e.Documents)
			if err := fn(*e); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// predicates is a set of predicates, by the keys of their references in
// one store.
type predicates map[any]bool

// predicates returns the set of ps in the store; those it lacks are left
// out.
func (s *Store) predicates(ps ...quad.Value) (predicates, error) {
	set := predicates{}
	for _, p := range ps {
		ref, err := s.qs.ValueOf(p)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			set[ref.Key()] = true
		}
	}
	return set, nil
}

// eachQuadOf calls fn for every quad whose direction d is v and whose
// predicate is one of preds. The others are told apart by the reference
// of their predicate, which the index gives, and never read.
func (s *Store) eachQuadOf(ctx context.Context, d quad.Direction, v quad.Value, preds predicates, fn func(quad.Quad) error) error {
	return s.eachQuadWhere(ctx, d, v, func(r graph.Ref) (bool, error) {
		p, err := s.qs.QuadDirection(r, quad.Predicate)
		return err == nil && p != nil && preds[p.Key()], err
	}, fn)
}
