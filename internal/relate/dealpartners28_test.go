package relate_test

import "testing"

// A joint venture that companies formed or set up is an agreement of the
// partners; one merely planned is not yet.
func TestFormedJointVenture(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvorsen Shipping Ltd formed a joint venture with Kestrel Oil Corp to run tankers.",
			[]string{"Halvorsen Shipping Ltd party_to joint venture", "Kestrel Oil Corp party_to joint venture"}, nil},
		{"Halvorsen Shipping Ltd and Kestrel Oil Corp have set up a joint venture to build ferries.",
			[]string{"Halvorsen Shipping Ltd party_to joint venture", "Kestrel Oil Corp party_to joint venture"}, nil},
		{"Halvorsen Shipping Ltd said it would set up a joint venture with Kestrel Oil Corp.",
			nil, []string{"Kestrel Oil Corp party_to"}},
		{"Halvorsen Shipping Ltd said it plans a joint venture with Kestrel Oil Corp.",
			nil, []string{"Kestrel Oil Corp party_to"}},
	})
}

// A company's joint venture with another, or the joint venture between
// two, names both partners.
func TestJointVenturePartners(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvorsen Shipping Ltd's joint venture with Kestrel Oil Corp lost money last year.",
			[]string{"Halvorsen Shipping Ltd party_to joint venture", "Kestrel Oil Corp party_to joint venture"}, nil},
		{"The joint venture between Halvorsen Shipping Ltd and Kestrel Oil Corp runs six tankers.",
			[]string{"Halvorsen Shipping Ltd party_to joint venture", "Kestrel Oil Corp party_to joint venture"}, nil},
	})
}

// A letter of intent signed with a company binds it as well as the
// signer; one not signed binds no one.
func TestLetterOfIntentWith(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvorsen Shipping Ltd said it signed a letter of intent with Kestrel Oil Corp.",
			[]string{"Halvorsen Shipping Ltd party_to letter of intent", "Kestrel Oil Corp party_to letter of intent"}, nil},
		{"Halvorsen Shipping Ltd has not signed a letter of intent with Kestrel Oil Corp.",
			nil, []string{"Kestrel Oil Corp party_to"}},
		{"Halvorsen Shipping Ltd mailed a letter of intent with its annual report to Kestrel Oil Corp.",
			nil, []string{"Kestrel Oil Corp party_to"}},
	})
}

// A company's sale of what it owns to another company is a deal of
// seller and buyer; a sale with no seller named, or a planned one, is not.
func TestSaleToBuyer(t *testing.T) {
	checkFacts(t, []factCase{
		{"Halvorsen Shipping Ltd said it completed the sale of its ferry unit to Kestrel Oil Corp.",
			[]string{"Halvorsen Shipping Ltd party_to sale", "Kestrel Oil Corp party_to sale"}, nil},
		{"Halvorsen Shipping Ltd received 40 mln dlrs for the sale of its tanker fleet to Kestrel Oil Corp and Brandt Marine Inc.",
			[]string{"Halvorsen Shipping Ltd party_to sale", "Kestrel Oil Corp party_to sale", "Brandt Marine Inc party_to sale"}, nil},
		{"Halvorsen Shipping Ltd will share the proceeds from the sale of Brandt Marine Inc to Kestrel Oil Corp.",
			nil, []string{"Kestrel Oil Corp party_to"}},
		{"Halvorsen Shipping Ltd said the planned sale of its ferry unit to Kestrel Oil Corp was delayed.",
			nil, []string{"Kestrel Oil Corp party_to"}},
	})
}
