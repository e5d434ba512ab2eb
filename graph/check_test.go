package graph_test

import (
	"context"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

func TestCheck(t *testing.T) {
	ctx := context.Background()
	doc := quad.IRI(graph.DocID("h1"))
	lavrov := quad.IRI("person/sergey_lavrov")
	russia := quad.IRI("country/russia")
	// statementOf finds the statement node of a fact.
	statementOf := func(t *testing.T, st *graph.Store, p graph.Predicate) quad.Value {
		var id quad.Value
		st.EachQuad(ctx, func(q quad.Quad) error {
			if q.Predicate == graph.PredicateOf.IRI() && q.Object == p.IRI() {
				id = q.Subject
			}
			return nil
		})
		if id == nil {
			t.Fatalf("no statement of %s", p)
		}
		return id
	}
	del := func(qs ...quad.Quad) []cgraph.Delta {
		var d []cgraph.Delta
		for _, q := range qs {
			d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		return d
	}
	add := func(qs ...quad.Quad) []cgraph.Delta {
		var d []cgraph.Delta
		for _, q := range qs {
			d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		return d
	}
	tests := []struct {
		name   string
		change func(t *testing.T, st *graph.Store) []cgraph.Delta
		want   string // a substring of a problem; "" for none
	}{
		{"written by Write", func(*testing.T, *graph.Store) []cgraph.Delta { return nil }, ""},
		{"statement without its sentence", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			s := statementOf(t, st, graph.OfficialOf)
			return del(quad.Quad{Subject: s, Predicate: graph.Sentence.IRI(), Object: quad.String("Sergey Lavrov of Russia."), Label: doc})
		}, "no sentence (half-written?)"},
		{"relation without a statement", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: lavrov, Predicate: graph.MemberOf.IRI(), Object: quad.IRI("organization/nato"), Label: doc},
				quad.Quad{Subject: quad.IRI("organization/nato"), Predicate: graph.TypePredicate, Object: graph.Organization.IRI()},
				quad.Quad{Subject: quad.IRI("organization/nato"), Predicate: graph.Name.IRI(), Object: quad.String("NATO")},
				quad.Quad{Subject: quad.IRI("organization/nato"), Predicate: graph.MentionedIn.IRI(), Object: doc, Label: doc})
		}, "<person/sergey_lavrov> <member_of> <organization/nato> in <doc/h1>: no statement (no provenance)"},
		{"statement without its fact", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return del(quad.Quad{Subject: lavrov, Predicate: graph.OfficialOf.IRI(), Object: russia, Label: doc})
		}, "its fact <person/sergey_lavrov> <official_of> <country/russia> is not in document <doc/h1>"},
		{"entity without a name", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return del(quad.Quad{Subject: russia, Predicate: graph.Name.IRI(), Object: quad.String("Russia")})
		}, "entity <country/russia>: no name"},
		{"entity without a type", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return del(quad.Quad{Subject: russia, Predicate: graph.TypePredicate, Object: graph.Country.IRI()})
		}, "entity <country/russia>: no type"},
		{"relation against the schema", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: russia, Predicate: graph.DeputyOf.IRI(), Object: lavrov, Label: doc})
		}, "the schema does not allow Country deputy_of Person"},
		{"loop", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: russia, Predicate: graph.Borders.IRI(), Object: russia, Label: doc})
		}, "<country/russia> <borders> <country/russia> in <doc/h1>: a loop"},
		{"half-written document", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return del(quad.Quad{Subject: doc, Predicate: graph.TypePredicate, Object: graph.Document.IRI(), Label: doc})
		}, "label <doc/h1>: not a document node"},
		{"document without its hash", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return del(quad.Quad{Subject: doc, Predicate: graph.ContentHash.IRI(), Object: quad.String("h1"), Label: doc})
		}, "document <doc/h1>: no content_hash"},
		{"label that is not a document", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: russia, Predicate: graph.Alias.IRI(), Object: quad.String("Rossiya"), Label: quad.IRI("doc/gone")})
		}, "label <doc/gone>: not a document node (1 quads)"},
		{"unlabelled alias", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: russia, Predicate: graph.Alias.IRI(), Object: quad.String("Rossiya")})
		}, `<country/russia> <alias> "Rossiya": no document label`},
		{"entity no document mentions", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: quad.IRI("place/nowhere"), Predicate: graph.TypePredicate, Object: graph.Place.IRI()},
				quad.Quad{Subject: quad.IRI("place/nowhere"), Predicate: graph.Name.IRI(), Object: quad.String("Nowhere")})
		}, "entity <place/nowhere>: no document mentions it"},
		{"foreign quads are not checked", func(t *testing.T, st *graph.Store) []cgraph.Delta {
			return add(quad.Quad{Subject: quad.IRI("http://example.org/a"), Predicate: quad.IRI("http://example.org/p"), Object: quad.String("x")})
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, _ := openTemp(t)
			if _, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov")); err != nil {
				t.Fatal(err)
			}
			if d := tc.change(t, st); d != nil {
				if err := st.QuadStore().ApplyDeltas(d, cgraph.IgnoreOpts{}); err != nil {
					t.Fatal(err)
				}
			}
			res, err := st.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if !res.OK() {
					t.Errorf("got problems %q, want none", res.Problems)
				}
				if res.Documents != 1 || res.Entities != 2 || res.Statements != 2 || res.Facts != 2 {
					t.Errorf("counts %+v", res)
				}
				return
			}
			found := false
			for _, p := range res.Problems {
				found = found || strings.Contains(p, tc.want)
			}
			if !found {
				t.Errorf("got problems %q, want one with %q", res.Problems, tc.want)
			}
		})
	}
}

func TestRemovePath(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	for _, f := range []*graph.Facts{facts("h1", "big.txt#1", "Sergey Lavrov"), facts("h2", "big.txt#2", "Alexander Grushko"), facts("h3", "other.txt", "Maria Zakharova")} {
		if _, err := st.Write(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	n, err := st.RemovePath(ctx, "big.txt#2")
	if err != nil || n != 1 {
		t.Fatalf("RemovePath: %d, %v", n, err)
	}
	if n, _ := st.RemovePath(ctx, "big.txt#2"); n != 0 {
		t.Errorf("removed %d documents twice", n)
	}
	res, err := st.Check(ctx)
	if err != nil || !res.OK() || res.Documents != 2 {
		t.Fatalf("after RemovePath: %+v, %v", res, err)
	}
	ents, _ := st.Entities(ctx, graph.EntityFilter{Types: []graph.Type{graph.Person}})
	for _, e := range ents {
		if e.Name == "Alexander Grushko" {
			t.Error("the removed document's entity remains")
		}
	}
}

// TestReplaceFewerUses replaces a document by one that uses some of the
// same terms less often: Cayley loses the terms of quads added in a
// transaction that deletes more of their uses, so Write must not do both
// in one.
func TestReplaceFewerUses(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	if _, err := st.Write(ctx, facts("h1", "a.txt", "Sergey Lavrov", "Alexander Grushko", "Maria Zakharova")); err != nil {
		t.Fatal(err)
	}
	res, err := st.Write(ctx, facts("h2", "a.txt", "Sergey Lavrov"))
	if err != nil || res.Status != graph.Replaced {
		t.Fatalf("replace: %+v, %v", res, err)
	}
	check := func() {
		t.Helper()
		r, err := st.Check(ctx)
		if err != nil || !r.OK() || r.Documents != 1 || r.Entities != 2 {
			t.Fatalf("check: %+v, %v", r, err)
		}
	}
	check()
	n := 0
	st.EachQuad(ctx, func(q quad.Quad) error {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			t.Errorf("a quad lost a term: %v", q)
		}
		n++
		return nil
	})
	// A file whose new content another file already has: the document is
	// unchanged, the file's earlier version is removed all the same. (So
	// is an earlier version left when the process died between writing a
	// new version and removing the earlier one.)
	if _, err := st.Write(ctx, facts("h3", "c.txt", "Alexander Grushko")); err != nil {
		t.Fatal(err)
	}
	same := facts("h3", "a.txt", "Alexander Grushko")
	res, err = st.Write(ctx, same)
	if err != nil || res.Status != graph.Unchanged || res.Removed == 0 {
		t.Fatalf("the content of c.txt in a.txt: %+v, %v", res, err)
	}
	if r, _ := st.Check(ctx); !r.OK() || r.Documents != 1 {
		t.Fatalf("check: %+v", r)
	}
	check()
}
