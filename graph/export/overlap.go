package export

import (
	"math"
	"slices"
	"sort"
)

// box is a node, or a cluster of nodes, on the page: its centre and half
// its width and height, in points.
type box struct {
	x, y   float64
	hw, hh float64
}

// overlaps reports whether a and b are closer than gap on both axes.
func (a box) overlaps(b box, gap float64) bool {
	return math.Abs(a.x-b.x) < a.hw+b.hw+gap && math.Abs(a.y-b.y) < a.hh+b.hh+gap
}

// Limits of removeOverlaps: the uniform scale it starts with, the pushes
// per round, and the rounds (each spreads the boxes by growFactor first).
const (
	maxStartScale  = 8
	pushesPerRound = 200
	maxRounds      = 60
	growFactor     = 1.1
)

// removeOverlaps moves the boxes of a force-directed layout apart until
// every two of them are at least gap apart on one axis, keeping the shape
// of the layout. Graphviz's own overlap removal (prism) needs a
// triangulation library that go-graphviz's WebAssembly build lacks; its
// scale method takes 24 s for 300 nodes and spreads them over a page seven
// times as wide as sfdp's, voronoi over one twenty times as wide. This is
// the method of Graphviz's "ortho" and of Misue et al.'s force-scan, in
// three steps:
//
//  1. scale the layout uniformly so that a typical node no longer overlaps
//     its nearest neighbour (the median of the scales each node would
//     need, at most maxStartScale): the force-directed layouts space their
//     nodes by edge length, not by the width of their labels;
//  2. push every overlapping pair apart along the axis where they overlap
//     least, half the overlap each, in the direction they are already
//     apart (so that left stays left and above stays above), until none
//     overlaps;
//  3. if pairs still overlap after pushesPerRound pushes, spread the whole
//     layout by growFactor and push again: spreading never creates an
//     overlap.
//
// Should boxes still overlap after maxRounds rounds (they never have), they
// are set in rows, which ends any overlap. It is deterministic: the same
// boxes in give the same boxes out.
func removeOverlaps(bs []box, gap float64) {
	if len(bs) < 2 {
		return
	}
	if s := startScale(bs, gap); s > 1 {
		spread(bs, s)
	}
	for range maxRounds {
		for range pushesPerRound {
			if !pushApart(bs, gap) {
				return
			}
		}
		spread(bs, growFactor)
	}
	inRows(bs, gap)
}

// inRows sets the boxes in rows, top to bottom and left to right in the
// order of their centres, each row as wide as the square of their area.
func inRows(bs []box, gap float64) {
	order := make([]int, len(bs))
	var area float64
	for i, b := range bs {
		order[i] = i
		area += (2*b.hw + gap) * (2*b.hh + gap)
	}
	sort.SliceStable(order, func(a, b int) bool {
		p, q := bs[order[a]], bs[order[b]]
		if p.y != q.y {
			return p.y > q.y
		}
		return p.x < q.x
	})
	width := math.Sqrt(area)
	x, y, rowHeight := 0.0, 0.0, 0.0
	for _, i := range order {
		w, h := 2*bs[i].hw, 2*bs[i].hh
		if x > 0 && x+w > width {
			x, y, rowHeight = 0, y-rowHeight-gap-apart, 0
		}
		bs[i].x, bs[i].y = x+w/2, y-h/2
		x += w + gap + apart
		rowHeight = math.Max(rowHeight, h)
	}
}

// apart is what boxes are moved beyond the gap, so that rounding never
// leaves two of them touching.
const apart = 0.01

// startScale is the median, over the boxes, of the scale each needs to
// stop overlapping its nearest neighbour (1 when it does not), at most
// maxStartScale.
func startScale(bs []box, gap float64) float64 {
	order := byX(bs)
	need := make([]float64, len(bs))
	for oi, i := range order {
		best, bestD := -1, math.Inf(1)
		// Search outwards in x order; stop once the x distance alone is
		// more than the best distance found.
		for _, dir := range []int{-1, 1} {
			for oj := oi + dir; oj >= 0 && oj < len(order); oj += dir {
				j := order[oj]
				dx := bs[j].x - bs[i].x
				if math.Abs(dx) > bestD {
					break
				}
				if d := math.Hypot(dx, bs[j].y-bs[i].y); d < bestD || d == bestD && j < best {
					best, bestD = j, d
				}
			}
		}
		need[i] = 1
		if best < 0 || !bs[i].overlaps(bs[best], gap) {
			continue
		}
		a, b := bs[i], bs[best]
		s := math.Inf(1)
		if dx := math.Abs(a.x - b.x); dx > 0 {
			s = (a.hw + b.hw + gap) / dx
		}
		if dy := math.Abs(a.y - b.y); dy > 0 {
			s = math.Min(s, (a.hh+b.hh+gap)/dy)
		}
		need[i] = math.Min(s, maxStartScale)
	}
	slices.Sort(need)
	return need[len(need)/2]
}

// byX returns the indices of bs ordered by x, then y, then index.
func byX(bs []box) []int {
	order := make([]int, len(bs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		p, q := bs[order[a]], bs[order[b]]
		if p.x != q.x {
			return p.x < q.x
		}
		return p.y < q.y
	})
	return order
}

// spread scales the centres by s about their mean.
func spread(bs []box, s float64) {
	var cx, cy float64
	for _, b := range bs {
		cx += b.x
		cy += b.y
	}
	cx /= float64(len(bs))
	cy /= float64(len(bs))
	for i := range bs {
		bs[i].x = cx + (bs[i].x-cx)*s
		bs[i].y = cy + (bs[i].y-cy)*s
	}
}

// eachOverlap calls fn for every pair i < j (by index) of boxes closer
// than gap, found by a sweep over the boxes sorted by their left side.
func eachOverlap(bs []box, gap float64, fn func(i, j int)) {
	order := make([]int, len(bs))
	for i := range order {
		order[i] = i
	}
	left := func(i int) float64 { return bs[i].x - bs[i].hw }
	sort.SliceStable(order, func(a, b int) bool { return left(order[a]) < left(order[b]) })
	for oi, i := range order {
		// A little beyond the right side, so that rounding never hides a
		// pair that overlaps says overlap.
		right := bs[i].x + bs[i].hw + gap + 1e-6
		for _, j := range order[oi+1:] {
			if left(j) >= right {
				break
			}
			if bs[i].overlaps(bs[j], gap) {
				fn(min(i, j), max(i, j))
			}
		}
	}
}

// pushApart moves every overlapping pair apart once (the moves of one
// pass are summed, then applied) and reports whether any overlapped.
func pushApart(bs []box, gap float64) bool {
	type move struct{ dx, dy float64 }
	var moves map[int]*move
	at := func(i int) *move {
		m := moves[i]
		if m == nil {
			m = &move{}
			moves[i] = m
		}
		return m
	}
	eachOverlap(bs, gap, func(i, j int) {
		if moves == nil {
			moves = map[int]*move{}
		}
		a, b := bs[i], bs[j]
		dx, dy := b.x-a.x, b.y-a.y
		ox := a.hw + b.hw + gap - math.Abs(dx)
		oy := a.hh + b.hh + gap - math.Abs(dy)
		if ox <= oy {
			s := sign(dx) // j goes right of i when at the same x: i < j
			at(i).dx -= s * (ox/2 + apart)
			at(j).dx += s * (ox/2 + apart)
		} else {
			s := sign(dy)
			at(i).dy -= s * (oy/2 + apart)
			at(j).dy += s * (oy/2 + apart)
		}
	})
	for i, m := range moves {
		bs[i].x += m.dx
		bs[i].y += m.dy
	}
	return moves != nil
}

// sign is -1 for negative x, else 1.
func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}
