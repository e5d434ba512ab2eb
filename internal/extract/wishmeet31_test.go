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

// An agreement someone hopes to sign is not made yet.
func TestWishedSigningIsNoParty(t *testing.T) {
	checkFacts(t, []factCase{
		{"Orben said Tarvex AG hoped to sign a contract with Marl Motor Co in the summer.",
			[]string{"Organization:Tarvex AG"},
			[]string{"organization/tarvex_ag party_to agreement/contract-2f209b46", "organization/marl_motor_co party_to agreement/contract-2f209b46"}},
	})
}

// "like" as a preposition wishes nothing; a wish to keep an agreement
// is no wish to make one.
func TestWishGuards(t *testing.T) {
	checkFacts(t, []factCase{
		{"Technology executives like Nadia Orwell met President Tomas Velder at the White House on Wednesday.",
			[]string{"person/nadia_orwell met_with person/tomas_velder"}, nil},
		{"Japan is eager to maintain its security treaty with the United States, Foreign Minister Kenji Oda said.",
			nil, []string{"Agreement:security treaty with the united states"}},
	})
}
