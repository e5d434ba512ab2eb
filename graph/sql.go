package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // --db cockroach://
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // --db postgres://
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/lib/pq"
)

// SQL stores: PostgreSQL and CockroachDB through Cayley's SQL backend.
// Several processes may write to one at the same time (there is no lock
// as for bolt): the database serialises their transactions, nodes are
// keyed by the hash of their value, so that two processes writing the
// same entity make one node, and quads are unique.

// sqlAddress tells a database address from a store directory: it returns
// Cayley's backend and the connection string for its driver.
func sqlAddress(addr string) (backend, dsn string, ok bool) {
	switch {
	case strings.HasPrefix(addr, "postgres://"), strings.HasPrefix(addr, "postgresql://"):
		return "postgres", addr, true
	case strings.HasPrefix(addr, "cockroach://"), strings.HasPrefix(addr, "cockroachdb://"):
		_, rest, _ := strings.Cut(addr, "://")
		return "cockroach", "postgresql://" + rest, true
	}
	return "", "", false
}

// redact hides the password of a database address.
func redact(addr string) string {
	if u, err := url.Parse(addr); err == nil {
		return u.Redacted()
	}
	return addr
}

// sqlDrivers are the database/sql drivers of Cayley's SQL backends.
var sqlDrivers = map[string]string{"postgres": "postgres", "cockroach": "pgx"}

func openSQL(ctx context.Context, backend, dsn, addr string, opts OpenOptions) (*Store, error) {
	name := redact(addr)
	db, err := sql.Open(sqlDrivers[backend], dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	defer db.Close()
	exists := func() (bool, error) {
		var table sql.NullString
		err := db.QueryRowContext(ctx, `SELECT to_regclass('quads')::text`).Scan(&table)
		if err != nil && strings.Contains(err.Error(), "SSL is not enabled on the server") {
			err = fmt.Errorf("%w (add ?sslmode=disable to the address for a server without TLS)", err)
		}
		return table.Valid, err
	}
	ok, err := exists()
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if !ok {
		if !opts.Create {
			return nil, fmt.Errorf("open store %s: %w (run 'newsgraph ingest' first, or give --db)", name, ErrNoStore)
		}
		if err := createSQL(ctx, db, backend, dsn, exists); err != nil {
			return nil, fmt.Errorf("create store %s: %w", name, err)
		}
	}
	qs, err := graph.NewQuadStore(backend, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return &Store{qs: qs, addr: name, backend: backend}, nil
}

// createLock is the PostgreSQL advisory lock that processes creating a
// store's tables at the same time take in turn (two CREATE TABLE at once
// fail on PostgreSQL's catalogue).
const createLock = 0x6e6577736772 // "newsgr"

// createSQL creates the tables of a store, unless another process
// creates them meanwhile.
func createSQL(ctx context.Context, db *sql.DB, backend, dsn string, exists func() (bool, error)) error {
	if backend == "postgres" {
		conn, err := db.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, createLock); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, createLock)
		if ok, err := exists(); err != nil || ok {
			return err
		}
	}
	err := graph.InitQuadStore(backend, dsn, nil)
	if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		// Another process (without the lock: CockroachDB) was first.
		if ok, _ := exists(); ok {
			return nil
		}
	}
	if errors.Is(err, graph.ErrDatabaseExists) {
		return nil
	}
	return err
}

// retryable reports an error of a transaction that the database aborted
// because of another one (a deadlock, a serialisation failure): run
// again, it succeeds.
func retryable(err error) bool {
	var pe *pq.Error
	var ge *pgconn.PgError
	switch {
	case errors.As(err, &pe):
		return pe.Code == "40001" || pe.Code == "40P01"
	case errors.As(err, &ge):
		return ge.Code == "40001" || ge.Code == "40P01"
	}
	return false
}

// applyDeltas applies deltas in one transaction, again when the database
// aborted it for another transaction (several processes write to one SQL
// store at once; the transaction left nothing behind).
func (s *Store) applyDeltas(deltas []graph.Delta, opts graph.IgnoreOpts) error {
	for try := 0; ; try++ {
		err := s.qs.ApplyDeltas(deltas, opts)
		if err == nil || try == 9 || !retryable(err) {
			return err
		}
		time.Sleep(time.Duration(try+1) * 20 * time.Millisecond)
	}
}
