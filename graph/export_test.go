package graph

import "context"

// ScanSubgraph is Subgraph reading the whole store, whatever the
// selection: what a focused selection must equal.
func (s *Store) ScanSubgraph(ctx context.Context, sel Selection) (*Subgraph, error) {
	var docs map[string]bool
	if len(sel.Documents) > 0 {
		docs = map[string]bool{}
		for _, d := range sel.Documents {
			docs[d] = true
		}
	}
	return s.scanSubgraph(ctx, sel, docs)
}
