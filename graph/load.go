package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"
)

// LoadFormats are the formats Load reads, with the file extensions that
// select them.
var LoadFormats = map[string][]string{
	"nquads": {".nq", ".nquads", ".nt"},
	"jsonld": {".jsonld", ".json"},
}

// LoadFormatForFile returns the format that the extension of path selects
// ("nquads" or "jsonld"), or "" when it selects none.
func LoadFormatForFile(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	for name, exts := range LoadFormats {
		for _, e := range exts {
			if e == ext {
				return name
			}
		}
	}
	return ""
}

// ParseError is input that Load or ReadQuads cannot read: a syntax error,
// or JSON-LD that does not make quads, with the file and line (when known)
// where it is.
type ParseError struct {
	File string
	// Line is the line of the error, from 1; 0 when the error has no
	// single place (JSON-LD that is valid JSON).
	Line int
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// maxLine is the longest N-Quads line ReadQuads accepts.
const maxLine = 64 << 20

// ReadQuads calls fn, until it returns an error, for every quad of r in
// format ("nquads" or "jsonld"), as written: full IRIs stay full. name is
// the file named in errors. N-Quads are read line by line, in constant
// memory; typed literals of XML Schema types become native values
// (quad.Int, quad.Float, ...). JSON-LD is read whole (it has no streaming
// form) and may not refer to remote contexts: newsgraph works offline.
func ReadQuads(r io.Reader, format, name string, fn func(quad.Quad) error) error {
	switch format {
	case "nquads":
		return readNQuads(r, name, fn)
	case "jsonld":
		return readJSONLD(r, name, fn)
	}
	return fmt.Errorf("unknown quad format %q (have nquads, jsonld)", format)
}

func readNQuads(r io.Reader, name string, fn func(quad.Quad) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		q, err := nquads.Parse(string(text))
		if err == nil {
			err = checkRDF(q)
		}
		if err != nil {
			return &ParseError{File: name, Line: line, Err: nquadsError(err)}
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return &ParseError{File: name, Line: line + 1, Err: fmt.Errorf("line longer than %d MB", maxLine>>20)}
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// checkRDF checks that q is an RDF quad: Cayley's parser also takes
// literals as subjects and graph labels.
func checkRDF(q quad.Quad) error {
	node := func(v quad.Value) bool {
		switch v.(type) {
		case quad.IRI, quad.BNode:
			return true
		}
		return false
	}
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		iri, ok := v.(quad.IRI)
		if ts, typed := v.(quad.TypedString); typed {
			iri, ok = ts.Type, true
		}
		if ok && strings.ContainsAny(string(iri), "<>\"{}|^`\\ \t\n\r") {
			// N-Quads cannot write it: an export would not read back.
			return fmt.Errorf("the IRI %q has characters an IRI cannot have", string(iri))
		}
	}
	switch {
	case !q.IsValid():
		return errors.New("not a quad: subject, predicate and object are needed")
	case !node(q.Subject):
		return fmt.Errorf("the subject %s is not an IRI or blank node", q.Subject)
	case !node(q.Predicate):
		return fmt.Errorf("the predicate %s is not an IRI", q.Predicate)
	case q.Label != nil && !node(q.Label):
		return fmt.Errorf("the graph label %s is not an IRI or blank node", q.Label)
	}
	return nil
}

// nquadsError rewords the N-Quads parser's errors, which start with a
// bare "invalid quad".
func nquadsError(err error) error {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, quad.ErrInvalid.Error()+": "); ok {
		msg = rest
	}
	return fmt.Errorf("invalid N-Quads: %s", msg)
}

// offlineLoader refuses to fetch remote JSON-LD contexts.
type offlineLoader struct{}

func (offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed,
		fmt.Sprintf("remote context %s: newsgraph works offline; inline the context or use N-Quads", u))
}

func readJSONLD(r io.Reader, name string, fn func(quad.Quad) error) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return &ParseError{File: name, Line: lineAt(data, se.Offset), Err: fmt.Errorf("invalid JSON: %v", err)}
		}
		return &ParseError{File: name, Err: fmt.Errorf("invalid JSON: %v", err)}
	}
	opts := ld.NewJsonLdOptions(NS) // relative IRIs are in newsgraph's namespace
	opts.DocumentLoader = offlineLoader{}
	opts.SafeMode = true // fail rather than drop what does not make quads
	ds, err := toRDF(doc, opts)
	if err != nil {
		return &ParseError{File: name, Err: err}
	}
	for _, gname := range slices.Sorted(maps.Keys(ds.Graphs)) {
		g := ds.Graphs[gname]
		var label quad.Value
		if gname != "@default" {
			label = ldValue(ld.NewIRI(gname))
			if strings.HasPrefix(gname, "_:") {
				label = quad.BNode(gname[2:])
			}
		}
		for _, t := range g {
			q := quad.Quad{Subject: ldValue(t.Subject), Predicate: ldValue(t.Predicate), Object: ldValue(t.Object), Label: label}
			if err := checkRDF(q); err != nil {
				return &ParseError{File: name, Err: fmt.Errorf("invalid JSON-LD: %v", err)}
			}
			if err := fn(q); err != nil {
				return err
			}
		}
	}
	return nil
}

// toRDF turns a JSON-LD document into a dataset. json-gold panics on
// some invalid documents (an @id that is not an IRI, in a named graph):
// that is an error of the input, not a crash of newsgraph load.
func toRDF(doc any, opts *ld.JsonLdOptions) (ds *ld.RDFDataset, err error) {
	defer func() {
		if r := recover(); r != nil {
			ds, err = nil, fmt.Errorf("invalid JSON-LD: the JSON-LD processor fails on it (%v)", r)
		}
	}()
	// The processor's own entry points copy the options without SafeMode
	// (json-gold v0.5.0): expand once through the API to check.
	if _, err := ld.NewJsonLdApi().Expand(ld.NewContext(nil, opts), "", ld.CloneDocument(doc), opts, false, nil); err != nil {
		return nil, jsonldError(err)
	}
	expanded, err := ld.NewJsonLdProcessor().Expand(doc, opts)
	if err != nil {
		return nil, jsonldError(err)
	}
	return datasetOf(expanded, opts)
}

// datasetOf is json-gold's JsonLdApi.ToRDF in a fixed order. json-gold
// walks its graphs and their nodes in map order and names the blank
// nodes of @list items as it goes, so the same document read twice gave
// different blank node names; here graphs and nodes are taken sorted.
func datasetOf(expanded []any, opts *ld.JsonLdOptions) (*ld.RDFDataset, error) {
	issuer := ld.NewIdentifierIssuer("_:b")
	nodeMap := map[string]any{"@default": map[string]any{}}
	if _, err := ld.NewJsonLdApi().GenerateNodeMap(expanded, nodeMap, "@default", issuer, "", "", nil); err != nil {
		return nil, jsonldError(err)
	}
	ds := ld.NewRDFDataset()
	for _, name := range ld.GetOrderedKeys(nodeMap) {
		if ld.IsRelativeIri(name) {
			continue
		}
		nodes, ok := nodeMap[name].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("invalid JSON-LD: graph %s is not an object", name)
		}
		var quads []*ld.Quad
		for _, id := range ld.GetOrderedKeys(nodes) {
			// GraphToRDF replaces the graph's quads: one node at a time.
			ds.GraphToRDF(name, map[string]any{id: nodes[id]}, issuer, opts.ProduceGeneralizedRdf)
			quads = append(quads, ds.Graphs[name]...)
		}
		ds.Graphs[name] = quads
	}
	return ds, nil
}

// jsonldError says what is wrong with JSON-LD that is valid JSON.
func jsonldError(err error) error {
	var le *ld.JsonLdError
	if errors.As(err, &le) {
		switch le.Code {
		case ld.LoadingRemoteContextFailed, ld.LoadingDocumentFailed:
			return fmt.Errorf("invalid JSON-LD: %v (remote contexts are not fetched: newsgraph works offline; inline the @context or use N-Quads)", err)
		case ld.InvalidProperty:
			return fmt.Errorf("invalid JSON-LD: a property is not an absolute IRI and no @context maps it, so its values would be lost: %v", err)
		}
	}
	return fmt.Errorf("invalid JSON-LD: %v", err)
}

// lineAt is the line, from 1, of byte offset off of data.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// xsdString is the datatype of plain literals.
const xsdString = "http://www.w3.org/2001/XMLSchema#string"

// ldValue turns a JSON-LD term into a quad value the way N-Quads reads
// it: typed literals of known types become native values.
func ldValue(n ld.Node) quad.Value {
	switch n := n.(type) {
	case *ld.IRI:
		return quad.IRI(n.Value)
	case *ld.BlankNode:
		return quad.BNode(strings.TrimPrefix(n.Attribute, "_:"))
	case *ld.Literal:
		switch {
		case n.Language != "":
			return quad.LangString{Value: quad.String(n.Value), Lang: n.Language}
		case n.Datatype != "" && n.Datatype != xsdString:
			ts := quad.TypedString{Value: quad.String(n.Value), Type: quad.IRI(n.Datatype)}
			if v, err := ts.ParseValue(); err == nil {
				return v
			}
			return ts
		}
		return quad.String(n.Value)
	}
	return nil
}

// LoadOptions control Load.
type LoadOptions struct {
	// Format is "nquads" or "jsonld".
	Format string
	// Name is the file named in errors.
	Name string
	// BatchSize is the number of quads written per transaction; zero means
	// DefaultLoadBatch.
	BatchSize int
}

// DefaultLoadBatch is the number of quads Load writes per transaction.
const DefaultLoadBatch = 20000

// LoadResult reports a Load.
type LoadResult struct {
	// Read is the number of quads in the input.
	Read int64
	// Added is how many of them the store did not hold yet.
	Added int64
	// Batches is the number of transactions written.
	Batches int
}

// Load adds the quads of r, in opts.Format, to the store. IRIs in NS are
// stored compact (CompactQuad), the way ingest stores them, so that
// exports of this or another newsgraph store load back as they were and
// Gizmo queries use the short forms; other IRIs are kept whole.
//
// Load checks the whole input before it writes anything: input that does
// not parse gives a *ParseError naming the file and line, and the store is
// left as it was. It then writes the quads in transactions of
// opts.BatchSize, reading r a second time (N-Quads: memory stays constant
// however large the file; JSON-LD is held in memory). Should the store
// fail between two transactions, the batches before stay written; loading
// the file again completes it, since a quad already stored is not stored
// twice.
func (s *Store) Load(ctx context.Context, r io.ReadSeeker, opts LoadOptions) (LoadResult, error) {
	var res LoadResult
	batch := opts.BatchSize
	if batch <= 0 {
		batch = DefaultLoadBatch
	}
	if limit := s.txnQuads(); limit > 0 {
		batch = min(batch, limit)
	}
	var held []quad.Quad // JSON-LD: parsed once, kept
	err := ReadQuads(r, opts.Format, opts.Name, func(q quad.Quad) error {
		res.Read++
		if opts.Format == "jsonld" {
			held = append(held, CompactQuad(q))
		}
		if res.Read%4096 == 0 {
			return ctx.Err()
		}
		return nil
	})
	if err != nil {
		return LoadResult{}, err
	}
	before, err := s.QuadCount(ctx)
	if err != nil {
		return LoadResult{}, err
	}
	deltas := make([]graph.Delta, 0, min(int64(batch), res.Read))
	flush := func() error {
		if len(deltas) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.applyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return fmt.Errorf("%s: write: %w", opts.Name, err)
		}
		res.Batches++
		deltas = deltas[:0]
		return nil
	}
	add := func(q quad.Quad) error {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		if len(deltas) >= batch {
			return flush()
		}
		return nil
	}
	if held != nil {
		for _, q := range held {
			if err = add(q); err != nil {
				break
			}
		}
	} else {
		if _, err = r.Seek(0, io.SeekStart); err != nil {
			return LoadResult{}, fmt.Errorf("%s: %w", opts.Name, err)
		}
		var n int64
		err = ReadQuads(r, opts.Format, opts.Name, func(q quad.Quad) error {
			n++
			return add(CompactQuad(q))
		})
		if err == nil && n != res.Read {
			err = fmt.Errorf("%s: changed while loading (%d quads, then %d)", opts.Name, res.Read, n)
		}
	}
	if err == nil {
		err = flush()
	}
	after, serr := s.QuadCount(context.WithoutCancel(ctx))
	if serr == nil {
		res.Added = after - before
	}
	if err != nil {
		return res, err
	}
	return res, serr
}

// QuadCount returns the number of quads in the store, which an embedded
// store keeps (no scan); a database counts them (its own figure is an
// estimate).
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, !IsEmbedded(s.backend))
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a new store: nothing written yet
	}
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}
