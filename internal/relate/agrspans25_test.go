package relate_test

import "testing"

// An agreement's name ends at its head noun: a noun before another
// agreement noun is a modifier ("merger agreement"), and a bare "to" and
// verb after it is no part of the name.
func TestAgreementSpanEndsAtHead(t *testing.T) {
	checkFacts(t, []factCase{
		// "has a ... agreement with X": both are parties.
		{"Kestrel Foods Inc already has a formal merger agreement with Norvane Corp.",
			[]string{"Kestrel Foods Inc party_to formal merger agreement", "Norvane Corp party_to formal merger agreement"},
			[]string{"party_to formal merger\n"}},
		{"Portugal has a ceasefire accord with Morocco.",
			[]string{"Portugal party_to ceasefire accord", "Morocco party_to ceasefire accord"}, nil},
		// "the merger" later is the merger agreement.
		{"Kestrel Foods Inc and Norvane Corp said they entered into a merger agreement. The merger needs the approval of shareholders.",
			[]string{"Kestrel Foods Inc party_to merger agreement"}, []string{"party_to merger\n"}},
		{"Analysts watched Kestrel Foods Inc sign a deal to buy 12 Norvane ships.",
			[]string{"Kestrel Foods Inc party_to deal"}, []string{"deal to buy"}},
		// A complement of its own still names it.
		{"Brazil signed an agreement on fishing rights with Chile.",
			[]string{"Brazil party_to agreement on fishing rights"}, nil},
		// A merger plan is no concluded agreement.
		{"Kestrel Foods Inc has a merger plan with Norvane Corp.",
			nil, []string{"party_to"}},
	})
}
