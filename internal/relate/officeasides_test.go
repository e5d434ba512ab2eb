package relate_test

import "testing"

// An appositive office after a party-and-state tag ("Sen. X, D-Ore.,
// chairman of ...") is the person's, not the party's.
func TestOfficeAfterPartyStateTag(t *testing.T) {
	checkFacts(t, []factCase{
		{"Sen. Harold Vance, D-Ore., chairman of the Senate Banking Committee, opposed the bill.",
			[]string{"Harold Vance leader_of Senate Banking Committee", "Harold Vance member_of Democratic Party"}, nil},
		{"Rep. Lorna Pike, R-Texas, a member of the House Budget Committee, backed the plan.",
			[]string{"Lorna Pike member_of House Budget Committee"},
			[]string{"Republican Party member_of House Budget Committee"}},
		// No person before the tag: nothing to attach.
		{"The vote, D-Ore., chairman of the Senate Banking Committee said, was close.",
			nil, []string{"leader_of Senate Banking Committee"}},
	})
}

// A body's name and its acronym in brackets, in either order, before a
// title or a party's candidate.
func TestNameAndAcronymBeforeTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ministers met on Friday, Harbour Fisheries Authority (HFA) chairman Tomas Ruiz said.",
			[]string{"Tomas Ruiz leader_of Harbour Fisheries Authority"}, nil},
		{"Voters in the north backed PRN (National Renewal Party) candidate Elena Sorto.",
			[]string{"Elena Sorto member_of National Renewal Party"}, nil},
		{"Voters in the north backed the National Renewal Party (PRN) candidate Elena Sorto.",
			[]string{"Elena Sorto member_of National Renewal Party"}, nil},
	})
}

// "X, the candidate of the Y Party,": the party whose candidate X is.
func TestPartyCandidateAside(t *testing.T) {
	checkFacts(t, []factCase{
		{"Elena Sorto, the presidential candidate of the National Renewal Party, won 12 percent.",
			[]string{"Elena Sorto member_of National Renewal Party"}, nil},
		{"Elena Sorto, candidate for the National Renewal Party, spoke in Leon.",
			[]string{"Elena Sorto member_of National Renewal Party"}, nil},
		{"Elena Sorto, the candidate of the National Renewal Party's choice, lost.",
			nil, []string{"Elena Sorto member_of National Renewal Party"}},
	})
}

// A reference to the body named before, after "for", and a place after
// the body's name.
func TestOfficeReferenceAndPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Coastal Protection Agency will print a leaflet, said Dina Moss, a spokeswoman for the agency.",
			[]string{"Dina Moss official_of Coastal Protection Agency"}, nil},
		{"The report came from Walter Greer, president of the Mutual Savings Bank of San Diego.",
			[]string{"Walter Greer leader_of Mutual Savings Bank"}, nil},
		{"The Coastal Protection Agency will print a leaflet, said Dina Moss, a writer for the agency's magazine.",
			nil, []string{"Dina Moss official_of Coastal Protection Agency"}},
	})
}

// "X, a barrister and chairman of Y": an occupation before the office.
func TestOccupationAndOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{"Colin Reade, a solicitor and chairman of the Ramblers Trust, said the path must stay open.",
			[]string{"Colin Reade leader_of Ramblers Trust"}, nil},
		{"Colin Reade, a jeweller and president of Harbour Traders Ltd, said sales fell.",
			[]string{"Colin Reade leader_of Harbour Traders Ltd"}, nil},
		// A clause, not an occupation.
		{"Colin Reade, who spoke and chairman of the Ramblers Trust Ann Fry agreed, left.",
			nil, []string{"Colin Reade leader_of Ramblers Trust"}},
	})
}
