package relate_test

import (
	"slices"
	"strings"
	"testing"
)

// TestSecondAgreements: a text that has an agreement may describe another
// one by a topic none of its agreements has, or by a party after "with"
// that is none of theirs; a description by amount, stage or a known
// topic, a class, or a treaty's "pact" refers to the agreement it has.
func TestSecondAgreements(t *testing.T) {
	tests := []struct {
		text string
		want []string // agreements (names) the text must have
		not  []string // names it must not have
	}{
		{"Acme Corp and Globex Inc signed a parts-sharing agreement in May. Managers expect the £500m ($900m) investment deal to be signed next year.",
			[]string{"investment deal"}, nil},
		{"Chile signed a fishing treaty with Peru last year. The pact with Bolivia, officials said, is older.",
			[]string{"pact with bolivia"}, nil},
		// Negative: a known topic, a known party, an amount or a stage.
		{"Acme Corp and Globex Inc signed a parts-sharing agreement in May. The parts deal covers engines.",
			nil, []string{"parts deal"}},
		{"Chile signed a fishing treaty with Peru last year. The pact with Peru is working.",
			nil, []string{"pact with peru"}},
		{"Acme Corp and Globex Inc signed a parts-sharing agreement in May. The $2bn deal runs to 2010, and the preliminary agreement was dropped.",
			nil, []string{"$2bn deal", "deal", "preliminary agreement"}},
		// Negative: a treaty's pact, a class, a bare "the deal".
		{"Chile signed a fishing treaty with Peru last year. Talks on the maritime pact resume today.",
			nil, []string{"maritime pact"}},
		{"Acme Corp and Globex Inc signed a parts-sharing agreement in May. Analysts saw it as the rescue deal the firm needed.",
			nil, []string{"rescue deal"}},
		{"Shares in Acme Corp rose. Analysts said the deal made sense. The deal needs approval, and the investment deal is separate.",
			nil, []string{"investment deal"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := agreementsOf(t, tc.text)
			names := make([]string, len(got))
			for i, g := range got {
				names[i], _, _ = strings.Cut(g, "[")
			}
			for _, w := range tc.want {
				if !slices.Contains(names, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(names, w) {
					t.Errorf("unwanted %q in %q", w, got)
				}
			}
		})
	}
	checkFacts(t, []factCase{
		{"Chile signed a fishing treaty with Peru last year. The pact with Bolivia, officials said, is older.",
			[]string{"Bolivia party_to pact with bolivia"}, nil},
		{"Chile signed a fishing treaty with Peru last year. The pact with Peru is working.",
			nil, []string{"pact with peru"}},
	})
}
