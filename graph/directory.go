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
// surname ("Vladimir Putin" for "Putin"), by ID. Surnames are stored as
// literals of their own datatype, so the lookup reads only surname quads,
// however many documents use the same word as an alias.
func (s *Store) PersonsWithSurname(ctx context.Context, surname string) ([]EntityRef, error) {
	return s.subjectsWith(ctx, Surname, SurnameValue(surname))
}

// EntitiesNamed returns the stored entities of type t whose canonical name
// is name. Entity IRIs derive from type and name, so this is one lookup.
func (s *Store) EntitiesNamed(ctx context.Context, t Type, name string) ([]EntityRef, error) {
	id := EntityID(t, name)
	var out []EntityRef
	err := s.eachQuad(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
		if q.Predicate == Name.IRI() && valueString(q.Object) == name {
			out = append(out, EntityRef{ID: id, Name: name})
			return errStop
		}
		return nil
	})
	return out, err
}

// subjectsWith returns the nodes with the value v for predicate p, and
// their canonical names. It reads the object index only.
func (s *Store) subjectsWith(ctx context.Context, p Predicate, v quad.Value) ([]EntityRef, error) {
	var ids []string
	err := s.eachQuad(ctx, quad.Object, v, func(q quad.Quad) error {
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
