package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes: a value hash (of a word, its lower-case
// form, its shape, ...) mixed with the hash of a template. The hashes are
// fixed (no random seed) so that a saved model finds its features again.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the finaliser of SplitMix64: it spreads every input bit over the
// output.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// hashString returns the hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix(h)
}

// hashLower returns the hash of the lower-case form of s, without building
// it.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var buf [4]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h ^= uint64(b)
			h *= fnvPrime
		}
	}
	return mix(h)
}

// hashPair combines two hashes, order mattering.
func hashPair(a, b uint64) uint64 {
	return mix(a*0x9e3779b97f4a7c15 ^ (b + 0x632be59bd9b4e019))
}

// feature returns the hash of template t over value v.
func feature(t uint32, v uint64) uint64 {
	return mix(v ^ (uint64(t)+1)*0xd6e8feb86659fd93)
}

// charClass returns the shape class of r: 'X' upper-case letter, 'x'
// lower-case or other letter, 'd' digit, or r itself for punctuation.
func charClass(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '*'
}

// shapes returns the hashes of the short shape of w (runs of one class
// collapsed: "Xx", "X.X.", "d,d") and of its long shape (runs capped at
// three: "Xxxx" for "London", "dddd-dd-dd" cut to "ddd-dd-dd").
func shapes(w string) (short, long uint64) {
	hs, hl := uint64(fnvOffset), uint64(fnvOffset)
	var prev rune = -1
	run := 0
	for _, r := range w {
		c := charClass(r)
		if c == prev {
			run++
		} else {
			run = 1
			hs ^= uint64(c)
			hs *= fnvPrime
		}
		if run <= 3 {
			hl ^= uint64(c)
			hl *= fnvPrime
		}
		prev = c
	}
	return mix(hs), mix(hl)
}

// Word flags.
const (
	flagUpper     = 1 << iota // starts with an upper-case letter
	flagAllUpper              // has letters, none lower-case
	flagLower                 // has a lower-case letter
	flagLetter                // has a letter
	flagDigit                 // has a digit
	flagHonorific             // Mr, Mrs, Ms, Dr: never part of a name
)

// wordFlags returns the flags of w.
func wordFlags(w string) uint8 {
	var f uint8
	first := true
	for _, r := range w {
		switch c := charClass(r); c {
		case 'X':
			f |= flagLetter
			if first {
				f |= flagUpper
			}
		case 'x':
			f |= flagLetter | flagLower
		case 'd':
			f |= flagDigit
		}
		first = false
	}
	if f&flagLetter != 0 && f&flagLower == 0 {
		f |= flagAllUpper
	}
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Dr", "Mx", "MR", "MRS", "MS", "DR":
		f |= flagHonorific
	}
	return f
}

// CoNLL-2003 leaves forms of address out of names ("Mr Blair" is O
// I-PER), but its Reuters text rarely uses them, so the tagger is told:
// forbidPER rules the PER labels out for the honorifics among toks.
func forbidPER[T score](toks []tokInfo, em []T) {
	for i := range toks {
		if toks[i].flags&flagHonorific != 0 {
			em[i*numStates+int(BPER)] = -1 << 26
			em[i*numStates+int(IPER)] = -1 << 26
		}
	}
}
