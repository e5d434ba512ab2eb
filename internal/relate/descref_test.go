package relate_test

import "testing"

// "Chile's president has opened a port ... President Pablo Mena said": a
// country's office described without a name is held by the one person the
// text gives that office, even when the name comes later; two holders, or
// a holder of another country's office, get nothing.
func TestDescribedOfficeNamedLater(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chile's president has opened a new port to ship copper to China. President Pablo Mena said trade would grow.",
			[]string{"Pablo Mena leader_of Chile"}, nil},
		{"The Danish premier has called an early election after a row with Sweden. Prime Minister Erik Lund said voters deserved a say.",
			[]string{"Erik Lund leader_of Denmark"}, nil},
		// Two presidents: either may be meant.
		{"Chile's president has opened a new port to ship copper to China. President Pablo Mena and President Luis Arce said trade would grow.",
			nil, []string{"Pablo Mena leader_of Chile", "Luis Arce leader_of Chile"}},
		// The one president is another state's.
		{"Chile's president has opened a new port to ship copper to China. Peruvian President Luis Arce said trade would grow.",
			nil, []string{"Luis Arce leader_of Chile"}},
		// A different office.
		{"Chile's president has opened a new port to ship copper to China. Finance Minister Luis Arce said trade would grow.",
			nil, []string{"Luis Arce leader_of Chile", "Luis Arce official_of Chile"}},
		// A firm's president is no state's.
		{"Chile's president has opened a new port to ship copper to China. Harwell Mining Corp president Juan Soto said exports would grow.",
			nil, []string{"Juan Soto leader_of Chile"}},
		// The holder is named in the description's own sentence.
		{"Pablo Mena said Chile's president had opened a new port to ship copper to China. President Pablo Mena is popular.",
			nil, []string{"Pablo Mena leader_of Chile"}},
		// A predicative office is the subject's, not the holder's.
		{"Foreign Minister Luis Arce met envoys from Peru and China. Ana Soto is to become Chile's foreign minister in May.",
			nil, []string{"Luis Arce official_of Chile"}},
		{"Foreign Minister Luis Arce met envoys from Peru and China. Ana Soto became the Chilean foreign minister in May.",
			nil, []string{"Luis Arce official_of Chile"}},
		// The office as a body that speaks.
		{"Foreign Minister Luis Arce met envoys from Peru and China. The Chilean Foreign Minister's Office said talks would go on.",
			nil, []string{"Luis Arce official_of Chile"}},
	})
}
