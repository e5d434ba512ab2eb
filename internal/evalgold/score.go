// Package evalgold scores a system's graph against gold annotations in the
// format of the project's evaluation (shared/eval/SCHEMA.md), with exactly
// the rules of its scorer, shared/eval/score.py: the same name
// normalisation, entity matching, duplicate counting, symmetric and
// optional relations, list-valued subjects and objects, attribute values
// and dates, and the same printed table and JSON.
//
// The system's graph is given as quads (graph.Quads of the extracted
// facts, say); only local names matter, as in score.py, so compact and
// full IRIs score alike.
package evalgold

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// Tally counts true positives, false positives and false negatives.
type Tally struct {
	TP, FP, FN int
}

// Add returns the sum of two tallies.
func (t Tally) Add(u Tally) Tally {
	return Tally{t.TP + u.TP, t.FP + u.FP, t.FN + u.FN}
}

// PRF returns precision, recall and F1 computed as score.py's prf() does
// (0 where a denominator is 0).
func (t Tally) PRF() PRF {
	var s PRF
	if t.TP+t.FP > 0 {
		s.P = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		s.R = float64(t.TP) / float64(t.TP+t.FN)
	}
	if s.P+s.R > 0 {
		s.F = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// PRF is precision, recall and F1.
type PRF struct {
	P, R, F float64
}

// Counts are the tallies of one document or of a whole directory.
type Counts struct {
	Entities, Relations, Attributes Tally
}

// Add returns the sum of two counts.
func (c Counts) Add(d Counts) Counts {
	return Counts{c.Entities.Add(d.Entities), c.Relations.Add(d.Relations), c.Attributes.Add(d.Attributes)}
}

// DocScore is the score of one document.
type DocScore struct {
	// Name is the document's file name without its extension.
	Name string
	// Counts are the document's entity, relation and attribute tallies.
	Counts Counts
	// PerPredicate tallies the relations by predicate; a predicate is
	// present only when one of its counts is not zero.
	PerPredicate map[string]Tally
	// Lines are the lines score.py -v prints for the document: every
	// miss (FN), false hit (FP) and duplicate (DUP).
	Lines []string
	// Err is set when the system failed on the document, which was then
	// scored as an empty graph.
	Err error
}

// Score scores the quads a system produced for one document against the
// document's gold annotation.
func Score(g *Gold, quads []quad.Quad) *DocScore {
	sys := newSystem(quads)
	d := &DocScore{PerPredicate: map[string]Tally{}}
	logf := func(format string, args ...any) { d.Lines = append(d.Lines, fmt.Sprintf(format, args...)) }
	pred := func(p string, tp, fp, fn int) {
		d.PerPredicate[p] = d.PerPredicate[p].Add(Tally{tp, fp, fn})
	}

	// The gold entity of every node that is typed, an end of an edge or
	// the subject of an attribute.
	nodeGold := map[string]string{}
	matchNode := func(node string) {
		if _, done := nodeGold[node]; done {
			return
		}
		typ, typed := sys.types[node]
		if gid, ok := g.match(sys.nodeNames(node), typ, typed); ok {
			nodeGold[node] = gid
		} else {
			nodeGold[node] = noGold
		}
	}
	for _, n := range sys.typeOrder {
		matchNode(n)
	}
	for _, e := range sys.edges {
		matchNode(e.s)
		matchNode(e.o)
	}
	for _, a := range sys.attrs {
		matchNode(a.s)
	}
	goldOf := func(node string) (string, bool) {
		gid := nodeGold[node]
		return gid, gid != noGold
	}

	// Entities.
	c := &d.Counts
	found := map[string]bool{}
	for _, node := range sys.typeOrder {
		typ := sys.types[node]
		label := func() string {
			if l := sys.label(node); l != "" {
				return l
			}
			return node
		}
		gid, ok := goldOf(node)
		if !ok {
			c.Entities.FP++
			logf("  entity FP  %-12s %s", typ, label())
			continue
		}
		ge := g.entities[gid]
		switch {
		case ge.optional:
		case ge.typ != typ:
			c.Entities.FP++
			logf("  entity FP  %-12s %s (gold says %s)", typ, label(), ge.typ)
		case found[gid]:
			c.Entities.FP++
			logf("  entity DUP %-12s %s (another node is already %s)", typ, label(), gid)
		default:
			found[gid] = true
			c.Entities.TP++
		}
	}
	for _, gid := range g.ids {
		ge := g.entities[gid]
		if !ge.optional && !found[gid] {
			c.Entities.FN++
			first := ""
			if len(ge.names) > 0 {
				first = ge.names[0]
			}
			logf("  entity FN  %-12s %s", ge.typ, first)
		}
	}

	// Relations: each distinct (subject, predicate, object), with the
	// ends read as their gold entities where they have one, is scored
	// once; symmetric predicates in either direction.
	matched := map[int]bool{}
	seen := map[[3]string]bool{}
	for _, e := range sys.edges {
		gs, sok := goldOf(e.s)
		gob, ook := goldOf(e.o)
		a, b := e.s, e.o
		if sok && gs != "" {
			a = gs
		}
		if ook && gob != "" {
			b = gob
		}
		key := [3]string{a, e.p, b}
		if symmetricPredicates[e.p] {
			if b < a {
				a, b = b, a
			}
			key = [3]string{e.p, a, b}
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		hit := -1
		for i, r := range g.relations {
			if r.p != e.p {
				continue
			}
			if (sok && ook && r.s[gs] && r.o[gob]) || (symmetricPredicates[e.p] && sok && ook && r.o[gs] && r.s[gob]) {
				if hit < 0 || (!matched[i] && matched[hit]) {
					hit = i
				}
			}
		}
		switch {
		case hit < 0:
			c.Relations.FP++
			pred(e.p, 0, 1, 0)
			logf("  rel FP     %-16s %s -> %s", e.p, sys.label(e.s), sys.label(e.o))
		case g.relations[hit].optional || matched[hit]:
		default:
			matched[hit] = true
			c.Relations.TP++
			pred(e.p, 1, 0, 0)
		}
	}
	for i, r := range g.relations {
		if !r.optional && !matched[i] {
			c.Relations.FN++
			pred(r.p, 0, 0, 1)
			logf("  rel FN     %-16s %s -> %s   [%s]", r.p, strings.Join(sortedKeys(r.s), "|"), strings.Join(sortedKeys(r.o), "|"), r.evidence)
		}
	}

	// Attributes: each distinct (gold subject, predicate, normalised
	// value) once; a date matches a gold date it starts with.
	type attrKey struct {
		gs       string
		hasGold  bool
		p, value string
	}
	amatched := map[int]bool{}
	aseen := map[attrKey]bool{}
	for _, a := range sys.attrs {
		gs, ok := goldOf(a.s)
		nv := NormValue(a.value)
		k := attrKey{gs, ok, a.p, nv}
		if aseen[k] {
			continue
		}
		aseen[k] = true
		hit := -1
		for i, ga := range g.attributes {
			if ok && ga.s == gs && ga.p == a.p && (ga.values[nv] || (a.p == "date" && hasPrefixIn(nv, ga.values))) {
				hit = i
			}
		}
		switch {
		case hit < 0:
			if ok && g.entities[gs].optional {
				continue
			}
			c.Attributes.FP++
			logf("  attr FP    %-16s %s = %s", a.p, sys.label(a.s), a.value)
		case g.attributes[hit].optional || amatched[hit]:
		default:
			amatched[hit] = true
			c.Attributes.TP++
		}
	}
	for i, ga := range g.attributes {
		if !ga.optional && !amatched[i] {
			c.Attributes.FN++
			logf("  attr FN    %-16s %s = %s", ga.p, ga.s, pyList(sortedKeys(ga.values)))
		}
	}
	return d
}

// noGold marks a node that matches no gold entity (gold ids are never
// this string: it is not valid UTF-8).
const noGold = "\xff"

func hasPrefixIn(v string, prefixes map[string]bool) bool {
	for p := range prefixes {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// pyList prints strings as Python prints a list of them: ['a', 'b'].
func pyList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = pyRepr(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyRepr is Python's repr of a string, for the characters a normalised
// attribute value can hold.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	r := strings.NewReplacer(`\`, `\\`, q, `\`+q, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return q + r.Replace(s) + q
}
