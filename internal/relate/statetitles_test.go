package relate_test

import "testing"

// A state's name or demonym before a title is the office's state only
// when the office is a state's.
func TestStateTitleNationality(t *testing.T) {
	checkFacts(t, []factCase{
		// A trade, an art or a movement: the holder's nationality.
		{"The jury praised U.S. film director Ola Brekke on Friday.",
			nil, []string{"Ola Brekke official_of", "Ola Brekke leader_of"}},
		{"Police in Oslo held U.S. neo-Nazi leader Ana Soto for questioning.",
			nil, []string{"Ana Soto official_of", "Ana Soto leader_of"}},
		{"Prices will fall, said a Canadian portfolio manager, Ola Brekke.",
			nil, []string{"Ola Brekke official_of"}},
		{"Afghan rebel commander Ana Soto rejected the offer.",
			nil, []string{"Ana Soto official_of", "Ana Soto leader_of"}},
		{"Italian director Ola Brekke showed his new film in Venice.",
			nil, []string{"Ola Brekke official_of"}},
		{"Ola Brekke, a U.S. film director, died on Monday.",
			nil, []string{"Ola Brekke official_of"}},
		// A state's own offices keep their state.
		{"Brazil's coffee chief Ana Soto said exports would rise.",
			[]string{"Ana Soto official_of Brazil"}, nil},
		{"Iraqi interim leader Ola Brekke met the envoy.",
			[]string{"Ola Brekke leader_of Iraq"}, nil},
		{"Canadian Trade Minister Ola Brekke said talks would resume.",
			[]string{"Ola Brekke official_of Canada"}, nil},
	})
}

// A demonym after another state's name or demonym, or after "ethnic",
// names a people, not the state of the demonym.
func TestStateTitleEthnicGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{"Bosnian Serb leader Ola Brekke refused to attend the talks.",
			nil, []string{"Ola Brekke leader_of", "Ola Brekke official_of"}},
		{"Turkish Cypriot leader Ana Soto rejected the proposal.",
			nil, []string{"Ana Soto leader_of", "Ana Soto official_of"}},
		{"The ethnic Albanian leader Ola Brekke called for calm.",
			nil, []string{"Ola Brekke leader_of", "Ola Brekke official_of"}},
		{"The talks failed, said Ana Soto, the Bosnian Serb leader.",
			nil, []string{"Ana Soto leader_of", "Ana Soto official_of"}},
		// One demonym is the state.
		{"Serbian President Ola Brekke refused to attend the talks.",
			[]string{"Ola Brekke leader_of Serbia"}, nil},
	})
}

// A US state's name that is a country's too names the US state before a
// member of Congress or a governor.
func TestStateTitleUSState(t *testing.T) {
	checkFacts(t, []factCase{
		{"The United States will cut farm spending. Georgia Rep. Ola Brekke voted against it.",
			[]string{"Ola Brekke official_of United States"}, []string{"Ola Brekke official_of Georgia"}},
		{"The U.S. budget bill was backed by Georgia Sen. Ana Soto.",
			[]string{"Ana Soto official_of United States"}, []string{"Ana Soto official_of Georgia"}},
		// With no United States in the text, no state at all.
		{"Georgia Rep. Ola Brekke voted against the bill.",
			nil, []string{"Ola Brekke official_of", "Ola Brekke leader_of"}},
		{"Georgia Gov. Ola Brekke signed the budget.",
			nil, []string{"Ola Brekke official_of Georgia", "Ola Brekke leader_of Georgia"}},
		{"Ana Soto, a Georgia congressman, voted against the bill.",
			nil, []string{"Ana Soto official_of Georgia"}},
		// The country's own offices keep it.
		{"Georgian President Ana Soto met the envoy in Tbilisi.",
			[]string{"Ana Soto leader_of Georgia"}, nil},
	})
}
