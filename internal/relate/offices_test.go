package relate_test

import "testing"

// Offices dated or qualified between a superior's possessive and the
// title, and a post in a body between the title and the name.
func TestQualifiedSuperiors(t *testing.T) {
	checkFacts(t, []factCase{
		{"Senator Mary Clarke's former chief of staff John Perkins testified on Monday.",
			[]string{"John Perkins serves_under Mary Clarke", "John Perkins title =chief of staff"}, nil},
		{"Mary Clarke and her chief of staff at the National Security Council, Tom Hale, refused to testify.",
			[]string{"Tom Hale serves_under Mary Clarke", "Tom Hale official_of National Security Council"}, nil},
		{"John Perkins and his fired deputy, Tom Hale, refused to testify.",
			[]string{"Tom Hale deputy_of John Perkins"}, nil},
		{"Harlow's new chief executive, Tom Hale, cut jobs.",
			nil, []string{"Tom Hale serves_under"}},
	})
}

// Offices held at another time ("now", "formerly"), offices a person
// "has become", and party labels of two words.
func TestOfficesAtOtherTimes(t *testing.T) {
	checkFacts(t, []factCase{
		{"At university he met his future wife Ellen, now a Labour MEP, in Leeds.",
			[]string{"Ellen member_of Labour Party"}, nil},
		{"Frank Lowe, formerly president of Acme Chemical Corp, was named vice chairman.",
			[]string{"Frank Lowe leader_of Acme Chemical Corp"}, nil},
		{"He met Ellen Hart, now a mother of three, in Leeds.",
			nil, []string{"Ellen Hart member_of", "Ellen Hart official_of"}},
		{"Kevin Dobbs has also become chairman of the Royal Society.",
			[]string{"Kevin Dobbs leader_of Royal Society"}, nil},
		{"Kevin Dobbs has become a critic of the Royal Society.",
			nil, []string{"Kevin Dobbs leader_of", "Kevin Dobbs official_of"}},
		{"Britain's Liberal Democrat leader Charles Kennedy spoke.",
			[]string{"Charles Kennedy leader_of Liberal Democrats"}, nil},
		{"Free Democrat leader Otto Graf spoke in Bonn.",
			nil, []string{"Otto Graf leader_of"}},
		{"Joan Price has become the Labour Party's longest-serving prime minister.",
			[]string{"Joan Price member_of Labour Party"}, []string{"Joan Price official_of Labour Party"}},
	})
}

// A British party's chairman runs its organisation; its leader leads it.
func TestPartyChairmen(t *testing.T) {
	checkFacts(t, []factCase{
		{"Tory co-chairman Liam Hart said Labour chair Ian Moss was wrong.",
			[]string{"Liam Hart official_of Conservative Party", "Ian Moss official_of Labour Party"},
			[]string{"Liam Hart leader_of", "Ian Moss leader_of"}},
		{"Democratic Justice Party (DJP) chairman Kim Sung-ho spoke in Seoul.",
			[]string{"Kim Sung-ho leader_of Democratic Justice Party"}, nil},
	})
}

// "the chairman of X, Sir Andrew Lowe,": an honorific before the name
// set off by commas.
func TestTitleOfBodyHonorific(t *testing.T) {
	checkFacts(t, []factCase{
		{"Migrants are welcome, said the chairman of the Refugee Council, Sir Andrew Lowe.",
			[]string{"Andrew Lowe leader_of Refugee Council"}, nil},
		{"Asked about the chairman of the Refugee Council, Sir Andrew Lowe replied that he had not met him.",
			nil, []string{"Andrew Lowe leader_of"}},
	})
}
