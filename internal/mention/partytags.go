package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// usStateTags are the ways American news writes a member's state after
// the party letter: AP abbreviations ("D-Tenn.", "R-S.D."), postal codes
// ("D-NY") and the names AP leaves whole ("R-Idaho").
var usStateTags = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La.
		Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I.
		S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo. Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah
		AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
		ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`) {
		usStateTags[s] = true
	}
}

// partyStateTags marks the party of an American legislator written as
// a letter and a state after the name: "Sen. David Boren (D-Okla.)",
// "Rep. Pat Roberts, R-Kan., said". The tag is a label of the party,
// found by its form whatever else the text names.
func (sc *scan) partyStateTags() {
	for i := sc.s.T0 + 2; i < sc.s.T1; i++ {
		w := sc.a.Words[i]
		if len(w) < 4 || w[1] != '-' || w[0] != 'D' && w[0] != 'R' {
			continue // most words: no party letter
		}
		if !usStateTags[w[2:]] && !usStateTags[strings.TrimSuffix(w[2:], ".")] || !sc.free(i, i+1) {
			continue
		}
		open, next := sc.word(i-1), sc.word(i+1)
		if !(open == "(" && next == ")" || open == "," && (next == "," || next == "." || i+1 == sc.s.T1)) {
			continue
		}
		if !isCapitalised(sc.word(i - 2)) {
			continue // after a name only
		}
		canon := "Democratic Party"
		if w[0] == 'R' {
			canon = "Republican Party"
		}
		sc.add(Mention{T0: i, T1: i + 1, Type: graph.Organization, Kind: PartyLabel, Source: Pattern, Canon: canon, Country: "United States"})
	}
}
