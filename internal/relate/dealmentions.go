package relate

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// repeatedDeal: "Novartis is to buy Hexal ... The deal will see ...
// analysts doubted the deal": a story about one transaction refers to it
// again and again as "the deal", "the settlement", "the agreement", even
// when no pattern names its parties. When the text names no agreement and
// no fact holds one, two or more such definite references make the one
// agreement of the text, named by the noun used most.
func (d *docCtx) repeatedDeal() {
	if d.holdsAgreement() {
		return
	}
	var at []int
	count := map[string]int{}
	for i := 1; i < len(d.a.Words); i++ {
		w := d.a.Lower[i]
		switch w {
		case "deal", "agreement", "accord", "pact", "settlement":
			// The nouns news refers back to one transaction with.
		default:
			continue
		}
		if d.r.MentionAt(i) >= 0 {
			continue
		}
		if p := d.a.Lower[i-1]; p != "the" && p != "this" {
			continue
		}
		if i+1 < len(d.a.Words) && d.a.Lower[i+1] == "of" && w != "deal" {
			continue // "with the agreement of the board", "the settlement of the dispute"
		}
		at = append(at, i)
		count[w]++
	}
	if len(at) < 2 {
		return
	}
	name := d.a.Lower[at[0]]
	for _, i := range at {
		if w := d.a.Lower[i]; count[w] > count[name] {
			name = w
		}
	}
	s := &sentCtx{docCtx: d, s: d.a.Sentences[d.a.SentenceOf(at[0])], si: d.a.SentenceOf(at[0])}
	e := s.describedNamed(name)
	for _, i := range at {
		w := d.a.Lower[i]
		if w != name && !slices.Contains(e.Forms, w) {
			e.Forms = append(e.Forms, w)
		}
		d.referTo(i, e)
	}
}

// holdsAgreement reports whether the text names an agreement or a
// pattern's fact holds one (an agreement its facts keep).
func (d *docCtx) holdsAgreement() bool {
	for _, f := range d.facts {
		if f.Subject.Type == graph.Agreement || f.Object != nil && f.Object.Type == graph.Agreement {
			return true
		}
	}
	for _, e := range d.r.Entities {
		if e.Type == graph.Agreement && len(e.Mentions) > 0 {
			return true
		}
	}
	return false
}
