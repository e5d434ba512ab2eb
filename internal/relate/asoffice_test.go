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

// A governor of a body run by a board of governors is one of its
// officials; a central bank's governor elsewhere heads it.
func TestBoardGovernors(t *testing.T) {
	checkFacts(t, []factCase{
		{"Federal Reserve Governor Ann Pike said rates were appropriate.",
			[]string{"Ann Pike official_of Federal Reserve"}, []string{"Ann Pike leader_of"}},
		{"Bank of England Governor Ann Pike said rates were appropriate.",
			[]string{"Ann Pike leader_of Bank of England"}, nil},
	})
}
