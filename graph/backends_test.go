package graph_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/storetest"
)

// suiteOpen, when set, makes openTemp open a store of another backend
// than bolt: TestBackends sets it while it runs the suite.
var suiteOpen func(t *testing.T) *graph.Store

// suite is the store behaviour every backend must have: the tests of this
// package that take their store from openTemp. They run on bolt as they
// are, and on every other backend under TestBackends.
var suite = []struct {
	name string
	fn   func(*testing.T)
}{
	{"WriteIdempotentAndReplace", TestWriteIdempotentAndReplace},
	{"Provenance", TestProvenance},
	{"FindEntityAndSubgraph", TestFindEntityAndSubgraph},
	{"QueryTimeout", TestQueryTimeout},
	{"QueryResults", TestQueryResults},
	{"Check", TestCheck},
	{"RemovePath", TestRemovePath},
	{"ReplaceFewerUses", TestReplaceFewerUses},
	{"LoadRoundTrip", TestLoadRoundTrip},
	{"LoadCompactsNamespace", TestLoadCompactsNamespace},
	{"LoadJSONLD", TestLoadJSONLD},
	{"LoadErrors", TestLoadErrors},
	{"EntitiesFirstLastSeen", TestEntitiesFirstLastSeen},
	{"SubgraphSelection", TestSubgraphSelection},
	{"DocumentsAndFindDocuments", TestDocumentsAndFindDocuments},
	{"BatchWritesAsWrite", TestBatchWritesAsWrite},
	{"BatchDirectory", TestBatchDirectory},
	{"BatchReplaceAndRemove", TestBatchReplaceAndRemove},
}

// TestBackends runs the store suite on every embedded backend but the
// default (which the tests run on as they are), each in a temporary
// directory, and on PostgreSQL (see package storetest): skipped without a
// test database, except in CI.
func TestBackends(t *testing.T) {
	type backend struct {
		name string
		addr func(testing.TB) string
	}
	var backends []backend
	for _, name := range graph.EmbeddedBackends() {
		if name != graph.DefaultBackend {
			backends = append(backends, backend{name, storetest.Embedded(name)})
		}
	}
	backends = append(backends, backend{"postgres", storetest.Postgres})
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			b.addr(t) // skips (or fails in CI) without a database
			suiteOpen = func(t *testing.T) *graph.Store {
				t.Helper()
				st, err := graph.Open(context.Background(), b.addr(t), graph.OpenOptions{Create: true})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				return st
			}
			defer func() { suiteOpen = nil }()
			for _, tc := range suite {
				t.Run(tc.name, tc.fn)
			}
		})
	}
}
