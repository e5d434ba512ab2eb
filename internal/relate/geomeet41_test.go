package relate_test

import "testing"

// TestPlaceOfPlaceModifier: one lower-case modifier may stand between the
// article and the larger place of "the West Bank town of X"; a place noun
// with no place before it relates nothing.
func TestPlaceOfPlaceModifier(t *testing.T) {
	checkFacts(t, []factCase{
		{"Soldiers sealed off the tense West Bank town of Jenin on Friday.",
			[]string{"Jenin located_in West Bank"}, nil},
		{"Rescuers reached the remote Texas town of Marfa by road.",
			[]string{"Marfa located_in Texas"}, nil},
		// Negative: no larger place before the noun.
		{"Rescuers reached the remote town of Marfa by road.",
			nil, []string{"located_in"}},
	})
}

// TestMeetingPlaceTitle: a place's title before the person met ("Texas
// Gov. X", "Hong Kong Governor X") names the person, not the place.
func TestMeetingPlaceTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Ivo Marten said after meeting Ohio Gov. Ann Tilly on Friday that the plant would stay open.",
			[]string{"Ivo Marten met_with Ann Tilly"}, nil},
		{"Ivo Marten met Hong Kong Governor Lena Vogt in London.",
			[]string{"Ivo Marten met_with Lena Vogt"}, nil},
		// Negative: a visit to a place is no meeting with its governor.
		{"Ivo Marten visited Texas after Gov. Lena Vogt left.",
			nil, []string{"met_with"}},
	})
}

// TestMetStateOfficials: a person who meets a state's officials, leaders
// or ministers named by its demonym meets the state; not the state the
// person serves, nor a state's troops.
func TestMetStateOfficials(t *testing.T) {
	checkFacts(t, []factCase{
		{"Senator Ivo Marten met Kenyan officials on Monday during a brief stay.",
			[]string{"Ivo Marten met_with Kenya"}, nil},
		{"Ivo Marten, who held talks in Rome on Friday with Greek and Turkish officials, flew home.",
			[]string{"Ivo Marten met_with Greece", "Ivo Marten met_with Turkey"}, nil},
		{"During his visit, Ivo Marten met top Chinese leaders.",
			[]string{"Ivo Marten met_with China"}, nil},
		// Negative: the subject's own state, and troops.
		{"French Foreign Minister Ivo Marten met French officials in Lyon.",
			nil, []string{"met_with"}},
		{"Ivo Marten met Kenyan troops at the border.",
			nil, []string{"met_with"}},
	})
}
