package ner

// A gazetteer holds the entity names of the training data: whole names
// (token sequences with their types) and single words (the types a word
// has inside names, and whether it starts a person's name).
type gazetteer struct {
	names  map[uint64]uint8 // hash of the name's tokens -> type bits
	starts map[uint64]uint8 // hash of a name's first token -> longest name
	words  map[uint64]uint8 // word hash -> type bits
	first  map[uint64]bool  // word hash -> first token of a PER name
	lower  bool             // names are matched in any case
	// nameBits has a bit for the hash of every name (by its low bits),
	// so that most token sequences are ruled out without a lookup in
	// names. Nil rules nothing out.
	nameBits []uint64
}

// nameBitsLen is the size of nameBits: 64k bits.
const nameBitsLen = 1 << 10

// setNameBit records the name hash h in nameBits.
func (g *gazetteer) setNameBit(h uint64) {
	g.nameBits[(h>>6)&(nameBitsLen-1)] |= 1 << (h & 63)
}

// mayHaveName reports false when no name has the hash h.
func (g *gazetteer) mayHaveName(h uint64) bool {
	return g.nameBits == nil || g.nameBits[(h>>6)&(nameBitsLen-1)]&(1<<(h&63)) != 0
}

// indexNames sets nameBits from names, filled without add.
func (g *gazetteer) indexNames() {
	g.nameBits = make([]uint64, nameBitsLen)
	for h := range g.names {
		g.setNameBit(h)
	}
}

// A model's gazetteers, numbered for tokInfo.starts.
const (
	gazTraining = iota
	gazLexNames
	gazLexTitles
	numGazetteers
)

// maxNameLen is the longest name the gazetteer matches, in tokens.
const maxNameLen = 8

func newGazetteer() *gazetteer {
	return &gazetteer{
		names:    make(map[uint64]uint8),
		starts:   make(map[uint64]uint8),
		words:    make(map[uint64]uint8),
		first:    make(map[uint64]bool),
		nameBits: make([]uint64, nameBitsLen),
	}
}

const nameSeed = 0x51af6c1b2e0d3a97

// add records the name made of the words with hashes hw, of type t.
func (g *gazetteer) add(hw []uint64, t Type) {
	if len(hw) == 0 || len(hw) > maxNameLen || t == None {
		return
	}
	h := uint64(nameSeed)
	for _, w := range hw {
		h = hashPair(h, w)
		g.words[w] |= 1 << (t - 1)
	}
	g.names[h] |= 1 << (t - 1)
	if g.nameBits != nil {
		g.setNameBit(h)
	}
	if n := uint8(len(hw)); g.starts[hw[0]] < n {
		g.starts[hw[0]] = n
	}
	if t == PER && len(hw) > 1 {
		g.first[hw[0]] = true
	}
}

// Name positions in gazetteer match bits: bit type*4 + position.
const (
	gazBegin = iota
	gazInside
	gazLast
	gazUnit
)

// key returns the hash t is matched by.
func (g *gazetteer) key(t *tokInfo) uint64 {
	if g.lower {
		return t.hL
	}
	return t.hW
}

// match adds to dst[i] the gazetteer match bits of token i: for every
// name found over the token, its type and the token's position in it.
// slot is the gazetteer's number in tokInfo.starts, or -1.
func (g *gazetteer) match(toks []tokInfo, dst []uint32, slot int) {
	if g == nil {
		return
	}
	for i := range toks {
		var max int
		if t := &toks[i]; slot >= 0 && t.startsKnown {
			max = int(t.starts[slot])
		} else {
			max = int(g.starts[g.key(t)])
		}
		if max == 0 {
			continue
		}
		h := uint64(nameSeed)
		for j := i; j < len(toks) && j < i+max; j++ {
			h = hashPair(h, g.key(&toks[j]))
			if !g.mayHaveName(h) {
				continue
			}
			types := g.names[h]
			for types != 0 {
				t := uint32(trailingZeros(uint32(types)))
				types &= types - 1
				if j == i {
					dst[i] |= 1 << (t*4 + gazUnit)
					continue
				}
				dst[i] |= 1 << (t*4 + gazBegin)
				for k := i + 1; k < j; k++ {
					dst[k] |= 1 << (t*4 + gazInside)
				}
				dst[j] |= 1 << (t*4 + gazLast)
			}
		}
	}
}

// annotate sets the word-level gazetteer fields of the tokens.
func (g *gazetteer) annotate(toks []tokInfo) {
	for i := range toks {
		g.annotateToken(&toks[i])
	}
}

// annotateToken sets the word-level gazetteer fields of t.
func (g *gazetteer) annotateToken(t *tokInfo) {
	t.gaz, t.firstName = 0, false
	if g != nil {
		t.gaz = g.words[t.hW]
		t.firstName = g.first[t.hW]
	}
}
