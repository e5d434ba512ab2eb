package ner

// The tagger runs in two stages. The first tags every sentence of a
// document; the second tags them again knowing how the first tagged the
// other mentions of each capitalised word in the whole document (a
// headline "WOODS MAKES PRO DEBUT" before "Tiger Woods shot 67"). The
// second stage is trained on first-stage output for documents the first
// stage did not see (cross-validation), so that it learns how far to
// trust it.

// aggregate counts the first-stage types of the capitalised words of a
// document.
type aggregate struct {
	m map[uint64][NumTypes + 1]uint16
}

func (a *aggregate) reset() { clear(a.m) }

// add counts the first-stage states of one sentence.
func (a *aggregate) add(toks []tokInfo, states []uint8) {
	if a.m == nil {
		a.m = make(map[uint64][NumTypes + 1]uint16)
	}
	for i := range toks {
		k, ok := histKey(&toks[i])
		if !ok {
			continue
		}
		e := a.m[k]
		if t := stateType(states[i]); e[t] < 1<<15 {
			e[t]++
		}
		a.m[k] = e
	}
}

// appendStackFeatures appends the second-stage features of token i of a
// sentence whose first-stage states are states: the types the first
// stage gave the other mentions of the token's word, the most frequent of
// them, and that type with the token's own first-stage type.
func appendStackFeatures(dst []uint64, a *aggregate, toks []tokInfo, states []uint8, i int) []uint64 {
	k, ok := histKey(&toks[i])
	if !ok {
		return dst
	}
	e := a.m[k]
	own := stateType(states[i])
	e[own]--
	best, total := 0, 0
	for t := 0; t <= NumTypes; t++ {
		total += int(e[t])
		if e[t] > e[best] {
			best = t
		}
		if t > 0 && e[t] > 0 {
			dst = append(dst, feature(tStackHas, uint64(t)))
		}
	}
	if total > 0 {
		dst = append(dst, feature(tStackMajority, uint64(best)))
		dst = append(dst, feature(tStackAgree, uint64(best)<<8|uint64(states[i])))
	}
	return dst
}
