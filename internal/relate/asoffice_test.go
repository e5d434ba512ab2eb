package relate_test

import "testing"

// "as" before a possessed office: the possessor is the body.
func TestAsPossessedOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Dale Ormond stepped down as Harwell Pumps Corp's chairman on Friday.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp"}, nil},
		{"Nina Wald will stay on as Brixton Foods' finance director.",
			[]string{"Nina Wald official_of Brixton Foods"}, nil},
		// No office after the possessive.
		{"Analysts described Nina Wald as Brixton Foods' greatest asset.", nil, []string{"Nina Wald leader_of", "Nina Wald official_of"}},
	})
}
