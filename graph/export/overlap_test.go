package export

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomBoxes returns n boxes of label-like sizes (20 to 80 points wide,
// 9 to 15 high) scattered over a square of side spread, the same for the
// same seed.
func randomBoxes(n int, spread float64, seed uint64) []box {
	r := rand.New(rand.NewPCG(seed, 1))
	bs := make([]box, n)
	for i := range bs {
		bs[i] = box{x: r.Float64() * spread, y: r.Float64() * spread, hw: 20 + r.Float64()*60, hh: 9 + r.Float64()*6}
	}
	return bs
}

func TestRemoveOverlaps(t *testing.T) {
	tests := []struct {
		name string
		bs   []box
		gap  float64
	}{
		{"none", nil, 14},
		{"one", []box{{x: 1, y: 2, hw: 30, hh: 10}}, 14},
		{"two at one place", []box{{x: 5, y: 5, hw: 30, hh: 10}, {x: 5, y: 5, hw: 20, hh: 10}}, 14},
		{"a column at one place", slices.Repeat([]box{{hw: 40, hh: 10}}, 20), 14},
		{"crowded", randomBoxes(300, 200, 1), 14},
		{"spread", randomBoxes(300, 5000, 2), 14},
		{"large", randomBoxes(2000, 1500, 3), 6},
		{"in a row", func() []box {
			var bs []box
			for i := range 50 {
				bs = append(bs, box{x: float64(i), y: 0, hw: 30, hh: 10})
			}
			return bs
		}(), 14},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := slices.Clone(tt.bs)
			removeOverlaps(bs, tt.gap)
			for i, a := range bs {
				if a.hw != tt.bs[i].hw || a.hh != tt.bs[i].hh {
					t.Fatalf("box %d changed size", i)
				}
				if math.IsNaN(a.x) || math.IsNaN(a.y) || math.IsInf(a.x, 0) || math.IsInf(a.y, 0) {
					t.Fatalf("box %d is at (%v, %v)", i, a.x, a.y)
				}
				for j, b := range bs[i+1:] {
					if a.overlaps(b, tt.gap) {
						t.Fatalf("boxes %d and %d overlap: %+v %+v", i, i+1+j, a, b)
					}
				}
			}
			again := slices.Clone(tt.bs)
			removeOverlaps(again, tt.gap)
			if !slices.Equal(bs, again) {
				t.Errorf("two runs gave different boxes")
			}
		})
	}
}

// TestRemoveOverlapsKeepsShape checks that boxes already apart stay where
// they are, and that the order of boxes along each axis is kept when the
// overlaps are small.
func TestRemoveOverlapsKeepsShape(t *testing.T) {
	apart := []box{{x: 0, y: 0, hw: 10, hh: 5}, {x: 100, y: 0, hw: 10, hh: 5}, {x: 0, y: 100, hw: 10, hh: 5}}
	bs := slices.Clone(apart)
	removeOverlaps(bs, 14)
	if !slices.Equal(bs, apart) {
		t.Errorf("boxes apart moved: got %+v, want %+v", bs, apart)
	}
	// A row of boxes a little too close: they spread along the row and
	// stay in order.
	var row []box
	for i := range 10 {
		row = append(row, box{x: float64(i) * 50, y: float64(i % 2), hw: 25, hh: 10})
	}
	removeOverlaps(row, 14)
	for i := 1; i < len(row); i++ {
		if row[i].x <= row[i-1].x {
			t.Errorf("box %d at x=%v is no longer right of box %d at x=%v", i, row[i].x, i-1, row[i-1].x)
		}
	}
}

// TestInRows checks the last resort of removeOverlaps.
func TestInRows(t *testing.T) {
	bs := randomBoxes(100, 10, 4)
	inRows(bs, 14)
	for i, a := range bs {
		for j, b := range bs[i+1:] {
			if a.overlaps(b, 14) {
				t.Fatalf("boxes %d and %d overlap: %+v %+v", i, i+1+j, a, b)
			}
		}
	}
}

// FuzzRemoveOverlaps checks that any boxes, of sizes and places within
// what Graphviz gives, come out apart.
func FuzzRemoveOverlaps(f *testing.F) {
	f.Add([]byte{0, 0, 10, 5, 0, 0, 10, 5})
	f.Add([]byte{1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 200, 100, 50, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		var bs []box
		for i := 0; i+4 <= len(data) && len(bs) < 200; i += 4 {
			bs = append(bs, box{x: float64(int8(data[i])) * 7, y: float64(int8(data[i+1])) * 3,
				hw: 1 + float64(data[i+2]), hh: 1 + float64(data[i+3])/4})
		}
		removeOverlaps(bs, nodeGap)
		for i, a := range bs {
			for j, b := range bs[i+1:] {
				if a.overlaps(b, nodeGap) {
					t.Fatalf("boxes %d and %d overlap: %+v %+v", i, i+1+j, a, b)
				}
			}
		}
	})
}

// FuzzPlainNodes checks that reading Graphviz's plain output never panics
// and reads only what it says it read.
func FuzzPlainNodes(f *testing.F) {
	f.Add([]byte("graph 1 2 3\nnode n0 1 2 0.75 0.5 a solid ellipse black lightgrey\nnode n1 3 4 1 0.5 \"b c\" solid box black white\nstop\n"), 2)
	f.Add([]byte("node n5 x 2 3 4\n"), 6)
	f.Fuzz(func(t *testing.T, plain []byte, n int) {
		if n < 0 || n > 1000 {
			return
		}
		pos := make([]box, n)
		if err := plainNodes(plain, pos, nil); err == nil {
			for i, b := range pos {
				if b.hw < 0 && b.hh < 0 && i < 0 {
					t.Fatal("unreachable")
				}
			}
		}
	})
}

func BenchmarkRemoveOverlaps(b *testing.B) {
	for _, n := range []int{300, 2000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			in := randomBoxes(n, 30*math.Sqrt(float64(n)), 1)
			bs := make([]box, n)
			b.SetBytes(int64(n) * 32) // the boxes: four float64s each
			for b.Loop() {
				copy(bs, in)
				removeOverlaps(bs, nodeGap)
			}
		})
	}
}
