package ner

// The two stages score the same context features and the same word
// features; only the history and the stack features differ. The tagger
// reads the weights of both stages with one lookup, while it tags a
// sentence with the first stage, and keeps the second stage's sums for
// when it tags the sentence again. The tables are larger than the
// processor's caches, and most of tagging is waiting for them: one lookup
// instead of two takes a fifth off the time of tagging (BenchmarkStages/tag).

// pair is the weights of one feature, or of one word at one offset, in
// the first stage and in the last: [first | last].
type pair = [2 * numStates]int16

// pairTables hold the weights of the first and the last stage of a
// model side by side (the last half zero for a model of one stage).
type pairTables struct {
	keys   []uint64 // open addressing; 0: empty
	rows   []pair   // the weights of keys[i]
	mask   uint64
	vscore []int16    // word*5*2*numStates + (off+2)*2*numStates + stage*numStates + state
	pads   [2][]int16 // before and after the sentence: (off+2)*2*numStates + stage*numStates + state
}

// tables returns the model's pairTables, made on first use.
func (m *Model) tables() *pairTables {
	m.makeTables(func(k int, dst []int16, j int) {
		st := m.stages[0]
		if k == 1 {
			st = m.stages[len(m.stages)-1]
		}
		copy(dst, st.vscore[j*numStates:])
	})
	return m.pairs
}

// makeTables makes the model's pairTables once, reading the word scores
// of the first (k 0) and the last stage (k 1) with vscore, which copies
// into dst the scores of word and offset j (word*5 + off+2). The word
// scores are in the pairs then, and no longer in the stages: Model.vscore
// gives them back.
func (m *Model) makeTables(vscore func(k int, dst []int16, j int)) {
	m.pairsOnce.Do(func() {
		first, last := m.stages[0], (*stage)(nil)
		if len(m.stages) > 1 {
			last = m.stages[len(m.stages)-1]
		}
		m.pairs = newPairTables(first, last, len(m.words), vscore)
		first.vscore = nil
		if last != nil {
			last.vscore = nil
		}
	})
}

// vscore returns the word scores of stage i: word*5*numStates +
// (off+2)*numStates + state.
func (m *Model) vscore(i int) []int16 {
	st := m.stages[i]
	if st.vscore != nil {
		return st.vscore
	}
	half := 0
	if i > 0 {
		half = 1
	}
	p := m.tables()
	out := make([]int16, len(p.vscore)/2)
	for j := 0; j < len(out)/numStates; j++ {
		copy(out[j*numStates:][:numStates], p.vscore[j*2*numStates+half*numStates:])
	}
	return out
}

func newPairTables(first, last *stage, words int, vscore func(k int, dst []int16, j int)) *pairTables {
	stages := []*stage{first}
	if last != nil {
		stages = append(stages, last)
	}
	n := 0
	for _, st := range stages {
		n += len(st.keys)
	}
	size := 16
	for size < n*3/2 {
		size <<= 1
	}
	p := &pairTables{
		keys:   make([]uint64, size),
		rows:   make([]pair, size),
		mask:   uint64(size - 1),
		vscore: make([]int16, words*5*2*numStates),
	}
	const w = numStates
	for k, st := range stages {
		for i, h := range st.keys {
			r := p.slot(h)
			copy(r[k*w:(k+1)*w], st.rows[i*w:])
		}
		for j := 0; j < words*5; j++ {
			vscore(k, p.vscore[j*2*w+k*w:][:w], j)
		}
	}
	for side := range p.pads {
		p.pads[side] = make([]int16, 5*2*w)
		for k, st := range stages {
			for j := 0; j < 5; j++ {
				copy(p.pads[side][j*2*w+k*w:][:w], st.pads[side][j*w:])
			}
		}
	}
	return p
}

// slot returns the weights of h, adding h if it is new.
func (p *pairTables) slot(h uint64) *pair {
	h = nonZero(h)
	for i := h & p.mask; ; i = (i + 1) & p.mask {
		switch p.keys[i] {
		case h:
			return &p.rows[i]
		case 0:
			p.keys[i] = h
			return &p.rows[i]
		}
	}
}

func nonZero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// touch reads the first slot of every hash of hs and returns nothing of
// use: it is there to bring the slots into the cache together, before
// get reads them one after another.
func (p *pairTables) touch(hs []uint64) uint64 {
	var x uint64
	for _, h := range hs {
		x ^= p.keys[nonZero(h)&p.mask]
	}
	return x
}

// get returns the weights of h, or nil.
func (p *pairTables) get(h uint64) *pair {
	h = nonZero(h)
	for i := h & p.mask; ; i = (i + 1) & p.mask {
		switch p.keys[i] {
		case h:
			return &p.rows[i]
		case 0:
			return nil
		}
	}
}

// word returns the weights of vocabulary word k at offset off.
func (p *pairTables) word(k int32, off int) *pair {
	return (*pair)(p.vscore[(int(k)*5+off+maxWindow)*2*numStates:])
}

// pad returns the weights of the padding before (side 0) or after (side
// 1) the sentence at offset off.
func (p *pairTables) pad(side, off int) *pair {
	return (*pair)(p.pads[side][(off+maxWindow)*2*numStates:])
}

// sumPairs returns the sums of the weights of rs in each stage. (The
// scores are integers: the order of the additions does not change them.)
func sumPairs(rs []*pair) (first, last [numStates]int32) {
	// It is written for 9 states.
	var _ [numStates - 9]struct{}
	var _ [9 - numStates]struct{}
	var s0, s1, s2, s3, s4, s5, s6, s7, s8 int32
	for _, r := range rs {
		s0 += int32(r[0])
		s1 += int32(r[1])
		s2 += int32(r[2])
		s3 += int32(r[3])
		s4 += int32(r[4])
		s5 += int32(r[5])
		s6 += int32(r[6])
		s7 += int32(r[7])
		s8 += int32(r[8])
	}
	first = [numStates]int32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
	s0, s1, s2, s3, s4, s5, s6, s7, s8 = 0, 0, 0, 0, 0, 0, 0, 0, 0
	for _, r := range rs {
		s0 += int32(r[9])
		s1 += int32(r[10])
		s2 += int32(r[11])
		s3 += int32(r[12])
		s4 += int32(r[13])
		s5 += int32(r[14])
		s6 += int32(r[15])
		s7 += int32(r[16])
		s8 += int32(r[17])
	}
	last = [numStates]int32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
	return first, last
}
