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

// "a deal worth 2bn euros for X to sell 12 ships to Y": X and Y are the
// parties of the sale the deal makes.
func TestDealForPartyToSell(t *testing.T) {
	checkFacts(t, []factCase{
		{"The minister opened his visit by signing a deal worth 2bn euros ($2.6bn) for Norvane Corp to sell 12 new ships to Kestrel Foods Inc, officials said.",
			[]string{"Norvane Corp party_to deal", "Kestrel Foods Inc party_to deal"}, nil},
		{"The president signed an agreement for Kestrel Foods Inc to buy Norvane Corp.",
			[]string{"Kestrel Foods Inc party_to agreement", "Norvane Corp party_to agreement"}, nil},
		// A deal only sought is none.
		{"The minister pressed for a deal for Norvane Corp to sell 12 ships to Kestrel Foods Inc.",
			nil, []string{"party_to"}},
		// "for" after another noun: not the deal's.
		{"Mr Hale signed a deal worth 2bn euros, and there were talks for Norvane Corp to sell ships to Kestrel Foods Inc.",
			nil, []string{"Norvane Corp party_to", "Kestrel Foods Inc party_to"}},
	})
}

// "The two rivals", "both partners": the two bodies the sentence before
// named, but not what one of them holds a stake in.
func TestPairOfRivals(t *testing.T) {
	checkFacts(t, []factCase{
		{"Kestrel Foods Inc and Norvane Corp met on Tuesday. The two rivals also signed confidentiality agreements.",
			[]string{"Kestrel Foods Inc party_to confidentiality agreements", "Norvane Corp party_to confidentiality agreements"}, nil},
		{"Kestrel Foods Inc, which has a 12 pct stake in Norvane Corp, and its partners agreed not to buy more shares. The two rivals also signed confidentiality agreements.",
			nil, []string{"Norvane Corp party_to"}},
	})
}
