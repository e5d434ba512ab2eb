package relate

// wordFilter is a set of bits, one for each word of a map, that rules
// most other words out before the map is looked up: a hash of a word's
// length and three of its bytes is much cheaper than the map's.
type wordFilter [8]uint64

func newWordFilter[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range m {
		b := wordFilterBit(w)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}

func wordFilterBit(w string) uint {
	if len(w) == 0 {
		return 0
	}
	h := uint(len(w))*0x9e3779b1 ^ uint(w[0])*0x85ebca77 ^ uint(w[len(w)/2])*0xc2b2ae3d ^ uint(w[len(w)-1])*0x27d4eb2f
	return (h ^ h>>16) & 511
}

// mayHave reports false when the map of f does not hold w.
func (f *wordFilter) mayHave(w string) bool {
	b := wordFilterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// union adds the words of g to f and returns f.
func (f *wordFilter) union(g *wordFilter) *wordFilter {
	for i := range f {
		f[i] |= g[i]
	}
	return f
}
