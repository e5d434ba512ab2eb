package relate_test

import "testing"

// A party's name right before people, and the asides that say which
// party a speaker is for.
func TestPartyMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Labour has promised to cut waiting lists, but Tory Harriet Pollard called the pledge empty.",
			[]string{"Harriet Pollard member_of Conservative Party"}, nil},
		{"The review was welcomed by fellow Lib Dem Owen Tranter on Monday.",
			[]string{"Owen Tranter member_of Liberal Democrats"}, nil},
		{"The cross-party panel, including Tories Mark Fenwick and Sir Alan Rudd, will report in May.",
			[]string{"Mark Fenwick member_of Conservative Party", "Alan Rudd member_of Conservative Party"}, nil},
		{"Tory frontbencher Clive Ashdown said the tax rise would hurt savers.",
			[]string{"Clive Ashdown member_of Conservative Party"}, nil},
		{"In the British election, the Liberal Democrat candidate Ruth Okafor won 12,000 votes in the seat.",
			[]string{"Ruth Okafor member_of Liberal Democrats"}, nil},
		{"Gordon Brown set out his plans. Owen Tranter, for the Liberal Democrats, said the sums did not add up.",
			[]string{"Owen Tranter member_of Liberal Democrats"}, nil},
		{"Gordon Brown set out his plans. For the Conservatives, shadow chancellor Clive Ashdown said the plans would cost jobs.",
			[]string{"Clive Ashdown member_of Conservative Party"}, nil},
		{"Labour unveiled its manifesto. Gwen Rees, of Plaid Cymru, called it a plan for England.",
			[]string{"Gwen Rees member_of Plaid Cymru"}, nil},
		// Negative cases: a former member, a vote for a party, an object.
		{"The seat was won by former Tory Harriet Pollard, who now sits as an independent.",
			nil, []string{"Harriet Pollard member_of"}},
		{"In 2001 Owen Tranter voted for the Liberal Democrats, he said.",
			nil, []string{"Owen Tranter member_of"}},
		{"The minister sent a letter to Clive Ashdown, for the Tories had asked for one.",
			nil, []string{"Clive Ashdown member_of"}},
	})
}
