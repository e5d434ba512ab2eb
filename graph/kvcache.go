package graph

import (
	"context"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// Cayley's key-value stores keep every node value and every quad as a
// record of the "log" bucket, keyed by its id, and read one record per
// value of every result (a query's tags, an export's names), each in a
// transaction of its own. A result of a query over many nodes names the
// same nodes and predicates again and again: logCache keeps the records
// read lately, so that the second read costs a map lookup instead of a
// walk down the B-tree (the saved query neighbours runs three times as
// fast on the Reuters store; BenchmarkSaved).
//
// Records change only in write transactions (a quad marked deleted, a
// node removed), and one process at a time opens an embedded store: a
// commit drops the records it wrote, and a read transaction begun before
// the commit, which may have read their old versions, adds nothing to
// the cache after it (the generation it began in is over).

// logCacheSize is the number of records each half of the cache holds.
const logCacheSize = 1 << 16

var logBucket = []byte("log")

// logCache holds recently read records of the log bucket, by id. When
// the newer half is full, it becomes the older and a new one begins: a
// record read from the older half moves to the newer.
type logCache struct {
	mu         sync.Mutex
	gen        uint64
	new, older map[string][]byte
}

func newLogCache() *logCache {
	return &logCache{new: make(map[string][]byte)}
}

func (c *logCache) get(id []byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.new[string(id)]; ok {
		return v, true
	}
	v, ok := c.older[string(id)]
	if ok {
		c.putLocked(string(id), v)
	}
	return v, ok
}

// put adds a record read by a transaction begun in generation gen.
func (c *logCache) put(gen uint64, id []byte, v []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	c.putLocked(string(id), append([]byte(nil), v...))
}

func (c *logCache) putLocked(id string, v []byte) {
	if len(c.new) >= logCacheSize {
		c.older, c.new = c.new, make(map[string][]byte, logCacheSize)
	}
	c.new[id] = v
}

// generation returns the current generation.
func (c *logCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// forget drops the records of ids, written by a transaction that has
// just committed, and ends the generation.
func (c *logCache) forget(ids [][]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		delete(c.new, string(id))
		delete(c.older, string(id))
	}
	c.gen++
}

// logID returns the id of a key of the log bucket.
func logID(k hkv.Key) ([]byte, bool) {
	if len(k) != 2 || string(k[0]) != string(logBucket) {
		return nil, false
	}
	return k[1], true
}

// cachedKV is a key-value store whose reads of the log bucket go through
// a logCache.
type cachedKV struct {
	hkv.KV
	cache *logCache
}

func withLogCache(db hkv.KV) hkv.KV {
	return &cachedKV{KV: db, cache: newLogCache()}
}

func (db *cachedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	gen := db.cache.generation()
	tx, err := db.KV.Tx(ctx, rw)
	if err != nil {
		return nil, err
	}
	if rw {
		return &writeTx{Tx: tx, cache: db.cache}, nil
	}
	return &readTx{Tx: tx, cache: db.cache, gen: gen}, nil
}

func (db *cachedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

func (db *cachedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

// readTx reads the log bucket through the cache.
type readTx struct {
	hkv.Tx
	cache *logCache
	gen   uint64 // the generation the transaction began in
}

func (tx *readTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	id, ok := logID(k)
	if !ok {
		return tx.Tx.Get(ctx, k)
	}
	if v, ok := tx.cache.get(id); ok {
		return v, nil
	}
	v, err := tx.Tx.Get(ctx, k)
	if err == nil {
		tx.cache.put(tx.gen, id, v)
	}
	return v, err
}

func (tx *readTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	out := make([]hkv.Value, len(keys))
	var missed []hkv.Key
	var at []int
	for i, k := range keys {
		if id, ok := logID(k); ok {
			if v, ok := tx.cache.get(id); ok {
				out[i] = v
				continue
			}
		}
		missed = append(missed, k)
		at = append(at, i)
	}
	if len(missed) == 0 {
		return out, nil
	}
	vals, err := tx.Tx.GetBatch(ctx, missed)
	if err != nil {
		return nil, err
	}
	for j, v := range vals {
		out[at[j]] = v
		if id, ok := logID(missed[j]); ok && v != nil {
			tx.cache.put(tx.gen, id, v)
		}
	}
	return out, nil
}

// writeTx notes the records of the log bucket it writes, and drops them
// from the cache once it has committed. It reads past the cache: it must
// see its own writes.
type writeTx struct {
	hkv.Tx
	cache   *logCache
	written [][]byte
}

func (tx *writeTx) note(k hkv.Key) {
	if id, ok := logID(k); ok {
		tx.written = append(tx.written, append([]byte(nil), id...))
	}
}

func (tx *writeTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	tx.note(k)
	return tx.Tx.Put(ctx, k, v)
}

func (tx *writeTx) Del(ctx context.Context, k hkv.Key) error {
	tx.note(k)
	return tx.Tx.Del(ctx, k)
}

func (tx *writeTx) Commit(ctx context.Context) error {
	err := tx.Tx.Commit(ctx)
	// Also after a failed commit: what it wrote may be on disk.
	tx.cache.forget(tx.written)
	tx.written = nil
	return err
}
