package relate_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/relate"
)

// An agreement a pattern names by fewer words than the text uses keeps
// the fuller phrase, with its year and the compound of its parties, as a
// name: "the 1998 Norwegian-Icelandic fisheries pact" is the
// Norwegian-Icelandic fisheries pact.
func TestAgreementFullerForms(t *testing.T) {
	checkForm(t, "Oslo accused Reykjavik of breaching the 1998 Norwegian-Icelandic fisheries pact.",
		"fisheries pact", "norwegian-icelandic fisheries pact")
	checkForm(t, "Oslo accused Reykjavik of breaching the 1998 Norwegian-Icelandic fisheries pact.",
		"fisheries pact", "1998 norwegian-icelandic fisheries pact")
	checkForm(t, "Brazil and Chile signed the 1991 Santiago Protocol, officials said.",
		"Santiago Protocol", "1991 Santiago Protocol")
	// The phrase may open the sentence.
	checkForm(t, "Norwegian-Icelandic fisheries pact talks resumed in Oslo on Monday.",
		"fisheries pact", "norwegian-icelandic fisheries pact")
}

// No fuller form where a verb, not a determiner or a preposition, stands
// before the modifiers, nor one made of an amount of money; and a bare
// head is no name.
func TestAgreementFullerFormsNot(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Ministers said 1998 Norwegian-Icelandic fisheries pact talks would resume.", "1998 norwegian-icelandic fisheries pact"},
		{"Oslo accused Reykjavik of breaching the 1998 Norwegian-Icelandic fisheries pact.", "pact"},
		{"Oslo accused Reykjavik of breaching the 1998 Norwegian-Icelandic fisheries pact.", "the 1998 norwegian-icelandic fisheries pact"},
	} {
		a, found, r := analyse(t, tc.text)
		for _, fc := range relate.Find(a, found, r) {
			if fc.Object != nil && slices.Contains(fc.Object.Forms, tc.not) {
				t.Errorf("%q: forms %q hold %q", tc.text, fc.Object.Forms, tc.not)
			}
		}
	}
}
