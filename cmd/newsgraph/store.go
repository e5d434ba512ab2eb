package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

// addDBFlag adds the --db flag shared by every command that uses a store.
func addDBFlag(cmd *cobra.Command, db *string) {
	cmd.Flags().StringVar(db, "db", defaultDB, "the store: a store directory (created by ingest on first use, of the default backend, "+graph.DefaultBackend+"), BACKEND:DIR for a new store of another embedded backend ("+strings.Join(graph.EmbeddedBackends(), ", ")+"), or postgres://user@host/db, cockroach://user@host/db")
}

// openStore opens the store at db; create makes it when missing.
func openStore(ctx context.Context, db string, create bool) (*graph.Store, error) {
	return graph.Open(ctx, db, graph.OpenOptions{Create: create})
}
