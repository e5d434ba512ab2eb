// Package storetest gives tests the stores newsgraph runs on: the store
// behaviour suite runs against each (as Cayley's graphtest runs against
// every backend): the embedded backends in temporary directories, and
// PostgreSQL.
//
// PostgreSQL is given by NEWSGRAPH_TEST_POSTGRES, the address of a
// database the tests may create schemas in, for example
// postgres://postgres@127.0.0.1:5432/newsgraph_test?sslmode=disable
// (.ci/run starts a server and sets it). Without it the PostgreSQL tests
// skip, except under NEWSGRAPH_CI=1, where they fail.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/lib/pq" // database/sql driver "postgres"
)

// Embedded returns a function that gives the address of a new store of
// the embedded backend in a temporary directory: backend:DIR.
func Embedded(backend string) func(testing.TB) string {
	return func(t testing.TB) string {
		t.Helper()
		return backend + ":" + filepath.Join(t.TempDir(), "store.db")
	}
}

// PostgresEnv is the variable that gives the test database.
const PostgresEnv = "NEWSGRAPH_TEST_POSTGRES"

// Postgres returns the address of a new, empty store in the test
// database: a schema of its own, dropped when the test ends. The test
// skips when there is no test database (fails under NEWSGRAPH_CI=1).
func Postgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		if os.Getenv("NEWSGRAPH_CI") == "1" {
			t.Fatalf("%s is not set, and NEWSGRAPH_CI=1: the PostgreSQL tests must run in CI (.ci/run starts a server)", PostgresEnv)
		}
		t.Skipf("no PostgreSQL: set %s=postgres://user@host/db to run the store suite on it", PostgresEnv)
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var b [6]byte
	rand.Read(b[:])
	schema := "ng_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(context.Background(), `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		if _, err := db.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop the test schema: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
