package evalgold

import (
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
)

// system is a system's graph as score.py reads it from N-Quads: typed
// entity nodes, their names, relation edges and attributes. Nodes are
// identified by their N-Quads term ("<iri>", "_:b", "\"literal\"").
type system struct {
	types     map[string]string          // node -> schema type
	typeOrder []string                   // typed nodes, in the order of their first type quad
	names     map[string]map[string]bool // node -> normalised names
	terms     map[string]term            // node -> its term
	edges     []edge
	attrs     []attr
}

type edge struct{ s, p, o string }

type attr struct{ s, p, value string }

// term is one value of a quad: its N-Quads form, and for literals the value.
type term struct {
	nq      string
	literal bool
	blank   bool
	value   string // the literal's value (unescaped)
}

func termOf(v quad.Value) term {
	switch v := v.(type) {
	case quad.IRI:
		return term{nq: v.String()}
	case quad.BNode:
		return term{nq: v.String(), blank: true}
	case quad.String:
		return term{nq: v.String(), literal: true, value: string(v)}
	case quad.LangString:
		return term{nq: v.String(), literal: true, value: string(v.Value)}
	case quad.TypedString:
		return term{nq: v.String(), literal: true, value: string(v.Value)}
	case quad.TypedStringer: // quad.Int, quad.Float, quad.Bool, quad.Time
		ts := v.TypedString()
		return term{nq: ts.String(), literal: true, value: string(ts.Value)}
	case nil:
		return term{}
	}
	s := quad.StringOf(v)
	return term{nq: quad.String(s).String(), literal: true, value: s}
}

// newSystem reads quads the way score.py's System reads N-Quads: the graph
// label is ignored.
func newSystem(quads []quad.Quad) *system {
	sys := &system{types: map[string]string{}, names: map[string]map[string]bool{}, terms: map[string]term{}}
	type triple struct {
		s, o term
		lp   string
	}
	ts := make([]triple, 0, len(quads))
	for _, q := range quads {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			continue
		}
		t := triple{s: termOf(q.Subject), o: termOf(q.Object), lp: snake(localName(termOf(q.Predicate).nq))}
		sys.terms[t.s.nq] = t.s
		sys.terms[t.o.nq] = t.o
		ts = append(ts, t)
	}
	for _, t := range ts {
		switch {
		case t.lp == "type" && !t.o.literal:
			if typ, ok := entityTypes[strings.ToLower(localName(t.o.nq))]; ok {
				if _, seen := sys.types[t.s.nq]; !seen {
					sys.typeOrder = append(sys.typeOrder, t.s.nq)
				}
				sys.types[t.s.nq] = typ
			}
		case namePredicates[strings.ReplaceAll(t.lp, "_", "")] && t.o.literal:
			if sys.names[t.s.nq] == nil {
				sys.names[t.s.nq] = map[string]bool{}
			}
			sys.names[t.s.nq][Norm(t.o.value)] = true
		}
	}
	for _, t := range ts {
		switch {
		case relationPredicates[t.lp] && !t.o.literal:
			sys.edges = append(sys.edges, edge{t.s.nq, t.lp, t.o.nq})
		case relationPredicates[t.lp] && t.o.literal && t.s.literal:
			sys.edges = append(sys.edges, edge{t.s.nq, t.lp, t.o.nq}) // literal-valued nodes, Cayley style
		case attributePredicates[t.lp] && t.o.literal:
			sys.attrs = append(sys.attrs, attr{t.s.nq, t.lp, t.o.value})
		}
	}
	return sys
}

// nodeNames returns the normalised names of a node, sorted: its name,
// label and alias literals, plus the literal itself for a literal node or
// the IRI's local name with "-" and "_" read as spaces.
func (sys *system) nodeNames(node string) []string {
	names := map[string]bool{}
	for n := range sys.names[node] {
		names[n] = true
	}
	t := sys.terms[node]
	switch {
	case t.literal:
		names[Norm(t.value)] = true
	case !t.blank:
		names[Norm(dashes(localName(node)))] = true
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// label is how score.py -v prints a node: its names joined by "/".
func (sys *system) label(node string) string {
	return strings.Join(sys.nodeNames(node), "/")
}

// dashes replaces every run of "-" and "_" by one space.
func dashes(s string) string {
	var b strings.Builder
	run := false
	for _, r := range s {
		if r == '-' || r == '_' {
			if !run {
				b.WriteByte(' ')
			}
			run = true
			continue
		}
		run = false
		b.WriteRune(r)
	}
	return b.String()
}

// localName is the part of an N-Quads term after the last "#", then the
// last "/", then the last ":", once "<" and ">" are trimmed: score.py's
// local_name.
func localName(t string) string {
	t = strings.Trim(t, "<>")
	for _, sep := range []string{"#", "/", ":"} {
		if i := strings.LastIndex(t, sep); i >= 0 {
			t = t[i+len(sep):]
		}
	}
	return t
}

// snake turns a camel-case local name into snake case ("altLabel" ->
// "alt_label"), with "-" and " " made "_", in lower case.
func snake(name string) string {
	var b strings.Builder
	prev := rune(-1)
	for _, r := range name {
		if r >= 'A' && r <= 'Z' && (prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9') {
			b.WriteByte('_')
		}
		switch r {
		case '-', ' ':
			b.WriteByte('_')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		prev = r
	}
	return b.String()
}
