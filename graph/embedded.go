package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	kvbbolt "github.com/cayleygraph/cayley/graph/kv/bbolt"
	kvbolt "github.com/cayleygraph/cayley/graph/kv/bolt"
	kvleveldb "github.com/cayleygraph/cayley/graph/kv/leveldb"
	"github.com/dgraph-io/badger/v2"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hbadger "github.com/hidal-go/hidalgo/kv/flat/badger"
	lerrors "github.com/syndtr/goleveldb/leveldb/errors"
)

// Embedded stores: a directory that one process at a time opens, written
// by one of Cayley's key-value backends. --db names the backend by a
// prefix (bbolt:DIR, badger:DIR, leveldb:DIR, bolt:DIR); a plain DIR is
// the store found there, or a new store of DefaultBackend.

// DefaultBackend is the backend of a new store whose address names none:
// bbolt, etcd's maintained fork of bolt (unmaintained since 2017), which
// reads and writes bolt's file format, so that the stores made when bolt
// was the default open as they are. It ingests as fast as the other three
// (the BBC corpus: 26,000 quads/s on a loaded 2-core machine), syncs every
// commit to disk, and a killed process leaves the last commit whole;
// LevelDB's stores are 5 times smaller, but goleveldb is unmaintained, and
// Badger (v2, the version Cayley supports, unmaintained) takes twice the
// memory and limits the size of a transaction.
const DefaultBackend = "bbolt"

// embeddedBackend is one of Cayley's key-value backends.
type embeddedBackend struct {
	// create makes a new, empty database in dir; open opens it.
	create, open func(dir string) (hkv.KV, error)
	// holds reports whether dir holds a database of the backend (of its
	// format: bolt and bbolt share theirs).
	holds func(dir string) bool
	// file is the database file in the directory, for messages; empty
	// when the database is the directory's several files.
	file string
	// check, when set, reads the database before it is opened for
	// writing (see checkBolt).
	check func(file string, wait time.Duration, verify bool) error
	// corrupt tells an error of open that says the database is damaged.
	corrupt func(error) bool
	// txnQuads, when not 0, is the most quads a transaction may write.
	txnQuads int
}

// embeddedBackends are the embedded backends by name, as --db prefixes
// them.
var embeddedBackends = map[string]*embeddedBackend{
	"bolt": {
		create:  func(dir string) (hkv.KV, error) { return kvbolt.Create(dir, nil) },
		open:    func(dir string) (hkv.KV, error) { return kvbolt.Open(dir, nil) },
		holds:   holdsBolt,
		file:    boltFile,
		check:   checkBolt,
		corrupt: func(error) bool { return true },
	},
	"bbolt": {
		create:  func(dir string) (hkv.KV, error) { return kvbbolt.Create(dir, nil) },
		open:    func(dir string) (hkv.KV, error) { return kvbbolt.Open(dir, nil) },
		holds:   holdsBolt,
		file:    boltFile,
		check:   checkBolt,
		corrupt: func(error) bool { return true },
	},
	"badger": {
		create: openBadger,
		open:   openBadger,
		// Badger keeps its manifest (MANIFEST, no number) and key
		// registry in the directory.
		holds: func(dir string) bool {
			return exists(filepath.Join(dir, "MANIFEST")) || exists(filepath.Join(dir, "KEYREGISTRY"))
		},
		corrupt: func(err error) bool { return !locked(err) },
		// Badger refuses a transaction larger than 15% of its tables
		// (9.6 MB, or about 100,000 keys); Cayley's kv writes about ten
		// keys per quad, more with long literals.
		txnQuads: 2000,
	},
	"leveldb": {
		create: func(dir string) (hkv.KV, error) { return kvleveldb.Create(dir, nil) },
		open:   func(dir string) (hkv.KV, error) { return kvleveldb.Open(dir, nil) },
		// LevelDB names its current manifest in CURRENT.
		holds:   func(dir string) bool { return exists(filepath.Join(dir, "CURRENT")) },
		corrupt: lerrors.IsCorrupted,
	},
}

// EmbeddedBackends returns the names of the embedded backends.
func EmbeddedBackends() []string { return []string{"bolt", "bbolt", "badger", "leveldb"} }

// IsEmbedded reports whether backend is an embedded one (a directory that
// one process opens), not a database server.
func IsEmbedded(backend string) bool { return embeddedBackends[backend] != nil }

// embeddedAddress splits an address into the backend it names by its
// prefix ("" for none) and the store directory.
func embeddedAddress(addr string) (backend, dir string) {
	if name, rest, ok := strings.Cut(addr, ":"); ok && IsEmbedded(name) {
		return name, rest
	}
	return "", addr
}

// foundBackend returns the backend whose database dir holds, "" when it
// holds none. A bolt file is opened by the default backend when that
// is bolt or bbolt (they read and write one format), by bolt otherwise.
func foundBackend(dir string) string {
	for _, name := range EmbeddedBackends() {
		if embeddedBackends[name].holds(dir) {
			if name == "bolt" && embeddedBackends[DefaultBackend].file == boltFile {
				return DefaultBackend
			}
			return name
		}
	}
	return ""
}

func holdsBolt(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, boltFile))
	return err == nil || !errors.Is(err, os.ErrNotExist)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// openBadger opens (or makes) a badger database as Cayley does, with
// badger's default options (which write every commit to disk), but logs
// only warnings and errors, and leaves locking the directory to Open:
// badger would lock it as Open does, and fail on the lock Open holds.
// A process killed while badger wrote leaves a value log with a torn
// tail (a write no commit returned from, or a new log's header); badger
// then refuses to open until that tail is cut, which Truncate does: what
// was committed was written to disk before the commit returned, and stays.
func openBadger(dir string) (hkv.KV, error) {
	opts := badger.DefaultOptions(dir).WithLoggingLevel(badger.WARNING).WithBypassLockGuard(true).WithTruncate(true)
	db, err := hbadger.Open(opts)
	if err != nil {
		return nil, err
	}
	return flat.Upgrade(db), nil
}

// locked tells an error of a backend that found its database locked by
// another process (Cayley's own tools: newsgraph processes wait for each
// other on the directory).
func locked(err error) bool {
	return errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) ||
		strings.Contains(err.Error(), "Cannot acquire directory lock")
}

// txnQuads is the most quads a transaction of the store may write, 0
// when it has no limit.
func (s *Store) txnQuads() int {
	if b := embeddedBackends[s.backend]; b != nil {
		return b.txnQuads
	}
	return 0
}

// initKV makes a new empty store in dir.
func initKV(b *embeddedBackend, dir string) error {
	db, err := b.create(dir)
	if err != nil {
		return err
	}
	if err := kv.Init(db, storeOptions); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// openKV opens the store in dir; bolt panics on some damaged pages.
func openKV(b *embeddedBackend, dir string) (qs graph.QuadStore, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			qs, err = nil, fmt.Errorf("%w: %v", ErrCorrupt, r)
		}
	}()
	db, err := b.open(dir)
	if err != nil {
		if locked(err) {
			return nil, fmt.Errorf("%w (%v)", ErrLocked, err)
		}
		if b.corrupt(err) {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		return nil, err
	}
	qs, err = kv.New(withLogCache(db), storeOptions)
	if err != nil {
		db.Close()
	}
	return qs, err
}

// Remove deletes the store at addr and everything it holds: the
// directory of an embedded store (only when it holds one; an absent store
// is no error), the tables of a database store. The store must not be
// open. Bench uses it between runs, on a store it wrote itself.
func Remove(ctx context.Context, addr string) error {
	if backend, dsn, ok := sqlAddress(addr); ok {
		db, err := sql.Open(sqlDrivers[backend], dsn)
		if err != nil {
			return fmt.Errorf("remove store %s: %w", redact(addr), err)
		}
		defer db.Close()
		if _, err := db.ExecContext(ctx, `DROP TABLE IF EXISTS quads, nodes`); err != nil {
			return fmt.Errorf("remove store %s: %w", redact(addr), err)
		}
		return nil
	}
	_, dir := embeddedAddress(addr)
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if foundBackend(dir) == "" && !exists(filepath.Join(dir, creatingFile)) {
		return fmt.Errorf("remove store %s: %w", dir, ErrNotStore)
	}
	return os.RemoveAll(dir)
}
