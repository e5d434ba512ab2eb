package mention

import "github.com/newsgraph/newsgraph/graph"

// Nationality words open the names of many bodies that are not a state's
// own: "the Brazilian Coffee Institute", "the Indian Merchants Chamber",
// "the European Roma Rights Centre", "the Canadian Union of Postal
// Workers". A tagger often reads the adjective apart, as it rightly does
// before a company or a state's office ("French Total", "the Turkish
// Foreign Ministry", whose names go without the country and which the
// gold sets name both ways). The head noun tells them apart: an institute,
// a centre, a chamber, an association and their like are named with the
// nationality; a ministry, a bank, a court, an army or a company are not.

// nationalHeads are the head nouns of bodies whose names hold the
// nationality word before them.
var nationalHeads = map[string]bool{
	"institute": true, "institution": true, "centre": true, "center": true, "chamber": true,
	"association": true, "federation": true, "confederation": true, "foundation": true,
	"society": true, "league": true, "academy": true, "union": true, "board": true, "council": true,
}

// joinNationalNames puts the demonym before an organisation's name of the
// sentence into the name when the name's head is one of nationalHeads.
func (sc *scan) joinNationalNames() {
	ms := sc.res.Mentions
	for n := len(ms) - 1; n >= 0 && ms[n].T0 >= sc.s.T0; n-- {
		m := &ms[n]
		if m.Type != graph.Organization || m.Kind != Name || m.Canon != "" || m.T0 == sc.s.T0 || !nationalHeads[sc.a.Lower[sc.headOf(m.T0, m.T1)]] {
			continue
		}
		d := sc.demonymBefore(m.T0)
		if d < 0 {
			continue
		}
		sc.dropDemonym(d)
		m.T0 = d
	}
}

// demonymBefore returns the start of a capitalised demonym of one or two
// words that ends at i (the longer: "West German"), or -1.
func (sc *scan) demonymBefore(i int) int {
	for d := max(sc.s.T0, i-2); d < i; d++ {
		if sc.demonymEndAt(d) == i && isCapitalised(sc.word(d)) && !isAllCaps(sc.word(d)) {
			return d
		}
	}
	return -1
}

// headOf returns the head word of the name [i, j): the word before its
// first "of", "for" or "on", or its last word.
func (sc *scan) headOf(i, j int) int {
	for k := i + 1; k < j; k++ {
		switch sc.a.Lower[k] {
		case "of", "for", "on":
			return k - 1
		}
	}
	return j - 1
}
