package ner

import "strings"

// Feature templates. A word template is instantiated once per offset
// (-2..+2) from the tagged token: template*5 + offset+2.
const (
	tWord uint32 = iota
	tLower
	tShape
	tLongShape
	tPrefix1
	tPrefix2
	tPrefix3
	tPrefix4
	tSuffix1
	tSuffix2
	tSuffix3
	tSuffix4
	tCluster0
	tCluster1
	tCluster2
	tCluster3
	tWordGaz
	tFirstName
	tLexWord
	tHyphenFirst
	tHyphenLast
	numWordTemplates
)

// Context templates, after the word templates.
const (
	tBias uint32 = numWordTemplates*5 + iota
	tBigramPrev
	tBigramNext
	tShape3
	tShapePrev
	tShapeNext
	tFirstShape
	tFirstWord
	tCapsLower
	tCapsPrev
	tCapsNext
	tGaz
	tLexName
	tDocHist
	tDocLast
	tStackHas
	tStackMajority
	tStackAgree
	numTemplates
)

// numClusterLevels is the number of cluster granularities a word has.
const numClusterLevels = 4

// maxWindow is how far word features reach: two tokens either side.
const maxWindow = 2

// tokInfo is what the features need of one token, computed once.
type tokInfo struct {
	w            string
	hW, hL       uint64 // exact and lower-case form
	hS, hLS      uint64 // short and long shape
	flags        uint8
	gaz          uint8 // types the word has inside training entities
	firstName    bool  // first token of a training PER entity
	lex          uint8 // lexicon word classes
	clusters     [numClusterLevels]uint64
	clusterKnown bool
	// starts holds, for the words of a model's vocabulary, the longest
	// name each of the model's gazetteers has starting with the word
	// (startsKnown), so that tagging need not look it up.
	starts      [numGazetteers]uint8
	startsKnown bool
}

// Padding tokens beyond the sentence ends.
var (
	padBefore = padInfo("\x00<s>")
	padAfter  = padInfo("\x00</s>")
)

func padInfo(w string) tokInfo {
	h := hashString(w)
	return tokInfo{w: w, hW: h, hL: h, hS: h, hLS: h}
}

// setWord makes t the token w, with its hashes and flags.
func (t *tokInfo) setWord(w string) {
	t.w = w
	t.hW = hashString(w)
	t.hL = hashLower(w)
	t.hS, t.hLS = shapes(w)
	t.flags = wordFlags(w)
}

// appendWordFeatures appends the features that token t contributes to
// the token at distance -off from it (t is at offset off of the tagged
// token). They depend on t alone, so a model can sum them once per
// vocabulary word.
func appendWordFeatures(dst []uint64, t *tokInfo, off int) []uint64 {
	o := uint32(off + maxWindow)
	f := func(tmpl uint32, v uint64) {
		dst = append(dst, feature(tmpl*5+o, v))
	}
	switch off {
	case 0:
		f(tWord, t.hW)
		f(tLower, t.hL)
		f(tShape, t.hS)
		f(tLongShape, t.hLS)
		w := t.w
		if len(w) > 0 && w[0] != 0 {
			for n := 1; n <= 4 && n < len(w); n++ {
				f(tPrefix1+uint32(n-1), hashString(w[:n]))
				f(tSuffix1+uint32(n-1), hashString(w[len(w)-n:]))
			}
		}
		if t.clusterKnown {
			for l := 0; l < numClusterLevels; l++ {
				f(tCluster0+uint32(l), t.clusters[l])
			}
		}
		if t.gaz != 0 {
			f(tWordGaz, uint64(t.gaz))
		}
		if t.firstName {
			f(tFirstName, 1)
		}
		for b := t.lex; b != 0; b &= b - 1 {
			f(tLexWord, uint64(trailingZeros(uint32(b))))
		}
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && w[0] != 0 {
			f(tHyphenFirst, hashLower(w[:i]))
			f(tHyphenLast, hashLower(w[strings.LastIndexByte(w, '-')+1:]))
		}
	case -1, 1:
		f(tLower, t.hL)
		f(tShape, t.hS)
		if t.clusterKnown {
			f(tCluster1, t.clusters[1])
			f(tCluster3, t.clusters[3])
		}
		if t.gaz != 0 {
			f(tWordGaz, uint64(t.gaz))
		}
		for b := t.lex; b != 0; b &= b - 1 {
			f(tLexWord, uint64(trailingZeros(uint32(b))))
		}
	case -2, 2:
		f(tLower, t.hL)
		f(tShape, t.hS)
	}
	return dst
}

// sentInfo is a sentence being featurised.
type sentInfo struct {
	toks []tokInfo
	caps bool     // no lower-case letter in the sentence: a headline
	gaz  []uint32 // training-name match bits
	lex  []uint32 // lexicon-name match bits
}

func (s *sentInfo) at(i int) *tokInfo {
	switch {
	case i < 0:
		return &padBefore
	case i >= len(s.toks):
		return &padAfter
	}
	return &s.toks[i]
}

// appendContextFeatures appends the features of token i that depend on
// more than one token.
func appendContextFeatures(dst []uint64, s *sentInfo, i int) []uint64 {
	f := func(tmpl uint32, v uint64) {
		dst = append(dst, feature(tmpl, v))
	}
	t, p, n := s.at(i), s.at(i-1), s.at(i+1)
	f(tBias, 0)
	f(tBigramPrev, hashPair(p.hL, t.hL))
	f(tBigramNext, hashPair(t.hL, n.hL))
	f(tShape3, hashPair(hashPair(p.hS, t.hS), n.hS))
	f(tShapePrev, hashPair(p.hS, t.hS))
	f(tShapeNext, hashPair(t.hS, n.hS))
	if i == 0 {
		f(tFirstShape, t.hS)
		f(tFirstWord, t.hW)
	}
	if s.caps {
		f(tCapsLower, t.hL)
		f(tCapsPrev, p.hL)
		f(tCapsNext, n.hL)
	}
	if s.gaz != nil {
		for g := s.gaz[i]; g != 0; g &= g - 1 {
			f(tGaz, uint64(trailingZeros(g)))
		}
	}
	if s.lex != nil {
		for g := s.lex[i]; g != 0; g &= g - 1 {
			f(tLexName, uint64(trailingZeros(g)))
		}
	}
	return dst
}

func trailingZeros(x uint32) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// sentenceCaps reports whether the sentence has letters and none of them
// lower-case (headlines, datelines).
func sentenceCaps(toks []tokInfo) bool {
	letters := 0
	for i := range toks {
		if toks[i].flags&flagLower != 0 {
			return false
		}
		if toks[i].flags&flagLetter != 0 {
			letters++
		}
	}
	return letters > 1
}
