package resolve_test

import "testing"

func TestAndInitialsAlias(t *testing.T) {
	checkAcronymCases(t, []acronymCase{
		// Two initials joined by "and" name the firm whose first words
		// they begin.
		{"Kelvin and Marsh Holdings Plc bought a mill. K and M chairman Ann Hale said the price was fair.",
			[]string{"ORG:Kelvin and Marsh Holdings Plc", "PER:Ann Hale"},
			[]string{"Organization:Kelvin and Marsh Holdings Plc[K and M]"}, nil},
		// Two firms the letters could name: neither takes them.
		{"Kelvin and Marsh Plc and Kent and Moss Inc merged. K and M shares rose.",
			[]string{"ORG:Kelvin and Marsh Plc", "ORG:Kent and Moss Inc"},
			[]string{"Organization:K and M[]"}, nil},
		// Other letters name another firm.
		{"Kelvin and Marsh Plc bought T and L.",
			[]string{"ORG:Kelvin and Marsh Plc"},
			[]string{"Organization:T and L[]", "Organization:Kelvin and Marsh Plc[]"}, nil},
	})
}
