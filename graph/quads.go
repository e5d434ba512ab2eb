package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// Quads turns the facts of one document into quads. An entity's type and
// canonical name are shared by every document that names it, so they are
// written once, in the default graph (no label). Every other quad - aliases,
// mentions, relations, attributes, statements, the document node - carries
// the document node as its label, so that a document's contribution can be
// replaced or removed as a whole. The order is deterministic: document,
// entities, relations, attributes.
func Quads(f *Facts) []quad.Quad {
	doc := quad.IRI(f.Doc.ID)
	// At most 5 quads for the document, 5 and its aliases for an entity,
	// 12 for a relation or an attribute with its statement.
	n := 5 + 12*(len(f.Relations)+len(f.Attributes))
	for i := range f.Entities {
		n += 5 + len(f.Entities[i].Aliases)
	}
	out := make([]quad.Quad, 0, n)
	add := func(s quad.Value, p Predicate, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p.IRI(), Object: o, Label: doc})
	}

	out = append(out, quad.Quad{Subject: doc, Predicate: TypePredicate, Object: Document.IRI(), Label: doc})
	if f.Doc.Path != "" {
		add(doc, Path, quad.String(f.Doc.Path))
	}
	add(doc, ContentHash, quad.String(f.Doc.Hash))
	if f.Doc.Title != "" {
		add(doc, DocTitle, quad.String(f.Doc.Title))
	}
	if !f.Doc.IngestedAt.IsZero() {
		add(doc, IngestedAt, quad.String(f.Doc.IngestedAt.UTC().Format(time.RFC3339)))
	}

	for _, e := range f.Entities {
		n := quad.IRI(e.ID)
		out = appendEntityQuads(out, e)
		for _, a := range e.Aliases {
			add(n, Alias, quad.String(a))
		}
		add(n, MentionedIn, doc)
		if e.Mentions > 0 {
			add(n, MentionCount, quad.Int(e.Mentions))
		}
	}

	for _, r := range f.Relations {
		s, o := quad.IRI(r.Subject), quad.IRI(r.Object)
		add(s, r.Predicate, o)
		out = appendStatement(out, doc, s, r.Predicate, o, &r.Evidence)
	}
	for _, a := range f.Attributes {
		s, v := quad.IRI(a.Subject), quad.String(a.Value)
		add(s, a.Predicate, v)
		out = appendStatement(out, doc, s, a.Predicate, v, &a.Evidence)
	}
	return out
}

// EntityQuads are the quads shared by every document that names an entity:
// its type and canonical name, and a person's surname, without a label.
func EntityQuads(e Entity) []quad.Quad {
	return appendEntityQuads(make([]quad.Quad, 0, 2), e)
}

func appendEntityQuads(out []quad.Quad, e Entity) []quad.Quad {
	n := quad.IRI(e.ID)
	out = append(out,
		quad.Quad{Subject: n, Predicate: TypePredicate, Object: e.Type.IRI()},
		quad.Quad{Subject: n, Predicate: Name.IRI(), Object: quad.String(e.Name)},
	)
	if s := SurnameOf(e); s != "" {
		out = append(out, quad.Quad{Subject: n, Predicate: Surname.IRI(), Object: SurnameValue(s)})
	}
	return out
}

// SurnameValue is the stored form of a surname: a literal typed
// ng:surname, distinct from the plain string a name or alias uses.
func SurnameValue(s string) quad.Value {
	return quad.TypedString{Value: quad.String(s), Type: quad.IRI(Surname)}
}

// SurnameOf returns the last word of a person's name of two or more words,
// else "".
func SurnameOf(e Entity) string {
	if e.Type != Person {
		return ""
	}
	f := strings.Fields(e.Name)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// appendStatement records one occurrence of (s, p, o) as a statement node
// with its sentence, offsets, rule, confidence and surface form.
func appendStatement(out []quad.Quad, doc quad.IRI, s quad.Value, p Predicate, o quad.Value, ev *Evidence) []quad.Quad {
	st := quad.IRI(statementID(string(doc), s, string(p), o, ev.Start))
	add := func(p Predicate, v quad.Value) {
		out = append(out, quad.Quad{Subject: st, Predicate: p.IRI(), Object: v, Label: doc})
	}
	out = append(out, quad.Quad{Subject: st, Predicate: TypePredicate, Object: Statement.IRI(), Label: doc})
	add(Subject, s)
	add(PredicateOf, p.IRI())
	add(Object, o)
	add(InDocument, doc)
	add(Sentence, quad.String(ev.Sentence))
	add(Start, quad.Int(ev.Start))
	add(End, quad.Int(ev.End))
	if ev.Surface != "" {
		add(Surface, quad.String(ev.Surface))
	}
	if ev.Rule != "" {
		add(Rule, quad.String(ev.Rule))
	}
	add(Confidence, quad.Float(RoundConfidence(ev.Confidence)))
	return out
}

// StatementID returns the compact IRI of the statement node for one
// occurrence of a fact in a sentence of a document.
func StatementID(doc, s, p, o string, start int) string {
	var buf [256]byte
	b := append(buf[:0], doc...)
	b = append(append(b, 0), s...)
	b = append(append(b, 0), p...)
	b = append(append(b, 0), o...)
	return hashStatement(b, start)
}

// statementID is StatementID of values s and o, written as String writes
// them.
func statementID(doc string, s quad.Value, p string, o quad.Value, start int) string {
	var buf [256]byte
	b := append(buf[:0], doc...)
	b = appendValueString(append(b, 0), s)
	b = append(append(b, 0), p...)
	b = appendValueString(append(b, 0), o)
	return hashStatement(b, start)
}

// hashStatement returns the IRI of the statement whose document, subject,
// predicate and object are key (separated by NUL bytes), at offset start.
func hashStatement(key []byte, start int) string {
	key = strconv.AppendInt(append(key, 0), int64(start), 10)
	sum := sha256.Sum256(key)
	return "stmt/" + hex.EncodeToString(sum[:12])
}

// appendValueString appends v.String(): an IRI in angle brackets without
// building the string.
func appendValueString(b []byte, v quad.Value) []byte {
	if iri, ok := v.(quad.IRI); ok {
		return append(append(append(b, '<'), iri...), '>')
	}
	return append(b, v.String()...)
}

// RoundConfidence rounds c to two decimals and clamps it to [0,1].
func RoundConfidence(c float64) float64 {
	c = math.Round(c*100) / 100
	return math.Max(0, math.Min(1, c))
}

// FormatConfidence prints a confidence with two decimals.
func FormatConfidence(c float64) string {
	return strconv.FormatFloat(RoundConfidence(c), 'f', 2, 64)
}
