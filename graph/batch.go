package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Batch writes the facts of several documents in one transaction: a
// transaction per document costs a commit (a sync to disk, a round trip
// to a database server) and a rewrite of the index entries the documents
// share. Each document still is whole or absent: a failure or a kill
// leaves the documents of earlier transactions, each whole, and nothing
// of the batch being written.
//
// A Batch sees the documents it holds as if they were stored: it is the
// Directory through which the next document's persons join earlier ones,
// and a document whose content it holds is unchanged. A document that
// replaces an earlier version of its file is written as Store.Write
// writes it, after the documents held. A Batch is not safe for
// concurrent use; only one Batch should write to a store at a time.
type Batch struct {
	s         *Store
	committed func(*Facts, WriteResult)

	held   []heldDoc
	deltas []graph.Delta
	ids    map[string]bool // document nodes held
	paths  map[string]bool // their paths
	// The entities the held documents write, for the Directory.
	names    map[string][]string // entity ID -> canonical names, first first
	surnames map[string][]string // surname -> IDs of persons, in order
	seen     map[[2]string]bool  // (surname, ID) already in surnames
	quads    int
}

type heldDoc struct {
	f   *Facts
	res WriteResult
	end int // the end of its deltas in Batch.deltas
}

// NewBatch returns an empty Batch on s. committed, when not nil, is
// called with every document given to Add, in the order given, once the
// document is in the store (or found unchanged): at once for a document
// written on its own, at Flush for the others.
func (s *Store) NewBatch(committed func(*Facts, WriteResult)) *Batch {
	b := &Batch{s: s, committed: committed}
	b.reset()
	return b
}

func (b *Batch) reset() {
	b.held = b.held[:0]
	b.deltas = b.deltas[:0]
	b.ids = map[string]bool{}
	b.paths = map[string]bool{}
	b.names = map[string][]string{}
	b.surnames = map[string][]string{}
	b.seen = map[[2]string]bool{}
	b.quads = 0
}

// Len returns the number of documents and quads held.
func (b *Batch) Len() (docs, quads int) { return len(b.held), b.quads }

// Add gives the batch the facts of one document, as Store.Write takes
// them, and returns what writing them does: content already stored or
// held is Unchanged; a new document is Added, written at the next Flush;
// a document whose path names an earlier version in the store (or in the
// batch) is written at once, after the documents held, and Replaced.
func (b *Batch) Add(ctx context.Context, f *Facts) (WriteResult, error) {
	id := f.Doc.ID
	exists := b.ids[id]
	if !exists {
		var err error
		if exists, err = b.s.hasSubject(ctx, quad.IRI(id)); err != nil {
			return WriteResult{}, err
		}
	}
	if hasPath(f) {
		replaces := b.paths[f.Doc.Path]
		if !replaces {
			old, err := b.s.earlierVersions(ctx, f)
			if err != nil {
				return WriteResult{}, err
			}
			replaces = len(old) > 0
		}
		if replaces {
			// Replacing is two transactions (see Store.Write), after
			// the documents held.
			if err := b.Flush(ctx); err != nil {
				return WriteResult{}, err
			}
			res, err := b.s.Write(ctx, f)
			if err == nil && b.committed != nil {
				b.committed(f, res)
			}
			return res, err
		}
	}
	if exists {
		res := WriteResult{Status: Unchanged}
		b.held = append(b.held, heldDoc{f: f, res: res, end: len(b.deltas)})
		return res, nil
	}
	quads := Quads(f)
	for _, q := range quads {
		b.deltas = append(b.deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	res := WriteResult{Status: Added, Added: len(quads)}
	b.held = append(b.held, heldDoc{f: f, res: res, end: len(b.deltas)})
	b.quads += len(quads)
	b.ids[id] = true
	if hasPath(f) {
		b.paths[f.Doc.Path] = true
	}
	for i := range f.Entities {
		e := &f.Entities[i]
		if !appendName(b.names, e.ID, e.Name) {
			continue
		}
		if s := SurnameOf(*e); s != "" && !b.seen[[2]string{s, e.ID}] {
			b.seen[[2]string{s, e.ID}] = true
			b.surnames[s] = append(b.surnames[s], e.ID)
		}
	}
	return res, nil
}

// appendName records name as a canonical name of id, and reports whether
// it is new.
func appendName(m map[string][]string, id, name string) bool {
	for _, n := range m[id] {
		if n == name {
			return false
		}
	}
	m[id] = append(m[id], name)
	return true
}

// Flush writes the documents held in one transaction and calls committed
// for each. On an error nothing of them is written, and they are dropped.
// A backend that limits the size of a transaction (badger) gets several,
// each of whole documents: on an error, the documents of the earlier ones
// are written (and given to committed), and the others dropped.
func (b *Batch) Flush(ctx context.Context) error {
	if len(b.held) == 0 {
		return nil
	}
	var err error
	limit := b.s.txnQuads()
	start, first := 0, 0 // the deltas and the documents not yet written
	for i, h := range b.held {
		last := i == len(b.held)-1
		if !last && (limit == 0 || b.held[i+1].end-start <= limit) {
			continue
		}
		if h.end > start {
			if err = ctx.Err(); err == nil {
				err = b.s.applyDeltas(b.deltas[start:h.end], graph.IgnoreOpts{IgnoreDup: true})
			}
			if err != nil {
				err = fmt.Errorf("write %d document(s) from %s: %w", i+1-first, b.held[first].f.Doc.Path, err)
				break
			}
		}
		if b.committed != nil {
			for _, h := range b.held[first : i+1] {
				b.committed(h.f, h.res)
			}
		}
		start, first = h.end, i+1
	}
	for i := range b.held {
		b.held[i] = heldDoc{}
	}
	b.reset()
	return err
}

// RemovePath removes the documents read from path, as Store.RemovePath
// does, after writing the documents held when there is anything to
// remove.
func (b *Batch) RemovePath(ctx context.Context, path string) (int, error) {
	if !b.paths[path] {
		old, err := b.s.docsWithPath(ctx, path)
		if err != nil || len(old) == 0 {
			return 0, err
		}
	}
	if err := b.Flush(ctx); err != nil {
		return 0, err
	}
	return b.s.RemovePath(ctx, path)
}

// PersonsWithSurname returns the persons with the surname in the store
// and in the documents held, as the store will once they are written.
func (b *Batch) PersonsWithSurname(ctx context.Context, surname string) ([]EntityRef, error) {
	out, err := b.s.PersonsWithSurname(ctx, surname)
	if err != nil {
		return nil, err
	}
next:
	for _, id := range b.surnames[surname] {
		for _, r := range out {
			if r.ID == id {
				continue next
			}
		}
		// The store's first name for the node, else the first written.
		name, err := b.s.nameOf(ctx, id)
		if err != nil {
			return nil, err
		}
		if name == "" {
			name = b.names[id][0]
		}
		out = append(out, EntityRef{ID: id, Name: name})
	}
	return out, nil
}

// EntitiesNamed returns the entities of type t named name in the store
// and in the documents held.
func (b *Batch) EntitiesNamed(ctx context.Context, t Type, name string) ([]EntityRef, error) {
	out, err := b.s.EntitiesNamed(ctx, t, name)
	if err != nil || len(out) > 0 {
		return out, err
	}
	id := EntityID(t, name)
	for _, n := range b.names[id] {
		if n == name {
			return []EntityRef{{ID: id, Name: name}}, nil
		}
	}
	return nil, nil
}

// nameOf returns the first canonical name the store has for the node id,
// "" for none.
func (s *Store) nameOf(ctx context.Context, id string) (string, error) {
	name := ""
	err := s.eachQuad(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
		if q.Predicate == Name.IRI() {
			name = valueString(q.Object)
			return errStop
		}
		return nil
	})
	return name, err
}
