package ner

import "strings"

// Headlines and datelines are written in capitals ("ROMANIA BEAT
// LITHUANIA"), which hides the case a tagger leans on. The words of such a
// sentence are replaced, for the features, by the form the document uses
// in running text ("Lithuania", "beat"), or failing that by the most
// common form in the training text.

// caseCounter counts the forms of words in running text: tokens of
// sentences that are not all capitals, past the first token.
type caseCounter struct {
	forms map[uint64]caseForm // exact hash -> form
}

type caseForm struct {
	w  string
	hL uint64
	n  int32
}

// add counts the tokens of a sentence.
func (c *caseCounter) add(toks []tokInfo, caps bool) {
	if caps {
		return
	}
	if c.forms == nil {
		c.forms = make(map[uint64]caseForm)
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.flags&flagLetter == 0 {
			continue
		}
		f := c.forms[t.hW]
		if f.n == 0 {
			f.w, f.hL = t.w, t.hL
		}
		f.n++
		c.forms[t.hW] = f
	}
}

// reset empties c, keeping its memory.
func (c *caseCounter) reset() { clear(c.forms) }

// best returns the most frequent form of each lower-case hash; ties go to
// the form that sorts first, so that the result does not depend on map
// order.
func (c *caseCounter) best(dst map[uint64]caseForm) {
	for _, f := range c.forms {
		b, ok := dst[f.hL]
		if !ok || f.n > b.n || f.n == b.n && strings.Compare(f.w, b.w) < 0 {
			dst[f.hL] = f
		}
	}
}
