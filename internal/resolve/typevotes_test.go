package resolve_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// sentenceTagger proposes spans written "N:TYPE:words" in sentence N
// only, so that one name can be tagged differently in two sentences.
type sentenceTagger []string

func (f sentenceTagger) Spans(sents [][]string) [][]mention.Span {
	out := make([][]mention.Span, len(sents))
	for _, sp := range f {
		parts := strings.SplitN(sp, ":", 3)
		s := int(parts[0][0] - '0')
		want := strings.Fields(parts[2])
		if s >= len(sents) {
			continue
		}
		words := sents[s]
		for i := 0; i+len(want) <= len(words); i++ {
			if slices.Equal(words[i:i+len(want)], want) {
				out[s] = append(out[s], mention.Span{T0: i, T1: i + len(want), Type: parts[1]})
			}
		}
	}
	return out
}

// sentenceTaggedEntities returns "Type:Name" for each entity of s, with
// the tagger proposing spans sentence by sentence.
func sentenceTaggedEntities(t *testing.T, s string, spans []string) []string {
	return entitiesWith(t, s, sentenceTagger(spans))
}

func TestOrganizationTypeVotes(t *testing.T) {
	checkTaggedEntities(t, sentenceTaggedEntities, []taggedCase{
		// The company's name in a place's slot once, an actor elsewhere.
		{"Talks on an investment in Pellworth stalled. Pellworth said it would cut jobs.",
			[]string{"0:LOC:Pellworth", "1:ORG:Pellworth"},
			[]string{"Organization:Pellworth"}, []string{"Place:Pellworth"}},
		// More mentions as an organisation than as a place.
		{"Opposition from Tarvex grew. Tarvex wants a higher price. Rivals of Tarvex agree.",
			[]string{"0:LOC:Tarvex", "1:ORG:Tarvex", "2:ORG:Tarvex"},
			[]string{"Organization:Tarvex"}, []string{"Place:Tarvex"}},
		// A place where something happens stays a place.
		{"The campaign opened with a walk at Dunmoray. A service from Dunmoray to the city starts soon. Buses and Dunmoray trains will wait.",
			[]string{"0:LOC:Dunmoray", "1:ORG:Dunmoray", "2:ORG:Dunmoray"},
			[]string{"Place:Dunmoray"}, nil},
		// So does a place set in its region.
		{"It will close plants in Harlby, Texas, this year. Workers at Harlby and the Harlby plant were told.",
			[]string{"0:LOC:Harlby", "1:ORG:Harlby"},
			[]string{"Place:Harlby"}, nil},
		// A tie without an actor changes nothing.
		{"Fans came from Kellmoor. Kellmoor fans cheered.",
			[]string{"0:LOC:Kellmoor", "1:ORG:Kellmoor"},
			[]string{"Place:Kellmoor"}, nil},
	})
}

// taggedCase is a text, the tagger's spans over it, and the entities
// ("Type:Name") that must and must not come out of it.
type taggedCase struct {
	text      string
	spans     []string
	want, not []string
}

// checkTaggedEntities runs each case through get and reports the wanted
// entities missing and the unwanted ones present.
func checkTaggedEntities(t *testing.T, get func(*testing.T, string, []string) []string, tests []taggedCase) {
	t.Helper()
	for _, tc := range tests {
		got := get(t, tc.text, tc.spans)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q; got %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: unwanted %q; got %q", tc.text, n, got)
			}
		}
	}
}
