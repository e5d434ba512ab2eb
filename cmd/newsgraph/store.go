package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

// addDBFlag adds the --db flag shared by every command that uses a store.
func addDBFlag(cmd *cobra.Command, db *string) {
	cmd.Flags().StringVar(db, "db", defaultDB, "the store: a bolt store directory (created by ingest on first use), or postgres://user@host/db, cockroach://user@host/db")
}

// openStore opens the store at db; create makes it when missing.
func openStore(ctx context.Context, db string, create bool) (*graph.Store, error) {
	return graph.Open(ctx, db, graph.OpenOptions{Create: create})
}
