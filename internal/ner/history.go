package ner

// A document names its entities more than once, and the first mention is
// often the clearest ("Leicestershire beat Kent" after "Leicestershire
// County Cricket Club"). The history of a document remembers how each
// capitalised word was tagged so far; the tagger sees it as a feature of
// later mentions.

// history records the types given to capitalised words of a document.
type history struct {
	m map[uint64]histEntry // lower-case hash -> record
}

type histEntry struct {
	n    [NumTypes + 1]uint16 // times tagged with each type (0: O)
	last uint8                // state of the last mention
}

func (h *history) reset() { clear(h.m) }

// histKey reports whether t takes part in the history, and its key.
func histKey(t *tokInfo) (uint64, bool) {
	return t.hL, t.flags&flagUpper != 0
}

// update records the states given to the tokens of a sentence.
func (h *history) update(toks []tokInfo, states []uint8) {
	if h.m == nil {
		h.m = make(map[uint64]histEntry)
	}
	for i := range toks {
		k, ok := histKey(&toks[i])
		if !ok {
			continue
		}
		e := h.m[k]
		if t := stateType(states[i]); e.n[t] < 1<<15 {
			e.n[t]++
		}
		e.last = states[i]
		h.m[k] = e
	}
}

// appendFeatures appends the history features of token t.
func (h *history) appendFeatures(dst []uint64, t *tokInfo) []uint64 {
	k, ok := histKey(t)
	if !ok {
		return dst
	}
	e, ok := h.m[k]
	if !ok {
		return dst
	}
	best := 0
	for ty := 1; ty <= NumTypes; ty++ {
		if e.n[ty] > e.n[best] {
			best = ty
		}
	}
	dst = append(dst, feature(tDocHist, uint64(best)))
	dst = append(dst, feature(tDocLast, uint64(e.last)))
	return dst
}

// allHistoryFeatures returns every feature appendFeatures can append.
func allHistoryFeatures() []uint64 {
	var out []uint64
	for t := 0; t <= NumTypes; t++ {
		out = append(out, feature(tDocHist, uint64(t)))
	}
	for s := 0; s < numStates; s++ {
		out = append(out, feature(tDocLast, uint64(s)))
	}
	return out
}
