package relate_test

import "testing"

// A sentence-opening "They" is the coordinated names that opened the
// sentence before as its subject.
func TestTheyPreviousSubjectList(t *testing.T) {
	checkFacts(t, []factCase{
		{"Estonia and Latvia are keen to join NATO soon. They have already signed an association agreement with the European Union.",
			[]string{"Estonia party_to association agreement", "Latvia party_to association agreement"}, nil},
		// Another sentence between: "They" may be anyone.
		{"Estonia and Latvia are keen to join NATO soon. Officials said so on Monday. They have already signed an association agreement with the European Union.",
			nil, []string{"Estonia party_to association agreement", "Latvia party_to association agreement"}},
		// The names only say where the subject comes from.
		{"Rebels from Chad and Sudan attacked the town. They signed a ceasefire agreement on Monday.",
			nil, []string{"Chad party_to", "Sudan party_to"}},
		// The names qualify the subject noun.
		{"Estonia and Latvia's leaders met in Riga. They signed a border treaty.",
			nil, []string{"Estonia party_to", "Latvia party_to"}},
	})
}

// "The X and Y governments" opening a sentence are the two states.
func TestDemonymGroupOpensSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{"The French and Malaysian governments signed an air services agreement on Friday in Paris.",
			[]string{"France party_to air services agreement", "Malaysia party_to air services agreement"}, nil},
		// Business people of the two countries are no state.
		{"The French and Malaysian business leaders signed an air services agreement on Friday in Paris.",
			nil, []string{"France party_to", "Malaysia party_to"}},
	})
}

// "both countries' ambitions to join NATO", "X's chances of admission
// to the EU": seeks_membership.
func TestPairMembershipBid(t *testing.T) {
	checkFacts(t, []factCase{
		{"Estonia and Latvia signed a border treaty on Tuesday. It will also boost both countries' chances of admission to NATO and the European Union.",
			[]string{"Estonia seeks_membership NATO", "Latvia seeks_membership NATO", "Estonia seeks_membership European Union", "Latvia seeks_membership European Union"}, nil},
		{"Estonia and Latvia signed a border treaty on Tuesday. The treaty will help both countries' ambitions to join NATO.",
			[]string{"Estonia seeks_membership NATO", "Latvia seeks_membership NATO"}, nil},
		{"Latvia signed a border treaty on Tuesday. It will improve Latvia's prospects of entry into the European Union.",
			[]string{"Latvia seeks_membership European Union"}, nil},
		// Three countries named: "both" is ambiguous.
		{"Estonia, Latvia and Lithuania signed a border treaty on Tuesday. The treaty will help both countries' ambitions to join NATO.",
			nil, []string{"seeks_membership NATO"}},
	})
}
