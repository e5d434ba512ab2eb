package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// splitTrailingAcronyms: wire copy writes an organisation's acronym after
// its name without brackets ("the official Saudi Press Agency SPA said").
// When the last word spells the initials of the words before it, the name
// is those words and the acronym an alias; an organisation of that name
// already in the text takes both.
func (r *Result) splitTrailingAcronyms() {
	for ei, e := range r.Entities {
		if e.Type != graph.Organization || e.Mentions == nil || r.fromLexicon(e) {
			continue
		}
		i := strings.LastIndexByte(e.Name, ' ')
		if i < 0 {
			continue
		}
		rest, acr := strings.TrimRight(e.Name[:i], " -–—,"), e.Name[i+1:]
		if !isAcronym(acr) || !strings.Contains(rest, " ") || initials(rest) != acr {
			continue
		}
		e.Name = rest
		e.Forms = appendForm(e.Forms, acr)
		for ej, f := range r.Entities {
			if ej != ei && f.Type == graph.Organization && f.Mentions != nil && strings.EqualFold(f.Name, rest) {
				r.mergeInto(ej, ei)
				break
			}
		}
	}
}

// spells reports whether an acronym spells a name: the initials of its
// capitalised words ("NCI", National Cancer Institute), or of all its
// words, particles included, with a legal form's letters after them
// ("PDVSA", Petroleos de Venezuela S.A.).
func spells(acronym, name string) bool {
	in := initials(name)
	if in == acronym {
		return true
	}
	all := allInitials(name)
	if all == acronym {
		return true
	}
	for _, lf := range [...]string{"SA", "AG", "NV", "BV", "SPA", "AB", "AS"} {
		// all+lf == acronym || in+lf == acronym, without building them.
		if strings.HasSuffix(acronym, lf) {
			if head := acronym[:len(acronym)-len(lf)]; head == all || head == in {
				return true
			}
		}
	}
	return false
}

// allInitials are the upper-cased initials of every word of a name:
// "Petroleos de Venezuela" -> "PDV".
func allInitials(name string) string {
	var buf [32]byte
	b := buf[:0]
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
			b = utf8.AppendRune(b, unicode.ToUpper(r))
		}
	}
	return string(b)
}

// sameLetters reports whether an acronym has the letters of a name's
// initials in another order: the text's own acronym in the language of
// the body ("Popular Democratic Movement (MDP)").
func sameLetters(acronym, name string) bool {
	a, b := []rune(acronym), []rune(initials(name))
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
