package relate_test

import "testing"

// A plan named by a nation's adjective, or by a person or body the text
// names, is proposed by them; a country's own name or a place before the
// head names what the plan is for or where it is done.
func TestNamedProposal(t *testing.T) {
	checkFacts(t, []factCase{
		{"Envoys in Geneva raised doubts about the technical details of the Peruvian plan.",
			[]string{"Peruvian plan proposed_by Peru"}, nil},
		{"Senator Ann Walsh said on Tuesday that the Walsh plan would cut the deficit.",
			[]string{"Walsh plan proposed_by Ann Walsh"}, nil},
		// No one of that name in the text; a place's plan is no one's.
		{"Bankers in Quito said the Hartley plan would fail.",
			nil, []string{"proposed_by"}},
		{"Councillors said the Cardiff plan would cost too much.",
			nil, []string{"proposed_by"}},
	})
}
