package relate_test

import "testing"

// Members listed after a reference to a body by its head noun ("the
// council's members"), partners listed as a venture's members, and the
// parties named as a party's coalition partners.
func TestMemberListsRound24(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Nordic Council met in Oslo on Friday. Among the council's eight members, Norway and Denmark backed the plan.",
			[]string{"Norway member_of Nordic Council", "Denmark member_of Nordic Council"}, nil},
		{"Fabrikam said its Skyline cable venture had grown. Skyline's partners are cable firms Contoso Corp., Northwind Inc. and Tailspin Ltd.",
			[]string{"Contoso Corp. member_of Skyline", "Northwind Inc. member_of Skyline", "Tailspin Ltd member_of Skyline"}, nil},
		{"The consortium, called Skyline, was set up in May. In addition to Fabrikam Corp., Skyline's partners include Contoso Corp. and Northwind Inc.",
			[]string{"Fabrikam Corp. member_of Skyline", "Contoso Corp. member_of Skyline"}, nil},
		{"The Green Party and its coalition partners, the Farmers Party and the Liberal Party, voted for the budget.",
			[]string{"Green Party allied_with Farmers Party", "Green Party allied_with Liberal Party"}, nil},
		{"The Centre Party's coalition partner, the People's Party, walked out of the talks.",
			[]string{"Centre Party allied_with People's Party"}, nil},
		// Negative cases: partners who are people, trading partners, a
		// country's war coalition, and partners that are not listed.
		{"Hooli LLP's partners are John Carver and Mary Dunn.",
			nil, []string{"John Carver member_of", "Mary Dunn member_of"}},
		{"Japan's trading partners are Korea and China.",
			nil, []string{"Korea member_of", "China member_of"}},
		{"Fabrikam Corp.'s partners include Contoso Corp. and Northwind Inc., it said.",
			nil, []string{"Contoso Corp. member_of", "Northwind Inc. member_of"}},
		{"Japan's partners are Korea and China.",
			nil, []string{"Korea member_of", "China member_of"}},
		{"The United States and its coalition partners, Britain and Poland, sent troops.",
			nil, []string{"allied_with"}},
		{"The Green Party's coalition partners said the Liberal Party had lost.",
			nil, []string{"Green Party allied_with Liberal Party"}},
	})
}

// Plural members: "A and B are both members of X", "A and B, all
// members of X", and a sentence-opening "They" for the list of names
// that opened the sentence before.
func TestPluralMembersRound24(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ghana and Togo are both members of the Economic Community of West African States.",
			[]string{"Ghana member_of ECOWAS", "Togo member_of ECOWAS"}, nil},
		{"Ministers from Chile and Peru, all members of the Andean Pact, met in Quito.",
			[]string{"Chile member_of Andean Community", "Peru member_of Andean Community"}, nil},
		{"Estonia and Latvia want closer ties with the West. They are both part of the Council of the Baltic Sea States.",
			[]string{"Estonia member_of Council of the Baltic Sea States", "Latvia member_of Council of the Baltic Sea States"}, nil},
		// Negative cases: a denied membership, and a "They" after a
		// sentence whose subject is no list of countries.
		{"Ghana and Togo are not both members of the Economic Community of West African States.",
			nil, []string{"Ghana member_of", "Togo member_of"}},
		{"The envoys of Estonia and Latvia met on Monday. They are part of the Council of the Baltic Sea States.",
			nil, []string{"Estonia member_of", "Latvia member_of"}},
	})
}
