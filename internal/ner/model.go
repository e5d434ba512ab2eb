package ner

import (
	"math"
	"sync"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	words []string         // known words: training data and clusters
	vocab map[string]int32 // known word -> index
	vinfo []tokInfo        // features of the known words
	// clusterIDs are the cluster ids of the known words, noCluster for
	// none.
	clusterIDs [][numClusterLevels]uint16
	truecase   map[uint64]int32 // lower-case hash -> running-text form
	gaz        *gazetteer       // names of the training data
	lexNames   *gazetteer       // names of the lexicon
	lexTitles  *gazetteer       // office titles of the lexicon

	stages []*stage

	pairsOnce sync.Once
	pairs     *pairTables // the first and the last stage side by side

	pool sync.Pool // *Tagger
}

// stage holds the weights of one tagging stage, quantised to int16 with
// one scale. The tagger reads them through the model's pairTables.
type stage struct {
	scale  float32 // weight = scale * quantised weight
	trans  []int32 // (numStates+1)*numStates; the last row is the start
	tt     transTable
	keys   []uint64 // context features and the word features of unknown words
	rows   []int16  // their weights: row*numStates + state
	vscore []int16  // word*5*numStates + (off+2)*numStates + state; nil once in the model's pairTables (see Model.vscore)
	pads   [2][]int16
}

// newModel returns a model without stages over the vocabulary of the
// training data and the clusters, with tr's gazetteer and case forms.
func newModel(trainDocs []Document, tr *trainer, res *resources) *Model {
	words := vocabulary(trainDocs, res)
	m := &Model{
		words:      words,
		vocab:      make(map[string]int32, len(words)),
		vinfo:      make([]tokInfo, len(words)),
		gaz:        tr.gaz,
		lexNames:   res.lexNames,
		lexTitles:  res.lexTitles,
		clusterIDs: make([][numClusterLevels]uint16, len(words)),
	}
	for i, w := range words {
		m.vocab[w] = int32(i)
		t := &m.vinfo[i]
		t.setWord(w)
		res.annotate(t)
		tr.gaz.annotateToken(t)
		m.clusterIDs[i] = res.clusters.ids16(w)
	}
	m.setStarts()
	m.truecase = make(map[uint64]int32, len(tr.truecase))
	for hL, f := range tr.truecase {
		if k, ok := m.vocab[f.w]; ok {
			m.truecase[hL] = k
		}
	}
	return m
}

// compile builds a stage from weights w (by tr's feature index) and
// transitions trans: the summed word-feature scores of every known word,
// and the other features in a hash table, all quantised.
func (m *Model) compile(tr *trainer, w, trans []float32) *stage {
	vscore := make([]float32, len(m.words)*5*numStates)
	var hs []uint64
	sum := func(dst []float32, t *tokInfo, off int) {
		hs = appendWordFeatures(hs[:0], t, off)
		for _, h := range hs {
			if f, ok := tr.index[h]; ok {
				row := w[int(f)*numStates : int(f)*numStates+numStates]
				for s, v := range row {
					dst[s] += v
				}
			}
		}
	}
	// Features only known words have need no table entry.
	known := make(map[uint64]bool)
	for i := range m.vinfo {
		t := &m.vinfo[i]
		for off := -maxWindow; off <= maxWindow; off++ {
			sum(vscore[(i*5+off+maxWindow)*numStates:][:numStates], t, off)
			for _, h := range appendWordOnly(hs[:0], t, off) {
				known[h] = true
			}
		}
	}
	var pads [2][]float32
	for p, pad := range [2]*tokInfo{&padBefore, &padAfter} {
		pads[p] = make([]float32, 5*numStates)
		for off := -maxWindow; off <= maxWindow; off++ {
			sum(pads[p][(off+maxWindow)*numStates:][:numStates], pad, off)
		}
	}
	hashes := make([]uint64, len(tr.index))
	for h, f := range tr.index {
		hashes[f] = h
	}
	var keys []uint64
	var rows []float32
	for f, h := range hashes {
		if known[h] {
			continue
		}
		row := w[f*numStates : (f+1)*numStates]
		for _, v := range row {
			if v != 0 {
				keys = append(keys, h)
				rows = append(rows, row...)
				break
			}
		}
	}
	// One scale for all weights, so that scores add up as integers.
	top := float32(0)
	for _, a := range [][]float32{vscore, pads[0], pads[1], rows, trans} {
		for _, v := range a {
			top = max(top, v, -v)
		}
	}
	st := &stage{scale: 1}
	if top > 0 {
		st.scale = top / 32000
	}
	st.vscore = quantise(vscore, st.scale)
	st.pads[0] = quantise(pads[0], st.scale)
	st.pads[1] = quantise(pads[1], st.scale)
	st.trans = make([]int32, len(trans))
	for i, v := range quantise(trans, st.scale) {
		st.trans[i] = int32(v)
	}
	st.tt = newTransTable(st.trans)
	st.keys = keys
	st.rows = quantise(rows, st.scale)
	return st
}

// quantise returns round(v/scale) of every v.
func quantise(a []float32, scale float32) []int16 {
	out := make([]int16, len(a))
	for i, v := range a {
		out[i] = int16(math.Round(float64(v / scale)))
	}
	return out
}

// appendWordOnly appends the features of t at offset off that only known
// words have.
func appendWordOnly(dst []uint64, t *tokInfo, off int) []uint64 {
	o := uint32(off + maxWindow)
	if off == 0 {
		dst = append(dst, feature(tWord*5+o, t.hW))
	}
	if t.clusterKnown {
		for l := 0; l < numClusterLevels; l++ {
			dst = append(dst, feature((tCluster0+uint32(l))*5+o, t.clusters[l]))
		}
	}
	if t.gaz != 0 {
		dst = append(dst, feature(tWordGaz*5+o, uint64(t.gaz)))
	}
	if t.firstName {
		dst = append(dst, feature(tFirstName*5+o, 1))
	}
	for b := t.lex; b != 0; b &= b - 1 {
		dst = append(dst, feature(tLexWord*5+o, uint64(trailingZeros(uint32(b)))))
	}
	return dst
}

// setStarts records in the known words' infos the longest name of each
// gazetteer that starts with them.
func (m *Model) setStarts() {
	gs := [numGazetteers]*gazetteer{m.gaz, m.lexNames, m.lexTitles}
	for i := range m.vinfo {
		t := &m.vinfo[i]
		for k, g := range gs {
			t.starts[k] = g.starts[g.key(t)]
		}
		t.startsKnown = true
	}
}
