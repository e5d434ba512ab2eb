package graph

import (
	"context"

	"github.com/cayleygraph/quad"
)

// EntityRef names a stored entity.
type EntityRef struct {
	ID   string
	Name string
}

// PersonsWithSurname returns the stored persons whose full name ends with
// surname ("Vladimir Putin" for "Putin"), by ID.
func (s *Store) PersonsWithSurname(ctx context.Context, surname string) ([]EntityRef, error) {
	return s.subjectsWith(ctx, Surname, surname)
}

// EntitiesNamed returns the stored entities of type t whose canonical name
// is name.
func (s *Store) EntitiesNamed(ctx context.Context, t Type, name string) ([]EntityRef, error) {
	refs, err := s.subjectsWith(ctx, Name, name)
	if err != nil {
		return nil, err
	}
	out := refs[:0]
	for _, r := range refs {
		if typ, err := s.typeOf(ctx, r.ID); err != nil {
			return nil, err
		} else if typ == t {
			out = append(out, r)
		}
	}
	return out, nil
}

// subjectsWith returns the nodes with the literal v for predicate p, and
// their canonical names. It reads the object index only.
func (s *Store) subjectsWith(ctx context.Context, p Predicate, v string) ([]EntityRef, error) {
	var ids []string
	err := s.eachQuad(ctx, quad.Object, quad.String(v), func(q quad.Quad) error {
		if q.Predicate == p.IRI() {
			ids = appendUnique(ids, valueString(q.Subject))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]EntityRef, 0, len(ids))
	for _, id := range ids {
		name := ""
		err := s.eachQuad(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
			if q.Predicate == Name.IRI() {
				name = valueString(q.Object)
				return errStop
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		out = append(out, EntityRef{ID: id, Name: name})
	}
	return out, nil
}

func (s *Store) typeOf(ctx context.Context, id string) (Type, error) {
	var t Type
	err := s.eachQuad(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
		if q.Predicate == TypePredicate {
			t = Type(valueString(q.Object))
			return errStop
		}
		return nil
	})
	return t, err
}
