package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/text"
)

// peerTitles are the styles of peers whose titles name a place after the
// surname: "Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon".
var peerTitles = map[string]bool{
	"lord": true, "lady": true, "baroness": true, "baron": true,
	"viscount": true, "viscountess": true, "earl": true, "countess": true,
}

// peerages repairs the mentions of a peer's title. The place after "Lord
// X of" is a part of the person's title, not a place the text speaks of:
// "Lord Irvine of Lairg", "Baroness Royall of Blaisdon". A peer's name
// the tagger took for a place ("Lord Hanningfield", "Lord Kinnock of
// Bedwellty") is the person, up to the territorial "of". "Lord" or
// "Lady" right before "of" names no one: "Lord of the Rings" (an earl's
// style is "the Earl of X").
func peerages(a *text.Analysis, ms []Mention) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Source == Tagger && m.T1-m.T0 >= 3 && (a.Lower[m.T0] == "lord" || a.Lower[m.T0] == "lady") && a.Lower[m.T0+1] == "of" {
			continue // "Lord of the Rings", "Lady of the Lake": a title of a work, no peer ("the Earl of Harewood" is one)
		}
		if m.Type == graph.Place && (m.Kind == Name || m.Kind == Capital) {
			if peerSeat(a, m.T0) {
				continue
			}
			if m.Source == Tagger && m.T1-m.T0 >= 2 && peerTitles[a.Lower[m.T0]] && isCapitalised(a.Words[m.T0+1]) {
				m.Type, m.Canon, m.Country = graph.Person, "", ""
				for k := m.T0 + 2; k < m.T1; k++ {
					if a.Lower[k] == "of" {
						m.T1 = k
						break
					}
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// peerSeat reports whether the name at i follows "Lord X of" in one
// sentence: "Lord Roberts of [Conwy]", "Baroness Royall of [Blaisdon]".
func peerSeat(a *text.Analysis, i int) bool {
	if i < 3 || a.Lower[i-1] != "of" || a.SentenceOf(i-3) != a.SentenceOf(i) {
		return false
	}
	name := a.Words[i-2]
	return isCapitalised(name) && !strings.EqualFold(name, "house") && peerTitles[a.Lower[i-3]] && isCapitalised(a.Words[i-3])
}

// blocName reports "the West" or "the East" standing alone at i: the
// Western or Eastern countries as a bloc ("ties with the West", "sold
// arms to the East"), which is neither a country nor a place. A longer
// name ("the West Bank", "the East Midlands") or a region "of" something
// ("the west of Ireland") keeps its words.
func (sc *scan) blocName(i int) bool {
	w := sc.word(i)
	if w != "West" && w != "East" || sc.a.Lower[max(i-1, 0)] != "the" || i == 0 {
		return false
	}
	next := sc.word(i + 1)
	return next != "of" && !isCapitalised(next)
}
