package relate_test

import "testing"

// "Head of research at X, Professor Y, said": a title that opens the
// sentence, capitalised, with its field and the employer after "at",
// then the holder's name set off by commas.
func TestOpeningFieldTitleAtBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"The trial ended in May. Head of plant biology at the Rothamsted Institute, Professor Alan Brickwood, said the crop had done well.",
			[]string{"Alan Brickwood official_of Rothamsted Institute", "Alan Brickwood title =head of plant biology"}, nil},
		{"Sales fell in May. Director of marketing at Vodafone, Carla Mendel, said prices would rise.",
			[]string{"Carla Mendel official_of Vodafone", "Carla Mendel title =director of marketing"}, nil},
	})
}

// A professor's chair at a university or research body named with the
// title is an office there; a bare "Professor X", or a company's name
// before the title, gives none.
func TestProfessorOfNamedAcademicBody(t *testing.T) {
	checkFacts(t, []factCase{
		{"Medical Research Council Professor Jane Holloway said the findings were robust.",
			[]string{"Jane Holloway official_of Medical Research Council", "Jane Holloway title =professor"}, nil},
		{"The model was built by Riverside University professor Tom Riggs.",
			[]string{"Tom Riggs official_of Riverside University"}, nil},
		{"\"It is a setback,\" said Lena Marsh, a law professor at Harbor Law School.",
			[]string{"Lena Marsh official_of Harbor Law School"}, nil},
		{"Professor Tom Riggs said the economy was slowing.",
			[]string{"Tom Riggs title =professor"}, []string{"Tom Riggs official_of"}},
	})
}

// "White House Budget chief X": a field capitalised between a national
// body and a lower-case title, written in lower case elsewhere, is the
// post's portfolio: an official of the body, not its head. A film's
// name before "director" stays out.
func TestCapitalisedFieldBetweenBodyAndTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{"The budget deficit grew in May. White House Budget chief Mark Denton said spending would fall.",
			[]string{"Mark Denton official_of White House", "Mark Denton title =budget chief"}, []string{"Mark Denton leader_of"}},
		{"The bill was passed. Kill Bill director Quinn Tarrant said the film would open.",
			nil, []string{"Quinn Tarrant title =bill director"}},
	})
}
