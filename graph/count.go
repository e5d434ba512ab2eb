package graph

import "context"

// QuadCount returns the number of quads in the store: a figure an embedded store keeps
// (no scan), a count on a database.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	return s.quadCount(ctx)
}
