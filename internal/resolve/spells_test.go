package resolve

import "testing"

func TestAcronymLetters(t *testing.T) {
	for _, tc := range []struct {
		acronym, name string
		spelled, same bool
	}{
		{"NCI", "National Cancer Institute", true, true},
		// Particles and a legal form count: "Petroleos del Sur S.A.".
		{"PDSSA", "Petroleos del Sur", true, false},
		{"NAAMSA", "National Association of Automobile Manufacturers", true, false},
		// The body's own language orders the letters otherwise.
		{"MDP", "Popular Democratic Movement", false, true},
		{"XYZ", "Popular Democratic Movement", false, false},
		{"PDMA", "Popular Democratic Movement", false, false},
	} {
		if got := spells(tc.acronym, tc.name); got != tc.spelled {
			t.Errorf("spells(%q, %q) = %v", tc.acronym, tc.name, got)
		}
		if got := sameLetters(tc.acronym, tc.name); got != tc.same {
			t.Errorf("sameLetters(%q, %q) = %v", tc.acronym, tc.name, got)
		}
	}
}
