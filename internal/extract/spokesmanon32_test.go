package extract_test

import "testing"

// A spokesman's portfolio after "on" is part of the title.
func TestSpokesmanOnPortfolio(t *testing.T) {
	checkFacts(t, []factCase{
		{"Alan Marsh, the Tory spokesman on foreign affairs, spoke on Monday.",
			[]string{"person/alan_marsh title = spokesman on foreign affairs"}, []string{"person/alan_marsh title = spokesman"}},
		{"The spokesman on Monday said talks would resume, Alan Marsh said.",
			nil, []string{"person/alan_marsh title = spokesman on monday"}},
	})
}

// "a spokesman on duty" has no portfolio.
func TestSpokesmanOnDuty(t *testing.T) {
	checkFacts(t, []factCase{
		{"The spokesman on duty, Tom Reid, said the station was closed.",
			[]string{"person/tom_reid title = spokesman"}, []string{"person/tom_reid title = spokesman on duty"}},
	})
}
