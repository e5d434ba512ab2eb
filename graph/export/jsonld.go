package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
)

// JSONLDWriter writes quads as expanded JSON-LD (no @context, every IRI
// as given), one quad at a time: unlike cayleygraph/quad's JSON-LD writer,
// which builds the whole dataset in memory before it writes a byte, it
// holds nothing but the subject and predicate being written.
//
// The document is a JSON array. Quads with a label go into
// {"@id": label, "@graph": [...]} objects, those without one are node
// objects at the top; a run of quads with the same label shares one graph
// object, a run with the same subject one node object. A label or subject
// met again later opens another object with the same @id, which JSON-LD
// processors merge (a named graph, a node, is the union of its objects).
// rdf:type quads whose object is an IRI are written as "@type".
type JSONLDWriter struct {
	t       textWriter
	started bool
	top     int // items in the top-level array

	graph   quad.Value // label of the open graph object; nil: none
	inGraph bool
	nodes   int // node objects in the open graph object

	subject quad.Value // subject of the open node object; nil: none
	pred    string     // key of the open property array
	keys    map[string]bool
}

// NewJSONLDWriter returns a JSONLDWriter writing to w.
func NewJSONLDWriter(w io.Writer) *JSONLDWriter {
	return &JSONLDWriter{t: newTextWriter(w), keys: map[string]bool{}}
}

var errLiteralSubject = errors.New("jsonld: a literal cannot be a subject or graph label")

// WriteQuad writes one quad.
func (j *JSONLDWriter) WriteQuad(q quad.Quad) error {
	if j.t.err != nil {
		return j.t.err
	}
	if !q.IsValid() {
		return quad.ErrInvalid
	}
	if !j.started {
		j.started = true
		j.t.str("[")
	}
	subj, ok := nodeID(q.Subject)
	if !ok {
		return errLiteralSubject
	}
	if q.Label != nil {
		if _, ok := nodeID(q.Label); !ok {
			return errLiteralSubject
		}
	}
	key, value, err := jsonldProperty(q.Predicate, q.Object)
	if err != nil {
		return err
	}

	sameGraph := j.subject != nil || j.inGraph
	sameGraph = sameGraph && labelEqual(j.graph, q.Label)
	if !sameGraph {
		j.closeNode()
		j.closeGraph()
		if q.Label != nil {
			id, _ := nodeID(q.Label)
			j.topItem()
			j.t.str(`{"@id":` + jsonString(id) + `,"@graph":[`)
			j.graph, j.inGraph, j.nodes = q.Label, true, 0
		}
	}
	switch {
	case j.subject != nil && j.subject == q.Subject && key == j.pred:
		j.t.str(",")
	case j.subject != nil && j.subject == q.Subject && !j.keys[key]:
		j.t.str("],")
		j.t.str(jsonString(key) + ":[")
	default:
		j.closeNode()
		if j.inGraph {
			if j.nodes > 0 {
				j.t.str(",")
			}
			j.nodes++
			j.t.str("\n")
		} else {
			j.topItem()
		}
		j.t.str(`{"@id":` + jsonString(subj) + "," + jsonString(key) + ":[")
		j.subject = q.Subject
		clear(j.keys)
	}
	j.pred, j.keys[key] = key, true
	j.t.str(value)
	return j.t.err
}

// WriteQuads writes quads one by one.
func (j *JSONLDWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := j.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// Close ends the document.
func (j *JSONLDWriter) Close() error {
	if !j.started {
		j.started = true
		j.t.str("[")
	}
	j.closeNode()
	j.closeGraph()
	j.t.str("\n]\n")
	return j.t.flush()
}

func (j *JSONLDWriter) topItem() {
	if j.top > 0 {
		j.t.str(",")
	}
	j.top++
	j.t.str("\n")
}

func (j *JSONLDWriter) closeNode() {
	if j.subject != nil {
		j.t.str("]}")
		j.subject, j.pred = nil, ""
	}
}

func (j *JSONLDWriter) closeGraph() {
	if j.inGraph {
		j.t.str("\n]}")
		j.graph, j.inGraph = nil, false
	}
}

func labelEqual(a, b quad.Value) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a == b
}

// nodeID is the JSON-LD @id of an IRI or blank node.
func nodeID(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	case quad.BNode:
		return "_:" + string(v), true
	}
	return "", false
}

// jsonldProperty returns the key and the JSON value object of a predicate
// and object.
func jsonldProperty(p, o quad.Value) (string, string, error) {
	key, ok := nodeID(p)
	if !ok {
		return "", "", fmt.Errorf("jsonld: predicate %v is not an IRI", p)
	}
	if id, ok := nodeID(o); ok {
		if key == rdf.NS+"type" || key == rdf.Type {
			return "@type", jsonString(id), nil
		}
		return key, `{"@id":` + jsonString(id) + "}", nil
	}
	if ts, ok := o.(quad.TypedStringer); ok {
		o = ts.TypedString()
	}
	switch o := o.(type) {
	case quad.String:
		return key, `{"@value":` + jsonString(string(o)) + "}", nil
	case quad.LangString:
		return key, `{"@value":` + jsonString(string(o.Value)) + `,"@language":` + jsonString(o.Lang) + "}", nil
	case quad.TypedString:
		return key, `{"@value":` + jsonString(string(o.Value)) + `,"@type":` + jsonString(string(o.Type)) + "}", nil
	}
	return "", "", fmt.Errorf("jsonld: cannot write the value %v", o)
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}
