package resolve_test

import "testing"

// A text that names a country and uses its capital for the government
// means the government by the capital's other mentions too, unless they
// say where.
func TestGovernmentCapitals(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// "gave Manila" reads as the city alone; "Manila will pay" makes it
		// the government, so both join the Philippines.
		{"The Philippines signed the accord. Manila will pay its banks in May. The pact gave Manila the lowest rate of any debtor.",
			[]string{"Country:Philippines[Manila]"}, []string{"Place:Manila"}},
		// Negative: a mention that says where stays the city.
		{"The Philippines signed the accord. Manila will pay its banks in May. Protesters marched in Manila on Sunday.",
			[]string{"Country:Philippines[Manila]", "Place:Manila[]"}, nil},
		{"The Philippines signed the accord. Manila will pay its banks in May. Unions said Manila airport staff went on strike.",
			[]string{"Country:Philippines[Manila]", "Place:Manila[]"}, nil},
		// Negative: without the country named, the other mentions keep
		// their own reading.
		{"Manila will pay its banks in May. The pact gave Manila the lowest rate of any debtor.",
			[]string{"Place:Manila[]"}, nil},
	})
}
