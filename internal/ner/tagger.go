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

	wscore []int32  // word scores of a sentence's unknown tokens: token*5*numStates
	hs     []uint64 // the features of a sentence, token after token
	hsEnd  []int32  // where each token's (and offset's) features end in hs
	sink   uint64   // what touching the weights read, kept so that it is read
	em     []int32
	delta  []int32
	rows   []*row // the weight rows of one token
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

	t.hist.reset()
	t.agg.reset()
	t.states = t.states[:0]
	for s := range sents {
		out := t.decode(s, m.stages[0], nil)
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
			out := t.decode(s, m.stages[last], t.states[lo:hi])
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

// row is the weights of one feature, or the scores of one token.
type row = [numStates]int16

// decode tags sentence s with stage st and returns its states, valid
// until the next call. first holds the sentence's first-stage states for
// the second stage.
func (t *Tagger) decode(s int, st *stage, first []uint8) []uint8 {
	lo, hi := t.sents[s], t.sents[s+1]
	n := hi - lo
	if n == 0 {
		return t.out[:0]
	}
	info := sentInfo{toks: t.toks[lo:hi], caps: t.caps[s], gaz: t.gaz[lo:hi], lex: t.lex[lo:hi]}
	ref := t.ref[lo:hi]
	if cap(t.em) < n*numStates {
		t.em = make([]int32, 2*n*numStates)
		t.delta = make([]int32, 2*n*numStates)
		t.out = make([]uint8, 2*n)
		t.wscore = make([]int32, 2*n*5*numStates)
	}
	em := t.em[:n*numStates]
	clear(em)
	// The features of the whole sentence first, then their weights: the
	// lookups miss the cache, and touching every slot in a loop without
	// branches lets the processor wait for them all at once instead of
	// one after another.
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
		if len(t.hist.m) > 0 {
			t.hs = t.hist.appendFeatures(t.hs, &info.toks[i])
		}
		if first != nil {
			t.hs = appendStackFeatures(t.hs, &t.agg, info.toks, first, i)
		}
		t.hsEnd = append(t.hsEnd, int32(len(t.hs)))
	}
	t.sink ^= st.feats.touch(t.hs)
	for i := range n {
		if ref[i] >= 0 {
			v := st.vscore[int(ref[i])*5*numStates:][:5*numStates]
			t.sink ^= uint64(v[0]) ^ uint64(v[len(v)-1])
		}
	}
	// Word scores of unknown words. The rows of a token are gathered
	// first and summed by sumRows, which keeps the sums in registers.
	hs, ends, prev := t.hs, t.hsEnd, int32(0)
	rs := t.rows[:0]
	for i := range n {
		if ref[i] >= 0 {
			continue
		}
		for off := -maxWindow; off <= maxWindow; off++ {
			rs = rs[:0]
			for _, h := range hs[prev:ends[0]] {
				if r := st.feats.get(h); r != nil {
					rs = append(rs, r)
				}
			}
			*(*[numStates]int32)(t.wscore[(i*5+off+maxWindow)*numStates:]) = sumRows(rs)
			prev, ends = ends[0], ends[1:]
		}
	}
	for i := range n {
		e := (*[numStates]int32)(em[i*numStates:])
		rs = rs[:0]
		for off := -maxWindow; off <= maxWindow; off++ {
			j := i + off
			switch {
			case j < 0:
				rs = append(rs, (*row)(st.pads[0][(off+maxWindow)*numStates:]))
			case j >= n:
				rs = append(rs, (*row)(st.pads[1][(off+maxWindow)*numStates:]))
			case ref[j] >= 0:
				rs = append(rs, (*row)(st.vscore[(int(ref[j])*5+off+maxWindow)*numStates:]))
			default:
				ws := (*[numStates]int32)(t.wscore[(j*5+off+maxWindow)*numStates:])
				for k := range e {
					e[k] += ws[k]
				}
			}
		}
		for _, h := range hs[prev:ends[0]] {
			if r := st.feats.get(h); r != nil {
				rs = append(rs, r)
			}
		}
		sum := sumRows(rs)
		for k := range e {
			e[k] += sum[k]
		}
		prev, ends = ends[0], ends[1:]
	}
	t.rows = rs[:0]
	forbidPER(info.toks, em)
	out := t.out[:n]
	viterbiInt(em, &st.tt, out, t.delta[:n*numStates])
	return out
}

// sumRows returns the sums of the weights of rs. (The scores are integers:
// the order of the additions does not change them.)
func sumRows(rs []*row) [numStates]int32 {
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
	return [numStates]int32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
}
