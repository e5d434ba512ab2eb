package relate_test

import "testing"

// The head of a body by the verbs of running it, active and passive.
func TestLedByAndRuns(t *testing.T) {
	checkFacts(t, []factCase{
		{"Norway's previous government, led by Prime Minister Ola Berg, raised taxes.",
			[]string{"Ola Berg leader_of Norway"}, nil},
		{"The Harbour Trust - led by Sir Tom Reyes - published its plans.",
			[]string{"Tom Reyes leader_of Harbour Trust"}, nil},
		{"Harwell Pumps Corp is headed by Dale Ormond, who founded it.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp"}, nil},
		{"Nina Wald, who runs Brixton Foods, said prices would rise.",
			[]string{"Nina Wald leader_of Brixton Foods"}, nil},
		// A part or a task of the body, not the body.
		{"Nina Wald runs Brixton Foods' German arm.", nil, []string{"Nina Wald leader_of"}},
		{"Dale Ormond will run Harwell Pumps Corp on a daily basis as its finance director.", nil, []string{"Dale Ormond leader_of"}},
		{"Tom Reyes has headed the Labour Party's campaigns before.", nil, []string{"Tom Reyes leader_of"}},
	})
}
