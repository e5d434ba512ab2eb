package relate_test

import "testing"

// A party label counts when the text names the party itself, even when
// it names no country: "Liberal Democrat X" in a story that speaks of
// the Liberal Democrats.
func TestPartyLabelOfNamedParty(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Liberal Democrats want a new tax band. Liberal Democrat Mark Evans said the sums were sound.",
			[]string{"Mark Evans member_of Liberal Democrats"}, nil},
		// Negative case: no party and no country named, so "Democrat"
		// is nobody's label.
		{"Social Democrat Prime Minister Olli Rantala resigned on Tuesday.",
			nil, []string{"Olli Rantala member_of Democratic Party", "Olli Rantala member_of"}},
	})
}

// "X has been / continues to be a member of Y", "a member of his
// party", and "As a member of Y, X ..." with the subject after the
// comma.
func TestMemberOfCopulas(t *testing.T) {
	checkFacts(t, []factCase{
		{"Denmark has been a member of the European Union since 1973.",
			[]string{"Denmark member_of European Union"}, nil},
		{"Despite the dispute, Chile continues to be a member of the World Trade Organization.",
			[]string{"Chile member_of World Trade Organization"}, nil},
		{"As a member of the World Trade Organization, Chile cannot raise its tariffs at will.",
			[]string{"Chile member_of World Trade Organization"}, nil},
		{"The chancellor said that Klaus Weber is a member of his Christian Democratic Union.",
			[]string{"Klaus Weber member_of Christian Democratic Union"}, nil},
		// Negative cases: a wish to be a member, a hypothetical one,
		// and a subject that is not the one after the comma.
		{"Chile would like to be a member of the World Trade Organization.",
			nil, []string{"Chile member_of"}},
		{"Norway would have been a member of the European Union had voters agreed.",
			nil, []string{"Norway member_of"}},
		{"The talks were long. As a member of the World Trade Organization, it must cut tariffs, Chile's minister said.",
			nil, []string{"Chile member_of"}},
	})
}

// An American legislator's party letter and state after the name:
// "Sen. X (D-Okla.)", "Rep. X, R-Kan., said".
func TestPartyStateTags(t *testing.T) {
	checkFacts(t, []factCase{
		{"The farm bill was criticised by Sen. Walter Brennan (D-Okla.) on Tuesday.",
			[]string{"Walter Brennan member_of Democratic Party"}, nil},
		{"Rep. Carol Whitley, R-Kan., said the subsidy would be cut.",
			[]string{"Carol Whitley member_of Republican Party"}, nil},
		{"Sen. Tom Haskins (R-S.D.) and Sen. Ann Lowry (D-NY) wrote the letter.",
			[]string{"Tom Haskins member_of Republican Party", "Ann Lowry member_of Democratic Party"}, nil},
		// Negative cases: a model number and a tag that follows no name.
		{"The company said its new D-Fla. model sold well in Florida.",
			nil, []string{"member_of"}},
		{"The plant makes the R-Kan. engine, a spokesman for Acme Corp said.",
			nil, []string{"member_of"}},
	})
}

// "X, who is (also) a member of Y", "a veteran/strong Y member", and a
// pronoun in a quotation that is not its speaker.
func TestMemberRelativesAndQualifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tom Reed, who is also a member of the Senate Finance Committee, said the plan was flawed.",
			[]string{"Tom Reed member_of Senate Finance Committee"}, nil},
		{"Finland, which is a member of the European Free Trade Association, objected to the tariff.",
			[]string{"Finland member_of European Free Trade Association"}, nil},
		{"Alan Marsh has returned to the campaign, and Peter Hain welcomed his return. \"He is a loyal Labour Party member,\" Mr Hain said.",
			[]string{"Alan Marsh member_of Labour Party"}, []string{"Peter Hain member_of"}},
		// Negative cases: not a member, and a relative clause about
		// someone else.
		{"Tom Reed, who is not a member of the Senate Finance Committee, said the plan was flawed.",
			nil, []string{"Tom Reed member_of"}},
		{"Tom Reed met the senator who is a member of the Senate Finance Committee.",
			nil, []string{"Tom Reed member_of"}},
	})
}
