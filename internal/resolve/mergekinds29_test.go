package resolve_test

import "testing"

// A company's legal name in a foreign form, or a hyphenated name, and the
// short name the story goes on with are one company.
func TestForeignLegalAndHyphenShortNames(t *testing.T) {
	checkTaggedEntities(t, aliasedTagged, []taggedCase{
		// A foreign legal form joins the bare name the lexicon knows.
		{"Ferrari SpA said on Monday that sales rose. Ferrari did not give figures.",
			[]string{"ORG:Ferrari SpA"}, []string{"Organization:Ferrari[Ferrari SpA]"}, []string{"Organization:Ferrari SpA"}},
		// The first part of a hyphenated company name is the company.
		{"Chemicals maker Vortek-Mallon Inc agreed to buy the plant. The deal values Vortek at 40 mln dlrs.",
			[]string{"ORG:Vortek-Mallon Inc", "ORG:Vortek"}, []string{"Organization:Vortek-Mallon Inc[Vortek]"}, []string{"Organization:Vortek[]"}},
		// A subsidiary named by more words stays apart from the parent.
		{"Corvani SpA said its unit Corvani Credit SpA would sell bonds.",
			[]string{"ORG:Corvani SpA", "ORG:Corvani Credit SpA"}, []string{"Organization:Corvani SpA[]", "Organization:Corvani Credit SpA[]"}, nil},
		// Nor does a hyphenated compound join a name it does not start with.
		{"Vortek-Mallon Inc agreed to buy Mallon Chemicals from its owners.",
			[]string{"ORG:Vortek-Mallon Inc", "ORG:Mallon Chemicals"}, []string{"Organization:Vortek-Mallon Inc[]", "Organization:Mallon Chemicals[]"}, nil},
	})
}
