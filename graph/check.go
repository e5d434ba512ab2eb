package graph

import (
	"context"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// CheckResult is what Check found: counts of what the store holds, and
// every violated invariant, one line each.
type CheckResult struct {
	Quads      int
	Documents  int
	Entities   int
	Statements int
	// Facts counts relation and attribute quads (one per document that
	// states them).
	Facts int
	// Foreign counts quads whose predicate is not in the newsgraph
	// vocabulary (loaded from elsewhere); they are not checked.
	Foreign int
	// Problems are the violated invariants, sorted.
	Problems []string
}

// OK reports whether the store holds no problem.
func (r *CheckResult) OK() bool { return len(r.Problems) == 0 }

// Check verifies the invariants of the store:
//
//   - every quad but an entity's type, name and surname is labelled, and
//     every label is a document node;
//   - every document node is whole: typed, with its content hash, and
//     every statement it labels complete (subject, predicate, object,
//     document, sentence, offsets, confidence) and backed by its fact;
//   - every relation and attribute quad has a statement in its document
//     (provenance), joins entities, fits the schema, and is not a loop;
//   - every entity has one type and one name, and a document mentions it.
//
// It reads the whole store, once, and holds what it needs of every node in
// memory: about the size of the store's index of nodes.
func (s *Store) Check(ctx context.Context) (_ *CheckResult, err error) {
	// Damaged pages make bolt (or another backend) panic or fault while reading.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: reading %s: %v", ErrCorrupt, s.addr, r)
			if os.Getenv("ZZ_STACK") != "" {
				println(string(debug.Stack()))
			}
		}
	}()
	type document struct{ typed, hash bool }
	type entity struct {
		types     []Type
		names     []string
		mentioned bool
	}
	type statement struct {
		label, doc       string
		typed            bool
		subject, object  string
		predicate        string
		sentence         bool
		start, end       int64
		hasStart, hasEnd bool
		confidence       float64
		hasConfidence    bool
	}
	var (
		res        = &CheckResult{}
		docs       = map[string]*document{}
		labels     = map[string]int{}
		entities   = map[string]*entity{}
		used       = map[string]string{} // nodes used as entities, and how
		statements = map[string]*statement{}
		facts      = map[string]bool{} // subject, predicate, object, label of facts
		factList   []quad.Quad
		problems   = map[string]bool{}
	)
	problem := func(format string, args ...any) { problems[fmt.Sprintf(format, args...)] = true }
	ent := func(id string) *entity {
		e := entities[id]
		if e == nil {
			e = &entity{}
			entities[id] = e
		}
		return e
	}
	stmt := func(id string) *statement {
		st := statements[id]
		if st == nil {
			st = &statement{}
			statements[id] = st
		}
		return st
	}
	key := func(s, p, o, label quad.Value) string {
		return s.String() + "\x00" + p.String() + "\x00" + o.String() + "\x00" + valueString(label)
	}
	err = s.EachQuad(ctx, func(q quad.Quad) error {
		res.Quads++
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			problem("quad %v %v %v in <%s>: a term is missing from the store's values", q.Subject, q.Predicate, q.Object, valueString(q.Label))
			return nil
		}
		subj, label := valueString(q.Subject), valueString(q.Label)
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			res.Foreign++
			return nil
		}
		pred := Predicate(p)
		if q.Label != nil {
			labels[label]++
		}
		if q.Predicate == TypePredicate {
			t := Type(valueString(q.Object))
			switch {
			case t == Document:
				docs[subj] = orNew(docs[subj], func(d *document) { d.typed = d.typed || label == subj })
			case t == Statement:
				st := stmt(subj)
				st.typed, st.label = true, label
			case t.IsEntity():
				if q.Label != nil {
					problem("entity <%s>: its type is labelled <%s>, not shared", subj, label)
				}
				e := ent(subj)
				e.types = append(e.types, t)
			default:
				res.Foreign++
				return nil
			}
			return nil
		}
		switch {
		case pred == Name || pred == Surname:
			if q.Label != nil {
				problem("entity <%s>: its %s is labelled <%s>, not shared", subj, pred, label)
			}
			if pred == Name {
				e := ent(subj)
				e.names = append(e.names, valueString(q.Object))
			}
			return nil
		case pred.IsRelation() || pred == Title || pred == Date:
			res.Facts++
			facts[key(q.Subject, q.Predicate, q.Object, q.Label)] = true
			factList = append(factList, quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object, Label: q.Label})
			used[subj] = "the subject of " + string(pred)
			if pred.IsRelation() {
				used[valueString(q.Object)] = "the object of " + string(pred)
			}
		case pred == Alias || pred == MentionCount:
			used[subj] = "named by " + string(pred)
		case pred == MentionedIn:
			used[subj] = "mentioned in a document"
			ent(subj).mentioned = true
			if valueString(q.Object) != label {
				problem("entity <%s>: mentioned_in <%s> is labelled <%s>", subj, valueString(q.Object), label)
			}
		case pred == ContentHash:
			docs[subj] = orNew(docs[subj], func(d *document) { d.hash = true })
		case pred == Path || pred == DocTitle || pred == IngestedAt:
		case pred == Subject:
			stmt(subj).subject = q.Object.String()
		case pred == PredicateOf:
			stmt(subj).predicate = q.Object.String()
		case pred == Object:
			stmt(subj).object = q.Object.String()
		case pred == InDocument:
			stmt(subj).doc = valueString(q.Object)
		case pred == Sentence:
			stmt(subj).sentence = true
		case pred == Start:
			st := stmt(subj)
			st.start, st.hasStart = intValue(q.Object)
		case pred == End:
			st := stmt(subj)
			st.end, st.hasEnd = intValue(q.Object)
		case pred == Confidence:
			st := stmt(subj)
			st.confidence, st.hasConfidence = floatValue(q.Object)
		case pred == Rule || pred == Surface:
		default:
			res.Foreign++
			return nil
		}
		if q.Label == nil {
			problem("%s %s %s: no document label", q.Subject, q.Predicate, q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	for id, d := range docs {
		switch {
		case !d.typed:
			problem("document <%s>: no rdf:type Document in its own graph (half-written?)", id)
		case !d.hash:
			problem("document <%s>: no content_hash (half-written?)", id)
		}
	}
	for l, n := range labels {
		if d := docs[l]; d == nil || !d.typed {
			problem("label <%s>: not a document node (%d quads)", l, n)
		}
	}
	for id, st := range statements {
		var missing []string
		for _, f := range []struct {
			name string
			ok   bool
		}{
			{"rdf:type", st.typed}, {"subject", st.subject != ""}, {"predicate", st.predicate != ""},
			{"object", st.object != ""}, {"document", st.doc != ""}, {"sentence", st.sentence},
			{"start", st.hasStart}, {"end", st.hasEnd}, {"confidence", st.hasConfidence},
		} {
			if !f.ok {
				missing = append(missing, f.name)
			}
		}
		if len(missing) > 0 {
			problem("statement <%s>: no %s (half-written?)", id, strings.Join(missing, ", "))
			continue
		}
		if st.doc != st.label {
			problem("statement <%s>: of document <%s>, labelled <%s>", id, st.doc, st.label)
		}
		if st.start < 0 || st.end < st.start {
			problem("statement <%s>: offsets [%d, %d)", id, st.start, st.end)
		}
		if st.confidence < 0 || st.confidence > 1 || math.IsNaN(st.confidence) {
			problem("statement <%s>: confidence %v outside [0, 1]", id, st.confidence)
		}
		if !facts[st.subject+"\x00"+st.predicate+"\x00"+st.object+"\x00"+st.label] {
			problem("statement <%s>: its fact %s %s %s is not in document <%s>", id, st.subject, st.predicate, st.object, st.label)
		}
	}
	typeOf := func(id string) Type {
		if e := entities[id]; e != nil && len(e.types) == 1 {
			return e.types[0]
		}
		return ""
	}
	backed := map[string]bool{}
	for _, st := range statements {
		backed[st.subject+"\x00"+st.predicate+"\x00"+st.object+"\x00"+st.label] = true
	}
	for _, q := range factList {
		what := fmt.Sprintf("%s %s %s in <%s>", q.Subject, q.Predicate, q.Object, valueString(q.Label))
		if !backed[key(q.Subject, q.Predicate, q.Object, q.Label)] {
			problem("%s: no statement (no provenance)", what)
		}
		p := Predicate(valueString(q.Predicate))
		if !p.IsRelation() {
			continue
		}
		s, o := valueString(q.Subject), valueString(q.Object)
		if s == o {
			problem("%s: a loop", what)
		}
		st, ot := typeOf(s), typeOf(o)
		if st != "" && ot != "" && !p.Allows(st, ot) {
			problem("%s: the schema does not allow %s %s %s", what, st, p, ot)
		}
	}
	for id, how := range used {
		if e := entities[id]; e == nil || len(e.types) == 0 {
			problem("entity <%s>: no type (it is %s)", id, how)
		}
	}
	for id, e := range entities {
		switch {
		case len(e.types) > 1:
			problem("entity <%s>: %d types", id, len(e.types))
		case len(e.types) == 1 && len(e.names) == 0:
			problem("entity <%s>: no name", id)
		case len(e.names) > 1:
			problem("entity <%s>: %d names", id, len(e.names))
		case len(e.names) == 1 && strings.TrimSpace(e.names[0]) == "":
			problem("entity <%s>: a blank name", id)
		}
		// An entity no document names may still be the end of another
		// document's edge (possibly_same_as to a person it shares a
		// surname with): it is then kept on purpose.
		if _, referenced := used[id]; len(e.types) > 0 && !e.mentioned && !referenced {
			problem("entity <%s>: no document mentions it", id)
		}
		if len(e.types) > 0 {
			res.Entities++
		}
	}
	for _, d := range docs {
		if d.typed {
			res.Documents++
		}
	}
	res.Statements = len(statements)
	for p := range problems {
		res.Problems = append(res.Problems, p)
	}
	sort.Strings(res.Problems)
	return res, nil
}

func orNew[T any](v *T, f func(*T)) *T {
	if v == nil {
		v = new(T)
	}
	f(v)
	return v
}

func intValue(v quad.Value) (int64, bool) {
	switch v := v.(type) {
	case quad.Int:
		return int64(v), true
	case quad.TypedString:
		var n int64
		_, err := fmt.Sscan(string(v.Value), &n)
		return n, err == nil
	}
	return 0, false
}

func floatValue(v quad.Value) (float64, bool) {
	switch v := v.(type) {
	case quad.Float:
		return float64(v), true
	case quad.Int:
		return float64(v), true
	case quad.TypedString:
		var f float64
		_, err := fmt.Sscan(string(v.Value), &f)
		return f, err == nil
	}
	return 0, false
}
