package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// The model file is little-endian binary:
//
//	magic "newsgraph-ner\x00" and a format version (uvarint)
//	words: count, their byte lengths (uvarint each), their bytes
//	per word: cluster ids (numClusterLevels uint16, 0xffff none),
//	  gazetteer bits (byte: types, and 0x10 for a first name) and lexicon
//	  classes (byte)
//	running-text forms: count, word indexes (uvarint)
//	gazetteers (training names, lexicon names, lexicon titles), each
//	  names and starts: count, then (uint64 hash, byte) pairs
//	stages: count, then each: scale (float32), transitions (int32),
//	  pads and word scores (int16), feature count, keys (uint64) and rows
//	  (int16)
//
// Everything a model computes from its words (hashes, shapes) is computed
// again when it is read.

const (
	magic         = "newsgraph-ner\x00"
	formatVersion = 2
	noCluster     = 0xffff
)

// WriteTo writes m in the model file format. It implements io.WriterTo.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriterSize(cw, 1<<16)
	e := &encoder{w: bw}
	e.bytes([]byte(magic))
	e.uvarint(formatVersion)

	e.uvarint(uint64(len(m.words)))
	for _, w := range m.words {
		e.uvarint(uint64(len(w)))
	}
	for _, w := range m.words {
		e.bytes([]byte(w))
	}
	for i := range m.vinfo {
		t := &m.vinfo[i]
		for l := 0; l < numClusterLevels; l++ {
			id := uint16(noCluster)
			if t.clusterKnown {
				id = uint16(m.clusterIDs[i][l])
			}
			e.le(id)
		}
		b := t.gaz
		if t.firstName {
			b |= 0x10
		}
		e.bytes([]byte{b, t.lex})
	}

	forms := make([]int32, 0, len(m.truecase))
	for _, k := range m.truecase {
		forms = append(forms, k)
	}
	slices.Sort(forms)
	e.uvarint(uint64(len(forms)))
	for _, k := range forms {
		e.uvarint(uint64(k))
	}

	for _, tab := range []map[uint64]uint8{m.gaz.names, m.gaz.starts, m.lexNames.names, m.lexNames.starts, m.lexTitles.names, m.lexTitles.starts} {
		keys := make([]uint64, 0, len(tab))
		for k := range tab {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		e.uvarint(uint64(len(keys)))
		for _, k := range keys {
			e.le(k)
			e.bytes([]byte{tab[k]})
		}
	}

	e.uvarint(uint64(len(m.stages)))
	for i, st := range m.stages {
		e.le(st.scale)
		e.le(st.trans)
		e.le(st.pads[0])
		e.le(st.pads[1])
		e.le(m.vscore(i))
		e.uvarint(uint64(len(st.keys)))
		e.le(st.keys)
		e.le(st.rows)
	}
	if e.err == nil {
		e.err = bw.Flush()
	}
	return cw.n, e.err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// encoder writes with a sticky error.
type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uvarint(v uint64) {
	e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)])
}

func (e *encoder) le(v any) {
	if e.err == nil {
		e.err = binary.Write(e.w, binary.LittleEndian, v)
	}
}

// ErrFormat is wrapped by the errors Read returns for data that is not a
// model file.
var ErrFormat = errors.New("not a newsgraph NER model")

// Read reads a model in the format WriteTo writes.
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	return Decode(b)
}

// Decode decodes a model from the bytes WriteTo wrote.
func Decode(b []byte) (*Model, error) {
	m, err := decodeModel(b)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	return m, nil
}

func decodeModel(b []byte) (*Model, error) {
	d := &decoder{b: b}
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, ErrFormat
	}
	d.b = d.b[len(magic):]
	if v := d.uvarint(); v != formatVersion && d.err == nil {
		return nil, fmt.Errorf("%w: format version %d, want %d", ErrFormat, v, formatVersion)
	}
	n := d.count(1)
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = int(d.uvarint())
		total += lens[i]
	}
	text := string(d.take(total))
	if d.err != nil {
		return nil, d.err
	}
	m := &Model{
		words:      make([]string, n),
		vocab:      make(map[string]int32, n),
		vinfo:      make([]tokInfo, n),
		clusterIDs: make([][numClusterLevels]uint16, n),
		gaz:        newGazetteer(),
		lexNames:   newGazetteer(),
		lexTitles:  newGazetteer(),
	}
	m.lexTitles.lower = true
	off := 0
	for i, l := range lens {
		m.words[i] = text[off : off+l]
		off += l
	}
	const metaSize = 2*numClusterLevels + 2
	meta := d.take(n * metaSize)

	// Read the sections first (slices of b), then build the tables from
	// them on every core: the words, the gazetteers, the stages.
	nf := d.count(1)
	truecase := make([]int32, nf)
	for i := range truecase {
		k := d.uvarint()
		if k >= uint64(n) && d.err == nil {
			return nil, errors.New("bad word index")
		}
		truecase[i] = int32(k)
	}
	var gazRaw [6][]byte
	for i := range gazRaw {
		gazRaw[i] = d.take(9 * d.count(9))
	}
	ns := d.count(1)
	var vraw [][]byte // the word scores of each stage
	for range ns {
		st := &stage{}
		st.scale = math.Float32frombits(d.u32())
		st.trans = make([]int32, (numStates+1)*numStates)
		for i := range st.trans {
			st.trans[i] = int32(d.u32())
		}
		st.tt = newTransTable(st.trans)
		st.pads[0] = d.int16s(5 * numStates)
		st.pads[1] = d.int16s(5 * numStates)
		vraw = append(vraw, d.take(2*n*5*numStates))
		k := d.count(8)
		keys := d.take(8 * k)
		st.rows = d.int16s(k * numStates)
		if d.err != nil {
			return nil, d.err
		}
		st.keys = make([]uint64, k)
		for i := range st.keys {
			st.keys[i] = binary.LittleEndian.Uint64(keys[8*i:])
		}
		m.stages = append(m.stages, st)
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%d bytes after the model", len(d.b))
	}
	if len(m.stages) == 0 {
		return nil, errors.New("no stages")
	}

	var wg sync.WaitGroup
	gazDone := make(chan struct{})
	wg.Go(func() {
		defer close(gazDone)
		tabs := []map[uint64]uint8{m.gaz.names, m.gaz.starts, m.lexNames.names, m.lexNames.starts, m.lexTitles.names, m.lexTitles.starts}
		for i, tab := range tabs {
			p := gazRaw[i]
			for j := 0; j+9 <= len(p); j += 9 {
				tab[binary.LittleEndian.Uint64(p[j:])] = p[j+8]
			}
		}
		for _, g := range []*gazetteer{m.gaz, m.lexNames, m.lexTitles} {
			g.indexNames()
		}
	})
	wg.Go(func() {
		for i, st := range m.stages {
			if i == 0 || i == len(m.stages)-1 {
				continue // read into the pairs below
			}
			st.vscore = int16sOf(vraw[i])
		}
		first, last := vraw[0], []byte(nil)
		if len(vraw) > 1 {
			last = vraw[len(vraw)-1]
		}
		m.makeTables(func(k int, dst []int16, j int) {
			src := first
			if k == 1 {
				src = last
			}
			for s := range dst {
				dst[s] = int16(binary.LittleEndian.Uint16(src[2*(j*numStates+s):]))
			}
		})
	})
	for i, w := range m.words {
		m.vocab[w] = int32(i)
		t := &m.vinfo[i]
		t.setWord(w)
		p := meta[i*metaSize:]
		for l := 0; l < numClusterLevels; l++ {
			id := binary.LittleEndian.Uint16(p[2*l:])
			m.clusterIDs[i][l] = id
			if id != noCluster {
				t.clusterKnown = true
				t.clusters[l] = clusterHash(l, uint32(id))
			}
		}
		g := p[2*numClusterLevels]
		t.gaz = g & 0x0f
		t.firstName = g&0x10 != 0
		t.lex = p[2*numClusterLevels+1]
	}
	m.truecase = make(map[uint64]int32, nf)
	for _, k := range truecase {
		m.truecase[m.vinfo[k].hL] = k
	}
	<-gazDone
	m.setStarts()
	wg.Wait()
	if len(m.vocab) != n {
		return nil, errors.New("duplicate words")
	}
	return m, nil
}

// int16sOf returns the little-endian int16s of p.
func int16sOf(p []byte) []int16 {
	out := make([]int16, len(p)/2)
	for i := range out {
		out[i] = int16(binary.LittleEndian.Uint16(p[2*i:]))
	}
	return out
}

// decoder reads with a sticky error.
type decoder struct {
	b   []byte
	err error
}

var errShort = errors.New("unexpected end of data")

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.err = errShort
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a count of items of at least size bytes each, checked
// against the bytes left.
func (d *decoder) count(size int) int {
	v := d.uvarint()
	if d.err == nil && v > uint64(len(d.b)/size) {
		d.err = errShort
		return 0
	}
	return int(v)
}

func (d *decoder) u32() uint32 {
	p := d.take(4)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(p)
}

func (d *decoder) int16s(n int) []int16 {
	p := d.take(2 * n)
	if p == nil {
		return nil
	}
	out := make([]int16, n)
	for i := range out {
		out[i] = int16(binary.LittleEndian.Uint16(p[2*i:]))
	}
	return out
}
