package export

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultMaxNodes is the number of entities a diagram draws at most when
// Options.MaxNodes is 0: the most important ones of a larger selection.
const DefaultMaxNodes = 300

// Limits of the dot layout chosen by size (AutoLayout): dot draws layered
// diagrams that read best, but its time grows steeply with the number of
// relations (0.5 s for 100 entities and 200 random relations, 4 s for 150
// and 300, minutes for 1,000 and 2,000); larger diagrams use sfdp.
const (
	AutoDotMaxEntities = 100
	AutoDotMaxEdges    = 150
)

// Cluster kinds of Options.Cluster.
const (
	// ClusterType draws a box around the entities of each type.
	ClusterType = "type"
	// ClusterDoc draws a box around the entities of each document: an
	// entity goes with the document that mentions it most (the smallest
	// document ID on a tie).
	ClusterDoc = "doc"
)

// Clusters lists the values of Options.Cluster; the empty string, no
// clusters, is the default.
func Clusters() []string { return []string{ClusterType, ClusterDoc} }

// DiagramInfo says what a diagram shows and how it was drawn.
type DiagramInfo struct {
	// Layout is the Graphviz layout engine used, one of Layouts.
	Layout string
	// AutoLayout is set when Layout was chosen by size.
	AutoLayout bool
	// Renderer is what drew SVG or PNG: "wasm" or "native"; empty for
	// DOT text, and before Render.
	Renderer string
	// Entities and Relations are the entities and relations drawn; a
	// relation is one (subject, predicate, object).
	Entities, Relations int
	// Edges are the lines drawn: the relations between the same two
	// entities share one.
	Edges int
	// Selected are the entities and relations of the selection, before
	// the diagram kept the MaxNodes most important.
	SelectedEntities, SelectedRelations int
	// MaxNodes is the cap that applied (0: none).
	MaxNodes int
}

// OmittedEntities is the number of selected entities the diagram leaves
// out.
func (i DiagramInfo) OmittedEntities() int { return i.SelectedEntities - i.Entities }

// OmittedRelations is the number of selected relations the diagram leaves
// out (those of the entities left out).
func (i DiagramInfo) OmittedRelations() int { return i.SelectedRelations - i.Relations }

// String says in one line how the diagram was drawn: "layout sfdp (by
// size), renderer wasm, 300 of 1691 entities, 180 of 243 relations".
func (i DiagramInfo) String() string {
	var b strings.Builder
	b.WriteString("layout " + i.Layout)
	if i.AutoLayout {
		b.WriteString(" (by size)")
	}
	if i.Renderer != "" {
		b.WriteString(", renderer " + i.Renderer)
	}
	if i.OmittedEntities() > 0 || i.OmittedRelations() > 0 {
		fmt.Fprintf(&b, ", %d of %s, %d of %s", i.Entities, plural(i.SelectedEntities, "entity"), i.Relations, plural(i.SelectedRelations, "relation"))
	} else {
		fmt.Fprintf(&b, ", %s, %s", plural(i.Entities, "entity"), plural(i.Relations, "relation"))
	}
	return b.String()
}

// Diagram is a selection made ready to draw: at most Options.MaxNodes
// entities, the most important ones; the relations between the same two
// entities merged into one line; clusters; and the layout, chosen by size
// unless Options.Layout names one. Make one with NewDiagram or DiagramOf,
// then write its DOT text (WriteDOT) or draw it (Render).
type Diagram struct {
	info     DiagramInfo
	title    string
	renderer string
	cluster  string
	nodes    []diagramNode // by type, then name, then ID
	edges    []diagramEdge // by tail, then head
	clusters []diagramCluster
	names    map[string]string // labels by entity ID
}

// diagramNode is an entity drawn.
type diagramNode struct {
	graph.EntityInfo
	label   string
	cluster int // index in Diagram.clusters, -1 for none
}

// diagramEdge is one line: every relation between two entities.
type diagramEdge struct {
	tail, head string // entity IDs
	// dir is Graphviz's: forward (every relation goes from tail to head),
	// both (some go each way) or none (all symmetric).
	dir  string
	rels []graph.Edge // by predicate, then subject
	// statements supporting the relations, together.
	statements int
	dashed     bool // only possibly_same_as
}

// diagramCluster is a box around entities.
type diagramCluster struct {
	label, tooltip string
	members        []int // indices in Diagram.nodes
}

// NewDiagram reads the selection of opts from st and prepares its
// diagram.
func NewDiagram(ctx context.Context, st *graph.Store, opts Options) (*Diagram, error) {
	opts, err := checkDiagramOptions(opts)
	if err != nil {
		return nil, err
	}
	sg, err := st.Subgraph(ctx, opts.Selection)
	if err == nil {
		err = ctx.Err() // a scan cut short must not pass for the graph
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("export: reading the selection did not finish in time (narrow it with --focus NAME --hops N, --types, --predicates or --doc): %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	d := newDiagram(sg, opts)
	if opts.Cluster == ClusterDoc {
		if err := d.clusterByDocument(ctx, st, opts.Selection.Documents); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	}
	return d, nil
}

// DiagramOf prepares the diagram of sg. It cannot cluster by document,
// which needs the store: use NewDiagram for that.
func DiagramOf(sg *graph.Subgraph, opts Options) (*Diagram, error) {
	opts, err := checkDiagramOptions(opts)
	if err != nil {
		return nil, err
	}
	if opts.Cluster == ClusterDoc {
		return nil, fmt.Errorf("export: clusters by document need the store (NewDiagram)")
	}
	return newDiagram(sg, opts), nil
}

// Info says what the diagram shows and how it is drawn; Renderer is set
// once Render has drawn it.
func (d *Diagram) Info() DiagramInfo { return d.info }

// checkDiagramOptions checks the diagram options of opts and fills in the
// defaults.
func checkDiagramOptions(opts Options) (Options, error) {
	layout, err := checkLayout(opts.Layout)
	if err != nil {
		return opts, err
	}
	opts.Layout = layout
	renderer, err := checkRenderer(opts.Renderer)
	if err != nil {
		return opts, err
	}
	opts.Renderer = renderer
	switch c := strings.ToLower(opts.Cluster); c {
	case "", "none":
		opts.Cluster = ""
	case ClusterType, ClusterDoc:
		opts.Cluster = c
	default:
		return opts, fmt.Errorf("export: unknown cluster kind %q (have %s)", opts.Cluster, strings.Join(Clusters(), ", "))
	}
	return opts, nil
}

// newDiagram keeps the most important entities of sg, merges its edges and
// picks the layout. opts has been checked.
func newDiagram(sg *graph.Subgraph, opts Options) *Diagram {
	d := &Diagram{title: opts.Title, renderer: opts.Renderer, cluster: opts.Cluster}
	limit := opts.MaxNodes
	switch {
	case limit == 0:
		limit = DefaultMaxNodes
	case limit < 0:
		limit = 0
	}
	ids := make(map[string]bool, len(sg.Entities))
	for _, e := range sg.Entities {
		ids[e.ID] = true
	}
	// Edges whose ends are both selected: what the selection shows.
	var edges []graph.Edge
	for _, e := range sg.Edges {
		if ids[e.Subject] && ids[e.Object] {
			edges = append(edges, e)
		}
	}
	d.info.SelectedEntities, d.info.SelectedRelations = len(sg.Entities), len(edges)
	d.info.MaxNodes = limit

	ents := sg.Entities
	if limit > 0 && len(ents) > limit {
		keep := mostImportant(ents, edges, opts.Selection.Focus, limit)
		ents = slices.DeleteFunc(slices.Clone(ents), func(e graph.EntityInfo) bool { return !keep[e.ID] })
		edges = slices.DeleteFunc(edges, func(e graph.Edge) bool { return !keep[e.Subject] || !keep[e.Object] })
	}
	d.names = make(map[string]string, len(ents))
	for _, e := range sortedEntities(ents) {
		d.nodes = append(d.nodes, diagramNode{EntityInfo: e, label: displayName(e), cluster: -1})
		d.names[e.ID] = displayName(e)
	}
	d.edges = mergeEdges(edges)
	d.info.Entities, d.info.Relations, d.info.Edges = len(d.nodes), len(edges), len(d.edges)

	d.info.Layout = opts.Layout
	if opts.Layout == AutoLayout {
		d.info.Layout, d.info.AutoLayout = autoLayout(len(d.nodes), len(d.edges)), true
	}
	if opts.Cluster == ClusterType {
		d.clusterByType()
	}
	return d
}

// autoLayout picks the layout engine for a diagram of n entities and m
// lines.
func autoLayout(n, m int) string {
	if n <= AutoDotMaxEntities && m <= AutoDotMaxEdges {
		return "dot"
	}
	return "sfdp"
}

// mostImportant returns the IDs of the limit most important entities.
// Importance grows with mentions and, more, with the number of entities
// an entity is related to (a diagram is about relations):
//
//	score = ln(1 + mentions) + 3 ln(1 + neighbours)
//
// With a focus, importance also falls with the distance d from the focus
// (score / (1 + d)), the focus entities are always kept, and entities are
// taken best first among the neighbours of those already kept, so that
// every entity drawn is connected to the focus by entities drawn. Ties go
// to the smaller ID: the same selection keeps the same entities.
func mostImportant(ents []graph.EntityInfo, edges []graph.Edge, focus []string, limit int) map[string]bool {
	adj := map[string][]string{}
	for _, e := range edges {
		if e.Subject == e.Object {
			continue
		}
		adj[e.Subject] = append(adj[e.Subject], e.Object)
		adj[e.Object] = append(adj[e.Object], e.Subject)
	}
	for id, ns := range adj {
		slices.Sort(ns)
		adj[id] = slices.Compact(ns)
	}
	score := make(map[string]float64, len(ents))
	for _, e := range ents {
		score[e.ID] = math.Log1p(float64(max(e.Mentions, 0))) + 3*math.Log1p(float64(len(adj[e.ID])))
	}

	keep := make(map[string]bool, limit)
	var roots []string
	for _, f := range focus {
		if _, ok := score[f]; ok && !keep[f] && len(keep) < limit {
			keep[f] = true
			roots = append(roots, f)
		}
	}
	if len(roots) > 0 {
		dist := distances(roots, adj)
		far := 0
		for _, d := range dist {
			far = max(far, d)
		}
		for id := range score {
			if _, ok := dist[id]; !ok {
				dist[id] = far + 1 // not connected to the focus
			}
		}
		for id := range score {
			score[id] /= float64(1 + dist[id])
		}
		// Best first from the focus.
		frontier := map[string]bool{}
		add := func(id string) {
			for _, n := range adj[id] {
				if !keep[n] {
					frontier[n] = true
				}
			}
		}
		for _, r := range roots {
			add(r)
		}
		for len(keep) < limit && len(frontier) > 0 {
			best := ""
			for id := range frontier {
				if best == "" || better(id, best, score) {
					best = id
				}
			}
			delete(frontier, best)
			keep[best] = true
			add(best)
		}
	}
	// The rest (all of them without a focus) by score.
	rest := make([]string, 0, len(ents))
	for _, e := range ents {
		if !keep[e.ID] {
			rest = append(rest, e.ID)
		}
	}
	slices.SortFunc(rest, func(a, b string) int {
		if better(a, b, score) {
			return -1
		}
		return 1
	})
	for _, id := range rest[:min(len(rest), limit-len(keep))] {
		keep[id] = true
	}
	return keep
}

// better reports whether a is more important than b.
func better(a, b string, score map[string]float64) bool {
	if score[a] != score[b] {
		return score[a] > score[b]
	}
	return a < b
}

// distances returns the number of edges from the nearest root to every
// entity connected to one.
func distances(roots []string, adj map[string][]string) map[string]int {
	dist := map[string]int{}
	for _, r := range roots {
		dist[r] = 0
	}
	frontier := roots
	for len(frontier) > 0 {
		var next []string
		for _, id := range frontier {
			for _, n := range adj[id] {
				if _, ok := dist[n]; !ok {
					dist[n] = dist[id] + 1
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	return dist
}

// mergeEdges draws the relations between the same two entities as one
// line listing their predicates. Lines come by tail, then head.
func mergeEdges(edges []graph.Edge) []diagramEdge {
	byPair := map[[2]string][]graph.Edge{}
	var pairs [][2]string
	for _, e := range edges {
		k := [2]string{min(e.Subject, e.Object), max(e.Subject, e.Object)}
		if byPair[k] == nil {
			pairs = append(pairs, k)
		}
		byPair[k] = append(byPair[k], e)
	}
	out := make([]diagramEdge, 0, len(pairs))
	for _, k := range pairs {
		rels := byPair[k]
		slices.SortFunc(rels, func(a, b graph.Edge) int {
			return cmp.Or(cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Subject, b.Subject))
		})
		le := diagramEdge{tail: k[0], head: k[1], dir: "none", rels: rels, dashed: true}
		forward, backward := false, false
		for _, r := range rels {
			le.statements += r.Statements
			if r.Predicate != graph.PossiblySameAs {
				le.dashed = false
			}
			if !directed(r.Predicate) {
				continue
			}
			if !forward && !backward {
				// The first directed relation sets the direction of the line.
				le.tail, le.head = r.Subject, r.Object
			}
			if r.Subject == le.tail {
				forward = true
			} else {
				backward = true
			}
		}
		switch {
		case forward && backward:
			le.dir = "both"
		case forward:
			le.dir = "forward"
		}
		out = append(out, le)
	}
	slices.SortFunc(out, func(a, b diagramEdge) int {
		return cmp.Or(cmp.Compare(a.tail, b.tail), cmp.Compare(a.head, b.head))
	})
	return out
}

// directed reports whether relations with predicate p are drawn with an
// arrow.
func directed(p graph.Predicate) bool {
	return !p.Symmetric() && p != graph.PossiblySameAs
}

// label lists the predicates of the line, one a line; with arrows both
// ways, those going from head to tail are marked "← ".
func (e diagramEdge) label() string {
	var lines []string
	for _, r := range e.rels {
		l := string(r.Predicate)
		if e.dir == "both" && directed(r.Predicate) && r.Subject != e.tail {
			l = "← " + l
		}
		if len(lines) == 0 || lines[len(lines)-1] != l {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// clusterByType puts the entities of each type in a cluster.
func (d *Diagram) clusterByType() {
	byType := map[graph.Type]int{}
	for i := range d.nodes {
		t := d.nodes[i].Type
		c, ok := byType[t]
		if !ok {
			c = len(d.clusters)
			byType[t] = c
			d.clusters = append(d.clusters, diagramCluster{label: string(t)})
		}
		d.nodes[i].cluster = c
		d.clusters[c].members = append(d.clusters[c].members, i)
	}
	for i := range d.clusters {
		d.clusters[i].tooltip = plural(len(d.clusters[i].members), "entity") + " of type " + d.clusters[i].label
	}
}

// clusterByDocument puts each entity in the cluster of the document that
// mentions it most, among docs when not empty. Entities no document
// mentions (loaded without provenance) stay outside the clusters.
func (d *Diagram) clusterByDocument(ctx context.Context, st *graph.Store, docs []string) error {
	index := make(map[string]int, len(d.nodes))
	for i, n := range d.nodes {
		index[n.ID] = i
	}
	only := map[string]bool{}
	for _, doc := range docs {
		only[doc] = true
	}
	type best struct {
		doc string
		n   int64
	}
	bests := make([]best, len(d.nodes))
	err := st.EachQuadWith(ctx, quad.Predicate, graph.MentionCount.IRI(), func(q quad.Quad) error {
		i, ok := index[iriText(q.Subject)]
		if !ok || q.Label == nil {
			return nil
		}
		doc := iriText(q.Label)
		if len(only) > 0 && !only[doc] {
			return nil
		}
		n, _ := q.Object.Native().(int64)
		if b := bests[i]; b.doc == "" || n > b.n || n == b.n && doc < b.doc {
			bests[i] = best{doc, n}
		}
		return nil
	})
	if err != nil {
		return err
	}
	byDoc := map[string]int{}
	var order []string
	for i, b := range bests {
		if b.doc == "" {
			continue
		}
		c, ok := byDoc[b.doc]
		if !ok {
			c = len(d.clusters)
			byDoc[b.doc] = c
			order = append(order, b.doc)
			d.clusters = append(d.clusters, diagramCluster{label: b.doc})
		}
		d.nodes[i].cluster = c
		d.clusters[c].members = append(d.clusters[c].members, i)
	}
	for c, doc := range order {
		var path, title string
		err := st.EachQuadWith(ctx, quad.Subject, quad.IRI(doc), func(q quad.Quad) error {
			switch graph.Predicate(iriText(q.Predicate)) {
			case graph.Path:
				path = iriText(q.Object)
			case graph.DocTitle:
				title = iriText(q.Object)
			}
			return nil
		})
		if err != nil {
			return err
		}
		cl := &d.clusters[c]
		if path != "" {
			cl.label = filepath.Base(path)
		}
		cl.tooltip = strings.TrimSpace(title + "\n" + path + "\n" + doc)
	}
	return nil
}

// iriText is the text of a literal or the compact IRI of a node.
func iriText(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case nil:
		return ""
	}
	return strings.Trim(v.String(), `"`)
}
