package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
)

// joinOrgSuffixNames merges an organisation named by the last words of
// the name of one other organisation of the text: "Rover" of "MG Rover",
// "Potato Council" of "British Potato Council", "Lords" of "House of
// Lords". News names a body in full once and then short; two bodies
// that end in the same words ("Texas Court of Appeals", "United States
// Court of Appeals") leave the short name alone. A national body the
// lexicon knows joins its name with the country before it ("US Federal
// Reserve"), under the lexicon's name. Parties stay apart from their
// branches ("Scottish Labour Party"), as do one-word heads of names
// ("Bank"), which joinOrgShortNames weighs.
func (r *Result) joinOrgSuffixNames() {
	fields := make([][]string, len(r.Entities))
	for ei, e := range r.Entities {
		if e.Type == graph.Organization && e.Mentions != nil {
			fields[ei] = strings.Fields(e.Name)
		}
	}
	for ei, e := range r.Entities {
		f := fields[ei]
		if len(f) == 0 || e.Mentions == nil || partyName(e.Name) {
			continue
		}
		if len(f) == 1 && (lexicon.IsOrgWord(f[0]) || lexicon.IsCompanyHead(f[0]) || lexicon.IsStopword(f[0]) || !isCapitalisedWord(f[0])) {
			continue
		}
		if len(f) == 1 && chamberWords[f[0]] {
			continue // "the House" is a legislature's chamber, not the "White House"
		}
		lex := r.fromLexicon(e)
		target := -1
		for ej, g := range r.Entities {
			gf := fields[ej]
			if ej == ei || len(gf) <= len(f) || g.Mentions == nil || !slices.Equal(gf[len(gf)-len(f):], f) {
				continue
			}
			// Every longer name counts against the others, even one
			// that is no candidate ("Compagnie des Machines Bull" and
			// "Honeywell Bull" for "Bull").
			if target != -1 {
				target = -2
				break
			}
			target = ej
			if partyName(g.Name) || !suffixPrefixOK(gf[:len(gf)-len(f)], lex, e.Country) {
				target = -2
			}
		}
		if target < 0 {
			continue
		}
		if len(f) == 1 && len(e.Mentions) < 2 && r.Mentions[e.Mentions[0]].T0 < r.Mentions[r.Entities[target].Mentions[0]].T0 {
			// One word once before the full name is a name of its own
			// ("Fathers 4 Justice" cut before "Families Need Fathers"):
			// news introduces a body in full, then shortens it, or
			// uses the short name throughout.
			continue
		}
		if lex {
			r.mergeInto(ei, target)
			fields[target] = nil
		} else {
			r.mergeInto(target, ei)
			fields[ei] = nil
		}
	}
}

// suffixPrefixOK reports whether the words before a short name in a
// longer one make a name of one body: capitalised words, or a head and
// "of" ("House of"); not a list ("Treasury and"), nor a phrase around a
// name ("Laura Smith of"). A lexicon's name takes only its own country
// before it ("US", "U.S.", "United States").
func suffixPrefixOK(prefix []string, lex bool, country string) bool {
	if lex {
		if country == "" {
			return false
		}
		c, ok := lexicon.CountryByName(strings.Join(prefix, " "))
		return ok && c.Name == country
	}
	last := prefix[len(prefix)-1]
	if last == "of" {
		// "House of Lords", "Chicago Board of Trade": a head word and "of".
		return len(prefix) >= 2 && lexicon.IsOrgWord(prefix[len(prefix)-2]) && isCapitalisedWord(prefix[0])
	}
	for _, w := range prefix {
		// Not a company's end ("Globex Inc. Acme Corp": two names run
		// together).
		if !isCapitalisedWord(w) || lexicon.IsStopword(w) || legalSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return false
		}
	}
	return true
}

// chamberWords name a chamber of a legislature alone: "the House".
var chamberWords = map[string]bool{"House": true, "Houses": true}

// partyName reports a party's name: "Labour Party", "Tories". A
// branch's name ends in its party's.
func partyName(name string) bool {
	if o, ok := lexicon.OrgByName(name); ok && o.Kind == lexicon.KindParty {
		return true
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	switch strings.ToLower(last) {
	case "party", "parties", "tories", "conservatives", "democrats", "republicans", "socialists", "liberals", "greens":
		return true
	}
	return false
}
