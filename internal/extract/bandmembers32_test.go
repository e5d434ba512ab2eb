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
