package resolve

import (
	"context"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Directory finds entities that earlier documents put in a store.
type Directory interface {
	// PersonsWithSurname returns the persons whose full name ends with
	// surname.
	PersonsWithSurname(ctx context.Context, surname string) ([]graph.EntityRef, error)
	// EntitiesNamed returns the entities of type t with canonical name name.
	EntitiesNamed(ctx context.Context, t graph.Type, name string) ([]graph.EntityRef, error)
}

// Across links the persons of one document's facts to those the store
// already holds. A person the document names by surname alone ("Putin")
// becomes the stored person with that surname ("Vladimir Putin") when
// there is exactly one; when there are several, it keeps a node of its own
// with a possibly_same_as edge to each, rather than a wrong merge. A full
// name whose surname is already a surname-only node gets possibly_same_as
// to it. Merges are explainable: the surname stays an alias of the node.
func Across(ctx context.Context, f *graph.Facts, dir Directory) error {
	rename := map[string]string{}
	var extra []graph.Relation
	for i := range f.Entities {
		e := &f.Entities[i]
		if e.Type != graph.Person {
			continue
		}
		if strings.Contains(e.Name, " ") {
			// "Vladimir Putin" when the store has a "Putin" alone.
			same, err := dir.EntitiesNamed(ctx, graph.Person, graph.SurnameOf(*e))
			if err != nil {
				return err
			}
			for _, s := range same {
				extra = append(extra, possiblySame(e.ID, s.ID, e.Name))
			}
			continue
		}
		cands, err := dir.PersonsWithSurname(ctx, e.Name)
		if err != nil {
			return err
		}
		switch {
		case len(cands) == 1 && cands[0].ID != e.ID:
			rename[e.ID] = cands[0].ID
			e.Aliases = appendForm(e.Aliases, e.Name)
			e.ID, e.Name = cands[0].ID, cands[0].Name
			e.Aliases = removeForm(e.Aliases, e.Name)
			sort.Strings(e.Aliases)
		case len(cands) > 1:
			for _, c := range cands {
				extra = append(extra, possiblySame(e.ID, c.ID, e.Name))
			}
		}
	}
	if len(rename) > 0 {
		for i := range f.Relations {
			r := &f.Relations[i]
			r.Subject, r.Object = renamed(rename, r.Subject), renamed(rename, r.Object)
		}
		for i := range f.Attributes {
			f.Attributes[i].Subject = renamed(rename, f.Attributes[i].Subject)
		}
	}
	f.Relations = append(f.Relations, extra...)
	return nil
}

func renamed(m map[string]string, id string) string {
	if to, ok := m[id]; ok {
		return to
	}
	return id
}

func removeForm(forms []string, f string) []string {
	out := forms[:0]
	for _, x := range forms {
		if x != f {
			out = append(out, x)
		}
	}
	return out
}

// possiblySame is the edge between two nodes that may be one person: no
// sentence states it, so its evidence is the shared name.
func possiblySame(a, b, name string) graph.Relation {
	return graph.Relation{
		Subject: a, Predicate: graph.PossiblySameAs, Object: b,
		Evidence: graph.Evidence{Surface: name, Rule: "same-surname-across-documents", Confidence: 0.5},
	}
}
