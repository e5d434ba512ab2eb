package ner

// The decoder's states are the IOB2 labels. (BILOU states were tried: on
// CoNLL-2003 they were no better with Viterbi decoding, and twice as
// slow.)

// numStates is the number of decoder states.
const numStates = NumLabels

// stateType returns the entity type of state s.
func stateType(s uint8) Type { return Label(s).Type() }

// allowed reports whether state b may follow state a; a < 0 is the
// sentence start. An I- state continues an entity of its type.
func allowed(a int, b uint8) bool {
	l := Label(b)
	if l == O || l.Begin() {
		return true
	}
	return a >= 0 && Label(a).Type() == l.Type()
}

// preds[b] lists the states that may precede b.
var preds = func() [numStates][]uint8 {
	var p [numStates][]uint8
	for b := uint8(0); b < numStates; b++ {
		for a := 0; a < numStates; a++ {
			if allowed(a, b) {
				p[b] = append(p[b], uint8(a))
			}
		}
	}
	return p
}()

// encodeStates converts IOB2 labels to states.
func encodeStates(labels []Label, dst []uint8) []uint8 {
	dst = dst[:0]
	for _, l := range labels {
		dst = append(dst, uint8(l))
	}
	return dst
}

// decodeStates converts states to IOB2 labels.
func decodeStates(states []uint8, dst []Label) []Label {
	dst = dst[:0]
	for _, s := range states {
		dst = append(dst, Label(s))
	}
	return dst
}

// score is the type of decoding scores: float32 while training, int32
// (quantised weights) at run time.
type score interface{ ~float32 | ~int32 }

// viterbi writes to out the best state sequence for emission scores
// em[i*numStates+s] and transition scores trans[a*numStates+b] (row
// numStates holds the scores of starting in b), keeping to allowed
// transitions. back is scratch of len(out)*numStates.
func viterbi[T score](em, trans []T, out []uint8, back []uint8, delta *[2][numStates]T) {
	n := len(out)
	if n == 0 {
		return
	}
	cur, prev := &delta[0], &delta[1]
	start := trans[numStates*numStates:]
	const neg = -1 << 29
	for s := 0; s < numStates; s++ {
		if allowed(-1, uint8(s)) {
			cur[s] = start[s] + em[s]
		} else {
			cur[s] = neg
		}
	}
	for i := 1; i < n; i++ {
		cur, prev = prev, cur
		e := em[i*numStates : (i+1)*numStates]
		bk := back[i*numStates : (i+1)*numStates]
		for b := 0; b < numStates; b++ {
			best, arg := T(neg)*2, uint8(0)
			for _, a := range preds[b] {
				if v := prev[a] + trans[int(a)*numStates+b]; v > best {
					best, arg = v, a
				}
			}
			cur[b] = best + e[b]
			bk[b] = arg
		}
		// Keep the scores near zero: sums over long sentences would
		// overflow int32.
		top := cur[0]
		for _, v := range cur[1:] {
			top = max(top, v)
		}
		for s := range cur {
			cur[s] -= top
		}
	}
	best, arg := cur[0], uint8(0)
	for s := uint8(1); s < numStates; s++ {
		if cur[s] > best {
			best, arg = cur[s], s
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		if i > 0 {
			arg = back[i*numStates+int(arg)]
		}
	}
}

// transTable holds the transition scores in the run-time decoder's
// order: O and B- states follow any state; I- states follow the B- or I-
// state of their type.
type transTable struct {
	start [numStates]int32
	open  [1 + NumTypes][numStates]int32 // [O, B-PER, ...][from state]
	inner [NumTypes][2]int32             // [type][from B-, from I-] to I-
}

// openStates are the states any state may precede.
var openStates = [1 + NumTypes]uint8{uint8(O), uint8(BPER), uint8(BORG), uint8(BLOC), uint8(BMISC)}

func newTransTable(trans []int32) transTable {
	var tt transTable
	copy(tt.start[:], trans[numStates*numStates:])
	for j, b := range openStates {
		for a := 0; a < numStates; a++ {
			tt.open[j][a] = trans[a*numStates+int(b)]
		}
	}
	for ty := 0; ty < NumTypes; ty++ {
		b := 2 + 2*ty
		tt.inner[ty][0] = trans[(1+2*ty)*numStates+b]
		tt.inner[ty][1] = trans[(2+2*ty)*numStates+b]
	}
	return tt
}

// viterbiInt is viterbi for int32 scores with transitions tt; it finds
// the same states. The forward pass keeps only the scores (delta, n rows
// of numStates); the best predecessors are found again along the best
// path only.
func viterbiInt(em []int32, tt *transTable, out []uint8, delta []int32) {
	n := len(out)
	if n == 0 {
		return
	}
	const neg = -1 << 29
	cur := (*[numStates]int32)(delta)
	e0 := (*[numStates]int32)(em)
	for s := range cur {
		cur[s] = neg
	}
	for _, s := range openStates {
		cur[s] = tt.start[s] + e0[s]
	}
	for i := 1; i < n; i++ {
		prev := cur
		cur = (*[numStates]int32)(delta[i*numStates:])
		e := (*[numStates]int32)(em[i*numStates:])
		// The previous scores in registers: the open states read them
		// all, five times.
		p0, p1, p2, p3, p4, p5, p6, p7, p8 := prev[0], prev[1], prev[2], prev[3], prev[4], prev[5], prev[6], prev[7], prev[8]
		for j, b := range openStates {
			r := &tt.open[j]
			cur[b] = max(p0+r[0], p1+r[1], p2+r[2], p3+r[3], p4+r[4], p5+r[5], p6+r[6], p7+r[7], p8+r[8]) + e[b]
		}
		for ty := 0; ty < NumTypes; ty++ {
			b := 2 + 2*ty
			cur[b] = max(prev[b-1]+tt.inner[ty][0], prev[b]+tt.inner[ty][1]) + e[b]
		}
		// Scores grow by at most a few million a token: bring them back
		// to zero now and then, before they could overflow.
		if i%32 == 0 {
			top := cur[0]
			for _, v := range cur[1:] {
				top = max(top, v)
			}
			for s := range cur {
				cur[s] -= top
			}
		}
	}
	last := (*[numStates]int32)(delta[(n-1)*numStates:])
	arg := uint8(0)
	for s := uint8(1); s < numStates; s++ {
		if last[s] > last[arg] {
			arg = s
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		prev := (*[numStates]int32)(delta[(i-1)*numStates:])
		b := Label(arg)
		if b != O && !b.Begin() {
			ty := int(b.Type()) - 1
			if prev[b-1]+tt.inner[ty][0] >= prev[b]+tt.inner[ty][1] {
				arg = uint8(b - 1)
			} else {
				arg = uint8(b)
			}
		} else {
			r := &tt.open[b.Type()]
			best := prev[0] + r[0]
			arg = 0
			for a := 1; a < numStates; a++ {
				if v := prev[a] + r[a]; v > best {
					best, arg = v, uint8(a)
				}
			}
		}
		out[i-1] = arg
	}
}
