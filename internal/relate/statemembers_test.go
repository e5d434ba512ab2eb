package relate_test

import "testing"

// States set beside the other members of a body, named after a plural
// "members", described as a member, or said to have joined it.
func TestStateMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Nigeria and other OPEC members agreed to hold output at the agreed ceiling.",
			[]string{"Nigeria member_of OPEC"}, nil},
		{"Denmark, Ireland and the other EC states backed the farm price package.",
			[]string{"Denmark member_of EC", "Ireland member_of EC"}, nil},
		{"Belgium and nine other EC countries issued a joint statement on Tuesday.",
			[]string{"Belgium member_of EC"}, nil},
		{"Italy's EC partners are unhappy with the milk quota proposal.",
			[]string{"Italy member_of EC"}, nil},
		{"Greece and its NATO allies held talks in Brussels.",
			[]string{"Greece member_of NATO"}, nil},
		{"OPEC members Algeria and Libya called for a price rise.",
			[]string{"Algeria member_of OPEC", "Libya member_of OPEC"}, nil},
		{"Gabon, an OPEC member, lifted its output in March.",
			[]string{"Gabon member_of OPEC"}, nil},
		{"Portugal, which joined the EC in 1986, expects large regional grants.",
			[]string{"Portugal member_of EC"}, nil},
		// Negative cases: outside the body, and a plural that is not the head.
		{"Norway and other non-EC countries will not pay the levy.",
			nil, []string{"Norway member_of"}},
		{"Canada and other OPEC members' customers face higher prices.",
			nil, []string{"Canada member_of"}},
		{"Japan urged OPEC members to cut output.",
			nil, []string{"Japan member_of"}},
	})
}
