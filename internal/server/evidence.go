package server

import (
	"context"
	"errors"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// statementJSON is one statement: a relation or attribute as one sentence
// of one document states it.
type statementJSON struct {
	Statement   string  `json:"statement"`
	Subject     string  `json:"subject"`
	SubjectName string  `json:"subject_name"`
	Predicate   string  `json:"predicate"`
	Object      string  `json:"object,omitempty"`
	ObjectName  string  `json:"object_name,omitempty"`
	Value       string  `json:"value,omitempty"` // attributes
	Sentence    string  `json:"sentence"`
	Surface     string  `json:"surface,omitempty"`
	Document    string  `json:"document"`
	Path        string  `json:"path"`
	Title       string  `json:"title,omitempty"`
	Start       int64   `json:"start"`
	End         int64   `json:"end"`
	Confidence  float64 `json:"confidence"`
	Rule        string  `json:"rule,omitempty"`
}

// docInfo is what a statement shows of its document.
type docInfo struct {
	ID, Path, Title, Hash, IngestedAt string
}

// reader reads statements, documents and edges from the store with one
// index scan per node, remembering the documents it has read.
type reader struct {
	st   *graph.Store
	ix   *entityIndex
	docs map[string]*docInfo
}

func (s *Server) reader(ix *entityIndex) *reader {
	return &reader{st: s.st, ix: ix, docs: map[string]*docInfo{}}
}

// iri returns the text of an IRI value ("" for other values).
func iri(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return ""
}

// literal returns the text of a literal or IRI value.
func literal(v quad.Value) string { return graph.ValueString(v) }

// number returns a numeric literal as float64.
func number(v quad.Value) float64 {
	switch n := v.Native().(type) {
	case int64:
		return float64(n)
	case int:
		return float64(n)
	case float64:
		return n
	}
	return 0
}

// errEnough ends a scan that has read enough.
var errEnough = errors.New("enough")

// statementIDs returns the statement nodes whose direction pred
// (subject, object or document) is node, at most limit of them (0: all);
// more reports that there were others.
func (rd *reader) statementIDs(ctx context.Context, node string, limit int, preds ...graph.Predicate) (ids []string, more bool, err error) {
	seen := map[string]bool{}
	err = rd.st.EachQuadWith(ctx, quad.Object, quad.IRI(node), func(q quad.Quad) error {
		p := graph.Predicate(iri(q.Predicate))
		if !hasPredicate(preds, p) {
			return nil
		}
		s := iri(q.Subject)
		if s == "" || seen[s] {
			return nil
		}
		if limit > 0 && len(ids) == limit {
			more = true
			return errEnough
		}
		seen[s] = true
		ids = append(ids, s)
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	if err == nil {
		err = ctx.Err() // a scan cut short must not pass for all
	}
	return ids, more, err
}

// statement reads one statement node.
func (rd *reader) statement(ctx context.Context, id string) (*statementJSON, error) {
	st := &statementJSON{Statement: id}
	isStatement := false
	err := rd.st.EachQuadWith(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
		switch graph.Predicate(iri(q.Predicate)) {
		case graph.Subject:
			st.Subject = iri(q.Object)
		case graph.PredicateOf:
			st.Predicate = iri(q.Object)
		case graph.Object:
			if o := iri(q.Object); o != "" {
				st.Object = o
			} else {
				st.Value = literal(q.Object)
			}
		case graph.Sentence:
			st.Sentence = literal(q.Object)
		case graph.Surface:
			st.Surface = literal(q.Object)
		case graph.InDocument:
			st.Document = iri(q.Object)
		case graph.Start:
			st.Start = int64(number(q.Object))
		case graph.End:
			st.End = int64(number(q.Object))
		case graph.Confidence:
			st.Confidence = number(q.Object)
		case graph.Rule:
			st.Rule = literal(q.Object)
		default:
			if q.Predicate == graph.TypePredicate && iri(q.Object) == string(graph.Statement) {
				isStatement = true
			}
		}
		return nil
	})
	if err != nil || !isStatement {
		return nil, err
	}
	st.SubjectName = rd.ix.name(st.Subject)
	if st.Object != "" {
		st.ObjectName = rd.ix.name(st.Object)
	}
	if st.Document != "" {
		d, err := rd.document(ctx, st.Document)
		if err != nil {
			return nil, err
		}
		st.Path, st.Title = d.Path, d.Title
	}
	return st, nil
}

// document reads a document node (nil fields when it has none).
func (rd *reader) document(ctx context.Context, id string) (*docInfo, error) {
	if d, ok := rd.docs[id]; ok {
		return d, nil
	}
	d := &docInfo{ID: id}
	err := rd.st.EachQuadWith(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) error {
		switch graph.Predicate(iri(q.Predicate)) {
		case graph.Path:
			d.Path = literal(q.Object)
		case graph.DocTitle:
			d.Title = literal(q.Object)
		case graph.ContentHash:
			d.Hash = literal(q.Object)
		case graph.IngestedAt:
			d.IngestedAt = literal(q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	rd.docs[id] = d
	return d, nil
}

// statementsAbout returns the statements whose subject or object is the
// entity id, its relations and attributes with their sentences: at most
// limit of them (0: all); more reports that there were others.
func (rd *reader) statementsAbout(ctx context.Context, id string, limit int) ([]*statementJSON, bool, error) {
	ids, more, err := rd.statementIDs(ctx, id, limit, graph.Subject, graph.Object)
	if err != nil {
		return nil, false, err
	}
	sts, err := rd.statements(ctx, ids)
	return sts, more, err
}

func (rd *reader) statements(ctx context.Context, ids []string) ([]*statementJSON, error) {
	var out []*statementJSON
	for _, sid := range ids {
		st, err := rd.statement(ctx, sid)
		if err != nil {
			return nil, err
		}
		if st != nil {
			out = append(out, st)
		}
	}
	sortStatements(out)
	return out, ctx.Err()
}

// sortStatements orders statements by confidence, best first, then by
// document path and offset.
func sortStatements(sts []*statementJSON) {
	sort.SliceStable(sts, func(i, j int) bool {
		a, b := sts[i], sts[j]
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Document != b.Document {
			return a.Document < b.Document
		}
		return a.Start < b.Start
	})
}

// edgeJSON is a relation of an entity over all documents, seen from the
// entity: out when it is the subject, in when it is the object.
type edgeJSON struct {
	Direction   string           `json:"direction"`
	Subject     string           `json:"subject"`
	SubjectName string           `json:"subject_name"`
	Predicate   string           `json:"predicate"`
	Object      string           `json:"object"`
	ObjectName  string           `json:"object_name"`
	Other       string           `json:"other"`
	OtherName   string           `json:"other_name"`
	OtherType   string           `json:"other_type"`
	Symmetric   bool             `json:"symmetric,omitempty"`
	Confidence  float64          `json:"confidence"`
	Documents   []string         `json:"documents"`
	Evidence    []*statementJSON `json:"evidence"`
}

// attributeJSON is an attribute value of an entity with its statements.
type attributeJSON struct {
	Predicate  string           `json:"predicate"`
	Value      string           `json:"value"`
	Confidence float64          `json:"confidence"`
	Evidence   []*statementJSON `json:"evidence"`
}

// edgeFilter keeps some edges of an entity.
type edgeFilter struct {
	predicates    []graph.Predicate
	types         []graph.Type // of the other end
	minConfidence float64
}

// edgesOf returns the relations of the entity id, each with the
// statements that support it, and its attributes.
// At most limit statements are read; more reports that there were
// others.
func (rd *reader) edgesOf(ctx context.Context, id string, f edgeFilter, limit int) (edges []*edgeJSON, attrs []*attributeJSON, more bool, err error) {
	type key struct{ s, p, o string }
	byKey := map[key]*edgeJSON{}
	var order []key
	add := func(q quad.Quad) {
		p := graph.Predicate(iri(q.Predicate))
		if !p.IsRelation() {
			return
		}
		k := key{iri(q.Subject), string(p), iri(q.Object)}
		if k.s == "" || k.o == "" {
			return
		}
		e := byKey[k]
		if e == nil {
			e = &edgeJSON{Subject: k.s, Predicate: k.p, Object: k.o, Symmetric: p.Symmetric(), Confidence: -1, Documents: []string{}, Evidence: []*statementJSON{}}
			byKey[k] = e
			order = append(order, k)
		}
		if l := iri(q.Label); l != "" && !contains(e.Documents, l) {
			e.Documents = append(e.Documents, l)
		}
	}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		err := rd.st.EachQuadWith(ctx, d, quad.IRI(id), func(q quad.Quad) error {
			add(q)
			return nil
		})
		if err != nil {
			return nil, nil, false, err
		}
	}
	sts, more, err := rd.statementsAbout(ctx, id, limit)
	if err != nil {
		return nil, nil, false, err
	}
	attrMap := map[[2]string]*attributeJSON{}
	var attrOrder [][2]string
	for _, st := range sts {
		if st.Object == "" {
			k := [2]string{st.Predicate, st.Value}
			a := attrMap[k]
			if a == nil {
				a = &attributeJSON{Predicate: st.Predicate, Value: st.Value}
				attrMap[k] = a
				attrOrder = append(attrOrder, k)
			}
			a.Evidence = append(a.Evidence, st)
			a.Confidence = max(a.Confidence, st.Confidence)
			continue
		}
		e := byKey[key{st.Subject, st.Predicate, st.Object}]
		if e == nil {
			continue // a statement whose relation quad is gone
		}
		if st.Confidence >= f.minConfidence {
			e.Evidence = append(e.Evidence, st)
		}
		e.Confidence = max(e.Confidence, st.Confidence)
	}
	for _, k := range order {
		e := byKey[k]
		if e.Confidence < 0 {
			e.Confidence = 1 // loaded without provenance: kept as given
		}
		e.Direction, e.Other = "out", e.Object
		if e.Object == id && e.Subject != id {
			e.Direction, e.Other = "in", e.Subject
		}
		e.SubjectName, e.ObjectName = rd.ix.name(e.Subject), rd.ix.name(e.Object)
		e.OtherName, e.OtherType = rd.ix.name(e.Other), string(rd.ix.typeOf(e.Other))
		if len(f.predicates) > 0 && !hasPredicate(f.predicates, graph.Predicate(e.Predicate)) {
			continue
		}
		if len(f.types) > 0 && !hasType(f.types, graph.Type(e.OtherType)) {
			continue
		}
		if e.Confidence < f.minConfidence {
			continue
		}
		sort.Strings(e.Documents)
		edges = append(edges, e)
	}
	sort.SliceStable(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if a.Direction != b.Direction {
			return a.Direction > b.Direction // out first
		}
		return a.OtherName < b.OtherName
	})
	for _, k := range attrOrder {
		attrs = append(attrs, attrMap[k])
	}
	sort.SliceStable(attrs, func(i, j int) bool {
		if attrs[i].Predicate != attrs[j].Predicate {
			return attrs[i].Predicate > attrs[j].Predicate // title before date
		}
		return attrs[i].Value < attrs[j].Value
	})
	return edges, attrs, more, ctx.Err()
}

// between returns the statements of the relations between any entity of as
// and any of bs, in either direction: the statements that name both, read
// from the index of each entity, at most limit of them (0: all).
func (rd *reader) between(ctx context.Context, as, bs []string, limit int) ([]*statementJSON, bool, error) {
	inA, inB := map[string]bool{}, map[string]bool{}
	for _, a := range as {
		inA[a] = true
	}
	for _, b := range bs {
		inB[b] = true
	}
	ofA := map[string]bool{}
	for _, a := range as {
		ids, _, err := rd.statementIDs(ctx, a, 0, graph.Subject, graph.Object)
		if err != nil {
			return nil, false, err
		}
		for _, id := range ids {
			ofA[id] = true
		}
	}
	var both []string
	taken := map[string]bool{}
	more := false
	for _, b := range bs {
		ids, _, err := rd.statementIDs(ctx, b, 0, graph.Subject, graph.Object)
		if err != nil {
			return nil, false, err
		}
		for _, id := range ids {
			if ofA[id] && !taken[id] {
				if limit > 0 && len(both) == limit {
					more = true
					break
				}
				taken[id] = true
				both = append(both, id)
			}
		}
	}
	sts, err := rd.statements(ctx, both)
	if err != nil {
		return nil, false, err
	}
	var out []*statementJSON
	for _, st := range sts {
		if st.Object == "" {
			continue
		}
		if (inA[st.Subject] && inB[st.Object]) || (inB[st.Subject] && inA[st.Object]) {
			out = append(out, st)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Start < b.Start
	})
	return out, more, nil
}

func hasPredicate(ps []graph.Predicate, p graph.Predicate) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
