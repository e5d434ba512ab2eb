package graph

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// ValueString returns the text of a literal or the compact IRI of a node,
// as the store keeps them.
func ValueString(v quad.Value) string { return valueString(v) }

// Stats summarises a store.
type Stats struct {
	Documents  int
	Entities   map[Type]int
	Relations  map[Predicate]int // distinct subject-predicate-object edges
	Attributes map[Predicate]int
	Statements int
	Quads      int64
}

// EntityCount is the number of entities of all types.
func (st *Stats) EntityCount() int {
	n := 0
	for _, c := range st.Entities {
		n += c
	}
	return n
}

// RelationCount is the number of distinct edges of all predicates.
func (st *Stats) RelationCount() int {
	n := 0
	for _, c := range st.Relations {
		n += c
	}
	return n
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{Entities: map[Type]int{}, Relations: map[Predicate]int{}, Attributes: map[Predicate]int{}}
	types, err := s.types(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range types {
		switch {
		case t == Document:
			st.Documents++
		case t == Statement:
			st.Statements++
		case t.IsEntity():
			st.Entities[t]++
		}
	}
	// count puts the number of distinct subject-object pairs of each of
	// preds, when not 0, in into.
	count := func(preds []Predicate, into map[Predicate]int) error {
		for _, p := range preds {
			pairs := map[[2]string]bool{}
			err := s.eachQuad(ctx, quad.Predicate, p.IRI(), func(q quad.Quad) error {
				pairs[[2]string{valueString(q.Subject), valueString(q.Object)}] = true
				return nil
			})
			if err != nil {
				return err
			}
			if len(pairs) > 0 {
				into[p] = len(pairs)
			}
		}
		return nil
	}
	if err := count(Relations, st.Relations); err != nil {
		return nil, err
	}
	if err := count([]Predicate{Title, Date}, st.Attributes); err != nil {
		return nil, err
	}
	qstats, err := s.qs.Stats(ctx, true)
	if err != nil {
		return nil, err
	}
	st.Quads = qstats.Quads.Value
	return st, nil
}

// types maps every typed node to its type.
func (s *Store) types(ctx context.Context) (map[string]Type, error) {
	out := map[string]Type{}
	err := s.eachQuad(ctx, quad.Predicate, TypePredicate, func(q quad.Quad) error {
		out[valueString(q.Subject)] = Type(valueString(q.Object))
		return nil
	})
	return out, err
}

// EntityInfo is an entity as stored, over all documents.
type EntityInfo struct {
	ID        string
	Type      Type
	Name      string
	Aliases   []string
	Titles    []string
	Mentions  int
	Documents int
	// FirstSeen and LastSeen are the earliest and latest ingested_at of
	// the documents that mention the entity; zero when none says.
	FirstSeen, LastSeen time.Time
}

// EntityFilter selects entities.
type EntityFilter struct {
	// Types keeps entities of these types; empty keeps all.
	Types []Type
	// IDs keeps only these entities when not nil.
	IDs map[string]bool
	// Documents, when not nil, keeps the entities that these document
	// nodes mention, with their aliases, titles, mentions and documents
	// counted in these documents alone.
	Documents map[string]bool
}

// Entities lists the entities of the store, most mentioned first, then by
// name.
func (s *Store) Entities(ctx context.Context, f EntityFilter) ([]EntityInfo, error) {
	// Two passes over the store (see scan): the types and the documents'
	// times, then the rest.
	types := map[string]Type{}
	ingested := map[string]time.Time{}
	err := s.scan(ctx, map[quad.Value]func(quad.Quad) error{
		TypePredicate: func(q quad.Quad) error {
			types[valueString(q.Subject)] = Type(valueString(q.Object))
			return nil
		},
		IngestedAt.IRI(): ingestTime(ingested),
	})
	if err != nil {
		return nil, err
	}
	byID := map[string]*EntityInfo{}
	for id, t := range types {
		if !t.IsEntity() || (len(f.Types) > 0 && !hasType(f.Types, t)) || (f.IDs != nil && !f.IDs[id]) {
			continue
		}
		byID[id] = &EntityInfo{ID: id, Type: t}
	}
	// inDocs reports whether a quad comes from the documents f keeps;
	// unlabelled quads (type, name) belong to every document.
	inDocs := func(q quad.Quad) bool {
		return f.Documents == nil || q.Label == nil || f.Documents[valueString(q.Label)]
	}
	var acc entityQuads
	collect := func(q quad.Quad) error {
		if e := byID[valueString(q.Subject)]; e != nil && inDocs(q) {
			acc.add(e, q)
		}
		return nil
	}
	handlers := map[quad.Value]func(quad.Quad) error{}
	for _, p := range entityPredicates {
		handlers[p.IRI()] = collect
	}
	if err := s.scan(ctx, handlers); err != nil {
		return nil, err
	}
	for _, q := range acc.mentionedIn {
		at, ok := ingested[valueString(q.Object)]
		acc.mentioned(byID[valueString(q.Subject)], at, ok)
	}
	out := make([]EntityInfo, 0, len(byID))
	for _, e := range byID {
		if f.Documents != nil && e.Documents == 0 {
			continue // not mentioned in the documents kept
		}
		finishEntity(e)
		out = append(out, *e)
	}
	sortEntities(out)
	return out, nil
}

// entityPredicates are the predicates of an entity's own quads that
// entityQuads reads.
var entityPredicates = []Predicate{Name, Alias, Title, MentionCount, MentionedIn}

// entityQuads gathers what the quads whose subject is an entity (of the
// documents selected) say of it: names, aliases, titles, mentions, and
// the documents that mention it, of which mentioned adds the times.
type entityQuads struct {
	counted     map[[2]string]bool // (entity, document) of the mention counts added
	mentionedIn []quad.Quad        // subject and object of mentioned_in quads
}

func (a *entityQuads) add(e *EntityInfo, q quad.Quad) {
	switch q.Predicate {
	case Name.IRI():
		if n := valueString(q.Object); e.Name == "" || n < e.Name {
			// Several documents may give several canonical names; the
			// smallest is kept so that output is deterministic.
			if e.Name != "" {
				e.Aliases = appendUnique(e.Aliases, e.Name)
			}
			e.Name = n
		} else {
			e.Aliases = appendUnique(e.Aliases, n)
		}
	case Alias.IRI():
		e.Aliases = appendUnique(e.Aliases, valueString(q.Object))
	case Title.IRI():
		e.Titles = appendUnique(e.Titles, valueString(q.Object))
	case MentionCount.IRI():
		// One count per document: the quad's label.
		key := [2]string{e.ID, valueString(q.Label)}
		if a.counted == nil {
			a.counted = map[[2]string]bool{}
		}
		if !a.counted[key] {
			a.counted[key] = true
			if n, ok := q.Object.Native().(int64); ok {
				e.Mentions += int(n)
			}
		}
	case MentionedIn.IRI():
		a.mentionedIn = append(a.mentionedIn, quad.Quad{Subject: q.Subject, Object: q.Object})
	}
}

// mentioned counts a document that mentions e, ingested at at when ok:
// the entity's first and last seen.
func (a *entityQuads) mentioned(e *EntityInfo, at time.Time, ok bool) {
	e.Documents++
	if ok {
		if e.FirstSeen.IsZero() || at.Before(e.FirstSeen) {
			e.FirstSeen = at
		}
		if at.After(e.LastSeen) {
			e.LastSeen = at
		}
	}
}

// finishEntity sorts the aliases and titles of e, without its name.
func finishEntity(e *EntityInfo) {
	e.Aliases = removeString(e.Aliases, e.Name)
	sort.Strings(e.Aliases)
	sort.Strings(e.Titles)
}

// sortEntities sorts entities most mentioned first, then by name, then ID.
func sortEntities(out []EntityInfo) {
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
}

// ingestTime returns a handler of ingested_at quads that fills out.
func ingestTime(out map[string]time.Time) func(quad.Quad) error {
	return func(q quad.Quad) error {
		if at, ok := parseIngestedAt(q); ok {
			out[valueString(q.Subject)] = at
		}
		return nil
	}
}

// parseIngestedAt returns the time of the ingested_at quad q, in UTC;
// ok is false when its object is not one.
func parseIngestedAt(q quad.Quad) (at time.Time, ok bool) {
	at, err := time.Parse(time.RFC3339, valueString(q.Object))
	return at.UTC(), err == nil
}

// scan calls the handler of each quad's predicate for every quad whose
// predicate has one. An embedded store has no index by predicate: each
// predicate's quads are found by reading every quad (1.2 s on the 676,000
// quads of the Reuters store), so scan reads the store once for all the
// predicates. A database reads each predicate's quads apart.
func (s *Store) scan(ctx context.Context, handlers map[quad.Value]func(quad.Quad) error) error {
	if !IsEmbedded(s.backend) || len(handlers) == 1 {
		for p, fn := range handlers {
			if err := s.eachQuad(ctx, quad.Predicate, p, fn); err != nil {
				return err
			}
		}
		return nil
	}
	// Quads are told apart by the reference of their predicate, which the
	// store reads with the quad; only the quads kept are read in full.
	byRef := map[any]func(quad.Quad) error{}
	for p, fn := range handlers {
		ref, err := s.qs.ValueOf(p)
		if err != nil {
			return err
		}
		if ref != nil {
			byRef[ref.Key()] = fn
		}
	}
	if len(byRef) == 0 {
		return nil
	}
	err := iterator.Iterate(ctx, s.qs.QuadsAllIterator()).Each(func(r graph.Ref) error {
		p, err := s.qs.QuadDirection(r, quad.Predicate)
		if err != nil || p == nil {
			return err
		}
		fn := byRef[p.Key()]
		if fn == nil {
			return nil
		}
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		return fn(q)
	})
	if err == nil {
		err = ctx.Err() // see eachQuad
	}
	return err
}

// FindEntity returns the IDs of entities whose ID, name or alias is name
// (case-insensitive), best match first: exact name, then alias.
func (s *Store) FindEntity(ctx context.Context, name string) ([]string, error) {
	var byName, byAlias []string
	if ok, err := s.hasSubject(ctx, quad.IRI(name)); err != nil {
		return nil, err
	} else if ok {
		return []string{name}, nil
	}
	match := func(p Predicate) func(quad.Quad) error {
		return func(q quad.Quad) error {
			if q.Predicate == p.IRI() && strings.EqualFold(valueString(q.Object), name) {
				id := valueString(q.Subject)
				if p == Name {
					byName = appendUnique(byName, id)
				} else {
					byAlias = appendUnique(byAlias, id)
				}
			}
			return nil
		}
	}
	// The name as given, through the index of objects; then, when no
	// entity has it, in any case, reading every name and alias.
	err := s.eachQuad(ctx, quad.Object, quad.String(name), func(q quad.Quad) error {
		if err := match(Name)(q); err != nil {
			return err
		}
		return match(Alias)(q)
	})
	if err != nil {
		return nil, err
	}
	if len(byName)+len(byAlias) == 0 {
		err := s.scan(ctx, map[quad.Value]func(quad.Quad) error{Name.IRI(): match(Name), Alias.IRI(): match(Alias)})
		if err != nil {
			return nil, err
		}
	}
	out := byName
	for _, id := range byAlias {
		out = appendUnique(out, id)
	}
	return out, nil
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func removeString(xs []string, x string) []string {
	out := xs[:0]
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}
