package ner

import "hash/maphash"

// Tagger tags sentences with a model. A Tagger reuses its memory from
// call to call and is not safe for concurrent use; make one per
// goroutine with Model.NewTagger.
type Tagger struct {
	m *Model

	// The document being tagged, token after token.
	toks   []tokInfo
	ref    []int32  // vocabulary index of each token, -1 unknown
	gaz    []uint32 // gazetteer match bits
	lex    []uint32 // lexicon match bits
	sents  []int    // sentence s is toks[sents[s]:sents[s+1]]
	caps   []bool   // sentence in capitals
	states []uint8  // first-stage states

	wscore []int32  // word scores of a sentence's unknown tokens: (token*5+offset)*2*numStates
	hs     []uint64 // the features of a sentence, token after token
	hsEnd  []int32  // where each token's (and offset's) features end in hs
	sink   uint64   // what touching the weights read, kept so that it is read
	em     []int32
	later  []int32 // the last stage's scores of the document's tokens, but for its own features
	delta  []int32
	rows   []*pair // the weights of one token
	out    []uint8

	hist     history
	agg      aggregate
	counter  caseCounter
	docForms map[uint64]caseForm // running-text forms of the document's words

	one    [1][]string
	labels [][]Label

	// vcache holds, by a hash of the word, short words seen lately with
	// their vocabulary index: most tokens are frequent words, found there
	// without a lookup in the model's large vocabulary map.
	vcache *[vcacheSize]vcacheEntry
	seed   maphash.Seed
}

const vcacheSize = 1 << 14

// vcacheEntry is a word of up to 19 bytes and its vocabulary index.
type vcacheEntry struct {
	k int32 // index + 1; -1: not in the vocabulary; 0: empty
	n uint8
	b [19]byte
}

// lookup returns the vocabulary index of w.
func (t *Tagger) lookup(w string) (int32, bool) {
	if len(w) > len(vcacheEntry{}.b) {
		k, ok := t.m.vocab[w]
		return k, ok
	}
	if t.vcache == nil {
		t.vcache = new([vcacheSize]vcacheEntry)
		t.seed = maphash.MakeSeed()
	}
	e := &t.vcache[maphash.String(t.seed, w)&(vcacheSize-1)]
	if e.k != 0 && int(e.n) == len(w) && string(e.b[:e.n]) == w {
		return e.k - 1, e.k > 0
	}
	k, ok := t.m.vocab[w]
	e.k, e.n = -1, uint8(copy(e.b[:], w))
	if ok {
		e.k = k + 1
	}
	return k, ok
}

// NewTagger returns a Tagger using m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m}
}

// Tag appends to dst[:0] the labels of the tokens words and returns it.
// Tokens should be split as CoNLL-2003 splits them (see package token).
// The sentence is tagged as a document of its own; TagDocument sees more.
func (m *Model) Tag(words []string, dst []Label) []Label {
	t, _ := m.pool.Get().(*Tagger)
	if t == nil {
		t = m.NewTagger()
	}
	dst = t.Tag(words, dst)
	m.pool.Put(t)
	return dst
}

// TagDocument returns the labels of the sentences of one document,
// reusing dst. It is Tagger.TagDocument with a pooled Tagger.
func (m *Model) TagDocument(sents [][]string, dst [][]Label) [][]Label {
	t, _ := m.pool.Get().(*Tagger)
	if t == nil {
		t = m.NewTagger()
	}
	dst = t.TagDocument(sents, dst)
	m.pool.Put(t)
	return dst
}

// Tag appends to dst[:0] the labels of the tokens words and returns it.
// The sentence is tagged as a document of its own.
func (t *Tagger) Tag(words []string, dst []Label) []Label {
	t.one[0] = words
	if cap(t.labels) == 0 {
		t.labels = make([][]Label, 1)
	}
	t.labels = t.labels[:1]
	t.labels[0] = dst
	t.labels = t.TagDocument(t.one[:], t.labels)
	dst = t.labels[0]
	t.one[0], t.labels[0] = nil, nil
	return dst
}

// TagDocument tags the sentences of one document and returns their
// labels, reusing dst. Sentences written in capitals are read in the case
// the rest of the document gives their words; the tags of earlier
// sentences, and the first stage's tags of the whole document, inform
// the tags of each sentence.
func (t *Tagger) TagDocument(sents [][]string, dst [][]Label) [][]Label {
	if cap(dst) < len(sents) {
		dst = append(dst[:cap(dst)], make([][]Label, len(sents)-cap(dst))...)
	}
	dst = dst[:len(sents)]
	t.resolveDocument(sents)
	m := t.m
	last := len(m.stages) - 1

	p := m.tables()
	t.hist.reset()
	t.agg.reset()
	t.states = t.states[:0]
	if cap(t.later) < len(t.toks)*numStates {
		t.later = make([]int32, 2*len(t.toks)*numStates)
	}
	t.later = t.later[:len(t.toks)*numStates]
	for s := range sents {
		out := t.decodeFirst(s, p, m.stages[0])
		lo, hi := t.sents[s], t.sents[s+1]
		t.hist.update(t.toks[lo:hi], out)
		if last == 0 {
			dst[s] = decodeStates(out, dst[s])
			continue
		}
		t.states = append(t.states, out...)
		t.agg.add(t.toks[lo:hi], out)
	}
	if last > 0 {
		t.hist.reset()
		for s := range sents {
			lo, hi := t.sents[s], t.sents[s+1]
			out := t.decodeLast(s, p, m.stages[last], t.states[lo:hi])
			t.hist.update(t.toks[lo:hi], out)
			dst[s] = decodeStates(out, dst[s])
		}
	}
	t.hist.reset()
	t.agg.reset()
	clear(t.toks) // keep no caller's strings
	return dst
}

// resolveDocument looks the words of a document up, reading the words of
// sentences in capitals in their running-text case, and matches the
// gazetteer.
func (t *Tagger) resolveDocument(sents [][]string) {
	m := t.m
	t.toks, t.ref, t.gaz = t.toks[:0], t.ref[:0], t.gaz[:0]
	t.sents, t.caps = append(t.sents[:0], 0), t.caps[:0]
	for _, words := range sents {
		for _, w := range words {
			if k, ok := t.lookup(w); ok {
				t.toks = append(t.toks, m.vinfo[k])
				t.ref = append(t.ref, k)
			} else {
				var tok tokInfo
				tok.setWord(w)
				t.toks = append(t.toks, tok)
				t.ref = append(t.ref, -1)
			}
		}
		t.sents = append(t.sents, len(t.toks))
		t.caps = append(t.caps, sentenceCaps(t.toks[t.sents[len(t.sents)-2]:]))
	}
	if t.docForms == nil {
		t.docForms = make(map[uint64]caseForm)
	}
	if len(sents) > 1 {
		t.counter.reset()
		for s := range sents {
			t.counter.add(t.toks[t.sents[s]:t.sents[s+1]], t.caps[s])
		}
		t.counter.best(t.docForms)
	}
	if cap(t.gaz) < len(t.toks) {
		t.gaz = make([]uint32, len(t.toks), 2*len(t.toks))
		t.lex = make([]uint32, len(t.toks), 2*len(t.toks))
	}
	t.gaz = t.gaz[:len(t.toks)]
	t.lex = t.lex[:len(t.toks)]
	clear(t.gaz)
	clear(t.lex)
	for s, words := range sents {
		lo, hi := t.sents[s], t.sents[s+1]
		if t.caps[s] {
			for i, w := range words {
				form, ok := t.caseForm(t.toks[lo+i].hL)
				if !ok || form == w {
					continue
				}
				if k, ok := t.lookup(form); ok {
					t.toks[lo+i] = m.vinfo[k]
					t.ref[lo+i] = k
				} else {
					t.toks[lo+i] = tokInfo{}
					t.toks[lo+i].setWord(form)
					t.ref[lo+i] = -1
				}
			}
		}
		m.gaz.match(t.toks[lo:hi], t.gaz[lo:hi], gazTraining)
		m.lexNames.match(t.toks[lo:hi], t.lex[lo:hi], gazLexNames)
		m.lexTitles.match(t.toks[lo:hi], t.lex[lo:hi], gazLexTitles)
	}
	clear(t.docForms)
}

// caseForm returns the running-text form of the word with lower-case hash
// hL: the document's, else the training data's.
func (t *Tagger) caseForm(hL uint64) (string, bool) {
	if f, ok := t.docForms[hL]; ok {
		return f.w, true
	}
	if k, ok := t.m.truecase[hL]; ok {
		return t.m.words[k], true
	}
	return "", false
}

// grow makes the tagger's buffers hold a sentence of n tokens.
func (t *Tagger) grow(n int) {
	if cap(t.em) < n*numStates {
		t.em = make([]int32, 2*n*numStates)
		t.delta = make([]int32, 2*n*numStates)
		t.out = make([]uint8, 2*n)
		t.wscore = make([]int32, 2*n*5*2*numStates)
	}
}

// decodeFirst tags sentence s with the first stage st and returns its
// states, valid until the next call. It keeps in t.later the last stage's
// scores of the features the stages share.
func (t *Tagger) decodeFirst(s int, p *pairTables, st *stage) []uint8 {
	const w = numStates
	lo, hi := t.sents[s], t.sents[s+1]
	n := hi - lo
	if n == 0 {
		return t.out[:0]
	}
	info := sentInfo{toks: t.toks[lo:hi], caps: t.caps[s], gaz: t.gaz[lo:hi], lex: t.lex[lo:hi]}
	ref := t.ref[lo:hi]
	t.grow(n)
	em := t.em[:n*w]
	clear(em)
	later := t.later[lo*w : hi*w]
	clear(later)
	// The features of the whole sentence first, then their weights: the
	// lookups miss the cache, and touching every slot in a loop without
	// branches lets the processor wait for them all at once instead of
	// one after another. Each token ends two runs: the features the
	// stages share, then its history features (the first stage's own).
	t.hs = t.hs[:0]
	t.hsEnd = t.hsEnd[:0]
	for i := range n {
		if ref[i] >= 0 {
			continue
		}
		tok := &info.toks[i]
		for off := -maxWindow; off <= maxWindow; off++ {
			t.hs = appendWordFeatures(t.hs, tok, off)
			t.hsEnd = append(t.hsEnd, int32(len(t.hs)))
		}
	}
	for i := range n {
		t.hs = appendContextFeatures(t.hs, &info, i)
		t.hsEnd = append(t.hsEnd, int32(len(t.hs)))
		if len(t.hist.m) > 0 {
			t.hs = t.hist.appendFeatures(t.hs, &info.toks[i])
		}
		t.hsEnd = append(t.hsEnd, int32(len(t.hs)))
	}
	t.sink ^= p.touch(t.hs)
	for i := range n {
		if ref[i] >= 0 {
			v := p.vscore[int(ref[i])*5*2*w:][:5*2*w]
			t.sink ^= uint64(v[0]) ^ uint64(v[len(v)/2]) ^ uint64(v[len(v)-1])
		}
	}
	// Word scores of unknown words. The rows of a token are gathered
	// first and summed by sumPairs, which keeps the sums in registers.
	hs, ends, prev := t.hs, t.hsEnd, int32(0)
	rs := t.rows[:0]
	for i := range n {
		if ref[i] >= 0 {
			continue
		}
		for off := -maxWindow; off <= maxWindow; off++ {
			rs = t.gather(rs[:0], p, hs[prev:ends[0]])
			a, b := sumPairs(rs)
			ws := t.wscore[(i*5+off+maxWindow)*2*w:]
			*(*[w]int32)(ws) = a
			*(*[w]int32)(ws[w:]) = b
			prev, ends = ends[0], ends[1:]
		}
	}
	for i := range n {
		e, l := (*[w]int32)(em[i*w:]), (*[w]int32)(later[i*w:])
		rs = rs[:0]
		for off := -maxWindow; off <= maxWindow; off++ {
			j := i + off
			switch {
			case j < 0:
				rs = append(rs, p.pad(0, off))
			case j >= n:
				rs = append(rs, p.pad(1, off))
			case ref[j] >= 0:
				rs = append(rs, p.word(ref[j], off))
			default:
				ws := t.wscore[(j*5+off+maxWindow)*2*w:]
				for k := range e {
					e[k] += ws[k]
					l[k] += ws[w+k]
				}
			}
		}
		rs = t.gather(rs, p, hs[prev:ends[0]])
		a, b := sumPairs(rs)
		for k := range e {
			e[k] += a[k]
			l[k] += b[k]
		}
		if ends[0] != ends[1] {
			rs = t.gather(rs[:0], p, hs[ends[0]:ends[1]])
			a, _ = sumPairs(rs)
			for k := range e {
				e[k] += a[k]
			}
		}
		prev, ends = ends[1], ends[2:]
	}
	t.rows = rs[:0]
	forbidPER(info.toks, em)
	out := t.out[:n]
	viterbiInt(em, &st.tt, out, t.delta[:n*w])
	return out
}

// decodeLast tags sentence s with the last stage st, given the
// sentence's first-stage states, and returns its states, valid until the
// next call.
func (t *Tagger) decodeLast(s int, p *pairTables, st *stage, first []uint8) []uint8 {
	const w = numStates
	lo, hi := t.sents[s], t.sents[s+1]
	n := hi - lo
	if n == 0 {
		return t.out[:0]
	}
	toks := t.toks[lo:hi]
	t.grow(n)
	em := t.em[:n*w]
	copy(em, t.later[lo*w:hi*w])
	t.hs = t.hs[:0]
	t.hsEnd = t.hsEnd[:0]
	for i := range n {
		if len(t.hist.m) > 0 {
			t.hs = t.hist.appendFeatures(t.hs, &toks[i])
		}
		t.hs = appendStackFeatures(t.hs, &t.agg, toks, first, i)
		t.hsEnd = append(t.hsEnd, int32(len(t.hs)))
	}
	t.sink ^= p.touch(t.hs)
	prev := int32(0)
	rs := t.rows[:0]
	for i, end := range t.hsEnd {
		if end != prev {
			rs = t.gather(rs[:0], p, t.hs[prev:end])
			_, b := sumPairs(rs)
			e := (*[w]int32)(em[i*w:])
			for k := range e {
				e[k] += b[k]
			}
		}
		prev = end
	}
	t.rows = rs[:0]
	forbidPER(toks, em)
	out := t.out[:n]
	viterbiInt(em, &st.tt, out, t.delta[:n*w])
	return out
}

// gather appends to rs the weights of the features hs the model has.
func (t *Tagger) gather(rs []*pair, p *pairTables, hs []uint64) []*pair {
	for _, h := range hs {
		if r := p.get(h); r != nil {
			rs = append(rs, r)
		}
	}
	return rs
}

// RunningForm returns the form the training text most often gives the word
// w past a sentence's first word ("born" for "Born", "Reuters" for
// "REUTERS"), and false for a word it does not know.
func (m *Model) RunningForm(w string) (string, bool) {
	k, ok := m.truecase[hashLower(w)]
	if !ok {
		return "", false
	}
	return m.words[k], true
}
