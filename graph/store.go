package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// Store is a newsgraph knowledge graph kept in a Cayley quad store. Only
// this package talks to Cayley's store; the rest of the program uses Store.
type Store struct {
	qs      graph.QuadStore
	addr    string
	backend string
	lock    *os.File // the store directory, locked while the store is open
}

// OpenOptions control Open.
type OpenOptions struct {
	// Create makes a new empty store when none exists at the address.
	Create bool
	// LockWait is how long to wait for another process holding the store;
	// zero means 5 seconds.
	LockWait time.Duration
	// Verify reads every page of the store file before opening it, to
	// find corruption that opening alone would not (Check uses it).
	Verify bool
}

// ErrNoStore is returned by Open when there is no store at the address and
// Create is false.
var ErrNoStore = errors.New("no store")

// ErrLocked is returned by Open when another process holds the store.
var ErrLocked = errors.New("store is in use by another newsgraph process")

// ErrNotStore is wrapped by the errors of Open for an address that holds
// something else than a store. Open never writes to it.
var ErrNotStore = errors.New("not a newsgraph store")

// ErrCorrupt is wrapped by the errors of Open for a store file that is
// damaged. Open never writes to it.
var ErrCorrupt = errors.New("damaged store")

// Open opens the store at addr: a store directory, or a database,
// postgres://... for PostgreSQL and cockroach://... for CockroachDB (its
// tables created with Create). A directory may name its backend by a
// prefix, bolt:DIR, bbolt:DIR, badger:DIR or leveldb:DIR; a plain DIR is
// the store found there, or, with Create, a new store of DefaultBackend.
// Only one process at a time opens a store directory: Open waits
// opts.LockWait for another one to close it, then returns ErrLocked.
// Several processes may open and write a database at once.
func Open(ctx context.Context, addr string, opts OpenOptions) (*Store, error) {
	if addr == "" {
		return nil, fmt.Errorf("open store: empty address")
	}
	if backend, dsn, ok := sqlAddress(addr); ok {
		return openSQL(ctx, backend, dsn, addr, opts)
	}
	backend, dir := embeddedAddress(addr)
	if dir == "" {
		return nil, fmt.Errorf("open store %s: no directory after %s:", addr, backend)
	}
	return openEmbedded(ctx, backend, dir, opts)
}

const boltFile = "indexes.bolt"

// openEmbedded opens the store in dir; backend, when not empty, is the
// one the address named.
func openEmbedded(ctx context.Context, backend, dir string, opts OpenOptions) (*Store, error) {
	create := false
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !opts.Create {
			return nil, fmt.Errorf("open store %s: %w (run 'newsgraph ingest' first, or give --db)", dir, ErrNoStore)
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create store %s: %w", dir, err)
		}
		create = true
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	case !fi.IsDir():
		return nil, fmt.Errorf("open store %s: %w (a file, not a store directory: --db names the directory that holds %s)", dir, ErrNotStore, boltFile)
	}
	wait := opts.LockWait
	if wait == 0 {
		wait = 5 * time.Second
	}
	lock, err := lockDir(ctx, dir, wait)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	fail := func(err error) (*Store, error) {
		lock.Close()
		return nil, err
	}
	// A creation that did not finish (its process killed) left the
	// sentinel: the files beside it are no store yet, and hold no
	// document, since ingest writes only to a store Open returned.
	unfinished := exists(filepath.Join(dir, creatingFile))
	if unfinished {
		if !opts.Create {
			return fail(fmt.Errorf("open store %s: %w (its creation was interrupted: run 'newsgraph ingest' to make it again)", dir, ErrNoStore))
		}
		if err := clearDir(dir); err != nil {
			return fail(fmt.Errorf("create store %s: %w", dir, err))
		}
	}
	// Another process may have made the store while we waited.
	found := foundBackend(dir)
	switch {
	case found == "":
		if entries, _ := os.ReadDir(dir); len(entries) > 0 && !unfinished || !opts.Create {
			return fail(fmt.Errorf("open store %s: %w (a directory without %s)", dir, ErrNotStore, boltFile))
		}
		create = true
	case backend != "" && embeddedBackends[backend].holds(dir):
		create = false // the backend named, or one of the same format
	case backend != "":
		return fail(fmt.Errorf("open store %s: %w (it holds a %s store: give --db %s:%s or %s)", dir, ErrNotStore, found, found, dir, dir))
	default:
		create = false
		backend = found
	}
	if backend == "" {
		backend = DefaultBackend
	}
	b := embeddedBackends[backend]
	if create {
		if err := createKV(b, dir); err != nil {
			return fail(fmt.Errorf("create store %s: %w", dir, err))
		}
	} else if b.check != nil {
		if err := b.check(filepath.Join(dir, b.file), wait, opts.Verify); err != nil {
			return fail(fmt.Errorf("open store %s: %w", dir, err))
		}
	}
	qs, err := openKV(b, dir)
	if errors.Is(err, graph.ErrNotInitialized) {
		return fail(fmt.Errorf("open store %s: %w (a %s database of another program)", dir, ErrNotStore, backend))
	}
	if err != nil {
		return fail(fmt.Errorf("open store %s: %w", dir, err))
	}
	return &Store{qs: qs, addr: dir, backend: backend, lock: lock}, nil
}

// creatingFile marks a store directory whose creation has not finished.
const creatingFile = ".creating"

// createKV makes a new empty store in dir between the sentinel's creation
// and its removal, both synced to disk: a process killed before the end
// leaves the sentinel, and the next Open makes the store again.
func createKV(b *embeddedBackend, dir string) error {
	sentinel := filepath.Join(dir, creatingFile)
	f, err := os.Create(sentinel)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = syncDir(dir)
	}
	if err == nil {
		err = initKV(b, dir)
	}
	if err != nil {
		return err
	}
	if err := os.Remove(sentinel); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir writes the directory's entries to disk.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// clearDir removes what an unfinished creation left in dir, but for the
// sentinel, which the next creation removes when it is done.
func clearDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() == creatingFile {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// lockDir locks the store directory for this process, waiting at most
// wait for another process to unlock it. Closing the file unlocks it.
func lockDir(ctx context.Context, dir string, wait time.Duration) (*os.File, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(wait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock: %w", err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("%w (waited %s)", ErrLocked, wait)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// checkBolt opens the bolt file read-only (with bbolt, which reads the
// files of bolt too), before Cayley opens it for writing: a file that is
// not a bolt database, a damaged one or another program's gives an error
// and is left as it is. A process other than
// newsgraph holding the file (Cayley's own tools) makes it wait, then
// gives ErrLocked. With verify, every key and value is read (see verify).
func checkBolt(file string, wait time.Duration, verify bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %s: %v", ErrCorrupt, boltFile, r)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	fi, err := os.Stat(file)
	if err != nil {
		return err
	}
	if fi.Size() == 0 {
		return fmt.Errorf("%w: %s is empty", ErrCorrupt, boltFile)
	}
	db, err := bolt.Open(file, 0, &bolt.Options{ReadOnly: true, Timeout: wait})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("%w (waited %s)", ErrLocked, wait)
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, boltFile, err)
	}
	err = db.View(func(tx *bolt.Tx) error {
		// A store cut short (a copy that did not finish, a full disk)
		// would fault when a missing page is read.
		if tx.Size() > fi.Size() {
			return fmt.Errorf("%w: %s is truncated (%d bytes, the store needs %d)", ErrCorrupt, boltFile, fi.Size(), tx.Size())
		}
		// Cayley keeps its version in the bucket "meta".
		if tx.Bucket([]byte("meta")) == nil {
			return fmt.Errorf("%w (%s is a bolt database of another program)", ErrNotStore, boltFile)
		}
		return nil
	})
	if err == nil && verify {
		if err = verifyBolt(db, fi.Size()); errors.Is(err, errVerifyTimeout) {
			// The reading goroutine is stuck in the damaged file and holds
			// the database: leave both to the end of the process.
			return err
		}
	}
	db.Close()
	return err
}

var errVerifyTimeout = fmt.Errorf("%w: reading %s did not finish (a loop in its pages?)", ErrCorrupt, boltFile)

// verifyBolt reads every key and value of every bucket of db. Damaged
// pages make bolt panic or fault, or loop: a panic or fault is an error,
// and so is a walk that visits more elements than a file of size bytes
// can hold or does not end in a minute plus a second per 10 MB.
func verifyBolt(db *bolt.DB, size int64) error {
	done := make(chan error, 1)
	go func() {
		debug.SetPanicOnFault(true)
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("%w: %s: %v", ErrCorrupt, boltFile, r)
			}
		}()
		budget := size/16 + 1024 // a leaf element takes 16 bytes at least
		var walk func(b *bolt.Bucket, depth int) error
		walk = func(b *bolt.Bucket, depth int) error {
			if depth > 16 {
				return fmt.Errorf("%w: %s: buckets nested %d deep", ErrCorrupt, boltFile, depth)
			}
			return b.ForEach(func(k, v []byte) error {
				if budget--; budget < 0 {
					return fmt.Errorf("%w: %s: more elements than the file can hold (a loop in its pages)", ErrCorrupt, boltFile)
				}
				if v == nil {
					if child := b.Bucket(k); child != nil {
						return walk(child, depth+1)
					}
				}
				return nil
			})
		}
		done <- db.View(func(tx *bolt.Tx) error {
			return tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walk(b, 1) })
		})
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Minute + time.Duration(size/(10<<20))*time.Second):
		return errVerifyTimeout
	}
}

// storeOptions are the options of Cayley's bolt store. Its bloom filters
// take 75 MB each, one per index written to in a new store, 300 MB and
// more for an ingest, and its startup reads the whole store to fill them;
// without them, a write reads the store to find quads it already holds,
// which costs no measurable time in an ingest.
var storeOptions = graph.Options{"no_bloom": os.Getenv("ZZ_BLOOM") == ""}

// Close closes the store.
func (s *Store) Close() error {
	err := s.qs.Close()
	if s.lock != nil {
		s.lock.Close()
	}
	return err
}

// Addr is the address the store was opened at.
func (s *Store) Addr() string { return s.addr }

// Backend names the Cayley backend: "bolt", "bbolt", "badger", "leveldb",
// "postgres" or "cockroach".
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
//
// The earlier version is removed in a second transaction, after the new
// one is written: Cayley's store corrupts the quads a transaction adds
// when the same transaction deletes more uses of one of their terms than
// it adds (the added quads lose that term). Should the process die between
// the two, both versions are in the store, each whole, and writing the
// document again removes the earlier one.
func (s *Store) Write(ctx context.Context, f *Facts) (WriteResult, error) {
	docID := quad.IRI(f.Doc.ID)
	exists, err := s.hasSubject(ctx, docID)
	if err != nil {
		return WriteResult{}, err
	}
	old, err := s.earlierVersions(ctx, f)
	if err != nil {
		return WriteResult{}, err
	}
	res := WriteResult{Status: Added}
	if exists {
		res.Status = Unchanged
	} else {
		quads := Quads(f)
		deltas := make([]graph.Delta, 0, len(quads))
		for _, q := range quads {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
		if err := ctx.Err(); err != nil {
			return WriteResult{}, err
		}
		if err := s.applyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return WriteResult{}, fmt.Errorf("write %s: %w", f.Doc.Path, err)
		}
		res.Added = len(quads)
	}
	if len(old) == 0 {
		return res, nil
	}
	if !exists {
		res.Status = Replaced
	}
	deltas, err := s.removal(ctx, old, f)
	if err != nil {
		return res, err
	}
	if err := s.applyDeltas(deltas, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return res, fmt.Errorf("write %s: remove the earlier version: %w", f.Doc.Path, err)
	}
	res.Removed = len(deltas)
	return res, nil
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
	// Each quad is deleted once: Cayley's store counts a quad deleted twice
	// in one transaction twice against its terms, and later loses terms
	// still in use. Two old documents often name one entity.
	var named []quad.Value // entities the old documents name, once each
	seen := map[quad.Value]bool{}
	for _, d := range old {
		err := s.eachQuad(ctx, quad.Label, d, func(q quad.Quad) error {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			if q.Predicate == MentionedIn.IRI() && !kept[valueString(q.Subject)] && !seen[q.Subject] {
				seen[q.Subject] = true
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
			// Another document may point at the entity without naming it
			// (a possibly_same_as edge to a person it only shares a
			// surname with): the entity then keeps its type and name.
			err = s.eachQuad(ctx, quad.Object, e, func(q quad.Quad) error {
				if q.Label != nil && !gone[q.Label] {
					elsewhere = true
					return errStop
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		if !elsewhere {
			for _, q := range shared {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			}
		}
	}
	return deltas, nil
}

// RemovePath removes, in one transaction, the documents read from path,
// with the entities no other document names, and returns how many
// documents it removed. Ingest uses it when the parts a large file was
// cut into change in number.
func (s *Store) RemovePath(ctx context.Context, path string) (int, error) {
	old, err := s.docsWithPath(ctx, path)
	if err != nil || len(old) == 0 {
		return 0, err
	}
	deltas, err := s.removal(ctx, old, &Facts{})
	if err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := s.applyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return 0, fmt.Errorf("remove %s: %w", path, err)
	}
	return len(old), nil
}

// earlierVersions returns the document nodes read from the path of f
// other than f's own: the versions f replaces. A document without a
// path, or read from standard input ("-"), has none.
func (s *Store) earlierVersions(ctx context.Context, f *Facts) ([]quad.Value, error) {
	if !hasPath(f) {
		return nil, nil
	}
	docs, err := s.docsWithPath(ctx, f.Doc.Path)
	if err != nil {
		return nil, err
	}
	var old []quad.Value
	for _, d := range docs {
		if d != quad.Value(quad.IRI(f.Doc.ID)) {
			old = append(old, d)
		}
	}
	return old, nil
}

// hasPath reports whether f was read from a file, whose later versions
// replace it.
func hasPath(f *Facts) bool { return f.Doc.Path != "" && f.Doc.Path != "-" }

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
	return s.eachQuadWhere(ctx, d, v, nil, fn)
}

// eachQuadWhere is eachQuad for the quads whose reference keep, when not
// nil, keeps; the others are not read.
func (s *Store) eachQuadWhere(ctx context.Context, d quad.Direction, v quad.Value, keep func(graph.Ref) (bool, error), fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := s.qs.QuadIterator(d, ref)
	err = iterator.Iterate(ctx, it).Each(func(r graph.Ref) error {
		if keep != nil {
			if ok, err := keep(r); err != nil || !ok {
				return err
			}
		}
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
