package extract_test

import "testing"

// A meeting someone hopes for or wants has not happened.
func TestWishedMeetingIsNoMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{"Carl Orben hopes to meet President Dana Whitlow in late April.",
			nil, []string{"person/carl_orben met_with person/dana_whitlow", "person/dana_whitlow met_with person/carl_orben"}},
		{"Carl Orben said he would like to meet Dana Whitlow soon.",
			nil, []string{"person/carl_orben met_with person/dana_whitlow", "person/dana_whitlow met_with person/carl_orben"}},
		{"Carl Orben met Dana Whitlow in Paris on Monday.",
			[]string{"person/carl_orben met_with person/dana_whitlow"}, nil},
	})
}
