package relate_test

import "testing"

// "its" before a company office refers to the body that opens the
// sentence as its subject.
func TestItsOfficeOfSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"DENVER, May 4 - Harwell Pumps Corp said its chairman, Dale Ormond, will retire in June after selling shares to Brixton Ltd.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp"}, []string{"Dale Ormond leader_of Brixton"}},
		{"Kestrel Foods is parting company with its chief executive Nina Wald after two years of losses at Delmar Inc.",
			[]string{"Nina Wald leader_of Kestrel Foods"}, []string{"Nina Wald leader_of Delmar"}},
		{"Orbis Bank, a unit of Tallis Group, said its president Carl Brandt resigned.",
			[]string{"Carl Brandt leader_of Orbis Bank"}, []string{"Carl Brandt leader_of Tallis Group"}},
		// Another body between: "its" may be either's.
		{"Alder Corp bought Penfold Inc and its chief executive John Reyes joined the board of Wexford Ltd.",
			nil, []string{"John Reyes leader_of"}},
		// A person opens the sentence.
		{"Mark Dunne of Harwell Pumps Corp said its chairman, Dale Ormond, had left Brixton Ltd.",
			nil, []string{"Dale Ormond leader_of"}},
	})
}

// A company that names, appoints or elects a person to an office gives
// them that office in it.
func TestAppointedOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{"TULSA, May 2 - Harwell Pumps Corp said it named Dale Ormond as its treasurer and Peter Hollis to the newly created position of senior vice president.",
			[]string{"Dale Ormond official_of Harwell Pumps Corp", "Peter Hollis official_of Harwell Pumps Corp", "Peter Hollis title =senior vice president"}, nil},
		{"Kestrel Foods Inc said it has appointed Carl Brandt president and chief operating officer, succeeding Tom Reyes.",
			[]string{"Carl Brandt leader_of Kestrel Foods Inc"}, nil},
		// A portfolio in lower case after "of", and ", and" before the next.
		{"Kestrel Foods Inc said it named Carl Brandt senior vice president of marketing, and Peter Hollis as treasurer.",
			[]string{"Carl Brandt official_of Kestrel Foods Inc", "Peter Hollis official_of Kestrel Foods Inc"}, nil},
		{"Orbis Bank's board elected Mary Quill chairman. Delmar Corp said its board of directors elected Ann Pike as president of the company.",
			[]string{"Mary Quill leader_of Orbis Bank", "Ann Pike leader_of Delmar Corp"}, nil},
		// Another body's office, and an office with a place.
		{"Alder Corp named Joe Kiel chairman of its Penfold unit. Wexford Ltd has named Rob Hale as its manager in Brazil.",
			nil, []string{"Joe Kiel leader_of Alder", "Rob Hale official_of Wexford", "Rob Hale leader_of Wexford"}},
		// A person appoints: no body.
		{"Governor Ann Pike appointed Carl Brandt chairman on Monday.",
			nil, []string{"Carl Brandt leader_of"}},
	})
}

// A body's name cut short by the title after it ("Bank of" + "England
// deputy governor") is completed when the lexicon knows the whole name,
// and is no body otherwise.
func TestBodyCutByTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Bank of England deputy governor Rachel Lomax said rates would rise.",
			[]string{"Rachel Lomax official_of Bank of England"}, []string{"official_of Bank of\n"}},
		{"Trade and Industry Secretary Patricia Hewitt spoke in Leeds on Monday.",
			nil, []string{"Patricia Hewitt official_of Trade and"}},
	})
}

// Appositive offices dated without an article ("former", "then"), a
// business described between "of" and its name, and a stock ticker
// after the name.
func TestAppositiveCompanyDescriptions(t *testing.T) {
	checkFacts(t, []factCase{
		{"The trial of Tom Reyes, former chief executive of bankrupt US phone company Globex Corp, started in Boston.",
			[]string{"Tom Reyes leader_of Globex Corp"}, []string{"Tom Reyes leader_of United States", "Tom Reyes official_of United States"}},
		{"\"Prices will rise,\" said Ann Pike, president of the coffee trading firm Delmar Brothers.",
			[]string{"Ann Pike leader_of Delmar Brothers"}, nil},
		{"\"Demand is strong,\" said Carl Brandt, chairman of giant Harwell Pumps Corp <HPC>, adding that prices would rise.",
			[]string{"Carl Brandt leader_of Harwell Pumps Corp"}, nil},
		// An office without its name before a clause: no appositive.
		{"Tom Reyes, former chief executive, said Globex Corp would recover.",
			nil, []string{"Tom Reyes leader_of"}},
	})
}

// The one company that is a sentence's subject holds a lower-case
// "president" said of a name in it; an amount in dollars names no state.
func TestSoleCompanyPresident(t *testing.T) {
	checkFacts(t, []factCase{
		{"TORONTO, May 3 - Harwell Pumps Corp expects profits of 150 mln U.S. dlrs this year, president Dale Ormond said.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp"}, nil},
		// A state's president, capitalised.
		{"Harwell Pumps Corp will build a plant in Texas, President Ronald Reagan said.",
			nil, []string{"Ronald Reagan leader_of Harwell"}},
		// A country in the sentence after the subject, in a reporting
		// clause: the company's lower-case president still.
		{"Harwell Pumps Corp will expand in Brazil, president Dale Ormond said.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp"}, []string{"Dale Ormond leader_of Brazil"}},
	})
}
