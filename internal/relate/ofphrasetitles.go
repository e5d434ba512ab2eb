package relate

import (
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mention"
)

// ofPhraseClosers end the complement of "the chairman of ..." before a
// comma could set off a name: a clause or a list goes on there.
var ofPhraseClosers = map[string]bool{
	"who": true, "which": true, "that": true, "whose": true, "and": true, "or": true,
	"(": true, ")": true, ";": true, ":": true, "\"": true, "--": true,
}

// describedOfPhrase gives the person named after the comma the office of
// a described title whose complement after "of" is no single body of the
// graph: "The chairman of the company, John Smith, said", "the head of
// the economics department in the ministry, Ann Lee,". The name must be
// closed by a comma or end the sentence ("asked about the chairman of
// X, Sir Andrew Lowe replied" starts a clause with the name). The body
// stays unrelated: the complement may be a part of it, or none of the
// graph's. It reports whether it applied.
func (s *sentCtx) describedOfPhrase(chain []mention.Title, next, from int) bool {
	if s.lower(next) != "of" || s.appositiveOfName(from) {
		return false
	}
	if !s.articleBefore(from) && s.word(from-1) != "'s" && s.word(from-1) != "'" {
		return false
	}
	c := -1
	for k := next + 1; k < s.s.T1 && k <= next+12; k++ {
		w := s.lower(k)
		if w == "," {
			c = k
			break
		}
		if ofPhraseClosers[w] || speechWord(w) || s.hasTitleAt(k) {
			return false
		}
		if p, _, _ := s.entOf(k, graph.Person); p != nil {
			return false
		}
	}
	if c <= next+1 {
		return false
	}
	k := s.skipHonorific(c + 1)
	person, _, pEnd := s.entOf(k, graph.Person)
	if person == nil || !(s.word(pEnd) == "," || pEnd == s.s.T1 || pEnd == s.s.T1-1 && s.word(pEnd) == ".") {
		return false
	}
	s.applyTitles(person, chain, nil, from, pEnd, "title-of-phrase-name")
	return true
}
