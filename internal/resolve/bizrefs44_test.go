package resolve_test

import (
	"strings"
	"testing"
)

func TestBusinessReferencesOfUnknownKind(t *testing.T) {
	tests := []struct {
		text string
		want string // "noun>Entity", "noun>" for none
	}{
		// A national adjective agrees with the lexicon's country.
		{"Renault posted record earnings on Tuesday. The French carmaker held talks in Tokyo.", "carmaker>Renault"},
		{"Renault posted record earnings on Tuesday. The Japanese carmaker held talks in Paris.", "carmaker>"},
		// An exchange by its name's word.
		{"Deutsche Boerse posted record earnings on Tuesday. The German exchange said it would hire staff.", "exchange>Deutsche Boerse"},
		// Not the subject before: no antecedent.
		{"Analysts praised KVX Hollis on Tuesday. The bank said nothing.", "bank>"},
		// The reference is no subject of its sentence.
		{"KVX Hollis posted record earnings on Tuesday. Analysts said the bank had done well.", "bank>"},
		// A name of another kind of business is no bank.
		{"KVX Airways posted record earnings on Tuesday. The bank said it would hire staff.", "bank>"},
		// "the group" wants a known group.
		{"KVX Hollis posted record earnings on Tuesday. The group said it would hire staff.", "group>"},
	}
	for _, tc := range tests {
		got := strings.Join(referents(t, tc.text), "|")
		if strings.HasSuffix(tc.want, ">") {
			for _, g := range referents(t, tc.text) {
				if strings.HasPrefix(g, tc.want) && g != tc.want {
					t.Errorf("%q: got %q, want no antecedent", tc.text, g)
				}
			}
			continue
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNationalBusinessReferenceAgreesWithLegalForm(t *testing.T) {
	// A German legal form is no Chinese firm: the shipyard meant is new.
	got := referents(t, "Harwick Lloyd AG ordered a ship on Tuesday. The Chinese firm offered a low price.")
	for _, g := range got {
		if g != "firm>" {
			t.Errorf("got %q, want no antecedent", got)
		}
	}
}
