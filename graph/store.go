package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // the default backend
	"github.com/cayleygraph/quad"
)

// Store is a newsgraph knowledge graph kept in a Cayley quad store. Only
// this package talks to Cayley's store; the rest of the program uses Store.
type Store struct {
	qs      graph.QuadStore
	addr    string
	backend string
}

// OpenOptions control Open.
type OpenOptions struct {
	// Create makes a new empty store when none exists at the address.
	Create bool
	// LockWait is how long to wait for another process holding the store;
	// zero means 5 seconds.
	LockWait time.Duration
}

// ErrNoStore is returned by Open when there is no store at the address and
// Create is false.
var ErrNoStore = errors.New("no store")

// ErrLocked is returned by Open when another process holds the store.
var ErrLocked = errors.New("store is in use by another newsgraph process")

// Open opens the store at addr: a directory holding a bolt store (the
// default, created with Create).
func Open(ctx context.Context, addr string, opts OpenOptions) (*Store, error) {
	if addr == "" {
		return nil, fmt.Errorf("open store: empty address")
	}
	return openBolt(ctx, addr, opts)
}

const boltFile = "indexes.bolt"

func openBolt(ctx context.Context, dir string, opts OpenOptions) (*Store, error) {
	const backend = "bolt"
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !opts.Create {
			return nil, fmt.Errorf("open store %s: %w (run 'newsgraph ingest' first, or give --db)", dir, ErrNoStore)
		}
		if err := graph.InitQuadStore(backend, dir, nil); err != nil {
			return nil, fmt.Errorf("create store %s: %w", dir, err)
		}
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	case !fi.IsDir():
		return nil, fmt.Errorf("open store %s: not a newsgraph store (a file, not a store directory)", dir)
	default:
		if _, err := os.Stat(filepath.Join(dir, boltFile)); err != nil {
			if entries, _ := os.ReadDir(dir); len(entries) > 0 || !opts.Create {
				return nil, fmt.Errorf("open store %s: not a newsgraph store (no %s)", dir, boltFile)
			}
			if err := graph.InitQuadStore(backend, dir, nil); err != nil {
				return nil, fmt.Errorf("create store %s: %w", dir, err)
			}
		}
	}
	wait := opts.LockWait
	if wait == 0 {
		wait = 5 * time.Second
	}
	if err := waitUnlocked(ctx, filepath.Join(dir, boltFile), wait); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	qs, err := graph.NewQuadStore(backend, dir, nil)
	if err != nil {
		return nil, fmt.Errorf("open store %s: not a readable newsgraph store: %w", dir, err)
	}
	return &Store{qs: qs, addr: dir, backend: backend}, nil
}

// waitUnlocked waits until no other process holds the bolt file's lock:
// bolt itself would wait forever.
func waitUnlocked(ctx context.Context, file string, wait time.Duration) error {
	f, err := os.OpenFile(file, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	deadline := time.Now().Add(wait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w (waited %s)", ErrLocked, wait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Close closes the store.
func (s *Store) Close() error { return s.qs.Close() }

// Addr is the address the store was opened at.
func (s *Store) Addr() string { return s.addr }

// Backend names the Cayley backend ("bolt").
func (s *Store) Backend() string { return s.backend }

// QuadStore gives the underlying Cayley store to packages that serve
// Cayley's own APIs.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// WriteStatus says what Write did with a document.
type WriteStatus int

// Write outcomes.
const (
	// Added is a new document.
	Added WriteStatus = iota + 1
	// Unchanged is a document whose content is already stored.
	Unchanged
	// Replaced is a changed file: its earlier facts were removed.
	Replaced
)

func (w WriteStatus) String() string {
	switch w {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// WriteResult reports one Write.
type WriteResult struct {
	Status  WriteStatus
	Added   int // quads written
	Removed int // quads of earlier versions removed
}

// Write stores the facts of one document in one transaction: either all of
// them are stored or none. Content already stored is not written again; a
// document read from the same path with other content replaces the
// earlier version.
func (s *Store) Write(ctx context.Context, f *Facts) (WriteResult, error) {
	docID := quad.IRI(f.Doc.ID)
	exists, err := s.hasSubject(ctx, docID)
	if err != nil {
		return WriteResult{}, err
	}
	if exists {
		return WriteResult{Status: Unchanged}, nil
	}
	var deltas []graph.Delta
	status := Added
	if f.Doc.Path != "" && f.Doc.Path != "-" {
		old, err := s.docsWithPath(ctx, f.Doc.Path)
		if err != nil {
			return WriteResult{}, err
		}
		if len(old) > 0 {
			status = Replaced
			if deltas, err = s.removal(ctx, old, f); err != nil {
				return WriteResult{}, err
			}
		}
	}
	removed := len(deltas)
	quads := Quads(f)
	for _, q := range quads {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := ctx.Err(); err != nil {
		return WriteResult{}, err
	}
	if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return WriteResult{}, fmt.Errorf("write %s: %w", f.Doc.Path, err)
	}
	return WriteResult{Status: status, Added: len(quads), Removed: removed}, nil
}

// removal returns the deletions that remove the documents old: every quad
// they label, and the shared quads of entities that no other document
// (nor the facts about to be written) names any more.
func (s *Store) removal(ctx context.Context, old []quad.Value, keep *Facts) ([]graph.Delta, error) {
	var deltas []graph.Delta
	gone := map[quad.Value]bool{}
	for _, d := range old {
		gone[d] = true
	}
	kept := map[string]bool{}
	for _, e := range keep.Entities {
		kept[e.ID] = true
	}
	var named []quad.Value // entities the old documents name
	for _, d := range old {
		err := s.eachQuad(ctx, quad.Label, d, func(q quad.Quad) error {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			if q.Predicate == MentionedIn.IRI() && !kept[valueString(q.Subject)] {
				named = append(named, q.Subject)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, e := range named {
		elsewhere := false
		var shared []quad.Quad
		err := s.eachQuad(ctx, quad.Subject, e, func(q quad.Quad) error {
			switch {
			case q.Label == nil:
				shared = append(shared, q)
			case q.Predicate == MentionedIn.IRI() && !gone[q.Label]:
				elsewhere = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if !elsewhere {
			for _, q := range shared {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			}
		}
	}
	return deltas, nil
}

// docsWithPath returns the document nodes read from path.
func (s *Store) docsWithPath(ctx context.Context, path string) ([]quad.Value, error) {
	var docs []quad.Value
	err := s.eachQuad(ctx, quad.Object, quad.String(path), func(q quad.Quad) error {
		if q.Predicate == Path.IRI() {
			docs = append(docs, q.Subject)
		}
		return nil
	})
	return docs, err
}

func (s *Store) hasSubject(ctx context.Context, v quad.Value) (bool, error) {
	found := false
	err := s.eachQuad(ctx, quad.Subject, v, func(quad.Quad) error {
		found = true
		return errStop
	})
	return found, err
}

var errStop = errors.New("stop")

// eachQuad calls fn for every quad whose direction d is v, until fn
// returns an error. errStop ends the scan without error.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := s.qs.QuadIterator(d, ref)
	err = iterator.Iterate(ctx, it).Each(func(r graph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		return fn(q)
	})
	if errors.Is(err, errStop) {
		return nil
	}
	if err == nil {
		// Cayley's Each ends without error when ctx is done.
		err = ctx.Err()
	}
	return err
}

// EachQuadWith calls fn for every quad whose direction d is v (for example
// every quad whose subject is an entity node), in the store's order, until
// fn returns an error, which EachQuadWith returns. It reads one index and
// never the whole store.
func (s *Store) EachQuadWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	return s.eachQuad(ctx, d, v, fn)
}

// EachQuad calls fn for every quad in the store, in the store's order.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	err := iterator.Iterate(ctx, s.qs.QuadsAllIterator()).Each(func(r graph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		return fn(q)
	})
	if errors.Is(err, errStop) {
		return nil
	}
	if err == nil {
		err = ctx.Err() // see eachQuad
	}
	return err
}

// valueString returns the text of a literal or the compact IRI of a node.
func valueString(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return strings.Trim(v.String(), `"`)
}
