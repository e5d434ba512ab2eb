package relate_test

import (
	"slices"
	"testing"
)

// TestDescribedAgreements: an agreement the text identifies by what it is
// about or with whom is an entity even when no pattern finds its parties;
// a sought, judged or generic one is not.
func TestDescribedAgreements(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Farmers complained about breaches of an accord on dairy imports. Officials said the accord would be reviewed.",
			[]string{"accord on dairy imports[accord on dairy imports,accord]"}},
		{"The two governors spoke after signing an agreement for shared river management. The agreement to build flood barriers is separate.",
			[]string{"agreement for shared river management[agreement for shared river management,agreement]", "agreement to build flood barriers[agreement to build flood barriers]"}},
		{"Inspectors reported violations of a bilateral fisheries pact in the spring.",
			[]string{"bilateral fisheries pact[bilateral fisheries pact]"}},
		{"Delegates debated a new international rubber pact on Tuesday.",
			[]string{"new international rubber pact[new international rubber pact,international rubber pact]"}},
		// Negative: sought, judged, generic or plural.
		{"The ministers hope to reach a fisheries pact by June.", nil},
		{"The mayor said it was a good deal for commuters.", nil},
		{"Any agreement must respect the rules, and trade deals take years.", nil},
		{"Analysts said the company owes a great deal of money.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := agreementsOf(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
