package extract_test

import "testing"

// Cases the review of the latest round found wrong, each with the
// round's rule that must not reach it.
func TestRoundReviewCases(t *testing.T) {
	checkFacts(t, []factCase{
		// An employee of a person serves the person.
		{"Ann Lee, a former employee of Donald Trump, said the deal was off.",
			[]string{"Person:Donald Trump"}, []string{"Organization:Donald Trump"}},
		{"Linda Tripp, a former employee of President Bill Clinton, testified.",
			[]string{"Person:Bill Clinton"}, []string{"Organization:President Bill Clinton"}},
		// Two states' ministries stay two.
		{"JERUSALEM - Israel's Defence Ministry said it was ready. In London, the Ministry of Defence said it knew nothing.",
			[]string{"Organization:Defence Ministry", "Organization:Ministry of Defence"}, nil},
		// An earl's style before "of" names the peer.
		{"The Earl of Harewood, who chairs the trust, said the plan was sound.",
			[]string{"Person:Earl of Harewood"}, nil},
		// Only "A/S" is one word; "A/C" names nothing.
		{"Talks on the A/C unit sale between Norbrook and Halvern Mills ended.",
			nil, []string{"Organization:A/C"}},
	})
}
