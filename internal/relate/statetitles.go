package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/lexicon"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/resolve"
)

// A state's name or demonym before a title is the state the office
// serves only when the office is one of a state. It is the holder's
// nationality before an office of a trade, an art, a sport or a movement
// ("U.S. film director X", "a British portfolio manager", "Afghan rebel
// commander X", "U.S. neo-Nazi leader X"); an ethnic group's name when
// another state, place or "ethnic" comes before the demonym ("Bosnian
// Serb leader X", "Turkish Cypriot leader X", "ethnic Albanian leader
// X"); and a US state's name when it shares it with a country before a
// member of Congress or a governor ("Georgia Rep. X", "Georgia Gov. X").

// privateField are words of a title that put the office outside a
// state: a trade, an art, a sport, a faith or a movement against the
// state ("film director", "portfolio manager", "rebel commander").
var privateField = map[string]bool{
	"film": true, "movie": true, "cinema": true, "fashion": true, "rock": true, "pop": true, "jazz": true,
	"opera": true, "ballet": true, "theatre": true, "theater": true, "orchestra": true, "music": true,
	"portfolio": true, "fund": true, "hedge": true, "equity": true, "equities": true, "stock": true,
	"brokerage": true, "currency": true, "bond": true, "mutual": true,
	"neo-nazi": true, "nazi": true, "fascist": true, "rebel": true, "rebels": true, "guerrilla": true,
	"guerrillas": true, "militia": true, "insurgent": true, "separatist": true, "militant": true,
	"dissident": true, "underground": true, "exiled": true, "exile": true, "union": true, "unions": true,
	"trades": true, "church": true, "religious": true, "spiritual": true, "tribal": true, "clan": true,
	"football": true, "soccer": true, "tennis": true, "golf": true, "cricket": true, "rugby": true,
	"basketball": true, "baseball": true, "hockey": true, "boxing": true, "chess": true, "team": true,
	"club": true, "racing": true, "olympic": true, "student": true, "students": true,
}

// privateTitle reports a chain whose title names a private field in a
// word before its last.
func privateTitle(chain []mention.Title) bool {
	for _, t := range chain {
		words := strings.Fields(t.Title)
		for _, w := range words[:max(len(words)-1, 0)] {
			if privateField[w] {
				return true
			}
		}
	}
	return false
}

// nationalHeads are titles that, alone after a state's name, are a
// trade's ("French director X" makes films; "a U.S. manager" runs a
// firm): a state's directors and managers are named with their body.
var nationalHeads = map[string]bool{"director": true, "manager": true}

// congressTitles are the offices a US state's name comes before: its
// members of Congress and its governors.
var congressTitles = map[string]bool{"representative": true, "senator": true, "governor": true, "lieutenant governor": true}

// titleState returns the state an office of chain serves when the
// country body is named at from, right before the chain: body itself, the
// United States (when the text names it) for a member of Congress after
// a US state's name that is a country's too, or nil when the name is no state's (a nationality, an
// ethnic group, a US state's governor).
func (s *sentCtx) titleState(chain []mention.Title, body *resolve.Entity, from int) *resolve.Entity {
	if privateTitle(chain) || len(chain) == 1 && nationalHeads[chain[0].Title] {
		return nil
	}
	if from >= chain[0].T0 {
		return body
	}
	_, demonym := s.demonymAt[from]
	if from > s.s.T0 && (demonym || s.r.MentionAt(from) >= 0) {
		// "Bosnian Serb", "Kosovo Serb", "ethnic Albanian": a people
		// inside a state, not the state of the demonym.
		p := from - 1
		if s.lower(p) == "ethnic" || s.demonymEndsAt(from) {
			return nil
		}
		if demonym {
			if e, _, b := s.ent(p); e != nil && b == from && (e.Type == graph.Country || e.Type == graph.Place) {
				return nil
			}
		}
	}
	if office := canonicalTitle(chain[0].Title); !demonym && congressTitles[office] {
		if _, ok := lexicon.PlaceByName(body.Name + " (U.S. state)"); ok {
			// "Georgia Rep. X": the US state of the name; a member of
			// Congress serves the United States when the text names
			// it (a governor serves the US state).
			if office == "representative" || office == "senator" {
				for _, e := range s.r.Entities {
					if e.Type == graph.Country && e.Name == "United States" {
						return e
					}
				}
			}
			return nil
		}
	}
	return body
}
