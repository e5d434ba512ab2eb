package export

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/gml"     // registers "gml"
	_ "github.com/cayleygraph/quad/graphml" // registers "graphml"
	_ "github.com/cayleygraph/quad/jsonld"  // registers "jsonld"
	_ "github.com/cayleygraph/quad/nquads"  // registers "nquads"

	"github.com/newsgraph/newsgraph/graph"
)

// writeQuads returns the writer of a quad format: JSONLDWriter for
// jsonld, else the cayleygraph/quad format of that name, through
// graph.NewQuadWriter; every IRI is full.
func writeQuads(name string) func(context.Context, io.Writer, *graph.Store, Options) error {
	return func(ctx context.Context, w io.Writer, st *graph.Store, opts Options) error {
		var qw quad.WriteCloser
		if name == "jsonld" {
			qw = expanding{NewJSONLDWriter(w)}
		} else {
			var err error
			if qw, err = graph.NewQuadWriter(w, name); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		err := EachQuad(ctx, st, opts.Selection, func(q quad.Quad) error {
			if err := qw.WriteQuad(q); err != nil {
				return fmt.Errorf("export: %s: %w", name, err)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			// A scan cut short must not pass for the whole graph.
			return fmt.Errorf("export: %w", err)
		}
		if err := qw.Close(); err != nil {
			return fmt.Errorf("export: %s: %w", name, err)
		}
		return nil
	}
}

// expanding makes the IRIs of the quads it writes full.
type expanding struct{ *JSONLDWriter }

func (e expanding) WriteQuad(q quad.Quad) error {
	return e.JSONLDWriter.WriteQuad(graph.ExpandQuad(q))
}

func (e expanding) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := e.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// EachQuad calls fn, until it returns an error, for every quad of the
// store that sel picks, as stored (compact IRIs).
//
// The zero Selection streams every quad of the store in the store's order,
// one at a time. A selection of documents alone streams the quads those
// documents label, then the type and name of the entities they mention.
// Otherwise the quads are those about the selected entities
// (graph.Store.Subgraph): their type, name, alias, title, date and mention
// quads; the relation quads between them that the selection keeps; every
// quad of the statement nodes behind those relations and attributes; and
// every quad of the documents these quads come from (of the selected
// documents only, when sel names some).
func EachQuad(ctx context.Context, st *graph.Store, sel graph.Selection, fn func(quad.Quad) error) error {
	switch {
	case selectsAll(sel):
		return st.EachQuad(ctx, fn)
	case selectsDocuments(sel):
		return eachDocumentQuad(ctx, st, sel.Documents, fn)
	}
	return eachSelectedQuad(ctx, st, sel, fn)
}

// eachDocumentQuad calls fn for every quad the documents label, then for
// the unlabelled quads (type, name) of the entities they mention. It holds
// the IDs of one document's entities at a time.
func eachDocumentQuad(ctx context.Context, st *graph.Store, docs []string, fn func(quad.Quad) error) error {
	seen := map[string]bool{}
	for _, d := range docs {
		var ents []quad.Value
		err := st.EachQuadWith(ctx, quad.Label, quad.IRI(d), func(q quad.Quad) error {
			if iriString(q.Predicate) == string(graph.MentionedIn) {
				if id := iriString(q.Subject); !seen[id] {
					seen[id] = true
					ents = append(ents, q.Subject)
				}
			}
			return fn(q)
		})
		if err != nil {
			return err
		}
		for _, e := range ents {
			err := st.EachQuadWith(ctx, quad.Subject, e, func(q quad.Quad) error {
				if q.Label != nil {
					return nil
				}
				return fn(q)
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// eachSelectedQuad calls fn for every quad about the entities sel picks,
// reading the store's indexes entity by entity; what it holds in memory
// grows with the selection, not with the store.
func eachSelectedQuad(ctx context.Context, st *graph.Store, sel graph.Selection, fn func(quad.Quad) error) error {
	sg, err := st.Subgraph(ctx, sel)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	type triple struct{ s, p, o string }
	edges := make(map[triple]bool, len(sg.Edges))
	for _, e := range sg.Edges {
		edges[triple{e.Subject, string(e.Predicate), e.Object}] = true
	}
	docs := map[string]bool{}
	noteDoc := func(q quad.Quad) {
		if l, ok := q.Label.(quad.IRI); ok {
			docs[string(l)] = true
		}
	}
	// inDocs reports whether a quad comes from the documents sel keeps;
	// the unlabelled type and name of an entity belong to all.
	var only map[string]bool
	if len(sel.Documents) > 0 {
		only = map[string]bool{}
		for _, d := range sel.Documents {
			only[d] = true
		}
	}
	inDocs := func(q quad.Quad) bool {
		return only == nil || q.Label == nil || only[iriString(q.Label)]
	}

	// The entities' own quads, and the statements they are the subject of.
	var stmts []string
	seenStmt := map[string]bool{}
	for _, e := range sg.Entities {
		id := quad.IRI(e.ID)
		err := st.EachQuadWith(ctx, quad.Subject, id, func(q quad.Quad) error {
			p := graph.Predicate(iriString(q.Predicate))
			if !inDocs(q) || p.IsRelation() && !edges[triple{e.ID, string(p), iriString(q.Object)}] {
				return nil
			}
			if p == graph.MentionedIn {
				docs[iriString(q.Object)] = true
			}
			noteDoc(q)
			return fn(q)
		})
		if err != nil {
			return err
		}
		err = st.EachQuadWith(ctx, quad.Object, id, func(q quad.Quad) error {
			if iriString(q.Predicate) == string(graph.Subject) {
				if s := iriString(q.Subject); s != "" && !seenStmt[s] {
					seenStmt[s] = true
					stmts = append(stmts, s)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}

	// Statements: kept when they support a kept relation or are an
	// attribute of a selected entity (their subject always is).
	var buf []quad.Quad
	for _, s := range stmts {
		buf = buf[:0]
		var subj, pred, obj string
		keep := true
		err := st.EachQuadWith(ctx, quad.Subject, quad.IRI(s), func(q quad.Quad) error {
			keep = keep && inDocs(q)
			switch graph.Predicate(iriString(q.Predicate)) {
			case graph.Subject:
				subj = iriString(q.Object)
			case graph.PredicateOf:
				pred = iriString(q.Object)
			case graph.Object:
				obj = iriString(q.Object)
			}
			buf = append(buf, q)
			return nil
		})
		if err != nil {
			return err
		}
		if !keep || graph.Predicate(pred).IsRelation() && !edges[triple{subj, pred, obj}] {
			continue
		}
		for _, q := range buf {
			noteDoc(q)
			if err := fn(q); err != nil {
				return err
			}
		}
	}

	// The documents the quads written come from.
	ids := make([]string, 0, len(docs))
	for d := range docs {
		ids = append(ids, d)
	}
	sort.Strings(ids)
	for _, d := range ids {
		if err := st.EachQuadWith(ctx, quad.Subject, quad.IRI(d), fn); err != nil {
			return err
		}
	}
	return nil
}

// iriString is the text of an IRI value, or "" for any other value.
func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}
