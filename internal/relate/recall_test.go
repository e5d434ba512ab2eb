package relate_test

import "testing"

// Appositive offices whose body comes after "for", after a place or
// adjective, with a bracketed acronym or a description after it.
func TestAppositiveBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{"Hans Meyer, a spokesman for the Danish Dairy Board, said exports rose.",
			[]string{"Hans Meyer official_of Danish Dairy Board"}, nil},
		{"Peter Cole, the Conservative MP for Bath, said so.",
			nil, []string{"Peter Cole official_of"}},
		{"Paulo Braga, president of the Sharp electronics group, said sales rose.",
			[]string{"Paulo Braga leader_of Sharp"}, nil},
		{"Omar Bakr, head of organisation planning in Aramco, resigned.",
			[]string{"Omar Bakr official_of Saudi Aramco"}, []string{"Omar Bakr leader_of"}},
		{"Ken Ross, head of bond research in Japan, said yields fell.",
			nil, []string{"Ken Ross leader_of Japan", "Ken Ross official_of Japan"}},
		{"Ann Hale, leader of the Devon county Labour group, said so.",
			nil, []string{"Ann Hale leader_of Labour"}},
	})
}

// Members named in a list after the body, in an appositive of the one
// member, or with "a <body> member" in a coordinated appositive.
func TestMemberLists(t *testing.T) {
	checkFacts(t, []factCase{
		{"OPEC members are Nigeria, Algeria, Libya and Iraq.",
			[]string{"Nigeria member_of OPEC", "Iraq member_of OPEC"}, nil},
		{"The members of NATO include Norway and Denmark.",
			[]string{"Norway member_of NATO", "Denmark member_of NATO"}, nil},
		{"EU member states France and Germany objected to the plan.",
			[]string{"France member_of European Union", "Germany member_of European Union"}, nil},
		{"OPEC members are expected to meet Saudi Arabia's oil minister in Vienna.",
			nil, []string{"member_of"}},
		{"Japan, the largest of the Asian Development Bank's 47 members, agreed.",
			[]string{"Japan member_of Asian Development Bank"}, nil},
		{"Japan, the largest lender to the Asian Development Bank's members, agreed.",
			nil, []string{"Japan member_of"}},
		{"Anna Vogt, a member of the Bundesbank board and a CDU member, was named.",
			[]string{"Anna Vogt member_of CDU"}, nil},
		{"Anna Vogt said a CDU member would be named.",
			nil, []string{"Anna Vogt member_of"}},
	})
}

// Meetings with a time or place before "with", with a described office
// holder, and with the subject as a pronoun after the fronted phrase.
func TestMeetingsWith(t *testing.T) {
	checkFacts(t, []factCase{
		{"Finance Minister Ali Hassan spoke after a meeting in Cairo yesterday with IMF envoy Peter Brandt.",
			[]string{"Ali Hassan met_with Peter Brandt"}, nil},
		{"Central bank president Luis Ortega met yesterday with the president of the Bank of Spain, Mariano Rubio.",
			[]string{"Luis Ortega met_with Mariano Rubio"}, nil},
		{"Barber Conable pledged support. Speaking after talks with President Suharto, he said more was needed.",
			[]string{"Barber Conable met_with Suharto"}, nil},
		{"Barber Conable pledged support. Speaking after talks with President Suharto, she said more was needed.",
			nil, []string{"Suharto met_with Suharto"}},
		{"Luis Ortega met yesterday in a hotel with bankers, Mariano Rubio said.",
			nil, []string{"met_with Mariano Rubio"}},
	})
}

// Places in regions the lexicon does not know, on a coast, inside a
// country, named after "the <Country> capital"; "which borders the
// country".
func TestGeographyRecall(t *testing.T) {
	checkFacts(t, []factCase{
		{"The factory is near Didcot in Oxfordshire, the company said.",
			[]string{"Didcot located_in Oxfordshire"}, nil},
		{"The broker Goodbody Stockbrokers in Dublin said shares fell.",
			nil, []string{"Goodbody Stockbrokers located_in"}},
		{"Ships docked at Bari on the Adriatic coast.",
			[]string{"Bari located_in Adriatic Sea"}, nil},
		{"Rebels took the Kurdish town of Zakho some 20 km inside Iraq on Monday.",
			[]string{"Zakho located_in Iraq"}, nil},
		{"The talks were held in the Cameroon capital Yaounde.",
			[]string{"Yaounde located_in Cameroon"}, nil},
		{"Nigeria sent its envoy to Yaounde on Monday.",
			nil, []string{"located_in Nigeria"}},
		{"Ukraine needs gas. Its president courted Russia, which borders the country to the east.",
			[]string{"Russia borders Ukraine"}, nil},
		{"Ukraine and Poland need gas. Russia, which borders the country to the east, said no.",
			nil, []string{"Russia borders"}},
	})
}

// "bank president X": the one body of the text whose name ends in the
// noun; none when two do.
func TestBodyByHeadNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{"The Asian Development Bank (ADB) will lend more to Nepal, bank president Hans Olsen said.",
			[]string{"Hans Olsen leader_of Asian Development Bank"}, nil},
		{"The Asian Development Bank and the World Bank will lend more to Nepal, bank president Hans Olsen said.",
			nil, []string{"Hans Olsen leader_of"}},
	})
}
