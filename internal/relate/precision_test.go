package relate_test

import "testing"

// Precision cases: sentences where a pattern used to give a wrong edge
// on unseen news, each beside one where it must still fire.
func TestPrecisionCases(t *testing.T) {
	checkFacts(t, []factCase{
		// A unilateral plan has no parties; the units sold under it are
		// none either.
		{"Norvane Corp sold a stake to Helmark Inc in 1999 as part of a supply agreement.",
			[]string{"Norvane Corp party_to supply agreement", "Helmark Inc party_to supply agreement"}, nil},
		{"Norvane Corp said it would sell its Tessel Ltd unit and Brightwater Inc as part of a plan to cut its debt.",
			nil, []string{"party_to"}},
		{"Norvane Corp sold Tessel Ltd as part of its restructuring programme.",
			nil, []string{"party_to"}},
		{"Norvane Corp will repay part of its merger debt with Helmark Inc.",
			nil, []string{"party_to"}},
		// Talks held by someone else than the object of a preposition
		// or of "told" before them.
		{"Veloria's agreement with the Ostrian Fund opened the way to negotiations with the Pellan Club.",
			nil, []string{"met_with"}},
		{"Central bank governor Arno Petrak told Reuters the negotiations with the Pellan Club had gone well.",
			nil, []string{"met_with"}},
		{"Prime Minister Kenji Morota will make a visit to the United States next week and hold talks in Washington with President Helen Carver.",
			[]string{"Kenji Morota met_with Helen Carver"}, []string{"United States met_with"}},
		{"Kenji Morota held talks with Helen Carver on Monday.",
			[]string{"Kenji Morota met_with Helen Carver"}, nil},
		// Business people of a country are not the country.
		{"U.S. and EC business leaders met in Brussels on Tuesday.",
			nil, []string{"met_with"}},
		// A name cut in two by a title is no body of the holder.
		{"Salvation Army spokesman Tom Redding said the shelters were full.",
			nil, []string{"official_of Salvation\n", "leader_of Salvation\n"}},
		{"Solicitor General Maria Denton said the case would go ahead.",
			nil, []string{"official_of Solicitor"}},
		{"Dairy Farm chairman Peter Quell said sales rose.",
			nil, []string{"leader_of Dairy|"}},
		{"Gazprom Deputy Chairman Ivan Petrov said exports would grow.",
			[]string{"Ivan Petrov official_of Gazprom"}, nil},
		{"Yukos Finance Director Ivan Petrov said the debt was paid.",
			[]string{"Ivan Petrov official_of Yukos"}, nil},
		// No agreement, no parties.
		{"A lawyer said there was no treaty between Chile and Peru on extradition.",
			nil, []string{"party_to"}},
		{"The treaty between Chile and Peru took effect in May.",
			[]string{"Chile party_to treaty"}, nil},
		// A boss is the possessor's superior.
		{"The inquiry questioned aide Tom Redding and his boss Admiral Carl Mott.",
			[]string{"Tom Redding serves_under Carl Mott"}, []string{"Carl Mott serves_under"}},
	})
}
