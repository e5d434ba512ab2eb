package resolve

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/text"
)

// joinStatedAliases joins a name the text gives as another name of the
// entity just named: "Mahmoud Abbas, also known as Abu Mazen,", "MCI,
// which was formerly known as WorldCom,", "the Nu (also known as the
// Salween)", "Acme Holdings, the toy maker formerly known as Acme Toys,",
// "Formerly known as WorldCom, MCI is ...", "WorldCom ... is now known as
// MCI", and, for bodies and countries, "Myanmar, formerly Burma,". The
// other name (Y) joins the first (X) as an alias when it is a name of the
// same type set off as a phrase of its own; two lexicon entries of
// different canonical names stay two (a renamed state is not always the
// same state: the Soviet Union and Russia). A bare "known as" needs the
// comma or bracket before it: "a group known as ..." is a description the
// mention finder reads.
func (r *Result) joinStatedAliases(a *text.Analysis) {
	for yi := range r.Mentions {
		y := &r.Mentions[yi]
		if y.Kind != mention.Name || r.Of[yi] < 0 || y.T0 < 2 {
			continue
		}
		k := y.T0 - 1
		if a.Lower[k] == "the" {
			k--
		}
		known := a.Lower[k] == "as" && k >= 1 && a.Lower[k-1] == "known"
		if known {
			k -= 2
		} else if a.Lower[k] != "formerly" && a.Lower[k] != "previously" {
			continue
		}
		// Y is a phrase of its own: it closes on punctuation or the
		// sentence's end ("known as the father of ..." names no alias).
		if y.T1 < len(a.Words) && !closesPhrase(a.Words[y.T1]) {
			continue
		}
		// Without "known as", k is at "formerly" or "previously", an
		// adverb of its own.
		adverb := k >= 0 && aliasAdverb(a.Lower[k])
		if adverb {
			k--
		}
		xi := -1
		switch {
		case k < 0 || a.SentenceOf(k) != a.SentenceOf(y.T0):
			// "Formerly known as WorldCom, MCI is ...": X follows.
			if known && adverb && y.T1+1 < len(a.Words) && a.Words[y.T1] == "," {
				xi = r.mentionStartingAt(y.T1 + 1)
			}
		case a.Lower[k] == "is" || a.Lower[k] == "was":
			if !known || !adverb {
				continue
			}
			k--
			if k >= 0 && (a.Lower[k] == "which" || a.Lower[k] == "who") {
				// "MCI, which was formerly known as WorldCom".
				k--
				if k >= 0 && isSetOff(a.Words[k]) {
					xi = r.mentionEndingAt(k)
				}
				break
			}
			// "WorldCom emerged from bankruptcy, and is now known as
			// MCI": X opens the sentence and is its only name before.
			xi = r.sentenceSubject(a, y.T0)
		default:
			// "X, the toy maker formerly known as Y": a description of
			// lower-case words between X and the cue.
			if adverb {
				j := k
				for j >= 0 && k-j < 8 && descriptionWord(a.Words[j]) {
					j--
				}
				if j < k && j >= 1 && (a.Lower[j+1] == "the" || a.Lower[j+1] == "a") && a.Words[j] == "," {
					k = j
				}
			}
			if isSetOff(a.Words[k]) {
				xi = r.mentionEndingAt(k)
			}
		}
		if xi < 0 {
			continue
		}
		x := &r.Mentions[xi]
		ex, ey := r.Of[xi], r.Of[yi]
		if x.Kind != mention.Name || ex < 0 || ex == ey {
			continue
		}
		e, f := r.Entities[ex], r.Entities[ey]
		if !sameAliasKind(e.Type, f.Type) || !known && f.Type == graph.Person {
			continue
		}
		if x.Canon != "" && y.Canon != "" && x.Canon != y.Canon {
			continue // two bodies or states the lexicon tells apart
		}
		r.mergeInto(ex, ey)
		e.aliasForms = appendForm(e.aliasForms, surface(a, y))
	}
}

// aliasAdverb reports an adverb of "also known as", "formerly known as".
func aliasAdverb(w string) bool {
	switch w {
	case "also", "better", "formerly", "previously", "once", "now", "commonly", "popularly", "widely", "locally", "otherwise":
		return true
	}
	return false
}

// isSetOff reports a token that sets off an appositive after a name.
func isSetOff(w string) bool {
	switch w {
	case ",", "(", "-", "--", "–", "—":
		return true
	}
	return false
}

// descriptionWord reports a word of a description: lower-case letters,
// or a short country abbreviation ("the UK toy maker").
func descriptionWord(w string) bool {
	if w == "" {
		return false
	}
	short := len(w) <= 3
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '-' || short && c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// sentenceSubject returns the name mention that opens the sentence of
// token t when no other name stands between it and t, or -1.
func (r *Result) sentenceSubject(a *text.Analysis, t int) int {
	s := a.Sentences[a.SentenceOf(t)]
	xi := r.mentionStartingAt(s.T0)
	if xi < 0 {
		return -1
	}
	for mi := range r.Mentions {
		m := &r.Mentions[mi]
		if mi != xi && m.T0 >= s.T0 && m.T1 <= t && m.Kind == mention.Name {
			return -1
		}
	}
	for k := r.Mentions[xi].T1; k < t; k++ {
		switch a.Lower[k] {
		case "that", "which", "who", "said", "says", "say", "\"", "whose", "while", "whereas", "but":
			return -1
		}
	}
	return xi
}

// sameAliasKind reports whether two types can name one thing: the same
// type, or a country and a place (a renamed country the tagger took for a
// place).
func sameAliasKind(s, t graph.Type) bool {
	if s == t {
		return true
	}
	return (s == graph.Country || s == graph.Place) && (t == graph.Country || t == graph.Place)
}

// closesPhrase reports a token that ends a parenthetical name.
func closesPhrase(w string) bool {
	switch w {
	case ",", ".", ")", "-", "--", "–", "—", ";", ":":
		return true
	}
	return false
}

// mentionStartingAt returns the mention that starts at token k, or -1.
func (r *Result) mentionStartingAt(k int) int {
	for mi := range r.Mentions {
		if r.Mentions[mi].T0 == k {
			return mi
		}
	}
	return -1
}

// mentionEndingAt returns the mention that ends at token k (of any
// kind: callers check it), or -1.
func (r *Result) mentionEndingAt(k int) int {
	for mi := range r.Mentions {
		if r.Mentions[mi].T1 == k {
			return mi
		}
	}
	return -1
}
