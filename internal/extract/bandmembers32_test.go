package extract_test

import "testing"

// A band's name before a member's part and name makes the member; a
// former member is none now, and a party's "star" is another matter.
func TestBandMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{"The band Velvet Harbour won. Velvet Harbour singer Dara Quill thanked the fans.",
			[]string{"person/dara_quill member_of organization/velvet_harbour"}, nil},
		{"The band Velvet Harbour split. Former Velvet Harbour drummer Joe Morrow is touring alone.",
			nil, []string{"person/joe_morrow member_of organization/velvet_harbour"}},
		{"Rolling Stones guitarist Keith Richards arrived late.",
			[]string{"person/keith_richards member_of organization/rolling_stones"}, nil},
	})
}

// A show's, a label's or a broadcaster's star is no band member, nor is
// a sacked drummer a member now.
func TestBandMemberGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"The band Velvet Harbour won. Sacked Velvet Harbour drummer Joe Morrow sued.",
			nil, []string{"person/joe_morrow member_of organization/velvet_harbour"}},
		{"BBC star Terry Wogan presented the show.", nil, []string{"person/terry_wogan member_of organization/bbc"}},
		{"Island Records singer Amy Winehouse won the award.", nil, []string{"person/amy_winehouse member_of organization/island_records"}},
	})
}
