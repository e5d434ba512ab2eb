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
