package export

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Spacing of two-pass drawings, in points.
const (
	// nodeGap is the least room between two nodes: enough for Graphviz's
	// spline router, which gives up on nodes closer than twice its
	// margin of 3.2 points, and for a line between them.
	nodeGap = 14
	// clusterPad is the room between a cluster's box and its members.
	clusterPad = 10
	// clusterLabelHeight is the room at the top of a cluster's box for
	// its label (12-point text).
	clusterLabelHeight = 20
)

// Render draws the diagram as format, "svg" or "png", and writes it to w.
//
// The dot layout is drawn in one pass. The others (neato, fdp, sfdp,
// circo) in two, because Graphviz's own overlap removal is either missing
// or slow: the first pass lays the graph out with the chosen engine
// (overlaps allowed, seeded by layoutSeed) and reads back the position
// and size of every node; removeOverlaps then moves the nodes apart (and
// the clusters, which the force-directed layouts do not draw); the second
// pass draws the nodes where they are, routing the lines (neato -n2, the
// nop2 layout).
//
// The renderer is Options.Renderer: with auto, a native Graphviz for large
// diagrams when one is on PATH (and WebAssembly should it fail), else
// WebAssembly (see RendererAuto). When ctx
// ends first, Render returns an error that says how to draw less (see the
// package's Render for what becomes of a layout in WebAssembly).
func (d *Diagram) Render(ctx context.Context, w io.Writer, format string) error {
	if format != "svg" && format != "png" {
		return fmt.Errorf("export: cannot render %q (only svg and png)", format)
	}
	var runners []runner
	switch d.renderer {
	case RendererWasm:
		runners = []runner{wasmRunner{}}
	case RendererNative:
		path := NativeGraphviz()
		if path == "" {
			return errors.New("export: --renderer native: no Graphviz dot command on PATH (install Graphviz, or use the built-in --renderer wasm)")
		}
		runners = []runner{nativeRunner{path}}
	default:
		large := len(d.nodes) > AutoDotMaxEntities || len(d.edges) > AutoDotMaxEdges
		if path := NativeGraphviz(); path != "" && large {
			runners = append(runners, nativeRunner{path})
		}
		runners = append(runners, wasmRunner{})
	}
	var out []byte
	var err error
	for _, r := range runners {
		d.info.Renderer = r.name()
		out, err = d.draw(ctx, r, format)
		if err == nil || ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		return d.renderError(ctx, err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// renderError says what failed; past the deadline, how to draw less.
func (d *Diagram) renderError(ctx context.Context, err error) error {
	what := fmt.Sprintf("the %s layout of %s and %s", d.info.Layout, plural(d.info.Entities, "entity"), plural(d.info.Edges, "line"))
	if cerr := ctx.Err(); cerr != nil {
		if errors.Is(cerr, context.DeadlineExceeded) {
			return fmt.Errorf("export: %s did not finish in time: draw less with --focus NAME --hops N or a smaller --max-nodes (or --types, --predicates, --min-mentions): %w", what, cerr)
		}
		return fmt.Errorf("export: %s: %w", what, cerr)
	}
	return fmt.Errorf("export: %s (renderer %s): %w", what, d.info.Renderer, err)
}

// draw lays the diagram out and draws it with r.
func (d *Diagram) draw(ctx context.Context, r runner, format string) ([]byte, error) {
	var buf bytes.Buffer
	if d.info.Layout == "dot" {
		if err := d.writeDOT(&buf, dotPass{mode: dotText}); err != nil {
			return nil, err
		}
		return r.run(ctx, buf.Bytes(), "dot", format)
	}
	if err := d.writeDOT(&buf, dotPass{mode: dotSizes}); err != nil {
		return nil, err
	}
	plain, err := r.run(ctx, buf.Bytes(), d.info.Layout, "plain")
	if err != nil {
		return nil, err
	}
	pos, err := plainNodes(plain, len(d.nodes))
	if err != nil {
		return nil, err
	}
	pass := dotPass{mode: dotPinned, pos: pos}
	pass.clusters = d.placeNodes(pos)
	buf.Reset()
	if err := d.writeDOT(&buf, pass); err != nil {
		return nil, err
	}
	return r.run(ctx, buf.Bytes(), "nop2", format)
}

// plainNodes reads the nodes n0 ... n(n-1) of Graphviz's plain output:
// their centres and sizes, in points.
func plainNodes(plain []byte, n int) ([]box, error) {
	out := make([]box, n)
	seen := make([]bool, n)
	sc := bufio.NewScanner(bytes.NewReader(plain))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		// node NAME X Y WIDTH HEIGHT LABEL STYLE SHAPE COLOR FILLCOLOR,
		// in inches; our first-pass names need no quotes.
		f := strings.Fields(sc.Text())
		if len(f) < 6 || f[0] != "node" || !strings.HasPrefix(f[1], "n") {
			continue
		}
		i, err := strconv.Atoi(f[1][1:])
		if err != nil || i < 0 || i >= n {
			continue
		}
		var v [4]float64
		for k := range v {
			if v[k], err = strconv.ParseFloat(f[2+k], 64); err != nil {
				return nil, fmt.Errorf("plain output: %q: %w", sc.Text(), err)
			}
		}
		out[i] = box{x: v[0] * 72, y: v[1] * 72, hw: v[2] * 36, hh: v[3] * 36}
		seen[i] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("plain output: %w", err)
	}
	for i, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("plain output: node n%d is missing", i)
		}
	}
	return out, nil
}

// placeNodes removes the overlaps of the nodes at pos, in place, and
// returns the boxes of the clusters. Without clusters every node is moved
// on its own; with them, the members of each cluster are first moved
// apart among themselves, then the clusters' boxes (and the nodes in
// none) are moved apart as wholes, so that no node overlaps another nor
// a cluster not its own.
func (d *Diagram) placeNodes(pos []box) []box {
	if len(d.clusters) == 0 {
		removeOverlaps(pos, nodeGap)
		translate(pos, nil)
		return nil
	}
	// The groups moved as wholes: every cluster, and every node in none.
	type group struct {
		members []int
		cluster int // -1 for a node in no cluster
	}
	var groups []group
	for c, cl := range d.clusters {
		groups = append(groups, group{members: cl.members, cluster: c})
	}
	for i, n := range d.nodes {
		if n.cluster < 0 {
			groups = append(groups, group{members: []int{i}, cluster: -1})
		}
	}
	outer := make([]box, len(groups))
	for g, gr := range groups {
		bs := make([]box, len(gr.members))
		for k, m := range gr.members {
			bs[k] = pos[m]
		}
		if gr.cluster >= 0 {
			removeOverlaps(bs, nodeGap)
		}
		for k, m := range gr.members {
			pos[m] = bs[k]
		}
		b := bounds(bs)
		if gr.cluster >= 0 {
			b.hw += clusterPad
			b.hh += clusterPad + clusterLabelHeight/2
			b.y += clusterLabelHeight / 2 // the label's room at the top
			// Wide enough for the label (12-point text, about 7 points a
			// character).
			b.hw = math.Max(b.hw, float64(len([]rune(d.clusters[gr.cluster].label)))*3.5+clusterPad)
		}
		outer[g] = b
	}
	moved := append([]box(nil), outer...)
	removeOverlaps(moved, nodeGap)
	clusters := make([]box, len(d.clusters))
	for g, gr := range groups {
		dx, dy := moved[g].x-outer[g].x, moved[g].y-outer[g].y
		for _, m := range gr.members {
			pos[m].x += dx
			pos[m].y += dy
		}
		if gr.cluster >= 0 {
			clusters[gr.cluster] = moved[g]
		}
	}
	translate(pos, clusters)
	return clusters
}

// bounds is the box around bs.
func bounds(bs []box) box {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, b := range bs {
		x0, y0 = math.Min(x0, b.x-b.hw), math.Min(y0, b.y-b.hh)
		x1, y1 = math.Max(x1, b.x+b.hw), math.Max(y1, b.y+b.hh)
	}
	return box{x: (x0 + x1) / 2, y: (y0 + y1) / 2, hw: (x1 - x0) / 2, hh: (y1 - y0) / 2}
}

// translate moves the nodes and clusters so that the drawing starts at
// (0, 0).
func translate(pos, clusters []box) {
	all := append(append([]box(nil), pos...), clusters...)
	if len(all) == 0 {
		return
	}
	b := bounds(all)
	dx, dy := b.hw-b.x, b.hh-b.y
	for i := range pos {
		pos[i].x += dx
		pos[i].y += dy
	}
	for i := range clusters {
		clusters[i].x += dx
		clusters[i].y += dy
	}
}
