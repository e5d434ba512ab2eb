package relate_test

import "testing"

// Board seats: non-executive, outside and independent directors sit on a
// company's board (member_of, and the director's office); "a director of"
// a company is one of its board; executive offices stay offices.
func TestBoardSeats(t *testing.T) {
	checkFacts(t, []factCase{
		{"Zantex Plc non-executive director Mark Selby said the offer was too low.",
			[]string{"Mark Selby member_of Zantex Plc", "Mark Selby official_of Zantex Plc"}, nil},
		{"Mark Selby, an independent director at Zantex Plc, backed the offer.",
			[]string{"Mark Selby member_of Zantex Plc"}, nil},
		{"Harlow Oil Inc said outside director Paula Grant would retire in May.",
			[]string{"Paula Grant member_of Harlow Oil Inc"}, nil},
		{"Paula Grant, a director of Harlow Oil Inc, sold 5,000 shares.",
			[]string{"Paula Grant member_of Harlow Oil Inc", "Paula Grant official_of Harlow Oil Inc"}, nil},
		{"Paula Grant, a member of the board of directors of Harlow Oil Inc, sold shares.",
			[]string{"Paula Grant member_of Harlow Oil Inc"}, nil},
		// Executive offices are no board seat.
		{"Zantex Plc finance director Mark Selby said profits rose.",
			[]string{"Mark Selby official_of Zantex Plc"}, []string{"Mark Selby member_of"}},
		{"Mark Selby, the director of Harlow Oil Inc, said profits rose.",
			nil, []string{"Mark Selby member_of"}},
		// A campaign group's director is no board member.
		{"Paula Grant, a director of the pressure group Fair Pay Now, said wages lag.",
			nil, []string{"Paula Grant member_of"}},
		// A non-executive chairman still chairs the board.
		{"Mark Selby, non-executive chairman of Zantex Plc, backed the offer.",
			[]string{"Mark Selby leader_of Zantex Plc"}, []string{"Mark Selby official_of"}},
	})
}

// A party's candidates: "Democrat challenger X", "Republican presidential
// candidate X", "Tory leadership contender X".
func TestPartyCandidates(t *testing.T) {
	checkFacts(t, []factCase{
		{"U.S. voters go to the polls. Democrat challenger Paul Weston attacked the tax plan.",
			[]string{"Paul Weston member_of Democratic Party"}, nil},
		{"U.S. voters go to the polls. Republican presidential candidate Paul Weston attacked the tax plan.",
			[]string{"Paul Weston member_of Republican Party"}, nil},
		{"U.S. voters go to the polls. Democratic presidential hopefuls Paul Weston and Ann Fisk met in Iowa.",
			[]string{"Paul Weston member_of Democratic Party", "Ann Fisk member_of Democratic Party"}, nil},
		{"Britain votes in May. Tory leadership contender Neil Fraser attacked the plan.",
			[]string{"Neil Fraser member_of Conservative Party"}, nil},
		// A race's word with no candidate noun names no member.
		{"Britain votes in May. The Tory leadership contest saw Neil Fraser lose.",
			nil, []string{"Neil Fraser member_of"}},
	})
}
