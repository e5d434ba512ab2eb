package relate_test

import "testing"

// Two fields joined by "and" before a lower-case portfolio title are one
// portfolio ("shadow work and pensions secretary"); another office after
// "and" is a second office, not a field.
func TestJoinedFieldsBeforeTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"Joan Pell, Tory shadow work and pensions secretary, said the agency had failed.",
			[]string{"Joan Pell title =shadow work and pensions secretary", "Joan Pell official_of Conservative Party"}, nil},
		{"Otis Marr, a former Eton pupil and joint leader of the Vale Hunt, said so.",
			nil, []string{"title =pupil and"}},
	})
}
