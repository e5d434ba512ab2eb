package relate_test

import (
	"slices"
	"testing"
)

// TestConcludedAgreementDescribed: a bare agreement noun followed by the
// participle that made it ("the accord reached by trade ministers", "the
// deal, struck at the summit") is one agreement of the text; a finite
// verb with an object after the noun, or an agreement not made, is not.
func TestConcludedAgreementDescribed(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Farm groups attacked the accord reached by trade ministers in June 1998.",
			[]string{"accord[accord]"}},
		{"The deal, struck at a summit in Oslo last week, opens the fishing grounds.",
			[]string{"deal[deal]"}},
		{"Dock workers say the port is breaking an agreement signed two years ago.",
			[]string{"agreement[agreement]"}},
		// Negative: a finite verb with an object, or no agreement made.
		{"The settlement reached a record for the region.", nil},
		{"Officials said no agreement was reached on Monday.", nil},
		{"The ministers hope an accord can be reached by June.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := agreementsOf(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPeacePlanDescribed: a peace plan is an agreement between the sides
// of a conflict, kept apart from a peace pact others made; another plan
// is a policy.
func TestPeacePlanDescribed(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Both armies said they backed the regional peace plan.",
			[]string{"regional peace plan[regional peace plan]"}},
		{"The general outlined a peace plan for the valley. His rival made a peace pact with the rebels.",
			[]string{"peace pact[peace pact]", "peace plan[peace plan,peace plan for the valley]"}},
		// Negative: a policy plan.
		{"The council unveiled the housing plan for the valley.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := agreementsOf(t, tc.text)
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
