package resolve_test

import "testing"

// A name the tagger took for a person's is a business's when it reports
// results, or when a list joins it to a name the text treats as a
// business's.
func TestBusinessesThatReportResults(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"Corran Vale reported a 14 pct rise in annual premiums to 20 mln stg.", []string{"PER:Corran Vale"},
			[]string{"Organization:Corran Vale"}, []string{"Person:Corran Vale"}},
		{"Both Helm Assurance and Corran Vale grew. Corran Vale earlier posted a record pre-tax profit.",
			[]string{"ORG:Helm Assurance", "PER:Corran Vale"},
			[]string{"Organization:Corran Vale"}, []string{"Person:Corran Vale"}},
		{"Gains came from Tarrow Banks and Ellesby in paper. Tarrow Banks's sales rose 20 pct.",
			[]string{"PER:Tarrow Banks", "PER:Ellesby"},
			[]string{"Organization:Tarrow Banks", "Organization:Ellesby"}, []string{"Person:Ellesby"}},
	})
}

// People stay people: a given name, an honorific, a full name the
// surname ends, a figure that is no result.
func TestPersonsThatReportResults(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"John Hadley reported a 14 pct rise in complaints.", []string{"PER:John Hadley"},
			[]string{"Person:John Hadley"}, []string{"Organization:John Hadley"}},
		{"Mr Corrat reported a 14 pct rise in complaints.", []string{"PER:Corrat"},
			[]string{"Person:Corrat"}, []string{"Organization:Corrat"}},
		{"The inspector, Tomas Quelling, spoke. Quelling reported a sharp rise in thefts.",
			[]string{"PER:Tomas Quelling", "PER:Quelling"},
			[]string{"Person:Tomas Quelling"}, []string{"Organization:Quelling"}},
		{"Varrick reported a fire at the plant.", []string{"PER:Varrick"},
			[]string{"Person:Varrick"}, []string{"Organization:Varrick"}},
		{"Gains came from Tarrow Banks and Ellesby in paper.", []string{"ORG:Tarrow Banks", "PER:Ellesby"},
			[]string{"Person:Ellesby"}, []string{"Organization:Ellesby"}},
	})
}

// A name the tagger took for a person's is a business's in the
// employer's slot after a job that only a business or a body has.
func TestBusinessesInEmployerSlot(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"Sales will slow, said Ilse Marten, an analyst at Dorvan Quayle.", []string{"PER:Ilse Marten", "PER:Dorvan Quayle"},
			[]string{"Organization:Dorvan Quayle", "Person:Ilse Marten"}, []string{"Person:Dorvan Quayle"}},
		{"A spokesman for Brellick said the plant would close.", []string{"PER:Brellick"},
			[]string{"Organization:Brellick"}, []string{"Person:Brellick"}},
		{"Anna Rell, marketing director at Pindle Hoskins, said prices rose.", []string{"PER:Anna Rell", "PER:Pindle Hoskins"},
			[]string{"Organization:Pindle Hoskins"}, []string{"Person:Pindle Hoskins"}},
		{"Omar Tarn, senior vice president of Calloway Rhee, declined to comment.", []string{"PER:Omar Tarn", "PER:Calloway Rhee"},
			[]string{"Organization:Calloway Rhee"}, []string{"Person:Calloway Rhee"}},
	})
}

// People stay people in that slot: a given name, an honorific, a
// surname of a full name, an award's "best director for".
func TestPersonsInEmployerSlot(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"A spokesman for Peter Hallam said he was resting.", []string{"PER:Peter Hallam"},
			[]string{"Person:Peter Hallam"}, []string{"Organization:Peter Hallam"}},
		{"A spokesman for Mr Brellick said he was resting.", []string{"PER:Brellick"},
			[]string{"Person:Brellick"}, []string{"Organization:Brellick"}},
		{"The singer Tova Brellick is ill. A spokesman for Brellick said she was resting.",
			[]string{"PER:Tova Brellick", "PER:Brellick"},
			[]string{"Person:Tova Brellick"}, []string{"Organization:Brellick"}},
		{"The film won best director for Varrick.", []string{"PER:Varrick"},
			[]string{"Person:Varrick"}, []string{"Organization:Varrick"}},
	})
}

// A name that qualifies a business's office before its holder's name.
func TestBusinessesBeforeStaff(t *testing.T) {
	checkTaggedEntities(t, taggedEntities, []taggedCase{
		{"Prices will fall, said Dorvan Quayle economist Ilse Marten.", []string{"PER:Dorvan Quayle", "PER:Ilse Marten"},
			[]string{"Organization:Dorvan Quayle", "Person:Ilse Marten"}, []string{"Person:Dorvan Quayle"}},
		{"Brellick chief operating officer Ann Lee resigned.", []string{"PER:Brellick", "PER:Ann Lee"},
			[]string{"Organization:Brellick"}, []string{"Person:Brellick"}},
		// A person's spokesman.
		{"Brellick spokesman Omar Tarn said he was resting.", []string{"PER:Brellick", "PER:Omar Tarn"},
			[]string{"Person:Brellick"}, []string{"Organization:Brellick"}},
	})
}
