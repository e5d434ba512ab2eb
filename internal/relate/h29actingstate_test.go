package relate_test

import "testing"

// A bare prime minister or minister belongs to the one state the text
// names as an actor (twice at least), though it names others as places
// or counterparts; a bare president does not.
func TestOneActingState(t *testing.T) {
	checkFacts(t, []factCase{
		{"Norway will send aid to the war in Sudan. Norway has sent troops before, Prime Minister Ola Brekke said.",
			[]string{"Ola Brekke leader_of Norway"}, nil},
		{"Norway wants a new fishing deal with Chile. Norway sold less fish last year. Deputy Prime Minister Ola Brekke said talks would start soon.",
			[]string{"Ola Brekke official_of Norway"}, nil},
		// The second of a pair after a preposition is a place too.
		{"Norway raised its tariffs. Norway lacks workers. The workers came from Sweden and Chile. Trade Minister Ola Brekke said more would come.",
			[]string{"Ola Brekke official_of Norway"}, nil},
		// Two actors: no choice.
		{"Norway and Chile signed a fisheries accord in Peru. Finance Minister Ola Brekke praised it.",
			nil, []string{"Ola Brekke official_of"}},
		// Once is not enough: a foreign state's own news.
		{"Chile opened a port to ship copper to Norway. Finance Minister Ola Brekke said trade would grow.",
			nil, []string{"Ola Brekke official_of"}},
		// A president is left alone: the state he acts on is an actor too.
		{"Chile broke the copper accord with Norway, President Ana Soto said.",
			nil, []string{"Ana Soto leader_of"}},
	})
}
