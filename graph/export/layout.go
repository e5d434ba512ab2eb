package export

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
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

// minAlone is the least number of entities without relations that a
// two-pass drawing puts in a box of their own rather than lay out.
const minAlone = 4

// draw lays the diagram out and draws it with r.
func (d *Diagram) draw(ctx context.Context, r runner, format string) ([]byte, error) {
	var buf bytes.Buffer
	if d.info.Layout == "dot" {
		if err := d.writeDOT(&buf, dotPass{mode: dotText}); err != nil {
			return nil, err
		}
		return r.run(ctx, buf.Bytes(), "dot", format)
	}
	pass := dotPass{mode: dotPinned, pos: make([]box, len(d.nodes))}
	// Entities without relations are not laid out: sfdp packs each as a
	// component of its own, which for 2,000 of them takes 16 seconds in a
	// native Graphviz and a minute in WebAssembly. They go in rows, in a
	// box of their own under the drawing, as the dot layout has them; the
	// nop layout, which places nothing, gives their sizes.
	alone, n := d.unrelated()
	linked := make([]bool, len(d.nodes))
	for i := range linked {
		linked[i] = alone == nil || !alone[i]
	}
	passes := []struct {
		nodes  []bool
		engine string
	}{{linked, ""}, {alone, "nop"}}
	for _, p := range passes {
		if p.nodes == nil || !slices.Contains(p.nodes, true) {
			continue
		}
		buf.Reset()
		if err := d.writeDOT(&buf, dotPass{mode: dotSizes, only: p.nodes, engine: p.engine}); err != nil {
			return nil, err
		}
		layout := d.info.Layout
		if p.engine != "" {
			layout = p.engine
		}
		plain, err := r.run(ctx, buf.Bytes(), layout, "plain")
		if err != nil {
			return nil, err
		}
		if err := plainNodes(plain, pass.pos, p.nodes); err != nil {
			return nil, err
		}
	}
	if n > 0 {
		pass.alone = alone
	}
	pass.clusters, pass.aloneBox = d.placeNodes(pass.pos, pass.alone)
	buf.Reset()
	if err := d.writeDOT(&buf, pass); err != nil {
		return nil, err
	}
	return r.run(ctx, buf.Bytes(), "nop2", format)
}

// unrelated says which nodes have no line, and how many, when they are at
// least minAlone and the diagram has no clusters (which hold them);
// otherwise nil.
func (d *Diagram) unrelated() ([]bool, int) {
	if len(d.clusters) > 0 {
		return nil, 0
	}
	linked := map[string]bool{}
	for _, e := range d.edges {
		linked[e.tail], linked[e.head] = true, true
	}
	alone := make([]bool, len(d.nodes))
	n := 0
	for i, node := range d.nodes {
		if !linked[node.ID] {
			alone[i] = true
			n++
		}
	}
	if n < minAlone {
		return nil, 0
	}
	return alone, n
}

// plainNodes reads the nodes n0 ... of Graphviz's plain output into pos:
// their centres and sizes, in points. Every node i with want[i] must be
// there.
func plainNodes(plain []byte, pos []box, want []bool) error {
	seen := make([]bool, len(pos))
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
		if err != nil || i < 0 || i >= len(pos) {
			continue
		}
		var v [4]float64
		for k := range v {
			if v[k], err = strconv.ParseFloat(f[2+k], 64); err != nil {
				return fmt.Errorf("plain output: %q: %w", sc.Text(), err)
			}
		}
		pos[i] = box{x: v[0] * 72, y: v[1] * 72, hw: v[2] * 36, hh: v[3] * 36}
		seen[i] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("plain output: %w", err)
	}
	for i, ok := range seen {
		if !ok && (want == nil || want[i]) {
			return fmt.Errorf("plain output: node n%d is missing", i)
		}
	}
	return nil
}

// placeNodes removes the overlaps of the nodes at pos, in place, and
// returns the boxes of the clusters and of the nodes alone (those without
// relations, when alone is not nil). Without clusters every node is moved
// on its own; with them, the members of each cluster are first moved
// apart among themselves, then the clusters' boxes (and the nodes in
// none) are moved apart as wholes, so that no node overlaps another nor
// a cluster not its own. The nodes alone go in rows under the others.
func (d *Diagram) placeNodes(pos []box, alone []bool) ([]box, box) {
	if len(d.clusters) == 0 {
		var linked, single []int
		for i := range pos {
			if alone != nil && alone[i] {
				single = append(single, i)
			} else {
				linked = append(linked, i)
			}
		}
		bs := pick(pos, linked)
		removeOverlaps(bs, nodeGap)
		put(pos, linked, bs)
		var aloneBox box
		if len(single) > 0 {
			aloneBox = shelve(pos, linked, single, plural(len(single), "entity")+" without relations")
		}
		all := pos
		if len(single) > 0 {
			all = append(slices.Clone(pos), aloneBox)
		}
		dx, dy := origin(all)
		shift(pos, dx, dy)
		aloneBox.x, aloneBox.y = aloneBox.x+dx, aloneBox.y+dy
		return nil, aloneBox
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
		bs := pick(pos, gr.members)
		if gr.cluster >= 0 {
			removeOverlaps(bs, nodeGap)
		}
		put(pos, gr.members, bs)
		b := bounds(bs)
		if gr.cluster >= 0 {
			b = labelled(b, d.clusters[gr.cluster].label)
		}
		outer[g] = b
	}
	moved := slices.Clone(outer)
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
	dx, dy := origin(append(slices.Clone(pos), clusters...))
	shift(pos, dx, dy)
	shift(clusters, dx, dy)
	return clusters, box{}
}

// labelled is the box of a cluster around its members' box b: room all
// round, and for its label (12-point text, about 7 points a character)
// at the top.
func labelled(b box, label string) box {
	b.hw += clusterPad
	b.hh += clusterPad + clusterLabelHeight/2
	b.y += clusterLabelHeight / 2
	b.hw = math.Max(b.hw, float64(len([]rune(label)))*3.5+clusterPad)
	return b
}

// shelve puts the nodes single in rows, left to right and top to bottom,
// under the nodes linked (already placed), in a box as wide as theirs or
// twice as wide as tall, and returns that box, with room for label.
func shelve(pos []box, linked, single []int, label string) box {
	var area float64
	for _, i := range single {
		area += (2*pos[i].hw + nodeGap) * (2*pos[i].hh + nodeGap)
	}
	width := math.Sqrt(2 * area) // rows about twice as wide as tall
	left, top := 0.0, 0.0
	if len(linked) > 0 {
		b := bounds(pick(pos, linked))
		width = math.Max(width, 2*b.hw)
		left, top = b.x-b.hw, b.y-b.hh-2*nodeGap-clusterLabelHeight-clusterPad
	}
	x, y, rowHeight := left, top, 0.0
	for _, i := range single {
		w, h := 2*pos[i].hw, 2*pos[i].hh
		if x > left && x+w > left+width {
			x, y, rowHeight = left, y-rowHeight-nodeGap, 0
		}
		pos[i].x, pos[i].y = x+w/2, y-h/2
		x += w + nodeGap
		rowHeight = math.Max(rowHeight, h)
	}
	return labelled(bounds(pick(pos, single)), label)
}

// pick returns the boxes of pos at the indices is.
func pick(pos []box, is []int) []box {
	out := make([]box, len(is))
	for k, i := range is {
		out[k] = pos[i]
	}
	return out
}

// put sets the boxes of pos at the indices is to bs.
func put(pos []box, is []int, bs []box) {
	for k, i := range is {
		pos[i] = bs[k]
	}
}

// origin is the move that makes bs start at (0, 0).
func origin(bs []box) (dx, dy float64) {
	if len(bs) == 0 {
		return 0, 0
	}
	b := bounds(bs)
	return b.hw - b.x, b.hh - b.y
}

// shift moves bs by (dx, dy).
func shift(bs []box, dx, dy float64) {
	for i := range bs {
		bs[i].x += dx
		bs[i].y += dy
	}
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
