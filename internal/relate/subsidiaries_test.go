package relate_test

import "testing"

// A subsidiary is a member of its group: "X, a unit of Y", "X, a Y
// subsidiary", "Y subsidiary X", "Y's X unit", "Y's subsidiary, X",
// "Y said its X unit".
func TestSubsidiaryMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harbour Freight Inc, a unit of Calloway Industries Corp, raised its rates on Monday.",
			[]string{"Harbour Freight Inc member_of Calloway Industries Corp"}, nil},
		{"Norvale Foods Ltd is a wholly owned subsidiary of Brackley Holdings Plc.",
			[]string{"Norvale Foods Ltd member_of Brackley Holdings Plc"}, nil},
		{"Pellmar Optics Inc, a former Dunmore Glass Corp subsidiary, will cut 200 jobs.",
			[]string{"Pellmar Optics Inc member_of Dunmore Glass Corp"}, nil},
		{"Shares in Kestrel Motor Corp subsidiary Larkspur Finance Ltd fell sharply.",
			[]string{"Larkspur Finance Ltd member_of Kestrel Motor Corp"}, nil},
		{"Analysts praised Brackley Holdings Plc's Norvale Foods Ltd unit for its margins.",
			[]string{"Norvale Foods Ltd member_of Brackley Holdings Plc"}, nil},
		{"Calloway Industries Corp said its wholly owned subsidiary, Harbour Freight Inc, would be sold.",
			[]string{"Harbour Freight Inc member_of Calloway Industries Corp"}, nil},
		{"Calloway Industries Corp said it would sell its Harbour Freight Inc unit next year.",
			[]string{"Harbour Freight Inc member_of Calloway Industries Corp"}, nil},
		// Negative cases: a unit of a description cut after its name, a
		// kind of business before the noun, and a list of units.
		{"Pellmar Optics Inc, a unit of U.S. glass firm Dunmore, will cut 200 jobs.",
			nil, []string{"member_of"}},
		{"Calloway Industries Corp said it closed its DTC unit Harbour Freight Inc in May.",
			[]string{"Harbour Freight Inc member_of Calloway Industries Corp"}, []string{"DTC member_of"}},
		{"Harbour Freight Inc and Norvale Foods Ltd, units of Calloway Industries Corp, were sold.",
			nil, []string{"member_of"}},
	})
}

// "X, 96 pct owned by Y", "X, which is owned by Y": the owned company is
// in the owner's group; not when a state owns it, nor for a list.
func TestOwnedByMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Shares of Harbour Freight Inc, 80 pct owned by Calloway Industries Corp, rose.",
			[]string{"Harbour Freight Inc member_of Calloway Industries Corp"}, nil},
		{"The buyer is Norvale Foods Ltd, which is wholly owned by Brackley Holdings Plc.",
			[]string{"Norvale Foods Ltd member_of Brackley Holdings Plc"}, nil},
		// Negative cases: a state owns it, and a list of owned companies.
		{"Norvale Foods Ltd, owned by France, will be sold next year.",
			nil, []string{"member_of"}},
		{"Harbour Freight Inc and Norvale Foods Ltd, owned by Calloway Industries Corp, were sold.",
			nil, []string{"member_of"}},
	})
}
