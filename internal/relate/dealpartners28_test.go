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
