package relate_test

import "testing"

// "its" before a company office refers to the body that opens the
// sentence as its subject.
func TestItsOfficeOfSubject(t *testing.T) {
	runRecallCases(t, []recallCase{
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
