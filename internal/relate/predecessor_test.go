package relate_test

import "testing"

// The one a new holder succeeds or replaces held the office before.
func TestPredecessorHeldOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harwell Pumps Corp said Dale Ormond has been named president of Harwell Pumps Corp, succeeding Tom Reyes, who retired.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp", "Tom Reyes leader_of Harwell Pumps Corp"}, nil},
		{"Tom Bell became chief executive of Harwell Pumps Corp last year, replacing Ann Lee.",
			[]string{"Ann Lee leader_of Harwell Pumps Corp"}, nil},
		// The holder's other office, stated before the appointment, is
		// not the one passed on.
		{"Nina Wald, chairman of Brixton Foods, was appointed finance director of Harwell Pumps Corp, replacing Tom Reyes.",
			nil, []string{"Tom Reyes leader_of Brixton Foods"}},
		// No office given to the one before the clause: nothing to pass on.
		{"Dale Ormond joined Harwell Pumps Corp in May, replacing Tom Reyes.",
			nil, []string{"Tom Reyes leader_of", "Tom Reyes official_of"}},
	})
}
