package graph

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/jsonld" // JSON-LD reader and writer
	_ "github.com/cayleygraph/quad/nquads" // N-Quads reader and writer
)

// NewQuadWriter returns a writer of quads in the named cayleygraph/quad
// format ("nquads", "jsonld", "graphml", "gml", ...) that writes full IRIs
// (Expand) so that other RDF tools can read the output.
func NewQuadWriter(w io.Writer, format string) (quad.WriteCloser, error) {
	f := quad.FormatByName(format)
	if f == nil || f.Writer == nil {
		return nil, fmt.Errorf("unknown quad format %q", format)
	}
	return &expandingWriter{w: f.Writer(w)}, nil
}

// WriteFacts writes the quads of facts to w as one document of the named
// format (see NewQuadWriter) and returns how many it wrote.
func WriteFacts(w io.Writer, format string, facts ...*Facts) (int, error) {
	if format == "nquads" {
		return writeNQuads(w, facts)
	}
	qw, err := NewQuadWriter(w, format)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, f := range facts {
		k, err := qw.WriteQuads(Quads(f))
		n += k
		if err != nil {
			qw.Close()
			return n, err
		}
	}
	return n, qw.Close()
}

// writeNQuads writes what NewQuadWriter(w, "nquads") writes of facts,
// byte for byte, without building the expanded IRIs and the text of
// every value as strings first.
func writeNQuads(w io.Writer, facts []*Facts) (int, error) {
	var b []byte
	bb, _ := w.(*bytes.Buffer)
	n := 0
	for _, f := range facts {
		b = b[:0]
		if bb != nil {
			// Append in place to the buffer's free space.
			b = bb.AvailableBuffer()
		}
		for _, q := range Quads(f) {
			if !validNQuadValue(q.Subject) || !validNQuadValue(q.Predicate) || !validNQuadValue(q.Object) {
				if _, err := w.Write(b); err != nil {
					return n, err
				}
				return n, quad.ErrInvalid
			}
			b = appendNQuadValue(b, q.Subject)
			b = append(b, ' ')
			b = appendNQuadValue(b, q.Predicate)
			b = append(b, ' ')
			b = appendNQuadValue(b, q.Object)
			if q.Label != nil {
				b = append(b, ' ')
				b = appendNQuadValue(b, q.Label)
			}
			b = append(b, " .\n"...)
			n++
		}
		if _, err := w.Write(b); err != nil {
			return n, err
		}
	}
	return n, nil
}

// validNQuadValue reports whether v, its IRIs made full, is valid in a
// quad (quad.IsValidValue(expandValue(v))).
func validNQuadValue(v quad.Value) bool {
	if iri, ok := v.(quad.IRI); ok && !strings.Contains(string(iri), ":") {
		return true // NS + iri
	}
	return quad.IsValidValue(expandValue(v))
}

// appendNQuadValue appends the N-Quads text of v with its IRIs full, as
// expandValue(v).String() is.
func appendNQuadValue(b []byte, v quad.Value) []byte {
	if iri, ok := v.(quad.IRI); ok && !strings.Contains(string(iri), ":") {
		b = append(b, '<')
		b = append(b, NS...)
		b = append(b, iri...)
		return append(b, '>')
	}
	return append(b, expandValue(v).String()...)
}

type expandingWriter struct {
	w   quad.WriteCloser
	buf []quad.Quad
}

// ExpandQuad returns q with every compact IRI, and every datatype of a
// typed literal, made full.
func ExpandQuad(q quad.Quad) quad.Quad {
	return quad.Quad{
		Subject:   expandValue(q.Subject),
		Predicate: expandValue(q.Predicate),
		Object:    expandValue(q.Object),
		Label:     expandValue(q.Label),
	}
}

// CompactQuad returns q with IRIs of the newsgraph namespace made compact,
// as they are stored.
func CompactQuad(q quad.Quad) quad.Quad {
	c := func(v quad.Value) quad.Value {
		switch v := v.(type) {
		case quad.IRI:
			return Compact(v)
		case quad.TypedString:
			// Our own datatypes (ng:surname) are compact in the store;
			// XSD ones keep the form the quad package gives them.
			if t := Compact(v.Type); t != v.Type && !strings.Contains(string(t), ":") {
				v.Type = t
			}
			return v
		}
		return v
	}
	return quad.Quad{Subject: c(q.Subject), Predicate: c(q.Predicate), Object: c(q.Object), Label: c(q.Label)}
}

// expandValue makes IRIs and the datatypes of typed literals full: quad.Int
// writes "1"^^<xsd:integer>, which RDF tools would read as an IRI with the
// scheme "xsd".
func expandValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return Expand(v)
	case quad.TypedString:
		v.Type = Expand(v.Type)
		return v
	case quad.TypedStringer: // quad.Int, quad.Float, quad.Bool, quad.Time
		ts := v.TypedString()
		ts.Type = Expand(ts.Type)
		return ts
	}
	return v
}

func (w *expandingWriter) WriteQuad(q quad.Quad) error {
	return w.w.WriteQuad(ExpandQuad(q))
}

func (w *expandingWriter) WriteQuads(qs []quad.Quad) (int, error) {
	w.buf = w.buf[:0]
	for _, q := range qs {
		w.buf = append(w.buf, ExpandQuad(q))
	}
	return w.w.WriteQuads(w.buf)
}

func (w *expandingWriter) Close() error { return w.w.Close() }
