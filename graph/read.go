package graph

import (
	"context"
	"sort"
	"strings"
	"time"

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
	for _, p := range Relations {
		edges := map[[2]string]bool{}
		err := s.eachQuad(ctx, quad.Predicate, p.IRI(), func(q quad.Quad) error {
			edges[[2]string{valueString(q.Subject), valueString(q.Object)}] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(edges) > 0 {
			st.Relations[p] = len(edges)
		}
	}
	for _, p := range []Predicate{Title, Date} {
		vals := map[[2]string]bool{}
		err := s.eachQuad(ctx, quad.Predicate, p.IRI(), func(q quad.Quad) error {
			vals[[2]string{valueString(q.Subject), valueString(q.Object)}] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(vals) > 0 {
			st.Attributes[p] = len(vals)
		}
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
	types, err := s.types(ctx)
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
	seen := map[[2]string]bool{}
	// inDocs reports whether a quad comes from the documents f keeps;
	// unlabelled quads (type, name) belong to every document.
	inDocs := func(q quad.Quad) bool {
		return f.Documents == nil || q.Label == nil || f.Documents[valueString(q.Label)]
	}
	collect := func(p Predicate, fn func(e *EntityInfo, v quad.Value)) error {
		return s.eachQuad(ctx, quad.Predicate, p.IRI(), func(q quad.Quad) error {
			e := byID[valueString(q.Subject)]
			if e == nil || !inDocs(q) {
				return nil
			}
			fn(e, q.Object)
			return nil
		})
	}
	err = collect(Name, func(e *EntityInfo, v quad.Value) {
		if n := valueString(v); e.Name == "" || n < e.Name {
			// Several documents may give several canonical names; the
			// smallest is kept so that output is deterministic.
			if e.Name != "" {
				e.Aliases = appendUnique(e.Aliases, e.Name)
			}
			e.Name = n
		} else {
			e.Aliases = appendUnique(e.Aliases, n)
		}
	})
	if err != nil {
		return nil, err
	}
	err = collect(Alias, func(e *EntityInfo, v quad.Value) { e.Aliases = appendUnique(e.Aliases, valueString(v)) })
	if err != nil {
		return nil, err
	}
	err = collect(Title, func(e *EntityInfo, v quad.Value) { e.Titles = appendUnique(e.Titles, valueString(v)) })
	if err != nil {
		return nil, err
	}
	err = s.eachQuad(ctx, quad.Predicate, MentionCount.IRI(), func(q quad.Quad) error {
		if e := byID[valueString(q.Subject)]; e != nil && inDocs(q) {
			// One count per document: the quad's label.
			key := [2]string{e.ID, valueString(q.Label)}
			if !seen[key] {
				seen[key] = true
				if n, ok := q.Object.Native().(int64); ok {
					e.Mentions += int(n)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	ingested, err := s.ingestTimes(ctx)
	if err != nil {
		return nil, err
	}
	err = collect(MentionedIn, func(e *EntityInfo, doc quad.Value) {
		e.Documents++
		if at, ok := ingested[valueString(doc)]; ok {
			if e.FirstSeen.IsZero() || at.Before(e.FirstSeen) {
				e.FirstSeen = at
			}
			if at.After(e.LastSeen) {
				e.LastSeen = at
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]EntityInfo, 0, len(byID))
	for _, e := range byID {
		if f.Documents != nil && e.Documents == 0 {
			continue // not mentioned in the documents kept
		}
		e.Aliases = removeString(e.Aliases, e.Name)
		sort.Strings(e.Aliases)
		sort.Strings(e.Titles)
		out = append(out, *e)
	}
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
	return out, nil
}

// ingestTimes maps every document node to when it was ingested.
func (s *Store) ingestTimes(ctx context.Context) (map[string]time.Time, error) {
	out := map[string]time.Time{}
	err := s.eachQuad(ctx, quad.Predicate, IngestedAt.IRI(), func(q quad.Quad) error {
		if at, err := time.Parse(time.RFC3339, valueString(q.Object)); err == nil {
			out[valueString(q.Subject)] = at.UTC()
		}
		return nil
	})
	return out, err
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
	for _, p := range []Predicate{Name, Alias} {
		err := s.eachQuad(ctx, quad.Predicate, p.IRI(), func(q quad.Quad) error {
			if strings.EqualFold(valueString(q.Object), name) {
				id := valueString(q.Subject)
				if p == Name {
					byName = appendUnique(byName, id)
				} else {
					byAlias = appendUnique(byAlias, id)
				}
			}
			return nil
		})
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
