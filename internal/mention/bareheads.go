package mention

import "strings"

// bareOffices are the one-word offices that one person holds in a state at
// a time, which news uses with no name as the subject of a clause once
// the holder is named ("Gordon Brown has ... The chancellor said").
var bareOffices = map[string]bool{"chancellor": true, "premier": true}

// bareHeadSubject reports a lower-case office of bareOffices at i after
// "the" and before a verb: "the chancellor said", "the premier has told".
// The office is a title with no name; relate finds its holder. Before a
// noun or after another determiner it is none ("the chancellor's
// speech", "a premier league").
func (sc *scan) bareHeadSubject(i int) bool {
	if !bareOffices[sc.a.Lower[i]] || i == sc.s.T0 || sc.a.Lower[i-1] != "the" || i+1 >= sc.s.T1 {
		return false
	}
	switch next := sc.a.Lower[i+1]; next {
	case "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "should", "must",
		"did", "does", "also", "said", "says", "went":
		return true
	default:
		return pastVerb(next) // "told", "added", "insisted", "warned"
	}
}

// verbBeforeTitle reports a past form w before the word after it that is
// a verb, not a portfolio of the title that follows: "Mr Brown accused
// shadow chancellor X", "praised foreign secretary X". A participle
// before a plural noun is a field's ("armed forces minister").
func verbBeforeTitle(w, after string) bool {
	return edForm(w) && !strings.HasSuffix(after, "s")
}

// edForm reports a regular past form of five letters or more ("signed",
// "accused"); shorter words in -ed ("red", "bled") are seldom verbs of
// news.
func edForm(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }
