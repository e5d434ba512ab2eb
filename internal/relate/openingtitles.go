package relate

import (
	"github.com/newsgraph/newsgraph/internal/mention"
)

// capitalisedChain reports a chain of titles whose words are all
// capitalised: "Finance Minister", "Director" (an office as a heading
// writes it, not "minister" of a description).
func (s *sentCtx) capitalisedChain(chain []mention.Title) bool {
	for _, t := range chain {
		for k := t.T0; k < t.T1; k++ {
			if w := s.word(k); isLetters(w) && !isCapitalised(w) && s.lower(k) != "of" && s.lower(k) != "for" {
				return false
			}
		}
	}
	return true
}

// subjectNameEnds reports whether the name of a title's holder that
// opens a clause ends at pEnd: before a comma, the clause's verb ("Ann
// Lee has warned", "Ann Lee said"), or a title and a comma after the
// name ("Ann Lee MSP, said").
func (s *sentCtx) subjectNameEnds(pEnd int) bool {
	if t, ok := s.titleAt[pEnd]; ok {
		pEnd = s.found.Titles[t].T1
	}
	w := s.lower(pEnd)
	if w == "," {
		// "Queen, Muse, Blur and Oasis": a list of names, no title.
		return !isCapitalised(s.word(pEnd + 1))
	}
	return auxiliaries[w] || speechWord(w)
}
