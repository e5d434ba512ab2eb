// Package extract runs the extraction pipeline on a document: analysis
// (sentences and tokens), mentions, entity resolution and relations, and
// turns the result into graph facts with provenance.
package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Extractor extracts facts from documents. It is safe for concurrent use.
type Extractor struct {
	finder mention.Finder
}

// Options configure an Extractor.
type Options struct {
	// NoTagger turns the named-entity tagger off: lexicons and rules only.
	NoTagger bool
}

// New returns an Extractor with the embedded lexicons and tagger.
func New() (*Extractor, error) {
	return NewWith(Options{})
}

// NewWith returns an Extractor configured by opts.
func NewWith(opts Options) (*Extractor, error) {
	x := &Extractor{}
	// The lexicon's index is built on another core while the model is
	// decoded; the first document waits for it if it must.
	go mention.Prepare()
	if !opts.NoTagger {
		t, err := EntityTagger()
		if err != nil {
			return nil, err
		}
		x.finder.Tagger = t
	}
	return x, nil
}

// EntityTagger returns the embedded named-entity tagger as the mention
// finder uses it.
func EntityTagger() (mention.EntityTagger, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return tagger{m}, nil
}

// tagger adapts the named-entity model to the mention finder.
type tagger struct{ m *ner.Model }

func (t tagger) Spans(sents [][]string) [][]mention.Span {
	labels := t.m.TagDocument(sents, nil)
	out := make([][]mention.Span, len(labels))
	var buf []ner.Span
	for i, ls := range labels {
		buf = ner.Spans(ls, buf[:0])
		for _, sp := range buf {
			out[i] = append(out[i], mention.Span{T0: sp.Start, T1: sp.End, Type: sp.Type.String()})
		}
	}
	return out
}

// RunningForm tells the mention finder how news text writes a word
// mid-sentence.
func (t tagger) RunningForm(w string) (string, bool) { return t.m.RunningForm(w) }

// Extract returns the facts of doc: its entities with their names and
// aliases, and every relation and attribute with the sentence behind it.
func (x *Extractor) Extract(doc *text.Document) *graph.Facts {
	a := text.Analyze(doc)
	found := x.finder.Find(a)
	res := resolve.Resolve(a, found)
	facts := relate.Find(a, found, res)

	f := &graph.Facts{Doc: graph.Doc{ID: graph.DocID(doc.Hash), Path: doc.Path, Hash: doc.Hash, Title: doc.Title()}}
	used := map[*resolve.Entity]bool{}
	for _, e := range res.Entities {
		if len(e.Mentions) > 0 {
			used[e] = true
		}
	}
	seen := map[string]bool{}
	for _, fc := range facts {
		used[fc.Subject] = true
		if fc.Object != nil {
			used[fc.Object] = true
		}
		if fc.Object != nil {
			s, o := fc.Subject.ID, fc.Object.ID
			if fc.Predicate.Symmetric() && o < s {
				s, o = o, s
			}
			k := s + "\x00" + string(fc.Predicate) + "\x00" + o + "\x00" + fc.Evidence.Sentence
			if seen[k] {
				continue
			}
			seen[k] = true
			f.Relations = append(f.Relations, graph.Relation{Subject: s, Predicate: fc.Predicate, Object: o, Evidence: fc.Evidence})
			continue
		}
		k := fc.Subject.ID + "\x00" + string(fc.Predicate) + "\x00" + fc.Value + "\x00" + fc.Evidence.Sentence
		if seen[k] {
			continue
		}
		seen[k] = true
		f.Attributes = append(f.Attributes, graph.Attribute{Subject: fc.Subject.ID, Predicate: fc.Predicate, Value: fc.Value, Evidence: fc.Evidence})
	}
	byID := map[string]*graph.Entity{}
	for _, e := range res.Entities {
		if !used[e] {
			continue
		}
		if g, ok := byID[e.ID]; ok {
			// Two resolved entities with one ID: same type and name.
			g.Mentions += len(e.Mentions)
			for _, a := range e.Aliases() {
				g.Aliases = appendUnique(g.Aliases, a)
			}
			continue
		}
		g := &graph.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases(), Mentions: len(e.Mentions)}
		byID[e.ID] = g
	}
	for _, g := range byID {
		sort.Strings(g.Aliases)
		f.Entities = append(f.Entities, *g)
	}
	sort.Slice(f.Entities, func(i, j int) bool { return f.Entities[i].ID < f.Entities[j].ID })
	enforce(f)
	return f
}

// enforce drops what the schema forbids, whatever a pattern or the tagger
// found: entities without a name, relations between entities of types the
// predicate does not allow or between an entity and itself, attributes
// without a value. FuzzExtract checks that none is left.
func enforce(f *graph.Facts) {
	types := map[string]graph.Type{}
	ents := f.Entities[:0]
	for _, e := range f.Entities {
		if strings.TrimSpace(e.Name) == "" || !e.Type.IsEntity() {
			continue
		}
		types[e.ID] = e.Type
		ents = append(ents, e)
	}
	f.Entities = ents
	rels := f.Relations[:0]
	for _, r := range f.Relations {
		st, ok1 := types[r.Subject]
		ot, ok2 := types[r.Object]
		if ok1 && ok2 && r.Subject != r.Object && r.Predicate.Allows(st, ot) {
			rels = append(rels, r)
		}
	}
	f.Relations = rels
	attrs := f.Attributes[:0]
	for _, a := range f.Attributes {
		if _, ok := types[a.Subject]; ok && strings.TrimSpace(a.Value) != "" {
			attrs = append(attrs, a)
		}
	}
	f.Attributes = attrs
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
