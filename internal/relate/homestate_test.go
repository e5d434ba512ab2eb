package relate_test

import "testing"

// A bare state office goes to the one state the text leaves for it.
func TestHomeStateOffices(t *testing.T) {
	checkFacts(t, []factCase{
		// The one state named, as an actor.
		{"Norway's budget surplus grew last year. Finance Minister Ola Brekke said spending would stay flat.",
			[]string{"Ola Brekke official_of Norway"}, nil},
		{"Chile said it would sell more copper. Prime Minister Ana Soto welcomed the plan.",
			[]string{"Ana Soto leader_of Chile"}, nil},
		// Two states: no choice for a minister.
		{"Norway and Chile signed a fisheries accord. Finance Minister Ola Brekke praised it.",
			nil, []string{"Ola Brekke official_of"}},
		// A state named only as a place or a counterpart is not the text's own.
		{"Troops will stay in Norway until spring, Defence Minister Ola Brekke said.",
			nil, []string{"Ola Brekke official_of"}},
		{"MPs debated the Chile crisis. Trade Minister Ola Brekke said exports would fall.",
			nil, []string{"Ola Brekke official_of"}},
		// Britain's offices when the text names Britain among others.
		{"Britain and France disagree on farm aid. Home Secretary Ola Brekke and Culture Secretary Ana Soto spoke.",
			[]string{"Ola Brekke official_of United Kingdom", "Ana Soto official_of United Kingdom"}, nil},
		// Britain's chancellor keeps the Treasury; Germany's leads it.
		{"The UK economy grew by 3%, Chancellor Ola Brekke said.",
			[]string{"Ola Brekke official_of United Kingdom"}, []string{"Ola Brekke leader_of"}},
		{"Germany's exports rose again, Chancellor Ola Brekke said.",
			[]string{"Ola Brekke leader_of Germany"}, nil},
		{"Britain and Germany will talk, Chancellor Ola Brekke said.",
			nil, []string{"Ola Brekke leader_of", "Ola Brekke official_of"}},
		// An office of a region is left alone; a capitalised President
		// before the name heads the text's one state.
		{"Canada's dollar fell. Quebec Premier Ola Brekke said the province would borrow.",
			nil, []string{"Ola Brekke leader_of"}},
		{"Chile said it would sell more copper. President Ana Soto welcomed the plan.",
			[]string{"Ana Soto leader_of Chile"}, nil},
		// A former office, and a shadow one, make no office now.
		{"Norway's budget grew. Former Finance Minister Ola Brekke and Shadow Finance Minister Ana Soto disagreed.",
			nil, []string{"Ola Brekke official_of", "Ana Soto official_of"}},
		// A demonym that is a nationality, a surname or a currency names no home.
		{"The deal with American IT group Zentrix was criticised, Trade Minister Ola Brekke said.",
			nil, []string{"Ola Brekke official_of"}},
		// A state's demonym before its own affairs does.
		{"Brazilian officials said the debt talks would resume. Planning Minister Ana Soto led them.",
			[]string{"Ana Soto official_of Brazil"}, nil},
		// An office the text already placed keeps its state.
		{"Japan's trade surplus widened. Norwegian Finance Minister Ola Brekke said Finance Minister Ola Brekke had no comment.",
			[]string{"Ola Brekke official_of Norway"}, []string{"Ola Brekke official_of Japan"}},
	})
}
