package graph

import (
	"context"
	"sort"
	"time"

	"github.com/cayleygraph/quad"
)

// focusNode is an entity node as a focused selection reads it: from its
// own quads, found through the indexes by subject and by object.
type focusNode struct {
	info EntityInfo
	// kept: an entity of the types selected, mentioned in the documents
	// selected, often enough.
	kept bool
	// out and in are its relation quads (of the predicates and documents
	// selected) as subject and as object.
	out, in []quad.Quad
	// asSubject and asObject are the statements (of the documents
	// selected) whose subject, or object, it is.
	asSubject, asObject map[string]bool
}

// focusReader reads the nodes of a focused selection, each once.
type focusReader struct {
	s        *Store
	sel      Selection
	docs     map[string]bool // nil: every document
	preds    map[quad.Value]Predicate
	nodes    map[string]*focusNode
	ingested map[string]ingestedAt // by document node
	support  map[[3]string]supportCount

	// The predicates read of entities (their own quads, and with their
	// relations), of nodes as objects, of statements and of documents.
	entityPreds, nodePreds, objectPreds, statementPreds, documentPreds predicates
}

// newFocusReader returns a reader of the selection sel, of the documents
// docs (nil for all).
func newFocusReader(s *Store, sel Selection, docs map[string]bool) (*focusReader, error) {
	r := &focusReader{s: s, sel: sel, docs: docs, preds: map[quad.Value]Predicate{},
		nodes: map[string]*focusNode{}, ingested: map[string]ingestedAt{}, support: map[[3]string]supportCount{}}
	preds := Relations
	if len(sel.Predicates) > 0 {
		preds = sel.Predicates
	}
	own := []quad.Value{TypePredicate}
	for _, p := range entityPredicates {
		own = append(own, p.IRI())
	}
	rels := []quad.Value{Subject.IRI(), Object.IRI()}
	for _, p := range preds {
		r.preds[p.IRI()] = p
		rels = append(rels, p.IRI())
	}
	var err error
	sets := []struct {
		set *predicates
		ps  []quad.Value
	}{
		{&r.entityPreds, own},
		{&r.nodePreds, append(own, rels[2:]...)},
		{&r.objectPreds, rels},
		{&r.statementPreds, []quad.Value{PredicateOf.IRI(), Object.IRI(), Confidence.IRI()}},
		{&r.documentPreds, []quad.Value{IngestedAt.IRI()}},
	}
	for _, x := range sets {
		if *x.set, err = s.predicates(x.ps...); err != nil {
			return nil, err
		}
	}
	return r, nil
}

type ingestedAt struct {
	at time.Time
	ok bool
}

// focusedSubgraph is Subgraph for a selection with a focus: it starts at
// the focus nodes and walks out hop by hop through each node's own quads,
// reading the entities and edges it keeps and their neighbours, never the
// whole store. It returns what the reading of the whole store would.
func (s *Store) focusedSubgraph(ctx context.Context, sel Selection, docs map[string]bool) (*Subgraph, error) {
	r, err := newFocusReader(s, sel, docs)
	if err != nil {
		return nil, err
	}

	// The neighbourhood: entities kept, within Hops edges of the focus
	// through edges between entities kept, confident enough.
	ids := map[string]bool{}
	var frontier []string
	for _, f := range sel.Focus {
		n, err := r.node(ctx, f)
		if err != nil {
			return nil, err
		}
		if n.kept && !ids[f] {
			ids[f] = true
			frontier = append(frontier, f)
		}
	}
	for h := 0; h < sel.Hops && len(frontier) > 0; h++ {
		var next []string
		for _, id := range frontier {
			n := r.nodes[id]
			for _, qs := range [2][]quad.Quad{n.out, n.in} {
				for _, q := range qs {
					m := valueString(q.Object)
					if m == id {
						m = valueString(q.Subject)
					}
					if ids[m] {
						continue
					}
					ok, err := r.edgeKept(ctx, q)
					if err != nil {
						return nil, err
					}
					if ok {
						ids[m] = true
						next = append(next, m)
					}
				}
			}
		}
		frontier = next
	}

	// The edges between them: each has its subject in ids.
	type key struct {
		s string
		p Predicate
		o string
	}
	edges := map[key]*Edge{}
	for id := range ids {
		for _, q := range r.nodes[id].out {
			o := valueString(q.Object)
			if !ids[o] {
				continue
			}
			k := key{id, r.preds[q.Predicate], o}
			e := edges[k]
			if e == nil {
				sup, err := r.edgeSupport(ctx, k.s, k.p, k.o)
				if err != nil {
					return nil, err
				}
				e = &Edge{Subject: k.s, Predicate: k.p, Object: k.o, Statements: sup.n, Confidence: sup.best}
				if sup.n == 0 {
					e.Confidence = 1 // see Subgraph
				}
				edges[k] = e
			}
			if q.Label != nil {
				e.Documents = appendUnique(e.Documents, valueString(q.Label))
			}
		}
	}
	sg := &Subgraph{Entities: make([]EntityInfo, 0, len(ids))}
	for _, e := range edges {
		if e.Confidence < sel.MinConfidence {
			continue
		}
		sort.Strings(e.Documents)
		sg.Edges = append(sg.Edges, *e)
	}
	sortEdges(sg.Edges)
	for id := range ids {
		sg.Entities = append(sg.Entities, r.nodes[id].info)
	}
	sortEntities(sg.Entities)
	return sg, nil
}

// edgeKept reports whether the relation quad q, of a node read, is an
// edge of the selection: between two entities kept, confident enough.
func (r *focusReader) edgeKept(ctx context.Context, q quad.Quad) (bool, error) {
	s, o := valueString(q.Subject), valueString(q.Object)
	for _, id := range []string{s, o} {
		n, err := r.node(ctx, id)
		if err != nil || !n.kept {
			return false, err
		}
	}
	if r.sel.MinConfidence <= 0 {
		return true, nil // every edge is confident enough
	}
	sup, err := r.edgeSupport(ctx, s, r.preds[q.Predicate], o)
	if err != nil {
		return false, err
	}
	conf := sup.best
	if sup.n == 0 {
		conf = 1
	}
	return conf >= r.sel.MinConfidence, nil
}

// inDocs reports whether a quad comes from the documents selected;
// unlabelled quads belong to every document when labelled is false.
func (r *focusReader) inDocs(q quad.Quad, labelled bool) bool {
	if r.docs == nil {
		return true
	}
	if q.Label == nil {
		return !labelled
	}
	return r.docs[valueString(q.Label)]
}

// node reads the node id from its own quads, once.
func (r *focusReader) node(ctx context.Context, id string) (*focusNode, error) {
	if n := r.nodes[id]; n != nil {
		return n, nil
	}
	n := &focusNode{asSubject: map[string]bool{}, asObject: map[string]bool{}}
	r.nodes[id] = n
	var err error
	n.info, err = r.entity(ctx, id, r.nodePreds, func(q quad.Quad) bool {
		if r.preds[q.Predicate] == "" {
			return false
		}
		if r.inDocs(q, true) {
			n.out = append(n.out, q)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	if n.info.Type == "" {
		return n, nil
	}
	n.kept = n.info.Mentions >= r.sel.MinMentions && (r.docs == nil || n.info.Documents > 0)
	if !n.kept {
		return n, nil
	}
	err = r.s.eachQuadOf(ctx, quad.Object, quad.IRI(id), r.objectPreds, func(q quad.Quad) error {
		switch {
		case r.preds[q.Predicate] != "":
			if r.inDocs(q, true) {
				n.in = append(n.in, q)
			}
		case q.Predicate == Subject.IRI():
			if r.inDocs(q, true) {
				n.asSubject[valueString(q.Subject)] = true
			}
		case q.Predicate == Object.IRI():
			if r.inDocs(q, true) {
				n.asObject[valueString(q.Subject)] = true
			}
		}
		return nil
	})
	return n, err
}

// entity reads the entity id from the quads whose subject it is, of the
// predicates preds and the documents selected; other passes them to other first, which reports
// whether it took them. Its Type is empty when id is not an entity of
// the types selected.
func (r *focusReader) entity(ctx context.Context, id string, preds predicates, other func(quad.Quad) bool) (EntityInfo, error) {
	e := EntityInfo{ID: id}
	var acc entityQuads
	err := r.s.eachQuadOf(ctx, quad.Subject, quad.IRI(id), preds, func(q quad.Quad) error {
		switch {
		case q.Predicate == TypePredicate:
			e.Type = Type(valueString(q.Object))
		case other != nil && other(q):
		case r.inDocs(q, false):
			acc.add(&e, q)
		}
		return nil
	})
	if err != nil {
		return e, err
	}
	if !e.Type.IsEntity() || (len(r.sel.Types) > 0 && !hasType(r.sel.Types, e.Type)) {
		return EntityInfo{ID: id}, nil
	}
	for _, q := range acc.mentionedIn {
		at, err := r.ingestedAt(ctx, valueString(q.Object))
		if err != nil {
			return e, err
		}
		acc.mentioned(&e, at.at, at.ok)
	}
	finishEntity(&e)
	return e, nil
}

// ingestedAt reads when the document doc was ingested, once.
func (r *focusReader) ingestedAt(ctx context.Context, doc string) (ingestedAt, error) {
	if at, ok := r.ingested[doc]; ok {
		return at, nil
	}
	var at ingestedAt
	err := r.s.eachQuadOf(ctx, quad.Subject, quad.IRI(doc), r.documentPreds, func(q quad.Quad) error {
		if q.Predicate == IngestedAt.IRI() {
			if t, ok := parseIngestedAt(q); ok {
				at = ingestedAt{t, true}
			}
		}
		return nil
	})
	r.ingested[doc] = at
	return at, err
}

// edgeSupport counts the statements (of the documents selected) behind
// (s, p, o), both nodes read and kept, and their best confidence: those
// whose subject is s and object o, read for their predicate and
// confidence.
func (r *focusReader) edgeSupport(ctx context.Context, s string, p Predicate, o string) (supportCount, error) {
	k := [3]string{s, string(p), o}
	if sup, ok := r.support[k]; ok {
		return sup, nil
	}
	var sup supportCount
	subj, obj := r.nodes[s].asSubject, r.nodes[o].asObject
	if len(obj) < len(subj) {
		subj, obj = obj, subj
	}
	var sts []string
	for st := range subj {
		if obj[st] {
			sts = append(sts, st)
		}
	}
	for _, st := range sts {
		var pred string
		var conf float64
		err := r.s.eachQuadOf(ctx, quad.Subject, quad.IRI(st), r.statementPreds, func(q quad.Quad) error {
			switch q.Predicate {
			case PredicateOf.IRI():
				if r.inDocs(q, true) {
					pred = valueString(q.Object)
				}
			case Confidence.IRI():
				if f, ok := q.Object.Native().(float64); ok {
					conf = f
				}
			}
			return nil
		})
		if err != nil {
			return sup, err
		}
		if pred == string(p) {
			sup.n++
			if conf > sup.best {
				sup.best = conf
			}
		}
	}
	r.support[k] = sup
	return sup, nil
}

// sortEdges sorts edges by subject, predicate, then object.
func sortEdges(list []Edge) {
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Object < b.Object
	})
}
