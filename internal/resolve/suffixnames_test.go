package resolve_test

import (
	"slices"
	"testing"
)

func TestOrgSuffixNames(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		// A body named in full, then by the last words of its name.
		{"Members of the Wexham Potato Council met on Monday. Later the Potato Council said prices would fall.",
			[]string{"ORG:Wexham Potato Council", "ORG:Potato Council"},
			[]string{"Organization:Wexham Potato Council"}, []string{"Organization:Potato Council"}},
		{"Shares in Ostley Kalder rose on Monday. Kalder said sales grew. Kalder also cut jobs.",
			[]string{"ORG:Ostley Kalder", "ORG:Kalder"},
			[]string{"Organization:Ostley Kalder"}, []string{"Organization:Kalder"}},
		// A national body with its country before the lexicon's name.
		{"The US Federal Reserve held rates on Monday. Later the Federal Reserve said growth was steady.",
			[]string{"ORG:US Federal Reserve", "ORG:Federal Reserve"},
			[]string{"Organization:Federal Reserve"}, []string{"Organization:US Federal Reserve"}},
		// Two bodies end in the same words: the short name is neither.
		{"The Ardley Grain Board and the Tolworth Grain Board met. Later the Grain Board said so.",
			[]string{"ORG:Ardley Grain Board", "ORG:Tolworth Grain Board", "ORG:Grain Board"},
			[]string{"Organization:Grain Board"}, nil},
		// A party's branch is not the party.
		{"The Stevenage Labour Party chose a candidate. Later the Labour Party said it was pleased.",
			[]string{"ORG:Stevenage Labour Party", "ORG:Labour Party"},
			[]string{"Organization:Labour Party"}, nil},
		// One word once before the full name is another body's name.
		{"Critics from Mothers 4 Change protested. Jane Hill of Families For Mothers said so.",
			[]string{"ORG:Mothers", "ORG:Families For Mothers"},
			[]string{"Organization:Mothers"}, nil},
		// "the House" is a chamber, not the White House.
		{"The White House opposed the bill. The House voted for it. The House will vote again.",
			[]string{"ORG:White House", "ORG:House"},
			[]string{"Organization:House"}, nil},
	})
}

func TestOrgSuffixNamesRunTogether(t *testing.T) {
	// Two companies' names run together make no longer name of the second.
	got := taggedEntities(t, "Tarrow Ltd. Bexley Mills said it would sell. Bexley Mills shares rose.",
		[]string{"ORG:Tarrow Ltd. Bexley Mills", "ORG:Bexley Mills"})
	if !slices.Contains(got, "Organization:Bexley Mills") {
		t.Errorf("got %q, want Bexley Mills kept", got)
	}
}
