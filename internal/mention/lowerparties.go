package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// partyCreeds are the lower-case words wire copy names a party by, its
// creed: "the communist party", "the ruling socialist party", "Chile's
// christian democratic party". Creeds that describe as often as they name
// are left out ("the conservative party's campaign" of Greece's New
// Democracy, "nationalist parties"); "democratic" counts only after another
// creed ("social democratic", "liberal democratic"), "liberal" only before
// it.
var partyCreeds = map[string]bool{
	"communist": true, "socialist": true, "labour": true, "labor": true,
	"christian": true, "social": true, "free": true, "liberal": true,
	"agrarian": true, "peasant": true, "marxist": true, "maoist": true,
	"democratic": true,
}

// creedDemocrats are the creeds whose members are "democrats": "the
// christian democrats", "a social democrat".
var creedDemocrats = map[string]string{
	"christian": "Christian Democratic Party", "social": "Social Democratic Party",
	"free": "Free Democratic Party", "liberal": "Liberal Democratic Party",
}

// partyModifiers are the words that may stand between a determiner and a
// party's creed: "the ruling communist party", "the outlawed communist
// party", "its main opposition socialist party".
var partyModifiers = map[string]bool{
	"ruling": true, "opposition": true, "governing": true, "outlawed": true, "banned": true,
	"illegal": true, "underground": true, "main": true, "official": true, "powerful": true,
	"dominant": true, "small": true, "tiny": true, "moderate": true, "leftist": true,
	"rightist": true, "left-wing": true, "right-wing": true, "hardline": true, "former": true,
	"pro-moscow": true, "pro-soviet": true, "pro-government": true, "minority": true,
	"majority": true, "junior": true, "senior": true, "centre-right": true, "centre-left": true,
	"center-right": true, "center-left": true,
}

// partyDeterminers open the phrase that names one party: "the", a
// possessive ("Chile's", "its").
var partyDeterminers = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "'s": true, "'": true,
}

// lowerParties marks the parties wire copy names in lower case by their
// creed: "the communist party", "the ruling socialist party", "Chile's
// christian democratic party" (a name, though the tagger sees none), "the
// christian democrats" (the party, by its members), and "a christian
// democrat", "social democrat Prime Minister X" (a label, like "a
// Republican"). The phrase must name one party: after a determiner, a
// possessive or a demonym, singular; "a socialist party", "communist
// parties", "the more conservative party", "a socialist government" name
// none. The names are marked before titles ("the communist party chief"
// is the party's chief), the labels after them (labels=true), which they
// must precede.
func (sc *scan) lowerParties(labels bool) {
	if sc.partyWord == 0 {
		// Most sentences have no "party" or "democrat(s)": they are
		// looked over once, with no map lookup per word.
		sc.partyWord = 1
		for i := sc.s.T0; i < sc.s.T1; i++ {
			if w := sc.a.Lower[i]; w == "party" || w == "democrat" || w == "democrats" {
				sc.partyWord = 2
				break
			}
		}
	}
	if sc.partyWord == 1 {
		return
	}
	for i := sc.s.T0; i < sc.s.T1; i++ {
		w := sc.a.Lower[i]
		if !partyCreeds[w] || w == "democratic" || sc.word(i) != w || !sc.free(i, i+1) {
			continue
		}
		j := i + 1
		for j < sc.s.T1 && j < i+3 && partyCreeds[sc.a.Lower[j]] && sc.word(j) == sc.a.Lower[j] {
			j++
		}
		if j >= sc.s.T1 || !sc.free(i, j+1) {
			continue
		}
		head := sc.word(j)
		creed := sc.a.Words[i:j]
		switch {
		case head == "party" && !labels && !(len(creed) == 1 && (w == "christian" || w == "social" || w == "free" || w == "liberal")):
			if !sc.onePartyBefore(i) && !sc.partyOfficeAfter(i, j+1) {
				continue
			}
			sc.add(Mention{T0: i, T1: j + 1, Type: graph.Organization, Kind: Name, Source: Pattern, Canon: titleWords(sc.a.Words[i : j+1])})
			i = j
		case (head == "democrats" || head == "democrat") && len(creed) == 1 && creedDemocrats[w] != "":
			canon := creedDemocrats[w]
			if head == "democrats" && !labels {
				// "the christian democrats", "social democrats lost
				// seats": the party by its members.
				if w == "liberal" && !sc.onePartyBefore(i) {
					continue // "liberal democrats in Congress": Democrats who are liberal
				}
				sc.add(Mention{T0: i, T1: j + 1, Type: graph.Organization, Kind: Name, Source: Pattern, Canon: canon})
			} else if head == "democrat" && labels {
				// "Seguel, a christian democrat", "social democrat Prime
				// Minister X": one of its members.
				if !sc.partyContext(i, j+1) {
					continue
				}
				sc.add(Mention{T0: i, T1: j + 1, Type: graph.Organization, Kind: PartyLabel, Source: Pattern, Canon: canon})
			}
			i = j
		}
	}
}

// onePartyBefore reports whether the words before a party's creed at i
// make it one party: a determiner or a possessive, a demonym, or such
// words with modifiers between ("the ruling", "Chile's outlawed", "the
// Chilean").
func (sc *scan) onePartyBefore(i int) bool {
	k := i - 1
	for n := 0; n < 3 && k >= sc.s.T0; n++ {
		w := sc.a.Lower[k]
		if partyDeterminers[w] {
			return true
		}
		if partyModifiers[w] {
			k--
			continue
		}
		if e, m := sc.lex.phrase(sc.a.Words[k : k+1]); m == 1 && e.kind == lexDemonym && e.country != "" {
			if k == sc.s.T0 || partyDeterminers[sc.a.Lower[k-1]] {
				return true // "the Chilean communist party", "Italian communist party"
			}
			k--
			continue
		}
		return false
	}
	return false
}

// titleWords writes words with capitals: "communist party" is the
// Communist Party.
func titleWords(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(out, " ")
}

// partyOfficeAfter reports a party's creed at i and "party" before end
// that name the party of an office or its members: "communist party chief
// Hu", "former communist party leader X", "communist party officials";
// not after an indefinite word ("a communist party leader" may lead any).
func (sc *scan) partyOfficeAfter(i, end int) bool {
	if end >= sc.s.T1 || !sc.lex.isTitleWord(sc.word(end)) && !partyNouns[sc.a.Lower[end]] && sc.a.Lower[end] != "officials" {
		return false
	}
	k := i - 1
	for k >= sc.s.T0 && partyModifiers[sc.a.Lower[k]] {
		k--
	}
	if k < sc.s.T0 {
		return true
	}
	switch sc.a.Lower[k] {
	case "a", "an", "any", "no", "every", "each", "other", "some", "many", "several", "such":
		return false
	}
	return true
}
