package relate_test

import "testing"

// A company that opens the sentence after a dateline, in Reuters'
// brackets or with a state named in the rest of the sentence, is still
// the one whose officer reports at its end.
func TestSoleCompanyAfterDatelineAndState(t *testing.T) {
	checkFacts(t, []factCase{
		{"OSLO, Norway, May 4 - Harwell Pumps Corp expects its sales to rise in 1988, managing director Dale Ormond said.",
			[]string{"Dale Ormond leader_of Harwell Pumps Corp"}, []string{"Dale Ormond leader_of Norway", "Dale Ormond official_of Norway"}},
		{"DENVER, May 4 - <Kestrel Foods Inc> is confident that Mexico's debt talks will succeed and is not cutting its Mexican loans, president Nina Wald said.",
			[]string{"Nina Wald leader_of Kestrel Foods Inc"}, []string{"Nina Wald leader_of Mexico"}},
		// No company opens the sentence: the state's office is no company's.
		{"Mexico expects its exports to rise in 1988, president Nina Wald of Kestrel Foods said.",
			nil, []string{"Nina Wald leader_of Mexico"}},
	})
}

// "President X" before a name in a text that names one state is that
// state's head; a company's president and a text of two states are not.
func TestBarePresidentOfSoleState(t *testing.T) {
	checkFacts(t, []factCase{
		{"Venezuela will cut its oil output next year. President Carlos Ribera said the cuts would help prices.",
			[]string{"Carlos Ribera leader_of Venezuela"}, nil},
		{"Vice President Ana Soto said Chile would sign the accord.",
			[]string{"Ana Soto official_of Chile"}, []string{"Ana Soto leader_of Chile"}},
		{"Venezuela will sell oil to Brazil. President Carlos Ribera said the deal was good.",
			nil, []string{"Carlos Ribera leader_of"}},
		{"Harwell Pumps Corp opened a plant in Chile. Its president Carl Brandt said output would double.",
			nil, []string{"Carl Brandt leader_of Chile"}},
	})
}

// A minister left bare in a story about one state, which names others in
// passing, is that state's; a bare president or chancellor there is not.
func TestBareMinisterOfDominantState(t *testing.T) {
	doc := "Peru cuts spending to meet debt goals\n\nPeru will cut public spending by ten percent this year. " +
		"Finance Minister Luis Arce said the cuts would not touch schools. " +
		"Peru's exports to Chile rose last year, and Peru hopes to sell more copper. "
	checkFacts(t, []factCase{
		{doc, []string{"Luis Arce official_of Peru"}, []string{"Luis Arce official_of Chile"}},
		{doc + "President Tom Hale said the plan was sound.", nil, []string{"Tom Hale leader_of"}},
		{doc + "Arce will hold talks with Chancellor Erik Lund next week.", nil, []string{"Erik Lund leader_of", "Erik Lund official_of"}},
		// Two states named alike: neither stands out.
		{"Peru and Chile will cut spending. Finance Minister Luis Arce said Peru and Chile agreed. Chile and Peru will meet again.",
			nil, []string{"Luis Arce official_of"}},
	})
}

// "his LSE counterpart Clara Furse": the one met is the counterpart, not
// the body, and a body's chief's counterpart leads the other body.
func TestBodyCounterpart(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex chief executive Dale Ormond will meet his Initrode Corp counterpart Nina Wald on Friday.",
			[]string{"Dale Ormond met_with Nina Wald", "Nina Wald leader_of Initrode Corp"}, []string{"met_with Initrode Corp"}},
		// No office of the possessor in the text: nothing said of hers.
		{"Dale Ormond will meet his Initrode Corp counterpart Nina Wald on Friday.",
			[]string{"Dale Ormond met_with Nina Wald"}, []string{"Nina Wald leader_of", "Nina Wald official_of"}},
	})
}

// "is meeting X", "after meeting X": the verb with its object.
func TestMeetingAsVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{"Globex chief executive Dale Ormond is meeting Nina Wald on Thursday.",
			[]string{"Dale Ormond met_with Nina Wald"}, nil},
		{"Dale Ormond spoke to reporters after meeting Nina Wald in Leeds.",
			[]string{"Dale Ormond met_with Nina Wald"}, nil},
		// A noun: "after the meeting X said".
		{"After the meeting Nina Wald said Dale Ormond had left.",
			nil, []string{"met_with"}},
	})
}

// "X, finance director at Acme,": an office held at a body.
func TestAppositiveOfficeAtBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Dale Ormond, finance director at Harwell Pumps Corp, said prices would fall.",
			[]string{"Dale Ormond official_of Harwell Pumps Corp"}, nil},
		{`"It will pass," said Nina Wald, a senior vice president at Kestrel Foods Inc.`,
			[]string{"Nina Wald official_of Kestrel Foods Inc"}, nil},
		// No body after "at", or a state.
		{"Dale Ormond, chief executive at the time, said prices would fall.",
			nil, []string{"Dale Ormond leader_of", "Dale Ormond official_of"}},
		{"Nina Wald, a senior vice president at Canada's largest pump maker, said prices would fall.",
			nil, []string{"Nina Wald official_of Canada"}},
	})
}
