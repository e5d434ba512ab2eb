package relate_test

import "testing"

// A name complement of an envoy's title ends before an "and" that opens
// the appositive's second description; the office before it holds.
func TestComplementThenSecondDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{"The plan was attacked by Dov Arieli, a former Israeli envoy to Jordan and right-wing Likud party politician.",
			[]string{"Dov Arieli official_of Israel"}, nil},
		{"The plan was attacked by Dov Arieli, Israel's ambassador to Chile and veteran diplomat.",
			[]string{"Dov Arieli official_of Israel"}, nil},
		// Coordinated names are the complement, not a new description.
		{"The plan was attacked by Lena Gorin, a former envoy to Chile and Peru.",
			nil, []string{"Lena Gorin official_of"}},
	})
}

// "was previously/formerly/once TITLE of BODY": a past office, as the
// text states it.
func TestPastOfficeAfterCopula(t *testing.T) {
	checkFacts(t, []factCase{
		{"Harwell Pumps Corp hired Nina Wald as finance director. Wald was previously senior vice president at Brixton Foods Inc.",
			[]string{"Nina Wald official_of Brixton Foods Inc"}, nil},
		{"Harwell Pumps Corp hired Nina Wald as finance director. She led the sale of the unit and was formerly president of Brixton Foods Inc.",
			[]string{"Nina Wald leader_of Brixton Foods Inc"}, nil},
		// No office after the adverb.
		{"Harwell Pumps Corp hired Nina Wald as finance director. Wald was previously sued by Brixton Foods Inc.",
			nil, []string{"Nina Wald official_of Brixton Foods", "Nina Wald leader_of Brixton Foods"}},
	})
}

// "X and his COUNTRY counterpart(,) Y(,) met": the counterpart is the
// second of the coordinated subject.
func TestCounterpartInCoordinatedSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{"Czech President Pavel Dvorak and his Hungarian counterpart, Laszlo Kertesz, met for talks in Prague on Monday.",
			[]string{"Pavel Dvorak met_with Laszlo Kertesz"}, nil},
		{"Czech President Pavel Dvorak and his Hungarian counterpart Laszlo Kertesz held talks in Prague.",
			[]string{"Pavel Dvorak met_with Laszlo Kertesz"}, nil},
		// A wife is no counterpart: she did not meet her husband.
		{"Czech President Pavel Dvorak and his wife, Jana Dvorakova, met the Pope on Monday.",
			nil, []string{"Pavel Dvorak met_with Jana Dvorakova", "Jana Dvorakova met_with Pavel Dvorak"}},
	})
}
